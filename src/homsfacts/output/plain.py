"""The renderers that need no terminal library: JSON, NDJSON, CSV, plain lines and
compiler-style findings."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from homsfacts.base.views import Record, date_label
from homsfacts.output.columns import card_lines, rows_of
from homsfacts.output.formats import Answer, Export
from homsfacts.output.text import csv_cell, safe_text, to_json

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment


def render_json(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    data = answer.data.as_json() if isinstance(answer.data, Export) else answer.data
    env.stdout.write(to_json(_select(data, fields)) + "\n")


def render_ndjson(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    for item in answer.items:
        env.stdout.write(to_json(_select(item, fields), indent=None) + "\n")


def render_claimreview(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """Each verdict as schema.org ClaimReview JSON-LD, one object a line: what a page's
    markup or a script that posts reviews takes in, and what jq reads."""
    from homsfacts.check.verdicts import claim_review

    for item in answer.items:
        env.stdout.write(to_json(claim_review(item), indent=None) + "\n")


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
        from homsfacts.output.spreadsheet import render_csv_export

        render_csv_export(answer.data, env)
        return
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
        self._write(self.columns, [[csv_cell(item.get(name)) for name in self.columns]
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


def render_findings(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """Compiler style, one problem per line: ``FILE:LINE: record: field: message``."""
    if fields:
        render_plain(answer, env, fields)
        return
    from homsfacts.errors import Finding

    for item in answer.items:
        env.stdout.write(safe_text(Finding(**item), one_line=True) + "\n")


def _plain_field(record: Record, name: str) -> str:
    """A field for reading: plain output keeps the qualifiers a table shows, so an event's
    ``date`` is ``~2011 (derived)`` and a figure's ``value`` is ``about 2,200 people``."""
    if name == "date" and record.get("type") == "event" and "derived" in record:
        return safe_text(date_label(record), one_line=True)
    if name == "value" and record.get("type") == "figure" and "display" in record:
        return safe_text(record["display"], one_line=True)
    return csv_cell(record.get(name))


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
