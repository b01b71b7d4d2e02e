"""Columns: one definition of each field's cell serves the table, block, plain and CSV
layouts; and the tagged lines of one record (a card, a verdict)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from homsfacts.base.layout import title
from homsfacts.base.reports import reports_note
from homsfacts.base.series import time_of
from homsfacts.base.views import Record, cite_label, cite_lines, date_label
from homsfacts.output.formats import Answer


class Column(NamedTuple):
    """One column of a list answer.

    ``flex`` is the column's share of the width a table has to spare; 0 sizes the column to
    its content (ids, dates, citations), which never breaks inside a word. ``block`` is the
    column's part in the narrow layout of one block per record: ``head`` (the first line, in
    bold), ``body`` (a paragraph), ``note`` (a line ``name: text``), ``aside`` (a line of its
    own, which a narrow table also folds under the main text), ``meta`` (the dimmed line of
    id and citation) or ``link`` (a web address: on a terminal, whole on a line of its own).
    """

    name: str
    cell: Callable[[Record], str]
    flex: int = 0
    block: str = "note"
    cap: int | None = None
    """At most this wide in a table, for a content-sized column whose text may wrap (a
    span of dates takes two lines rather than squeeze the summary)."""
    breakable: bool = False
    """A web address may break anywhere, as a terminal breaks it; nothing else may."""
    short: bool = False
    """Short values (a figure's value, as of, attribution; a name; a title beside reports):
    a table gives each its one line, or a few lines for a longer one, before the wide text
    gets any room (:mod:`homsfacts.output.widths`)."""


def field_text(name: str) -> Callable[[Record], str]:
    return lambda record: "" if record.get(name) is None else str(record[name])


def with_attribution(text: str, attribution: str | None) -> str:
    """The claim with its hedge, unless the claim's own words already carry it."""
    if not attribution or attribution.casefold() in text.casefold():
        return text
    return f"{text} [{attribution}]"


def _summary(record: Record) -> str:
    return with_attribution(str(record["summary"]), record.get("attribution"))


def _as_of(record: Record) -> str:
    return str(time_of(record) or "")


def _credited(record: Record) -> str:
    return str(record.get("attribution") or record.get("attributed_to") or "")


def _location(record: Record) -> str:
    place = str(record["file"])
    if record.get("line") is not None:
        place += f":{record['line']}"
        if record.get("column") is not None:
            place += f":{record['column']}"
    return place


def _sources(record: Record) -> str:
    return cite_label(record.get("sources") or [])


def _hit_detail(record: Record) -> str:
    """What a hit is, beside its title: an event's date, a figure's value, a person's or a
    place's description, a source's publisher."""
    kind = record.get("type")
    if kind == "event":
        return date_label(record)
    if kind == "figure":
        return str(record.get("display") or "")
    if kind == "entity":
        return str(record.get("description") or "")
    return f"{record.get('publisher', '')}, {record.get('published', '')}"


def _listed(name: str) -> Callable[[Record], str]:
    return lambda record: ", ".join(record.get(name) or [])


def _value_text(value: Record) -> str:
    """What a value says: a figure's display, or an event's date as the timeline shows it
    (a whole record, or one value of a group, which carries its ``date_label``)."""
    if value.get("display") or value.get("date_label"):
        return str(value.get("display") or value["date_label"])
    return date_label(value) if value.get("type") == "event" else ""


def _report_line(value: Record) -> str:
    """One value of a group: ``about 1,200 people (preferred) naharnet-2014-05 ¶7``."""
    shown = with_attribution(_value_text(value), value.get("attribution"))
    rank = "" if value["rank"] == "normal" else f" ({value['rank']}: {value['rank_reason']})"
    return "\n".join([f"{shown}{rank}", *cite_lines(value["sources"])])


def series_hint(group: Record) -> str:
    """Where a series' every value is listed: ``homsfacts figure homs-population --all``."""
    return f"each value: homsfacts figure {group['id']} --all"


def _conflict_reports(record: Record) -> str:
    return "\n".join(_report_line(value) for value in record["values"])


_CHANGE_MARKS = {"added": "+", "removed": "-", "changed": "~"}


DATE_CAP = len("2024-11-25 – 2024-12-01")
"""A span of days fits on one line; ``(derived)`` goes under it."""

ID = Column("id", field_text("id"), block="meta")
SOURCES = Column("sources", _sources, block="meta")
REPORTS = Column("other reports", reports_note, flex=1, block="aside")
"""For a value shown on behalf of several sources: how many others, their spread, and
whether they agree; ``--all`` lists each."""

COLUMNS: dict[str, list[Column]] = {
    "event": [Column("date", date_label, block="head", cap=DATE_CAP), ID,
              Column("summary", _summary, flex=3, block="body"), SOURCES, REPORTS],
    "figure": [ID, Column("figure", field_text("label"), flex=3, block="head"),
               Column("value", field_text("display"), flex=3, block="body", short=True),
               Column("as of", _as_of, flex=1, short=True),
               Column("attribution", _credited, flex=2, short=True),
               SOURCES, REPORTS],
    "source": [ID, Column("publisher", field_text("publisher"), flex=1, block="head"),
               Column("title", field_text("title"), flex=2, block="body"),
               Column("published", field_text("published")),
               Column("records", field_text("records")),
               Column("carries", field_text("carries"), flex=1),
               Column("primary sources", _listed("primary_sources"), flex=1),
               Column("url", field_text("url"), flex=1, block="link", breakable=True)],
    "conflict": [Column("group", field_text("id"), block="meta"),
                 Column("type", field_text("type"), block="meta"),
                 Column("title", field_text("title"), flex=1, block="head", short=True),
                 Column("reports", _conflict_reports, flex=2, block="body"),
                 Column("status", field_text("status"), block="aside")],
    "report": [Column("value", _value_text, flex=1, block="head", short=True),
               Column("rank", field_text("rank")),
               Column("why", field_text("rank_reason"), flex=2, block="body"),
               Column("attribution", field_text("attribution"), flex=1, short=True), ID,
               SOURCES],
    "change": [Column("change", lambda record: _CHANGE_MARKS[record["change"]], block="head"),
               Column("type", field_text("type"), block="meta"), ID,
               Column("field", field_text("field"), block="meta"),
               Column("what", field_text("summary"), flex=1, block="body")],
    "hit": [Column("score", field_text("score"), block="meta"),
            Column("type", field_text("type"), block="meta"), ID,
            Column("title", field_text("title"), flex=2, block="head"),
            Column("detail", _hit_detail, flex=2, block="body", short=True)],
    "entity": [ID, Column("kind", field_text("kind"), block="meta"),
               Column("name", field_text("name"), flex=1, block="head", short=True),
               Column("description", field_text("description"), flex=3, block="body"),
               SOURCES],
    "statement": [Column("statement", lambda record: with_attribution(
                      record["text"], record.get("attribution")), flex=1, block="body"),
                  SOURCES],
    "finding": [Column("location", _location, block="head"),
                Column("record", field_text("record"), flex=1, block="meta"),
                Column("field", field_text("field"), flex=1, block="meta"),
                Column("message", field_text("message"), flex=3, block="body")],
}

COLUMNS["card-event"] = [*COLUMNS["event"], Column(
    "within", lambda record: f"in {record['within']}" if record.get("within") else "",
    flex=1, block="aside")]
"""A place card's events, each marked with the place inside it where it happened."""

LIST_ROWS = {"events": "event", "figures": "figure", "sources": "source", "search": "hit",
             "candidates": "hit",
             "findings": "finding", "entities": "entity", "statements": "statement",
             "conflicts": "conflict", "changes": "change", "reports": "report"}
"""The row type of each list answer."""


def rows_of(answer: Answer) -> tuple[list[str], list[list[str]]]:
    """Headers and cells for a list answer, or ``key, value`` rows for one record."""
    if answer.is_list:
        columns = COLUMNS[LIST_ROWS[answer.kind]]
        return ([column.name for column in columns],
                [[column.cell(record) for column in columns] for record in answer.data])
    return ["field", "value"], [list(row) for row in card_lines(answer)]


def verdict_lines(result: Record) -> list[tuple[str, ...]]:
    """A checked claim as tagged lines: the verdict and claim, the reason, what was read in
    the claim and what it was compared with, and the evidence with its citations."""
    lines: list[tuple[str, ...]] = [(result["verdict"], result["claim"]),
                                    ("reason", result["reason"])]
    for quantity in result["found"]["quantities"]:
        lines.append(("number", quantity["text"], quantity["result"],
                      ", ".join(quantity["compared_with"])))
    for date in result["found"]["dates"]:
        compared = date["compared_with"]
        lines.append(("date", date["text"], date["result"],
                      compared if isinstance(compared, str) else ", ".join(compared)))
    for name in result["found"]["names"]:
        lines.append(("name", name["name"], name["id"]))
    for record in result["evidence"]:
        shown = _value_text(record)
        what = title(record["type"], record)
        lines.append(("evidence", record["id"], shown, with_attribution(what, record.get(
            "attribution")), _sources(record)))
    return lines


def card_lines(answer: Answer) -> list[tuple[str, ...]]:
    """One record and what belongs to it, as tagged lines: ``statement<TAB>...``."""
    if answer.kind == "verdict":
        return verdict_lines(answer.data)
    record: Record = answer.data
    lines: list[tuple[str, ...]] = []
    skip = {"statements", "sources", "events", "figures", "contains", "part_of", "cited",
            "group", "see_also"}
    for key, value in record.items():
        if key in skip or value in (None, [], ""):
            continue
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        lines.append((key, text))
    for place in record.get("part_of") or []:
        lines.append(("part of", place["id"], place["name"]))
    for place in record.get("contains") or []:
        lines.append(("contains", place["id"], place["name"]))
    for statement in record.get("statements") or []:
        text = with_attribution(statement["text"], statement.get("attribution"))
        lines.append(("statement", text, _sources(statement)))
    for event in record.get("events") or []:
        line = ("event", date_label(event), event["id"], _summary(event), _sources(event))
        lines.append(line + ((f"in {event['within']}",) if event.get("within") else ()))
    for figure in record.get("figures") or []:
        lines.append(("figure", figure["id"], figure["display"], figure["label"],
                      _sources(figure)))
    if record.get("sources"):
        lines.append(("sources", _sources(record)))
    group = record.get("group") or {}
    if group.get("over_time"):
        lines.append(("series", group["id"], reports_note(record), series_hint(group)))
    else:
        for value in group.get("values") or []:
            lines.append(("report", value["id"], _value_text(value),
                          value["rank"], value.get("rank_reason") or "", _sources(value)))
    for figure in record.get("see_also") or []:
        lines.append(("see also", figure["id"], figure["display"], _as_of(figure),
                      figure["label"], _sources(figure), reports_note(figure)))
    for source in record.get("cited") or []:
        lines.append(("source", source["id"], source["publisher"], source["title"],
                      source["published"]))
    return lines
