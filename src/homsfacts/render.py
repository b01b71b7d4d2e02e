"""Output formats that need no terminal library: JSON, NDJSON, CSV and plain text.

Each command hands the renderer an :class:`Answer`: what kind of thing it is and the records.
The format is chosen once, in :func:`choose_format`; commands never branch on it. The Rich
tables live in :mod:`homsfacts.tables` and are imported only when a terminal needs them.
"""

from __future__ import annotations

import enum
import io
import json
import re
from collections.abc import Callable
from typing import Any, NamedTuple, TextIO

from homsfacts.views import Record, cite_label, date_label


class Format(str, enum.Enum):
    """How a command's answer is written."""

    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    plain = "plain"


class ExportFormat(str, enum.Enum):
    """What ``export`` writes (see :mod:`homsfacts.export`)."""

    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    markdown = "markdown"
    sqlite = "sqlite"


class Answer(NamedTuple):
    """What a command found. ``kind`` names the shape: a list (``events``, ``figures``,
    ``search``, ``sources``, ``findings``) or one thing (``entity``, ``place``, ``record``)."""

    kind: str
    data: Any

    @property
    def is_list(self) -> bool:
        return isinstance(self.data, list)

    @property
    def items(self) -> list[Record]:
        """The records, as a list even for a single-record answer."""
        return self.data if self.is_list else [self.data]


def choose_format(requested: Format | None, json_flag: bool, stdout_is_terminal: bool) -> Format:
    """``--json`` is ``--format json``; with neither, a terminal gets a table and a pipe gets
    plain tab-separated lines, as gh does."""
    if json_flag:
        if requested not in (None, Format.json):
            raise ValueError("--json and --format are exclusive; use one of them")
        return Format.json
    if requested is not None:
        return requested
    return Format.table if stdout_is_terminal else Format.plain


# -- making text safe ---------------------------------------------------------------------

# C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a terminal
# shows ("Trojan Source"): shown as visible escapes, never sent raw.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LAYOUT = re.compile("[\t\n\r]+")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: object, *, one_line: bool = False) -> str:
    """Text from a fact base, made safe to print on a terminal."""
    text = "" if value is None else str(value)
    if one_line:
        text = _LAYOUT.sub(" ", text)
    return _UNSAFE.sub(_escape, text)


_JSON_EXTRA_ESCAPES = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON as UTF-8 text; control characters escaped, including the ones JSON allows raw."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_EXTRA_ESCAPES.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


# -- columns: one definition serves the table, plain and CSV formats -----------------------

Column = tuple[str, Callable[[Record], str]]


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


COLUMNS: dict[str, list[Column]] = {
    "event": [("date", date_label), ("id", field_text("id")), ("summary", _summary),
              ("sources", _sources)],
    "figure": [("id", field_text("id")), ("figure", field_text("label")),
               ("value", field_text("display")), ("as of", _as_of),
               ("attributed to", _credited), ("sources", _sources)],
    "source": [("id", field_text("id")), ("publisher", field_text("publisher")),
               ("title", field_text("title")), ("published", field_text("published")),
               ("records", field_text("records"))],
    "hit": [("score", field_text("score")), ("type", field_text("type")), ("id", field_text("id")),
            ("title", field_text("title"))],
    "entity": [("id", field_text("id")), ("kind", field_text("kind")), ("name", field_text("name")),
               ("description", field_text("description"))],
    "finding": [("location", _location), ("record", field_text("record")),
                ("field", field_text("field")), ("message", field_text("message"))],
}

LIST_ROWS = {"events": "event", "figures": "figure", "sources": "source", "search": "hit",
             "findings": "finding", "entities": "entity"}
"""The row type of each list answer."""


def rows_of(answer: Answer) -> tuple[list[str], list[list[str]]]:
    """Headers and cells for a list answer, or ``key, value`` rows for one record."""
    if answer.is_list:
        columns = COLUMNS[LIST_ROWS[answer.kind]]
        return ([name for name, _ in columns],
                [[cell(record) for _, cell in columns] for record in answer.data])
    return ["field", "value"], [list(row) for row in card_lines(answer)]


def card_lines(answer: Answer) -> list[tuple[str, ...]]:
    """One record and what belongs to it, as tagged lines: ``statement<TAB>...``."""
    record: Record = answer.data
    lines: list[tuple[str, ...]] = []
    skip = {"statements", "sources", "events", "figures", "contains", "part_of", "cited"}
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
        lines.append(("event", date_label(event), event["id"], _summary(event), _sources(event)))
    for figure in record.get("figures") or []:
        lines.append(("figure", figure["id"], figure["display"], figure["label"],
                      _sources(figure)))
    if record.get("sources"):
        lines.append(("sources", _sources(record)))
    for source in record.get("cited") or []:
        lines.append(("source", source["id"], source["publisher"], source["title"],
                      source["published"]))
    return lines


# -- the renderers --------------------------------------------------------------------------


def render_json(answer: Answer, out: TextIO, fields: list[str] | None) -> None:
    out.write(to_json(_select(answer.data, fields)) + "\n")


def render_ndjson(answer: Answer, out: TextIO, fields: list[str] | None) -> None:
    for item in answer.items:
        out.write(to_json(_select(item, fields), indent=None) + "\n")


def render_plain(answer: Answer, out: TextIO, fields: list[str] | None) -> None:
    if fields:
        for item in answer.items:
            out.write("\t".join(_cell(item.get(name)) for name in fields) + "\n")
        return
    if answer.is_list:
        for row in rows_of(answer)[1]:
            out.write("\t".join(safe_text(cell, one_line=True) for cell in row) + "\n")
        return
    for line in card_lines(answer):
        out.write("\t".join(safe_text(cell, one_line=True) for cell in line) + "\n")


def render_csv(answer: Answer, out: TextIO, fields: list[str] | None) -> None:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if fields:
        writer.writerow(fields)
        for item in answer.items:
            writer.writerow([_cell(item.get(name)) for name in fields])
    else:
        headers, rows = rows_of(answer)
        writer.writerow(headers)
        writer.writerows([[safe_text(cell) for cell in row] for row in rows])
    out.write(buffer.getvalue())


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


RENDERERS: dict[Format, Callable[[Answer, TextIO, list[str] | None], None]] = {
    Format.json: render_json,
    Format.ndjson: render_ndjson,
    Format.plain: render_plain,
    Format.csv: render_csv,
}
