"""Find the line where a record or field of a TOML fact base starts.

tomli returns plain data without positions, so the lines are recovered from the text. A hand
written base uses ``[[events]]`` and ``[[entities.statements]]`` headers; the n-th header of a
table is the n-th record. Records written as inline arrays get no line, only their position.
"""

from __future__ import annotations

import re
from collections import defaultdict

_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\]\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")


class LineIndex:
    """Maps a validation location such as ``('events', 12, 'date')`` to a line number."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._starts: dict[tuple[object, ...], int] = {}
        counters: dict[tuple[object, ...], int] = defaultdict(int)
        parent_index: dict[str, int] = {}
        for number, line in enumerate(self._lines, start=1):
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

    def _block_end(self, start: int) -> int:
        for number in range(start + 1, len(self._lines) + 1):
            if self._lines[number - 1].lstrip().startswith("["):
                return number
        return len(self._lines) + 1

    def line_of(self, location: tuple[object, ...]) -> int | None:
        """The line of the deepest record in ``location`` and, where possible, of its field."""
        record_start: int | None = None
        depth = 0
        for size in (4, 2):
            if tuple(location[:size]) in self._starts:
                record_start = self._starts[tuple(location[:size])]
                depth = size
                break
        if record_start is None:
            if location and isinstance(location[0], str):
                return self._top_level_key(location[0])
            return None
        if len(location) > depth and isinstance(location[depth], str):
            field = location[depth]
            for number in range(record_start + 1, self._block_end(record_start)):
                match = _KEY.match(self._lines[number - 1])
                if match and match.group(1) == field:
                    return number
        return record_start

    def _top_level_key(self, key: str) -> int | None:
        for number, line in enumerate(self._lines, start=1):
            if line.lstrip().startswith("["):
                return None
            match = _KEY.match(line)
            if match and match.group(1) == key:
                return number
        return None
