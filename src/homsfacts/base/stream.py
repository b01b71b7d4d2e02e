"""``RecordStream`` applies the checks of :mod:`homsfacts.base.validate` to a base fed a part
at a time, to decide whether it is valid without holding it whole; ``check`` of the whole
reports what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homsfacts.base.problems import Location
from homsfacts.base.schemas import validators
from homsfacts.base.validate import Checker


class Invalid(Exception):
    """A base fed to a RecordStream has an error: ``check`` of the whole base reports it."""


_GROUP_FIELD = {"figures": "measures", "events": "happening"}


class RecordStream(Checker):
    """Checks a base fed a table's records at a time, by the same rules as ``check``, but
    decides only whether it is valid: it raises Invalid at the first error, and the report of
    an invalid base comes from ``check`` of the whole (issue 14).

    It holds what the records fed later may need: every id and its kind, each source's
    paragraphs, references to what has not been fed yet, and the records that share a group.
    Warnings are not looked for: they do not stop a base from being read."""

    def __init__(self, file: str) -> None:
        super().__init__({}, "", file)
        self.counts: dict[str, int] = {}
        self.waiting: list[Callable[[], None]] = []
        self.grouped: dict[str, list[tuple[int, dict[str, Any]]]] = {
            table: [] for table in _GROUP_FIELD}
        self.finished = False

    def report(self, location: Location, message: str, code: str,
               severity: str = "error") -> None:
        if severity == "error":
            raise Invalid(code)

    def first_use(self, record_id: str) -> str:
        return "an earlier record"  # never shown: an error stops the stream

    def feed(self, table: str, records: list[Any]) -> None:
        """Check the next records of ``table``, in file order."""
        from pydantic_core import ValidationError

        validate = validators()[1].get(table)
        if validate is None:
            raise Invalid("unknown-field")
        first = self.counts.get(table, 0)
        self.counts[table] = first + len(records)
        group = self.grouped.get(table)
        for index, record in enumerate(records, first):
            try:
                validate(record)
            except ValidationError:
                raise Invalid("shape") from None
            self.note_id(table, index, record)
            if table == "sources":
                self.sources[record["id"]] = record.get("paragraphs")
            self.check_record(table, index, record)
            if group is not None and (record.get("rank", "normal") != "normal"
                                      or record.get(_GROUP_FIELD[table])):
                group.append((index, record))

    def unknown_ref(self, location: Location, ref: str, places_only: bool) -> None:
        if not self.finished:
            self.waiting.append(lambda: self.check_ref(location, ref, places_only=places_only))
            return
        super().unknown_ref(location, ref, places_only)

    def check_citation(self, where: Location, citation: dict[str, Any]) -> None:
        if citation["source"] not in self.sources and not self.finished:
            self.waiting.append(lambda: self.check_citation(where, citation))
            return
        super().check_citation(where, citation)

    def finish(self, head: dict[str, Any]) -> None:
        """Check what every record had to be fed for: the document's own fields (``head``,
        what precedes its records), references to records fed later, and groups."""
        from pydantic_core import ValidationError

        whole, _ = validators()
        try:
            whole({**{key: value for key, value in head.items() if key not in self.counts},
                   **{table: [] for table in self.counts}})
        except ValidationError:
            raise Invalid("shape") from None
        self.check_version(head.get("schema_version"))
        self.finished = True
        for check_waiting in self.waiting:
            check_waiting()
        self.check_groups(self.grouped["figures"], self.grouped["events"], (), ())
