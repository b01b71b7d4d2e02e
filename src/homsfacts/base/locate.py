"""Find the line where a record or field of a TOML fact base starts.

tomli returns plain data without positions, so the lines are recovered from the text. A hand
written base uses ``[[events]]`` and ``[[entities.statements]]`` headers; the n-th header of a
table is the n-th record. Records written as inline arrays get no line, only their position.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\]\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")


class LineIndex:
    """Maps a validation location such as ``('events', 12, 'date')`` to a line number.

    The text is read once, at the first question: every record header and every key's first
    line within its block are indexed then, so locating N findings costs O(N), not N scans of
    the file, and a valid base, which asks nothing, costs nothing.
    """

    def __init__(self, text: str | Callable[[], str]) -> None:
        # A large base's text is let go once parsed and read again here, only if a problem
        # needs its line.
        self._text = text
        self._built = False
        self._starts: dict[tuple[object, ...], int] = {}
        self._keys: dict[tuple[int, str], int] = {}

    def _build(self) -> None:
        # Only a base with problems is ever located, so a valid one never pays for this.
        self._built = True
        text = self._text if isinstance(self._text, str) else self._text()
        counters: dict[tuple[object, ...], int] = defaultdict(int)
        parent_index: dict[str, int] = {}
        block = 0
        for number, line in enumerate(text.splitlines(), start=1):
            if line.lstrip().startswith("["):
                block = number
                match = _HEADER.match(line)
                if not match:
                    continue
                parts = [part.strip() for part in match.group(1).split(".")]
                if len(parts) == 1:
                    table = parts[0]
                    index = counters[(table,)]
                    counters[(table,)] += 1
                    parent_index[table] = index
                    self._starts[(table, index)] = number
                elif len(parts) == 2 and parts[0] in parent_index:
                    table, child = parts
                    parent = parent_index[table]
                    key = (table, parent, child)
                    index = counters[key]
                    counters[key] += 1
                    self._starts[(table, parent, child, index)] = number
                continue
            match = _KEY.match(line)
            if match:
                self._keys.setdefault((block, match.group(1)), number)

    def line_of(self, location: tuple[object, ...]) -> int | None:
        """The line of the deepest record in ``location`` and, where possible, of its field."""
        if not self._built:
            self._build()
        record_start: int | None = None
        depth = 0
        for size in (4, 2):
            if tuple(location[:size]) in self._starts:
                record_start = self._starts[tuple(location[:size])]
                depth = size
                break
        if record_start is None:
            if location and isinstance(location[0], str):
                return self._keys.get((0, location[0]))
            return None
        field = location[depth] if len(location) > depth else None
        if isinstance(field, str):
            return self._keys.get((record_start, field), record_start)
        return record_start
