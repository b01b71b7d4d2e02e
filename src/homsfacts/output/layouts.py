"""What a person sees on a terminal: Rich tables, cards and the chart. Imported only when a
terminal needs them.

Nothing an answer holds is cut, dropped or broken inside a word, at any width. Ids, dates and
citations are sized to their content, short values get their line, and the text columns share
what is left (:mod:`homsfacts.output.widths` has the rule); when that leaves the text or the
short values too little room, a list switches to one block per record, as ``gh`` does, with
the id and citation on their own dimmed line.

Every piece of fact-base text goes through ``Text`` (never markup), after ``safe_text``, so
``[bold]`` in a fact prints as those characters and control codes never reach the terminal.

This module lays out a list; :mod:`homsfacts.output.terminal_cards` draws one record.
"""

from __future__ import annotations

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
from homsfacts.output.widths import DATE_BREAKS, column_widths, table_height


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
    text, whichever takes fewer lines; as one block per record when neither fits. A column
    no record fills is left out."""
    cells = [[cell_text(column, record) for column in columns] for record in records]
    filled = [index for index in range(len(columns)) if any(row[index] for row in cells)]
    if filled and len(filled) < len(columns):
        columns = [columns[index] for index in filled]
        cells = [[row[index] for index in filled] for row in cells]
    layouts: list[tuple[int, Table]] = []
    widths = column_widths(columns, cells, width)
    if widths is not None:
        rows = [[Text(wrapped_date(cell, size) if column.cap else cell)
                 for column, cell, size in zip(columns, row, widths, strict=True)]
                for row in cells]
        layouts.append((table_height(cells, widths), _table(title, columns, rows, widths)))
    folded = _folded(title, columns, cells, width)
    if folded is not None:
        layouts.append(folded)
    if layouts:
        return min(layouts, key=lambda layout: layout[0])[1]
    return blocks(title, columns, cells, width)


def _folded(title: str | None, columns: list[Column], cells: list[list[str]],
            width: int) -> tuple[int, Table] | None:
    """The table with each record's id and citation (and any aside) folded under its main
    text, and its height; None when it does not fit. The id and its citation share a line
    where the column is wide enough, and otherwise take one each, so neither is broken."""
    kept = [index for index, column in enumerate(columns)
            if column.block not in ("meta", "aside")]
    if not any(columns[index].flex for index in kept) or len(kept) == len(columns):
        return None
    host = max(kept, key=lambda index: columns[index].flex)
    asides = [[cell for column, cell in zip(columns, row, strict=True)
               if column.block == "aside" and cell] for row in cells]

    def fold(meta_width: int | None) -> list[list[str]]:
        return [[row[index] + "".join(
            "\n" + line for line in [*aside, *_meta_lines(columns, row, meta_width)])
            if index == host else row[index] for index in kept]
            for row, aside in zip(cells, asides, strict=True)]

    pieces = [len(line) for row in cells for line in _meta_lines(columns, row, 0)]
    whole = [max(pieces, default=0) if index == host else 0 for index in kept]
    widths = column_widths([columns[index] for index in kept], fold(None), width, whole)
    if widths is None:
        return None
    meta_width = widths[kept.index(host)]
    rows = []
    for row, aside in zip(cells, asides, strict=True):
        texts = []
        for index, size in zip(kept, widths, strict=True):
            cap = columns[index].cap
            text = Text(wrapped_date(row[index], size) if cap else row[index])
            if index == host:
                for line in aside:
                    text.append("\n" + line, style="italic")
                meta = _meta_lines(columns, row, meta_width)
                if meta:
                    text.append("\n" + "\n".join(meta), style="dim")
            texts.append(text)
        rows.append(texts)
    return (table_height(fold(meta_width), widths),
            _table(title, [columns[index] for index in kept], rows, widths))


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
