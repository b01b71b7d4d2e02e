"""The output path: one registry of renderers, and the one place that picks a format.

A command hands :func:`render` an :class:`Answer` (what kind of thing it found, and the records
in their public form) and the :class:`Format` chosen by :func:`choose_format`; commands never
branch on the format. The formats that need no terminal library (JSON, NDJSON, CSV, plain and
compiler-style findings) live here. The Rich table and chart are in
:mod:`homsfacts.output.terminal`, and the markdown fact sheet and SQLite database in
:mod:`homsfacts.output.export`; the registry imports them only when they are asked for, so
a pipe never loads Rich.
"""

from __future__ import annotations

import enum
import importlib
import io
import json
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from homsfacts.base.reports import reports_note
from homsfacts.base.views import Record, cite_label, cite_lines, date_label
from homsfacts.vocabulary import RECORD_TYPES

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment


class Format(str, enum.Enum):
    """Every way an answer can be written. Each command accepts some of them (a
    :class:`Formats`); :data:`RENDERERS` has one renderer for each."""

    table = "table"
    plain = "plain"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    chart = "chart"
    findings = "findings"
    markdown = "markdown"
    sqlite = "sqlite"
    claimreview = "claimreview"


class Formats(NamedTuple):
    """The formats one command accepts, and its defaults on a terminal and in a pipe."""

    accepted: tuple[Format, ...]
    terminal: Format
    pipe: Format

    def names(self) -> str:
        return ", ".join(fmt.value for fmt in self.accepted)


QUERY_FORMATS = Formats((Format.table, Format.plain, Format.json, Format.ndjson, Format.csv),
                        terminal=Format.table, pipe=Format.plain)
TIMELINE_FORMATS = QUERY_FORMATS._replace(accepted=(*QUERY_FORMATS.accepted, Format.chart))
VALIDATE_FORMATS = Formats((*QUERY_FORMATS.accepted, Format.findings), terminal=Format.table,
                           pipe=Format.findings)
CHECK_FORMATS = Formats((Format.table, Format.plain, Format.json, Format.ndjson,
                         Format.claimreview), terminal=Format.table, pipe=Format.plain)
DIFF_FORMATS = Formats((Format.table, Format.plain, Format.ndjson, Format.json, Format.csv),
                       terminal=Format.table, pipe=Format.ndjson)
EXPORT_FORMATS = Formats((Format.json, Format.ndjson, Format.csv, Format.markdown,
                          Format.sqlite), terminal=Format.json, pipe=Format.json)


class Answer(NamedTuple):
    """What a command found. ``kind`` names the shape: a list (``events``, ``figures``,
    ``search``, ``sources``, ``findings``), one thing (``entity``, ``place``, ``record``), a
    whole base to export (``export``, whose data is an :class:`Export`), or any JSON
    ``document``."""

    kind: str
    data: Any

    @property
    def is_list(self) -> bool:
        return isinstance(self.data, list)

    @property
    def items(self) -> list[Record]:
        """The records, as a list even for a single-record answer."""
        if isinstance(self.data, Export):
            return self.data.typed_records()
        return self.data if self.is_list else [self.data]


class Export(NamedTuple):
    """A whole base, or some of its record types, in its file form (for ``export``)."""

    document: dict[str, Any]
    tables: tuple[str, ...]
    """The record types asked for, such as ``("events",)``; every type by default."""
    name: str
    """The base's file name, for the fact sheet's heading."""

    def as_json(self) -> Any:
        """The base itself (it converts back to TOML), or one type's array of records."""
        if len(self.tables) == len(RECORD_TYPES):
            return self.document
        if len(self.tables) == 1:
            return self.document[self.tables[0]]
        return {table: self.document[table] for table in self.tables}

    def typed_records(self) -> list[Record]:
        return [{"type": RECORD_TYPES[table], **record}
                for table in self.tables for record in self.document[table]]


def choose_format(requested: str | None, json_flag: bool, stdout_isatty: bool,
                  formats: Formats) -> Format:
    """``--json`` is ``--format json``; with neither, the command's default for a terminal
    or a pipe. Raises ValueError, with the formats the command accepts, for anything else."""
    if json_flag:
        if requested is not None and requested.lower() != Format.json.value:
            raise ValueError("--json and --format are exclusive; use one of them")
        requested = Format.json.value
    if requested is None:
        return formats.terminal if stdout_isatty else formats.pipe
    try:
        chosen = Format(requested.strip().lower())
    except ValueError:
        chosen = None
    if chosen not in formats.accepted:
        raise ValueError(f"{requested!r} is not a format of this command; use one of: "
                         f"{formats.names()}")
    return chosen


Renderer = Callable[[Answer, "Environment", "list[str] | None"], None]

RENDERERS: Mapping[Format, str] = {
    Format.table: "homsfacts.output.terminal:render_table",
    Format.plain: "homsfacts.output.render:render_plain",
    Format.json: "homsfacts.output.render:render_json",
    Format.ndjson: "homsfacts.output.render:render_ndjson",
    Format.csv: "homsfacts.output.render:render_csv",
    Format.chart: "homsfacts.output.render:render_chart",
    Format.findings: "homsfacts.output.render:render_findings",
    Format.markdown: "homsfacts.output.export:render_markdown",
    Format.sqlite: "homsfacts.output.export:render_sqlite",
    # One JSON-LD object a line, for one claim or many: what a page's markup or a script
    # that posts reviews takes in, and what jq reads.
    Format.claimreview: "homsfacts.output.render:render_ndjson",
}
"""The one renderer of each format, as ``module:function``: a module is imported only when
its format is used, so a pipe never pays for Rich and a lookup never for the exporters."""


def renderer(fmt: Format) -> Renderer:
    module, function = RENDERERS[fmt].split(":")
    found: Renderer = getattr(importlib.import_module(module), function)
    return found


def render(answer: Answer, fmt: Format, env: Environment,
           fields: list[str] | None = None) -> None:
    """Write ``answer`` to ``env.stdout`` as ``fmt``."""
    renderer(fmt)(answer, env, fields)


# -- making text safe ---------------------------------------------------------------------

# C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a terminal
# shows ("Trojan Source"): shown as visible escapes, never sent raw.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LAYOUT = re.compile("[\t\r]+")
_LINES = re.compile("\n+")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: object, *, one_line: bool = False) -> str:
    """Text from a fact base, made safe to print on a terminal."""
    text = "" if value is None else str(value)
    if one_line:
        # Lines of one cell (each value of a group) stay apart as "; " on one line.
        text = _LINES.sub("; ", _LAYOUT.sub(" ", text).strip("\n"))
    return _UNSAFE.sub(_escape, text)


_JSON_EXTRA_ESCAPES = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON as UTF-8 text; control characters escaped, including the ones JSON allows raw."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_EXTRA_ESCAPES.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


# -- columns: one definition serves the table, block, plain and CSV layouts -----------------


class Column(NamedTuple):
    """One column of a list answer.

    ``flex`` is the column's share of the width a table has to spare; 0 sizes the column to
    its content (ids, dates, citations), which never breaks inside a word. ``block`` is the
    column's part in the narrow layout of one block per record: ``head`` (the first line, in
    bold), ``body`` (a paragraph), ``note`` (a line ``name: text``), ``aside`` (a line of its
    own, which a narrow table also folds under the main text) or ``meta`` (the dimmed line of
    id and citation).
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
    return str(record.get("as_of") or record.get("period") or "")


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
               Column("value", field_text("display"), flex=3, block="body"),
               Column("as of", _as_of, flex=1), Column("attribution", _credited, flex=2),
               SOURCES, REPORTS],
    "source": [ID, Column("publisher", field_text("publisher"), flex=1, block="head"),
               Column("title", field_text("title"), flex=2, block="body"),
               Column("published", field_text("published")),
               Column("records", field_text("records")),
               Column("carries", field_text("carries"), flex=1),
               Column("primary sources", _listed("primary_sources"), flex=1),
               Column("url", field_text("url"), flex=1, breakable=True)],
    "conflict": [Column("group", field_text("id"), block="meta"),
                 Column("type", field_text("type"), block="meta"),
                 Column("title", field_text("title"), flex=1, block="head"),
                 Column("reports", _conflict_reports, flex=2, block="body"),
                 Column("status", field_text("status"), block="aside")],
    "report": [Column("value", _value_text, flex=1, block="head"),
               Column("rank", field_text("rank")),
               Column("why", field_text("rank_reason"), flex=2, block="body"),
               Column("attribution", field_text("attribution"), flex=1), ID, SOURCES],
    "change": [Column("change", lambda record: _CHANGE_MARKS[record["change"]], block="head"),
               Column("type", field_text("type"), block="meta"), ID,
               Column("field", field_text("field"), block="meta"),
               Column("what", field_text("summary"), flex=1, block="body")],
    "hit": [Column("score", field_text("score"), block="meta"),
            Column("type", field_text("type"), block="meta"), ID,
            Column("title", field_text("title"), flex=2, block="head"),
            Column("detail", _hit_detail, flex=2, block="body")],
    "entity": [ID, Column("kind", field_text("kind"), block="meta"),
               Column("name", field_text("name"), flex=1, block="head"),
               Column("description", field_text("description"), flex=3, block="body")],
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
        what = record.get("label") or record.get("summary") or ""
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
            "group"}
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
    for value in (record.get("group") or {}).get("values") or []:
        lines.append(("report", value["id"], _value_text(value),
                      value["rank"], value.get("rank_reason") or "", _sources(value)))
    for source in record.get("cited") or []:
        lines.append(("source", source["id"], source["publisher"], source["title"],
                      source["published"]))
    return lines


# -- the renderers that need no terminal library ---------------------------------------------


def render_json(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    data = answer.data.as_json() if isinstance(answer.data, Export) else answer.data
    env.stdout.write(to_json(_select(data, fields)) + "\n")


def render_ndjson(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    for item in answer.items:
        env.stdout.write(to_json(_select(item, fields), indent=None) + "\n")


def render_plain(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    out = env.stdout
    if fields:
        for item in answer.items:
            out.write("\t".join(_plain_field(item, name) for name in fields) + "\n")
        return
    if answer.kind == "miss":
        miss = answer.data
        ids = ",".join(item["id"] for item in miss["suggestions"])
        out.write("\t".join(safe_text(cell, one_line=True) for cell in (
            "error", miss["query"], miss["error"], ids)) + "\n")
        return
    lines = rows_of(answer)[1] if answer.is_list else card_lines(answer)
    for line in lines:
        out.write("\t".join(safe_text(cell, one_line=True) for cell in line) + "\n")


def render_csv(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    if isinstance(answer.data, Export):
        export = answer.data
        if len(export.tables) != 1:
            raise _csv_needs_one_type()
        from homsfacts.vocabulary import FIELD_ORDER

        fields = list(FIELD_ORDER[RECORD_TYPES[export.tables[0]]])
        answer = Answer(export.tables[0], export.document[export.tables[0]])
    # A machine format: field names as headers and raw values (``display`` is a column of
    # its own), the same for every command, with or without --fields.
    CsvTable(env, fields or available_fields(answer)).add(answer)


class CsvTable:
    """The answers to a batch (``who -``, ``show -``) as one CSV table: the header once,
    then a row for each record, and a row of empty cells for a line that matched nothing,
    so rows still pair with the lines read. The columns are the ``--fields`` asked for, or
    the first answer's; a record that needs other columns is refused, as csv holds one kind
    of record."""

    def __init__(self, env: Environment, fields: list[str] | None) -> None:
        self.env = env
        self.columns = fields
        self.chosen = fields is not None
        self.waiting = 0  # misses before the first answer, whose columns are not yet known
        self.started = False

    def add(self, answer: Answer) -> None:
        if self.columns is None:
            self.columns = available_fields(answer)
        elif not self.chosen and available_fields(answer) != self.columns:
            from homsfacts.errors import QueryError

            raise QueryError("csv holds one kind of record, and this answer needs other "
                             "columns; choose them with --fields, or use --format ndjson")
        self._write(self.columns, [[_cell(item.get(name)) for name in self.columns]
                                   for item in answer.items])

    def add_miss(self) -> None:
        if self.columns is None:
            self.waiting += 1
        else:
            self._write(self.columns, [[""] * len(self.columns)])

    def _write(self, columns: list[str], rows: list[list[str]]) -> None:
        import csv

        if not self.started:
            self.started = True
            rows = [columns, *([""] * len(columns) for _ in range(self.waiting)), *rows]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        self.env.stdout.write(buffer.getvalue())


def _csv_needs_one_type() -> Exception:
    from homsfacts.errors import QueryError

    return QueryError("csv holds one record type per file; add --type "
                      f"({', '.join(RECORD_TYPES)}), or use --format sqlite for them all")


def render_findings(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """Compiler style, one problem per line: ``FILE:LINE: record: field: message``."""
    if fields:
        render_plain(answer, env, fields)
        return
    from homsfacts.errors import Finding

    for item in answer.items:
        env.stdout.write(safe_text(Finding(**item), one_line=True) + "\n")


def render_chart(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """The events on a year axis: drawn with Rich on a terminal, in ASCII in a pipe."""
    if not answer.data:
        return
    if env.stdout_isatty:
        from homsfacts.output.terminal import render_rich_chart

        render_rich_chart(answer, env, fields)
        return
    from homsfacts.output.chart import layout, plain_chart

    env.stdout.write("\n".join(plain_chart(layout(answer.data, env.width))) + "\n")


def _plain_field(record: Record, name: str) -> str:
    """A field for reading: plain output keeps the qualifiers a table shows, so an event's
    ``date`` is ``~2011 (derived)`` and a figure's ``value`` is ``about 2,200 people``."""
    if name == "date" and record.get("type") == "event" and "derived" in record:
        return safe_text(date_label(record), one_line=True)
    if name == "value" and record.get("type") == "figure" and "display" in record:
        return safe_text(record["display"], one_line=True)
    return _cell(record.get(name))


def _cell(value: Any) -> str:
    """One value as a single line of text for csv and plain output: lists of names joined by
    commas, anything nested as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return safe_text(",".join(value), one_line=True)
    if isinstance(value, (list, dict)):
        return safe_text(to_json(value, indent=None))
    if isinstance(value, bool):
        return "true" if value else "false"
    return safe_text(value, one_line=True)


def _select(data: Any, fields: list[str] | None) -> Any:
    if not fields:
        return data
    if isinstance(data, list):
        return [{name: item.get(name) for name in fields} for item in data]
    return {name: data.get(name) for name in fields}


def available_fields(answer: Answer) -> list[str]:
    names: dict[str, None] = {}
    for item in answer.items:
        names.update(dict.fromkeys(item))
    return list(names)
