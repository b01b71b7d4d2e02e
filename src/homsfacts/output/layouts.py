"""What a person sees on a terminal: Rich tables, cards and the chart. Imported only when a
terminal needs them.

Nothing an answer holds is cut, dropped or broken inside a word, at any width. Ids, dates and
citations are sized to their content and the text columns share what is left; when that
leaves the text too little room, a list switches to one block per record, as ``gh`` does,
with the id and citation on their own dimmed line (:data:`MIN_TEXT_WIDTH` decides).

Every piece of fact-base text goes through ``Text`` (never markup), after ``safe_text``, so
``[bold]`` in a fact prints as those characters and control codes never reach the terminal.

This module lays out a list; :mod:`homsfacts.output.terminal_cards` draws one record.
"""

from __future__ import annotations

import re

from rich import box
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from homsfacts.base.views import Record, cite_lines
from homsfacts.output.columns import (
    SOURCES,
    Column,
)
from homsfacts.output.text import safe_text

MIN_TEXT_WIDTH = 28
"""The fewest columns a table gives its main text column (a summary, a label, a title).
Chosen by looking at every list at 60 to 120 columns: below about 28 a summary of 15 words
runs to eight lines and the row stops reading as a row, so the list becomes blocks instead."""


COMFORTABLE_TEXT_WIDTH = 48
"""The main text column grows to this before a span of dates gets its one line."""


MIN_NOTE_WIDTH = 10
"""The fewest columns for a secondary text column (as of, attributed to)."""


GAP = 3
"""Columns between two table columns: a space of padding either side of the divider."""


DATE_BREAKS = re.compile(r"(?<=–) | (?=\()")
"""Where a capped column (a date) may wrap: after the dash of a span and before
``(derived)``, never inside ``2000 BCE`` or ``1 BCE``."""


def wrapped_date(text: str, width: int) -> str:
    """A capped cell broken into lines of at most ``width`` only at :data:`DATE_BREAKS`, so
    the table, which would break at any space, gets lines that already fit."""
    lines: list[str] = []
    for part in DATE_BREAKS.split(text):
        if lines and len(lines[-1]) + 1 + len(part) <= width:
            lines[-1] += " " + part
        else:
            lines.append(part)
    return "\n".join(lines)


def styled(value: object, style: str = "") -> Text:
    return Text(safe_text(value), style=style)


def cell_text(column: Column, record: Record) -> str:
    if column is SOURCES:  # one citation per line, so a citation never breaks
        return "\n".join(cite_lines(record.get("sources") or []))
    return safe_text(column.cell(record))


def column_widths(columns: list[Column], cells: list[list[str]], width: int,
                  whole_lines: list[int] | None = None) -> list[int] | None:
    """The width of each column of a table that fits ``width``, or None when the main text
    column would get less than :data:`MIN_TEXT_WIDTH`.

    A column sized to content gets its longest line (capped, for dates, but never narrower
    than its longest word); a text column gets at least its longest word and its floor, and
    what is left is shared out by ``flex`` without giving any column more than its longest
    line. So no word is ever broken. ``whole_lines`` raises a column's minimum to the longest
    line it must never wrap (an id and citation folded under a summary).
    """
    main = max(range(len(columns)), key=lambda index: columns[index].flex)
    natural, minimum = [], []
    for index, column in enumerate(columns):
        texts = [column.name, *(row[index] for row in cells)]
        longest_line = max(len(line) for text in texts for line in text.splitlines() or [""])
        longest_word = max((len(word) for text in texts for word in text.split()), default=0)
        if column.breakable:
            least = min(longest_line, MIN_NOTE_WIDTH)
        elif column.flex:
            floor = MIN_TEXT_WIDTH if index == main else MIN_NOTE_WIDTH
            least = max(longest_word, min(floor, longest_line))
        elif column.cap:
            least = max(len(part) for text in texts for part in DATE_BREAKS.split(text))
        else:
            least = longest_line
        if whole_lines:
            least = max(least, whole_lines[index])
        natural.append(longest_line)
        minimum.append(least)
    widths = list(minimum)
    room = width - GAP * (len(columns) - 1) - sum(widths)
    if room < 0:
        return None

    def grow(index: int, up_to: int) -> None:
        nonlocal room
        given = max(0, min(up_to - widths[index], room))
        widths[index] += given
        room -= given

    # The main text first gets a comfortable measure, then a capped column (a span of dates)
    # its one line, then the text columns share the rest.
    capped = [index for index, column in enumerate(columns) if column.cap and not column.flex]
    if capped:
        grow(main, min(natural[main], COMFORTABLE_TEXT_WIDTH))
    for index in capped:
        grow(index, min(columns[index].cap or 0, natural[index]))
    growing = [index for index, column in enumerate(columns)
               if column.flex and widths[index] < natural[index]]
    while room > 0 and growing:
        total = sum(columns[index].flex for index in growing)
        before = room
        for index in growing:
            share = max(1, before * columns[index].flex // total)
            grow(index, min(natural[index], widths[index] + share))
        growing = [index for index in growing if widths[index] < natural[index]]
        if room == before:
            break
    return widths


def _meta_lines(columns: list[Column], row: list[str], width: int | None = None) -> list[str]:
    """The id and citations of a record, for a line of their own: ``id · citation``, and any
    further citation on a line below, so that no citation is ever split; where ``id ·
    citation`` is wider than ``width``, the citation starts a line of its own."""
    parts = [cell for column, cell in zip(columns, row, strict=True)
             if column.block == "meta" and cell]
    if not parts:
        return []
    *first, last = parts
    last_lines = last.splitlines()
    head = " · ".join([*(part.replace("\n", "; ") for part in first), last_lines[0]])
    if width is not None and first and len(head) > width:
        return [" · ".join(part.replace("\n", "; ") for part in first), *last_lines]
    return [head, *last_lines[1:]]


def _table(title: str | None, columns: list[Column], rows: list[list[Text]],
           widths: list[int]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", show_edge=False,
                  pad_edge=False, padding=(0, 1), expand=False, title_style="bold")
    for column, column_width in zip(columns, widths, strict=True):
        table.add_column(column.name, width=column_width, overflow="fold",
                         style="dim" if column.block == "meta" else None)
    for row in rows:
        table.add_row(*row)
    return table


def list_layout(title: str | None, columns: list[Column], records: list[Record],
          width: int) -> RenderableType:
    """A list as a table of every column, or with the id and citation folded under the main
    text, whichever takes fewer lines; as one block per record when neither fits."""
    cells = [[cell_text(column, record) for column in columns] for record in records]
    layouts: list[tuple[int, Table]] = []
    widths = column_widths(columns, cells, width)
    if widths is not None:
        rows = [[Text(wrapped_date(cell, size) if column.cap else cell)
                 for column, cell, size in zip(columns, row, widths, strict=True)]
                for row in cells]
        layouts.append((_height(cells, widths), _table(title, columns, rows, widths)))
    kept = [index for index, column in enumerate(columns)
            if column.block not in ("meta", "aside")]
    if any(columns[index].flex for index in kept) and len(kept) < len(columns):
        host = max(kept, key=lambda index: columns[index].flex)
        folded_columns = [columns[index] for index in kept]
        asides = [[cell for column, cell in zip(columns, row, strict=True)
                   if column.block == "aside" and cell] for row in cells]
        metas = [_meta_lines(columns, row) for row in cells]
        folded = [[row[index] + "".join("\n" + line for line in [*aside, *meta])
                   if index == host else row[index] for index in kept]
                  for row, aside, meta in zip(cells, asides, metas, strict=True)]
        whole = [max((len(line) for meta in metas for line in meta), default=0)
                 if index == host else 0 for index in kept]
        widths = column_widths(folded_columns, folded, width, whole)
        if widths is not None:
            rows = []
            for row, aside, meta in zip(cells, asides, metas, strict=True):
                texts = []
                for index, size in zip(kept, widths, strict=True):
                    cap = columns[index].cap
                    text = Text(wrapped_date(row[index], size) if cap else row[index])
                    if index == host:
                        for line in aside:
                            text.append("\n" + line, style="italic")
                        if meta:
                            text.append("\n" + "\n".join(meta), style="dim")
                    texts.append(text)
                rows.append(texts)
            layouts.append((_height(folded, widths), _table(title, folded_columns, rows,
                                                             widths)))
    if layouts:
        return min(layouts, key=lambda layout: layout[0])[1]
    return blocks(title, columns, cells, width)


def _height(cells: list[list[str]], widths: list[int]) -> int:
    """How many lines a table of these cells takes at these column widths."""
    import textwrap

    def lines(cell: str, width: int) -> int:
        return sum(len(textwrap.wrap(line, width)) or 1 for line in cell.splitlines() or [""])

    return sum(max(lines(cell, width) for cell, width in zip(row, widths, strict=True))
               for row in cells)


def blocks(title: str | None, columns: list[Column], cells: list[list[str]],
           width: int | None = None, *, links: bool = False) -> RenderableType:
    """One block per record: the heading in bold, the text, any notes, any web address whole
    on a line of its own (a link with ``links``), then the id and citation dimmed on a line
    of their own."""
    parts: list[RenderableType] = []
    if title:
        parts.append(Text(title, style="bold"))
    for row in cells:
        block = Text()
        addresses: list[RenderableType] = []
        for column, cell in zip(columns, row, strict=True):
            if not cell:
                continue
            if column.block == "link":
                addresses.append(Text(cell, style=Style(link=cell) if links else "",
                                      no_wrap=True, overflow="ignore"))
                continue
            if column.block == "head":
                block.append(cell + "\n", style="bold")
            elif column.block == "body":
                block.append(cell + "\n")
            elif column.block == "note":
                block.append(f"{column.name}: ", style="dim")
                block.append(cell + "\n")
            elif column.block == "aside":
                block.append(cell + "\n", style="italic")
        block.rstrip()
        meta = Text("\n".join(_meta_lines(columns, row, width)), style="dim")
        # A blank line apart, not Padding, which would crop a web address to the width.
        parts.extend([*([Text("")] if parts else []), block, *addresses, meta])
    return Group(*parts)
