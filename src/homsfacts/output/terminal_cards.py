"""Cards on a terminal: one record and what belongs to it (a person's or a place's events,
figures and sources; a verdict and its evidence), as a Rich panel at most ``CARD_WIDTH``
wide."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from homsfacts.base.reports import reports_note
from homsfacts.base.views import Record, cite_lines, date_label
from homsfacts.output.columns import (
    COLUMNS,
    ID,
    card_lines,
    series_hint,
)
from homsfacts.output.formats import Answer
from homsfacts.output.layouts import list_layout, styled

CARD_WIDTH = 100
"""Cards are at most this wide: a panel of prose is hard to read across 200 columns."""


SOURCE_BRIEF = [ID, *COLUMNS["source"][1:4]]
"""A cited source in a card: its id, publisher, title and date."""

_VERDICT_STYLES = {"supported": "bold green", "refuted": "bold red",
                   "not-enough-info": "bold yellow"}


def _verdict(result: Record, width: int) -> RenderableType:
    """A checked claim: the verdict as the panel's title, the claim, the reason, what was
    read in the claim, and the evidence with its citations."""
    body = Text()
    body.append_text(styled(result["claim"], "bold"))
    body.append("\n\n")
    body.append_text(styled(result["reason"]))
    found = result["found"]
    read = [f"{item['text']} ({item['result']})" for item in found["quantities"]]
    read += [f"{item['text']} ({item['result']})" for item in found["dates"]]
    read += [item["name"] for item in found["names"]]
    if read:
        body.append_text(styled("\n\nread in the claim: " + "; ".join(read), "dim"))
    parts: list[RenderableType] = [Panel(
        body, title=Text(result["verdict"], style=_VERDICT_STYLES[result["verdict"]]),
        title_align="left", box=box.ROUNDED, expand=False, width=width)]
    figures = [record for record in result["evidence"] if record["type"] == "figure"]
    events = [record for record in result["evidence"] if record["type"] == "event"]
    for records, title, columns in ((figures, "Evidence", COLUMNS["figure"]),
                                    (events, "Evidence", COLUMNS["event"]),
                                    (result.get("cited") or [], "Sources", SOURCE_BRIEF)):
        if records:
            parts.append(Padding(list_layout(title, columns, records, width), (1, 0, 0, 0)))
    return Group(*parts)


def card(answer: Answer, width: int) -> RenderableType:
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
        table.add_row(styled(line[0]), styled("  ".join(line[1:])))
    return Panel(table, title=styled(record["id"], "dim"), title_align="left",
                 box=box.ROUNDED, expand=False, width=None)


def _entity_card(record: Record, width: int) -> RenderableType:
    heading = styled(record["name"], "bold")
    heading.append_text(styled(f"  {record['kind']}", "dim"))
    body = Text()
    body.append_text(styled(record["description"]))
    if record.get("aliases"):
        body.append_text(styled("\nalso: " + ", ".join(record["aliases"]), "dim"))
    if record.get("part_of"):
        chain = " › ".join(place["name"] for place in record["part_of"])
        body.append_text(styled(f"\nin: {chain}", "dim"))
    if record.get("contains"):
        inside = ", ".join(place["name"] for place in record["contains"])
        body.append_text(styled(f"\ncontains: {inside}", "dim"))
    body.append_text(styled(f"\n{record['id']} · {'; '.join(cite_lines(record['sources']))}",
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
            ("cited", "Sources", SOURCE_BRIEF)):
        if record.get(key):
            parts.append(Padding(list_layout(title, columns, record[key], inner), (1, 0, 0, 0)))
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
        table.add_row(name, styled(value))
    top = Text()
    if heading:
        top.append_text(styled(heading, "bold"))
        top.append("\n")
    top.append_text(styled(lead, "bold"))
    panel = Panel(Group(top, Text(""), table), title=styled(record["id"], "dim"),
                  title_align="left", box=box.ROUNDED, expand=False, width=width)
    parts: list[RenderableType] = [panel]
    group = record.get("group")
    if group and group.get("over_time"):
        # A series: the shown value is the latest of many; --all lists each in date order.
        note = Text()
        note.append_text(styled(f"{group['id']}: {reports_note(record)}", "bold"))
        note.append_text(styled(f"\n{series_hint(group)}", "dim"))
        parts.append(Padding(note, (1, 0, 0, 0)))
    elif group:
        heading = f"{group['reports']} reports of {group['id']}: {group['status']}"
        if group.get("spread") and group["spread"]["display"]:
            heading += f", {group['spread']['display']}"
        parts.append(Padding(list_layout(heading, COLUMNS["report"], group["values"], width),
                             (1, 0, 0, 0)))
    if record.get("see_also"):
        parts.append(Padding(list_layout("See also", COLUMNS["figure"], record["see_also"], width),
                             (1, 0, 0, 0)))
    return panel if len(parts) == 1 else Constrain(Group(*parts), width)
