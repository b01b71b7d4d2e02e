"""Text from a fact base made safe for a terminal and for JSON: controls, DEL and the
bidirectional overrides are shown as visible escapes, never sent raw."""

from __future__ import annotations

import json
import re
from typing import Any

# C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a terminal
# shows ("Trojan Source"): shown as visible escapes, never sent raw.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LAYOUT = re.compile("[\t\r]+")
_LINES = re.compile("\n+")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: object, *, one_line: bool = False) -> str:
    """Text from a fact base, made safe to print on a terminal."""
    text = "" if value is None else str(value)
    if one_line:
        # Lines of one cell (each value of a group) stay apart as "; " on one line.
        text = _LINES.sub("; ", _LAYOUT.sub(" ", text).strip("\n"))
    return _UNSAFE.sub(_escape, text)


_JSON_EXTRA_ESCAPES = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON as UTF-8 text; control characters escaped, including the ones JSON allows raw."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_EXTRA_ESCAPES.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
