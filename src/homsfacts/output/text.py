"""Text from a fact base made safe for a terminal and for JSON: controls, DEL and the
bidirectional overrides are shown as visible escapes, never sent raw."""

from __future__ import annotations

import json
import re
from typing import Any

# Invisible characters that change what a reader sees or where a line ends: the Arabic
# letter mark, the zero-width space, the line and paragraph separators (which some readers
# split lines on), the word joiner and invisible operators, and the byte-order mark.
# The zero-width joiner and non-joiner stay: Arabic and Persian names spell with them.
_INVISIBLE = "\u061c\u200b\u2028\u2029\u2060-\u2064\ufeff"

# C0 and C1 controls, DEL, the bidirectional overrides that can reorder what a terminal
# shows ("Trojan Source"), and the invisible characters above: shown as visible escapes,
# never sent raw.
_UNSAFE = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069{_INVISIBLE}]")
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


_JSON_EXTRA_ESCAPES = re.compile(
    f"[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069{_INVISIBLE}]")


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON as UTF-8 text; control characters escaped, including the ones JSON allows raw."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_EXTRA_ESCAPES.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def csv_cell(value: Any) -> str:
    """One value as a single line of text for csv and plain output: lists of names joined by
    commas, anything nested as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return safe_text(",".join(value), one_line=True)
    if isinstance(value, (list, dict)):
        return safe_text(to_json(value, indent=None))
    if isinstance(value, bool):
        return "true" if value else "false"
    return safe_text(value, one_line=True)
