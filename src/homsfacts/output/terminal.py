"""What a person sees on a terminal: Rich tables, cards and the chart. Imported only when a
terminal needs them.

Nothing an answer holds is cut, dropped or broken inside a word, at any width. Ids, dates and
citations are sized to their content and the text columns share what is left; when that
leaves the text too little room, a list switches to one block per record, as ``gh`` does,
with the id and citation on their own dimmed line (:data:`MIN_TEXT_WIDTH` decides).

Every piece of fact-base text goes through ``Text`` (never markup), after ``safe_text``, so
``[bold]`` in a fact prints as those characters and control codes never reach the terminal.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from homsfacts.base.views import Record, cite_lines, date_label
from homsfacts.output.columns import COLUMNS, ID, LIST_ROWS, SOURCES, Column, card_lines, field_text
from homsfacts.output.environment import Environment
from homsfacts.output.formats import Answer
from homsfacts.output.text import safe_text

_TITLES = {"events": "Timeline", "figures": "Figures", "sources": "Sources",
           "search": "Search results", "findings": "Problems", "entities": "Entities",
           "statements": "Statements"}

MIN_TEXT_WIDTH = 28
"""The fewest columns a table gives its main text column (a summary, a label, a title).
Chosen by looking at every list at 60 to 120 columns: below about 28 a summary of 15 words
runs to eight lines and the row stops reading as a row, so the list becomes blocks instead."""

COMFORTABLE_TEXT_WIDTH = 48
"""The main text column grows to this before a span of dates gets its one line."""

MIN_NOTE_WIDTH = 10
"""The fewest columns for a secondary text column (as of, attributed to)."""

FINDINGS_SHOWN = 100
"""A table of problems on a terminal shows this many, then says how many more there are;
``--format findings`` and ``--json`` list every one."""

CARD_WIDTH = 100
"""Cards are at most this wide: a panel of prose is hard to read across 200 columns."""

GAP = 3
"""Columns between two table columns: a space of padding either side of the divider."""


def console_for(env: Environment) -> Console:
    return Console(file=env.stdout, width=env.width, force_terminal=env.stdout_isatty,
                   no_color=not env.color, color_system="auto" if env.color else None,
                   highlight=False, emoji=False, markup=False, soft_wrap=False)


def _text(value: object, style: str = "") -> Text:
    return Text(safe_text(value), style=style)


def _cell_text(column: Column, record: Record) -> str:
    if column is SOURCES:  # one citation per line, so a citation never breaks
        return "\n".join(cite_lines(record.get("sources") or []))
    return safe_text(column.cell(record))


# -- lists: a table when it reads, blocks when it would squeeze ----------------------------


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
            least = longest_word
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


def _list(title: str | None, columns: list[Column], records: list[Record],
          width: int) -> RenderableType:
    """A list as a table of every column, or with the id and citation folded under the main
    text, whichever takes fewer lines; as one block per record when neither fits."""
    cells = [[_cell_text(column, record) for column in columns] for record in records]
    layouts: list[tuple[int, Table]] = []
    widths = column_widths(columns, cells, width)
    if widths is not None:
        rows = [[Text(cell) for cell in row] for row in cells]
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
                for index in kept:
                    text = Text(row[index])
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
    return _blocks(title, columns, cells, width)


def _height(cells: list[list[str]], widths: list[int]) -> int:
    """How many lines a table of these cells takes at these column widths."""
    import textwrap

    def lines(cell: str, width: int) -> int:
        return sum(len(textwrap.wrap(line, width)) or 1 for line in cell.splitlines() or [""])

    return sum(max(lines(cell, width) for cell, width in zip(row, widths, strict=True))
               for row in cells)


def _blocks(title: str | None, columns: list[Column], cells: list[list[str]],
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


def render_table(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    console = console_for(env)
    if answer.kind == "miss":  # `who -` on a terminal: the message is on stderr already
        console.print(Text(f"{answer.data['query']}: {answer.data['error']}", style="dim"))
        return
    if not answer.is_list:
        console.print(_card(answer, min(env.width, CARD_WIDTH)))
        return
    if not answer.data:
        return
    if fields:
        columns = [Column(name, field_text(name), flex=1, block="body") for name in fields]
    else:
        columns = COLUMNS[LIST_ROWS[answer.kind]]
    if any(column.block == "link" for column in columns):  # addresses whole: see _blocks
        cells = [[_cell_text(column, record) for column in columns] for record in answer.data]
        console.print(_blocks(_TITLES.get(answer.kind), columns, cells, env.width,
                              links=env.hyperlinks), crop=False)
        return
    records, hidden = answer.data, 0
    if answer.kind == "findings" and len(records) > FINDINGS_SHOWN:
        records, hidden = records[:FINDINGS_SHOWN], len(records) - FINDINGS_SHOWN
    console.print(_list(_TITLES.get(answer.kind), columns, records, env.width))
    if hidden:
        console.print(Text(f"and {hidden:,} more not shown here; --format findings or --json "
                           "lists every one", style="dim"))


# -- cards: one record and what belongs to it ------------------------------------------------


_VERDICT_STYLES = {"supported": "bold green", "refuted": "bold red",
                   "not-enough-info": "bold yellow"}


def _verdict(result: Record, width: int) -> RenderableType:
    """A checked claim: the verdict as the panel's title, the claim, the reason, what was
    read in the claim, and the evidence with its citations."""
    body = Text()
    body.append_text(_text(result["claim"], "bold"))
    body.append("\n\n")
    body.append_text(_text(result["reason"]))
    found = result["found"]
    read = [f"{item['text']} ({item['result']})" for item in found["quantities"]]
    read += [f"{item['text']} ({item['result']})" for item in found["dates"]]
    read += [item["name"] for item in found["names"]]
    if read:
        body.append_text(_text("\n\nread in the claim: " + "; ".join(read), "dim"))
    parts: list[RenderableType] = [Panel(
        body, title=Text(result["verdict"], style=_VERDICT_STYLES[result["verdict"]]),
        title_align="left", box=box.ROUNDED, expand=False, width=width)]
    figures = [record for record in result["evidence"] if record["type"] == "figure"]
    events = [record for record in result["evidence"] if record["type"] == "event"]
    if figures:
        parts.append(Padding(_list("Evidence", COLUMNS["figure"], figures, width), (1, 0, 0, 0)))
    if events:
        parts.append(Padding(_list("Evidence", COLUMNS["event"], events, width), (1, 0, 0, 0)))
    return Group(*parts)


def _card(answer: Answer, width: int) -> RenderableType:
    record: Record = answer.data
    if answer.kind == "verdict":
        return _verdict(record, width)
    kind = record.get("type")
    if kind == "entity":
        return _entity_card(record, width)
    if kind == "figure":
        details = [("unit", record["unit"]), ("qualifier", record["qualifier"]),
                   ("rank", record.get("rank") if record.get("rank") != "normal" else None),
                   ("why", record.get("rank_reason")),
                   ("as of", record.get("as_of")), ("period", record.get("period")),
                   ("attribution", record.get("attribution")),
                   ("attributed to", record.get("attributed_to")),
                   ("about", ", ".join(record.get("about") or []))]
        return _details(record, record["label"], record["display"], details, width)
    if kind == "event":
        details = [("date", date_label(record)), ("how dated", record.get("date_note")),
                   ("attribution", record.get("attribution")),
                   ("involving", ", ".join(record["entities"])),
                   ("where", ", ".join(record["places"]))]
        return _details(record, None, record["summary"], details, width)
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("field", style="dim", no_wrap=True)
    table.add_column("value", overflow="fold")
    for line in card_lines(answer):
        table.add_row(_text(line[0]), _text("  ".join(line[1:])))
    return Panel(table, title=_text(record["id"], "dim"), title_align="left",
                 box=box.ROUNDED, expand=False, width=None)


def _entity_card(record: Record, width: int) -> RenderableType:
    heading = _text(record["name"], "bold")
    heading.append_text(_text(f"  {record['kind']}", "dim"))
    body = Text()
    body.append_text(_text(record["description"]))
    if record.get("aliases"):
        body.append_text(_text("\nalso: " + ", ".join(record["aliases"]), "dim"))
    if record.get("part_of"):
        chain = " › ".join(place["name"] for place in record["part_of"])
        body.append_text(_text(f"\nin: {chain}", "dim"))
    if record.get("contains"):
        inside = ", ".join(place["name"] for place in record["contains"])
        body.append_text(_text(f"\ncontains: {inside}", "dim"))
    body.append_text(_text(f"\n{record['id']} · {'; '.join(cite_lines(record['sources']))}",
                           "dim"))
    parts: list[RenderableType] = [
        Panel(body, title=heading, title_align="left", box=box.ROUNDED, expand=False,
              width=min(width, max(len(line) for line in body.plain.splitlines()) + 4)
              if body.plain else None)]
    inner = width
    for key, title, columns in (
            ("statements", "Statements", COLUMNS["statement"]),
            ("events", "Events", COLUMNS["card-event"]),
            ("figures", "Figures", COLUMNS["figure"]),
            ("cited", "Sources", [ID, *COLUMNS["source"][1:4]])):
        if record.get(key):
            parts.append(Padding(_list(title, columns, record[key], inner), (1, 0, 0, 0)))
    return Group(*parts)


def _details(record: Record, heading: str | None, lead: str,
             details: list[tuple[str, object]], width: int) -> RenderableType:
    """A record as a panel: its id as the title, the heading and lead text in bold, then its
    fields, and the citation last."""
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("field", style="dim", no_wrap=True)
    table.add_column("value", overflow="fold")
    shown = [(name, value) for name, value in details if value]
    shown.append(("sources", "\n".join(cite_lines(record["sources"]))))
    for name, value in shown:
        table.add_row(name, _text(value))
    top = Text()
    if heading:
        top.append_text(_text(heading, "bold"))
        top.append("\n")
    top.append_text(_text(lead, "bold"))
    panel = Panel(Group(top, Text(""), table), title=_text(record["id"], "dim"),
                  title_align="left", box=box.ROUNDED, expand=False, width=width)
    group = record.get("group")
    if not group:
        return panel
    heading = f"{group['reports']} reports of {group['id']}: {group['status']}"
    if group.get("spread") and group["spread"]["display"]:
        heading += f", {group['spread']['display']}"
    return Group(panel, Padding(_list(heading, COLUMNS["report"], group["values"], width),
                                (1, 0, 0, 0)))
