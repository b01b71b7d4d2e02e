"""How many lines each short value of a figure list takes, read from what a terminal shows.

A figure's value, its as-of, its attribution and its id are short phrases: a table that breaks
one into a word a line while another column has room reads worse than the block layout (issue
23, item 7). :func:`measure` finds each of them in a render, as a table or as blocks, and
returns the lines it took and whether another column had the room to spare it one; it reads
only the printed text (and ``textwrap``), so the same measure serves the code before and after
a change of layout. ``python -m tests.value_lines [FROM TO]`` prints, for every width from 60 to
200, the worst case of the figure lists.
"""

from __future__ import annotations

import re
import shlex
import textwrap
from typing import Any, NamedTuple

SHORT_COLUMNS = ("id", "value", "as of", "attribution")
"""The columns whose cells are short values, by their heading in a figure table."""

HEADINGS = ("id", "figure", "value", "as of", "attribution", "sources", "other reports")
_HEADER = re.compile(r"^(?:id +)?figure +value +as of +attribution\b")
_RULE = re.compile(r"^─{10,}")
GAP = 3
"""Columns between two columns of a table: padding, divider, padding."""

LISTS = ("figure", "figure --all", "figure population --all")
"""The figure lists of the shipped base that every width is checked with."""


class Shown(NamedTuple):
    column: str
    text: str
    lines: list[str]
    layout: str
    """``table`` (every column), ``folded`` (the id and citation under the label), ``blocks``."""
    room: bool
    """Another column of the table could give this value the columns it needs to take a
    line fewer and lose nothing: it is wider than its longest line by that much."""

    @property
    def word_a_line(self) -> bool:
        """Broken over two lines or more, each of them a single word."""
        return len(self.lines) > 1 and all(len(line.split()) == 1 for line in self.lines)


def expected(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Each short column's cells, in the order of the list, as the table defines them."""
    from homsfacts.output.columns import COLUMNS

    columns = {column.name: column for column in COLUMNS["figure"]}
    return {name: [" ".join(columns[name].cell(record).split()) for record in records]
            for name in SHORT_COLUMNS}


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _needs(text: str, width: int, lines: int) -> int:
    """How many more columns ``text`` needs to take fewer than ``lines`` lines."""
    more = 1
    while len(textwrap.wrap(text, width + more, break_long_words=False)) >= lines:
        more += 1
    return more


def _table(lines: list[str], head: int, cells: dict[str, list[str]]) -> list[Shown]:
    header, starts, at = lines[head], [], 0
    for name in HEADINGS:
        found = re.compile(rf"(?<!\S){re.escape(name)}(?!\S)").search(header, at)
        if found and (name != "id" or found.start() == 0):
            starts.append((name, found.start()))
            at = found.end()
    body: list[str] = []
    for line in lines[head + 2:]:
        if not line.strip():
            break
        body.append(line)
    right = max(len(line) for line in [header, *body])
    bounds = {name: (start, starts[index + 1][1] - GAP if index + 1 < len(starts) else right)
              for index, (name, start) in enumerate(starts)}
    slack = {name: end - start - max(len(line[start:end].rstrip()) for line in [header, *body])
             for name, (start, end) in bounds.items()}
    layout = "table" if "id" in bounds else "folded"
    shown: list[Shown] = []
    if layout == "folded":  # each id under its label, alone or before its citation
        start, end = bounds["figure"]
        pieces, at = [line[start:end].strip() for line in body], 0
        for text in cells["id"]:
            while pieces[at] != text and not pieces[at].startswith(text + " · "):
                at += 1
            shown.append(Shown("id", text, [text], layout, False))
    for name in SHORT_COLUMNS:
        if name not in bounds:
            continue
        start, end = bounds[name]
        wanted = [text for text in cells[name] if text]
        parts: list[str] = []
        for line in body:
            piece = line[start:end].strip()
            if not piece:
                continue
            parts.append(piece)
            if _squeezed(" ".join(parts)) == _squeezed(wanted[0]):
                text = wanted.pop(0)
                need = _needs(text, end - start, len(parts)) if len(parts) > 1 else 0
                room = bool(need) and any(spare >= need for other, spare in slack.items()
                                          if other != name)
                shown.append(Shown(name, text, parts, layout, room))
                parts = []
                if not wanted:
                    break
            elif not _squeezed(wanted[0]).startswith(_squeezed(" ".join(parts))):
                raise ValueError(f"{name}: {parts!r} is not the start of {wanted[0]!r}")
        if wanted:
            raise ValueError(f"{name}: {wanted[0]!r} not found in the table")
    return shown


def _spans(lines: list[str], start: int, target: str) -> int:
    """How many lines from ``start`` spell ``target`` (and perhaps more after it), or 0."""
    joined = ""
    for end in range(start, len(lines)):
        joined += _squeezed(lines[end])
        if not joined or not (target.startswith(joined) or joined.startswith(target)):
            return 0
        if joined.startswith(target):
            return end - start + 1
    return 0


def _blocks(lines: list[str], cells: dict[str, list[str]]) -> list[Shown]:
    shown: list[Shown] = []
    for name in SHORT_COLUMNS:
        prefix = "" if name in ("id", "value") else f"{name}: "
        at = 0
        for text in cells[name]:
            if not text:
                continue
            if name == "id":  # alone on its line, or before its citation
                while lines[at].strip() != text and not lines[at].startswith(text + " · "):
                    at += 1
                shown.append(Shown(name, text, [text], "blocks", False))
                continue
            while not (count := _spans(lines, at, _squeezed(prefix + text))):
                at += 1
            parts = [line.strip() for line in lines[at:at + count]]
            parts[0] = parts[0][len(prefix):]
            shown.append(Shown(name, text, parts, "blocks", False))
            at += count
    return shown


def measure(shown: str, records: list[dict[str, Any]]) -> list[Shown]:
    """Every short value of the figure list ``records`` as ``shown`` (the first figure list
    in it), with the lines it takes."""
    lines = shown.splitlines()
    cells = expected(records)
    for index, line in enumerate(lines[:-1]):
        if _HEADER.match(line) and _RULE.match(lines[index + 1]):
            return _table(lines, index, cells)
    return _blocks(lines, cells)


def records_of(command: str) -> list[dict[str, Any]]:
    import json

    from typer.testing import CliRunner

    from homsfacts.cli import app

    result: list[dict[str, Any]] = json.loads(
        CliRunner().invoke(app, [*shlex.split(command), "--json"]).stdout)
    return result


def report(widths: range) -> None:
    """For each width: the layout of each list (T a table of every column, f folded, b
    blocks), the most lines a value, an as-of and an attribution took, how many short values
    were broken a word a line, and how many took more lines than they would have had another
    column given them its spare room."""
    from .terminal import render

    records = {command: records_of(command) for command in LISTS}
    print("width  layouts  most lines: value as-of attribution  word-a-line  with-room-spare")
    for width in widths:
        layouts, worst, broken, spared = "", dict.fromkeys(SHORT_COLUMNS, 0), 0, 0
        for command in LISTS:
            found = measure(render(command, width)[1], records[command])
            layouts += {"table": "T", "folded": "f", "blocks": "b"}[found[0].layout]
            for item in found:
                worst[item.column] = max(worst[item.column], len(item.lines))
            broken += sum(item.word_a_line for item in found)
            spared += sum(item.room for item in found)
        print(f"{width:5}  {layouts:7}  {worst['value']:>16} {worst['as of']:>5} "
              f"{worst['attribution']:>11}  {broken:>11}  {spared:>15}")


if __name__ == "__main__":
    import sys

    report(range(int(sys.argv[1]), int(sys.argv[2]) + 1) if len(sys.argv) > 2
           else range(60, 201))
