"""Rich tables and panels for a terminal. Imported only when a table is printed.

Every piece of fact-base text goes through ``Text`` (never markup), after ``safe_text``, so
``[bold]`` in a fact prints as those characters and control codes never reach the terminal.
"""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from homsfacts.render import (
    COLUMNS,
    LIST_ROWS,
    Answer,
    Column,
    card_lines,
    field_text,
    safe_text,
    with_attribution,
)
from homsfacts.views import Record, cite_label, date_label

_TITLES = {"events": "Timeline", "figures": "Figures", "sources": "Sources",
           "search": "Search results", "findings": "Problems", "entities": "Entities"}


def _text(value: object, style: str = "") -> Text:
    return Text(safe_text(value), style=style)


def _table(title: str | None, columns: list[Column], records: list[Record]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAVY, title_justify="left", expand=False)
    for name, _ in columns:
        table.add_column(name, overflow="fold",
                         style="dim" if name in {"sources", "id"} else None,
                         no_wrap=name in {"date", "id", "score", "sources"})
    for record in records:
        table.add_row(*(_text(cell(record)) for _, cell in columns))
    return table


def _statements(record: Record) -> Table:
    table = Table(box=box.SIMPLE, show_header=True, expand=False)
    table.add_column("statement", overflow="fold")
    table.add_column("sources", style="dim", no_wrap=True)
    for statement in record["statements"]:
        text = _text(with_attribution(statement["text"], statement.get("attribution")))
        table.add_row(text, _text(cite_label(statement["sources"])))
    return table


def _card(answer: Answer) -> RenderableType:
    record: Record = answer.data
    kind = record.get("type")
    parts: list[RenderableType] = []
    if kind == "entity":
        heading = _text(record["name"], "bold")
        heading.append_text(_text(f"  {record['kind']} · {record['id']}", "dim"))
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
        body.append_text(_text(f"\nsources: {cite_label(record['sources'])}", "dim"))
        parts.append(Panel(body, title=heading, title_align="left", box=box.ROUNDED))
        if record.get("statements"):
            parts.append(_statements(record))
        if record.get("events"):
            parts.append(_table("Events", COLUMNS["event"], record["events"]))
        if record.get("figures"):
            parts.append(_table("Figures", COLUMNS["figure"], record["figures"]))
        if record.get("cited"):
            parts.append(_table("Sources", COLUMNS["source"][:4], record["cited"]))
        return Group(*parts)
    if kind == "figure":
        body = _text(record["display"], "bold")
        details = [("figure", record["label"]), ("unit", record["unit"]),
                   ("qualifier", record["qualifier"]),
                   ("as of", record.get("as_of") or record.get("period")),
                   ("attributed to", record.get("attribution") or record.get("attributed_to")),
                   ("about", ", ".join(record.get("about") or [])),
                   ("sources", cite_label(record["sources"]))]
        return _details(record, body, details)
    if kind == "event":
        body = _text(record["summary"], "bold")
        details = [("date", date_label(record)), ("how dated", record.get("date_note")),
                   ("attribution", record.get("attribution")),
                   ("involving", ", ".join(record["entities"])),
                   ("where", ", ".join(record["places"])),
                   ("sources", cite_label(record["sources"]))]
        return _details(record, body, details)
    table = Table(box=box.SIMPLE, show_header=False)
    table.add_column("field", style="dim")
    table.add_column("value", overflow="fold")
    for line in card_lines(answer):
        table.add_row(_text(line[0]), _text("  ".join(line[1:])))
    return table


def _details(record: Record, body: Text, details: list[tuple[str, object]]) -> Panel:
    table = Table(box=None, show_header=False, padding=(0, 1))
    table.add_column("field", style="dim", no_wrap=True)
    table.add_column("value", overflow="fold")
    for name, value in details:
        if value:
            table.add_row(name, _text(value))
    return Panel(Group(body, table), title=_text(record["id"], "dim"), title_align="left",
                 box=box.ROUNDED)


def render_table(answer: Answer, out: TextIO, fields: list[str] | None) -> None:
    console = Console(file=out, highlight=False, emoji=False, markup=False)
    if answer.is_list:
        if not answer.data:
            return
        if fields:
            columns: list[Column] = [(name, field_text(name)) for name in fields]
        else:
            columns = COLUMNS[LIST_ROWS[answer.kind]]
        console.print(_table(_TITLES.get(answer.kind), columns, answer.data))
    else:
        console.print(_card(answer))


_CHART_MARKS = {"point": "●", "span": "█", "period": "░"}
_CHART_STYLES = {"point": "bold yellow", "span": "cyan", "period": "magenta"}


def render_chart(events: list[Record], out: TextIO) -> None:
    """``timeline --chart`` on a terminal: the events on a year axis as wide as the window."""
    from homsfacts.chart import LEGEND, axis_labels, axis_ruler, layout, marks, row_prefix

    console = Console(file=out, highlight=False, emoji=False, markup=False)
    chart = layout(events, console.width - 1)
    indent = " " * len(row_prefix(chart, None))
    ruler = axis_ruler(chart.ticks, chart.width).replace("-", "─").replace("|", "┬")
    console.print(Text(indent + axis_labels(chart.ticks, chart.width), style="bold"))
    console.print(Text(indent + ruler, style="dim"))
    for row in chart.rows:
        line = Text(row_prefix(chart, row))
        line.stylize("dim", len(row.label))
        line.append(marks(row, chart.width, _CHART_MARKS), style=_CHART_STYLES[row.mark])
        console.print(line, no_wrap=True, overflow="crop")
    legend = Text()
    for mark, meaning in LEGEND.items():
        legend.append(_CHART_MARKS[mark], style=_CHART_STYLES[mark])
        legend.append(f" {meaning}   ")
    console.print()
    console.print(legend)
