"""Read a fact base a part at a time, where that provably gives what one parse would.

tomli parses a whole document at once, and the parsed records of a large base take eight times
the memory of its text (issue 14). Parsed a part at a time, a base is checked and indexed
while only one part is held.

A part begins at a line that starts with a record header, ``[[events]]`` (indented or
spaced as TOML allows, ``  [[ events ]]``), and runs to the next part. Such a line can also
sit inside a multi-line string or array, where it is no header, so nothing is taken on
trust. Each part must parse on its own, and the parts must fit together, or the base is
parsed whole (which is also what finds and reports what is wrong with it). Why a base that
passes gives exactly what one parse would:

- *Every cut is a real header.* The text before the first cut parses on its own, so tomli
  read it to the end outside any string, array or inline table. A cut at the start of a line
  in that state is a header. Each part in turn begins at a header and parses to its end, and
  so on to the last cut.
- *Every part adds records and nothing else.* After a header, keys belong to a table, so a
  part's top-level keys come only from headers, and a key whose value is a list comes only
  from ``[[key]]``. Each part must give only lists, exactly as many records in each as it has
  header lines for that table, and no name that the text before the first header defines. So
  the whole file appends the same records to the same tables, in the same order.
- *Nothing reaches back across a cut.* A ``[key.sub]`` or ``[[key.sub]]`` header would extend
  the last record of an earlier part. Read alone, its part makes ``key`` a table, not a list,
  and is refused.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_RECORD_HEADER = re.compile(r"\n[ \t]*\[\[[ \t]*([A-Za-z0-9_-]+)[ \t]*\]\]")
"""A line that starts with a record header, found by its newline, which the
regular-expression engine searches for four times as fast as the start of every line (in
multi-line mode). Indentation and spaces inside the brackets cost 0.01 s at 100,000
records; without them, such a base was read whole, at the whole parse's peak."""
_FIRST_HEADER = re.compile(r"[ \t]*\[\[[ \t]*([A-Za-z0-9_-]+)[ \t]*\]\]")

PART_CHARS = 1 << 18
"""About how much text each part holds (256 KiB, about 1,400 records): large enough that
parsing it costs no more than parsing the whole, small enough that its records take about
2 MB, and that a helper process indexing them starts soon and finishes soon after."""


class NotInParts(Exception):
    """This text cannot be shown to parse the same in parts: parse it whole."""


@dataclass
class Layout:
    """A base read in parts: what precedes its first record header, how many records each
    table has in all, and then the records of each part, table by table."""

    head: dict[str, Any]
    counts: dict[str, int]
    parts: Iterator[dict[str, list[Any]]]


def in_parts(text: str, part_chars: int = PART_CHARS) -> Layout:
    """The layout of ``text``. Raises NotInParts when the head does not parse; a part that
    does not parse or fit raises it from the ``parts`` iterator, after the parts before it.
    """
    starts = list(_cuts(text, part_chars))
    ends = [*starts[1:], len(text)] if starts else []
    expected = [_headers_between(text, start, end) for start, end in zip(starts, ends,
                                                                          strict=True)]
    head = _loads(text[:starts[0]] if starts else text)
    counts = {name: len(records) for name, records in head.items() if type(records) is list}
    for found in expected:
        for name, number in found.items():
            counts[name] = counts.get(name, 0) + number
    return Layout(head, counts, _parts(text, list(zip(starts, expected, strict=True)), ends,
                                       frozenset(head)))


def _cuts(text: str, part_chars: int) -> Iterator[int]:
    """Where each part starts: the first line that starts with a record header, then each
    first such line at least ``part_chars`` further on."""
    if _FIRST_HEADER.match(text):
        start = 0
    elif found := _RECORD_HEADER.search(text):
        start = found.start() + 1
    else:
        return
    while True:
        yield start
        # A header's match starts at the newline before it, one character earlier.
        found = _RECORD_HEADER.search(text, start + part_chars - 1)
        if found is None:
            return
        start = found.start() + 1


def _headers_between(text: str, start: int, end: int) -> Counter[str]:
    """How many lines of each table's record header there are from ``start``, where a part
    starts, to ``end``. Found by the regular-expression engine alone: a Python loop over
    every header took twice as long."""
    found = Counter(_RECORD_HEADER.findall(text, max(start - 1, 0), end))
    if start == 0 and (first := _FIRST_HEADER.match(text)):
        found[first.group(1)] += 1
    return found


def _parts(text: str, cuts: list[tuple[int, Counter[str]]], ends: list[int],
           head_names: frozenset[str]) -> Iterator[dict[str, list[Any]]]:
    for (start, expected), end in zip(cuts, ends, strict=True):
        part = _loads(text[start:end])
        if not all(type(records) is list for records in part.values()):
            raise NotInParts("a part extends a table of an earlier part")
        if {name: len(records) for name, records in part.items()} != expected:
            raise NotInParts("a part has records that its header lines do not account for")
        if not head_names.isdisjoint(part):
            raise NotInParts("a part adds to a table that the head defines")
        yield part


def _loads(text: str) -> dict[str, Any]:
    import tomli

    try:
        return tomli.loads(text)
    except (tomli.TOMLDecodeError, RecursionError) as error:
        raise NotInParts(str(error)) from None
