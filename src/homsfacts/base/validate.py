"""Check a parsed fact base and report every problem with its file, line, record and field.

Two passes: pydantic checks the shape of every record against :mod:`homsfacts.base.model`, then
plain Python checks what a schema cannot: unique ids, references that resolve, dates, citations
of real paragraphs, and bounds. Records that fail the first pass are left out of the second so
that one mistake is reported once. :mod:`homsfacts.base.stream` applies the same checks to a
base fed a part at a time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from homsfacts.base.dates import DateError, parse_edtf
from homsfacts.base.locate import LineIndex
from homsfacts.base.problems import (
    MAX_LABEL,
    MAX_MESSAGE,
    Location,
    bounded,
    describe,
    fields_at,
    split_union_member,
    suggest,
)
from homsfacts.base.schemas import code, validators
from homsfacts.errors import Finding
from homsfacts.vocabulary import (
    MAX_INTEGER,
    PLACE_KINDS,
    RECORD_TYPES,
    SCHEMA_VERSION,
    normalise,
)

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_ID_PUNCTUATION = re.compile(r"[_.]")
"""What an id may hold besides letters, digits and hyphens."""


GUESSES = 20
"""How many dangling references and unknown sources get a "did you mean": each guess reads
every id, so guessing for all of them would cost their number times the base's size."""


Records = Iterable[tuple[int, dict[str, Any]]]


class Checker:
    def __init__(self, data: Any, text: str | Callable[[], str], file: str) -> None:
        self.data = data
        self.file = file
        self.lines = LineIndex(text)
        self.findings: list[Finding] = []
        self.broken: set[tuple[str, int]] = set()
        self.kinds: dict[str, str] = {}
        self.sources: dict[str, Any] = {}
        self.guesses_left = GUESSES
        self.punctuated: dict[str, str] = {}  # x-y -> x.y, for ids with a . or _

    # -- reporting -------------------------------------------------------------------------

    def record_label(self, location: Location) -> tuple[str | None, str | None]:
        """Split a location into the record it names and the field inside that record."""
        if len(location) < 2 or not isinstance(location[1], int):
            field = ".".join(str(step) for step in location) or None
            return None, field
        table, index = location[0], location[1]
        label = f"{table}[{index}]"
        records = self.data.get(table) if isinstance(self.data, dict) else None
        if isinstance(records, list) and index < len(records):
            record = records[index]
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                label += f" {record['id']!r}"
        field = ""
        for step in location[2:]:
            field += f"[{step}]" if isinstance(step, int) else (f".{step}" if field else step)
        return label, field or None

    def report(self, location: Location, message: str, code: str,
               severity: str = "error") -> None:
        record, field = self.record_label(location)
        self.findings.append(
            Finding(
                file=self.file,
                line=self.lines.line_of(location),
                record=None if record is None else bounded(record, MAX_LABEL),
                field=None if field is None else bounded(field, MAX_LABEL),
                message=bounded(message, MAX_MESSAGE),
                code=code,
                severity=severity,
            )
        )

    # -- pass 1: shape ---------------------------------------------------------------------

    def check_shape(self) -> None:
        """Check the document's own keys, then each record on its own: pydantic's copy of
        one record is dropped at once, where a copy of the whole document would double the
        memory a large base takes (issue 14)."""
        from pydantic_core import ValidationError

        whole, record_validators = validators()
        tables = {table: records for table in RECORD_TYPES
                  if isinstance(records := self.data.get(table), list)}
        # A union's failure comes once per member: gathered, to be reported once.
        self.unions: dict[Location, tuple[list[str], Any]] = {}
        try:
            whole({key: [] if key in tables else value for key, value in self.data.items()})
        except ValidationError as error:
            self.shape_errors(error, ())
        for table, records in tables.items():
            validate = record_validators[table]
            for index, record in enumerate(records):
                try:
                    validate(record)
                except ValidationError as error:
                    self.shape_errors(error, (table, index))
        for field_path, (members, given) in self.unions.items():
            if isinstance(given, float) and not math.isfinite(given):
                self.report(field_path, f"must be a finite number, got {given}", "wrong-type")
                continue
            self.report(field_path, f"expected {' or '.join(members)}, got {describe(given)}",
                        "wrong-type")

    def shape_errors(self, error: Any, prefix: Location) -> None:
        """Report what pydantic found, at ``prefix`` (the record) + its location."""
        for item in error.errors(include_url=False):
            location = prefix + tuple(item["loc"])
            if len(location) >= 2 and isinstance(location[1], int):
                self.broken.add((str(location[0]), location[1]))
            # A value that fits no member of a union (``value = "12"``) fails once per
            # member, each with the member's name appended to its location.
            field_path, member = split_union_member(location)
            if member is None:
                self.report(location, self._message(item, location), code(item["type"]))
            else:
                self.unions.setdefault(field_path, ([], item.get("input")))[0].append(member)

    def _message(self, item: Any, location: Location) -> str:
        kind = item["type"]
        if kind == "extra_forbidden":
            allowed = fields_at(location[:-1])
            guess = suggest(str(location[-1]), allowed) if allowed else None
            message = "unknown field"
            if guess:
                message += f"; did you mean {guess!r}?"
            elif allowed:
                message += f"; expected one of: {', '.join(allowed)}"
            return message
        if kind == "missing":
            return "required field is missing"
        text = str(item["msg"])
        message = f"{text[0].lower()}{text[1:]}, got {describe(item.get('input'))}"
        if kind == "literal_error" and isinstance(item.get("input"), str):
            allowed = re.findall(r"'([^']*)'", str((item.get("ctx") or {}).get("expected")))
            guess = suggest(item["input"], allowed)
            if guess:
                message += f"; did you mean {guess!r}?"
        return message

    # -- pass 2: meaning -------------------------------------------------------------------

    def records(self, table: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """The records of a table whose shape passed, with their indexes."""
        records = self.data.get(table) or []
        if not self.broken:  # a valid base: every record passed, so none is looked up
            return enumerate(records)
        return ((index, record) for index, record in enumerate(records)
                if (table, index) not in self.broken and isinstance(record, dict))

    def check_meaning(self) -> None:
        self.check_version(self.data.get("schema_version"))
        for table in RECORD_TYPES:
            for index, record in self._all_records(table):
                self.note_id(table, index, record)
        self.sources = {
            record["id"]: record.get("paragraphs") for _, record in self.records("sources")
        }
        for table in RECORD_TYPES:
            for index, record in self.records(table):
                self.check_record(table, index, record)
        self.check_groups(self.records("figures"), self.records("events"),
                          self.records("entities"), self.records("sources"))

    def check_version(self, version: object) -> None:
        if isinstance(version, int) and version != SCHEMA_VERSION:
            self.report(
                ("schema_version",),
                f"this homsfacts reads schema version {SCHEMA_VERSION}, not {version}",
                "schema-version",
            )

    def note_id(self, table: str, index: int, record: dict[str, Any]) -> None:
        """Check a record's id, and note it and its kind for the references to it."""
        record_id = record.get("id")
        if not isinstance(record_id, str):
            return
        if not _SLUG.match(record_id):
            self.report(
                (table, index, "id"),
                f"{record_id!r} is not a valid id: use lower-case letters, digits "
                "and hyphens",
                "bad-id",
            )
        if record_id in self.kinds:
            self.report(
                (table, index, "id"),
                f"duplicate id {record_id!r}: already used by {self.first_use(record_id)}",
                "duplicate-id",
            )
            return
        self._check_confusable(table, index, record_id)
        # A record whose shape is wrong (a misspelt kind) has its problem reported once,
        # where it is; references to it are not blamed on it again.
        broken = bool(self.broken) and (table, index) in self.broken
        self.kinds[record_id] = table if table != "entities" else (
            "?" if broken else str(record.get("kind")))

    def check_record(self, table: str, index: int, record: dict[str, Any]) -> None:
        """What a schema cannot check of one record whose shape passed."""
        base: Location = (table, index)
        if table == "sources":
            self.check_date(base + ("published",), record["published"])
            self._check_integer(base + ("paragraphs",), record.get("paragraphs"))
        elif table == "entities":
            self.check_citations(base, record["sources"])
            self.check_text(base, record, ("name", "description"))
            if record.get("located_in") is not None:
                self.check_ref(base + ("located_in",), record["located_in"], places_only=True)
            for number, statement in enumerate(record.get("statements") or []):
                where = base + ("statements", number)
                self.check_text(where, statement, ("text",))
                self.check_citations(where, statement["sources"])
                if statement.get("attributed_to") is not None:
                    self.check_ref(where + ("attributed_to",), statement["attributed_to"])
        elif table == "events":
            self.check_citations(base, record["sources"])
            self.check_text(base, record, ("summary",))
            self.check_date(base + ("date",), record["date"])
            for number, ref in enumerate(record.get("entities") or []):
                self.check_ref(base + ("entities", number), ref)
            for number, ref in enumerate(record.get("places") or []):
                self.check_ref(base + ("places", number), ref, places_only=True)
            self._check_roles(base, record)
        elif table == "figures":
            self.check_figure(base, record)

    # -- many sources: ranks, groups and who said what ---------------------------------------

    def check_rank(self, base: Location, record: dict[str, Any], group_field: str) -> None:
        rank = record.get("rank") or "normal"
        if rank != "normal" and not (record.get("rank_reason") or "").strip():
            self.report(base + ("rank_reason",),
                        f"a {rank} value needs a rank_reason saying why", "rank-reason")
        if rank != "normal" and not record.get(group_field):
            self.report(base + ("rank",), f"rank {rank!r} ranks a value among others; set "
                        f"{group_field} to the name it shares with them", "rank-alone")

    def check_groups(self, figures: Records, events: Records, entities: Records,
                     sources: Records) -> None:
        """Ranks need reasons; a group's values share a unit; a group whose values cannot
        all be true, with none preferred, is a warning; so is a record that credits a source
        with a value from someone its recorded primary sources leave out."""
        from homsfacts.base.reports import DISPUTED, group_view
        from homsfacts.base.views import view

        figures, events = list(figures), list(events)
        primary = {source["id"]: source.get("primary_sources") or [] for _, source in sources}
        members: dict[tuple[str, str], list[tuple[Location, dict[str, Any]]]] = {}
        for table, field, records in (("figures", "measures", figures),
                                      ("events", "happening", events)):
            for index, record in records:
                base: Location = (table, index)
                if record.get("rank", "normal") != "normal":
                    self.check_rank(base, record, field)
                if record.get(field):
                    members.setdefault((table, record[field]), []).append((base, record))
        for index, figure in figures:
            if figure.get("attributed_to"):
                self.check_primary(("figures", index), figure, primary)
        for index, entity in entities:
            for number, statement in enumerate(entity.get("statements") or []):
                self.check_primary(("entities", index, "statements", number), statement,
                                   primary)
        for (table, key), group in members.items():
            units = {record.get("unit") for _, record in group}
            if table == "figures" and len(units) > 1:
                self.report(group[-1][0] + ("unit",), f"figures that measure {key!r} give "
                            f"different units ({', '.join(sorted(map(str, units)))})",
                            "group-unit")
                continue
            try:
                kind = RECORD_TYPES[table]
                views = [view(kind, normalise(kind, record)) for _, record in group]
                status = group_view(key, views)["status"] if len(views) > 1 else None
            except (DateError, KeyError, TypeError, ValueError):
                continue  # the record's own problem is reported where it is
            if status == DISPUTED:
                self.report(group[0][0] + (("measures",) if table == "figures"
                                           else ("happening",)),
                            f"the {len(group)} reports of {key!r} disagree and none is ranked "
                            "preferred; rank one with its reason, or leave it disputed",
                            "disputed", severity="warning")

    def check_primary(self, base: Location, record: dict[str, Any],
                      primary: dict[str, list[str]]) -> None:
        credited = record.get("attributed_to")
        if not credited:
            return
        for number, citation in enumerate(record.get("sources") or []):
            carried = primary.get(citation.get("source"), [])
            if carried and credited not in carried:
                self.report(base + ("sources", number), f"credits {credited!r}, whom "
                            f"{citation['source']!r} does not record among its primary "
                            f"sources ({', '.join(carried)})", "primary-source",
                            severity="warning")

    def first_use(self, record_id: str) -> str:
        """Where an id is first used, ``entities[3]``. Found by one scan, the first time a
        duplicate needs it: a valid base of 100,000 records keeps no map of where each id is
        (about 10 MB)."""
        if not hasattr(self, "first_uses"):
            self.first_uses: dict[str, str] = {}
            for table in RECORD_TYPES:
                for index, record in self._all_records(table):
                    if isinstance(record.get("id"), str):
                        self.first_uses.setdefault(record["id"], f"{table}[{index}]")
        return self.first_uses[record_id]

    def _all_records(self, table: str) -> Iterator[tuple[int, dict[str, Any]]]:
        for index, record in enumerate(self.data.get(table) or []):
            if isinstance(record, dict):
                yield index, record

    def check_text(self, base: Location, record: dict[str, Any], fields: tuple[str, ...]) -> None:
        for name in fields:
            if isinstance(record.get(name), str) and not record[name].strip():
                self.report(base + (name,), "must not be empty", "empty")

    def _check_roles(self, base: Location, record: dict[str, Any]) -> None:
        """Who did it is one of the event's entities, and whom it was done to one of its
        entities or places: a role names no one the event does not involve."""
        involved = set(record.get("entities") or [])
        for field, allowed, what in (("agents", involved, "entities"),
                                     ("targets", involved | set(record.get("places") or []),
                                      "entities or places")):
            for number, ref in enumerate(record.get(field) or []):
                if ref not in allowed:
                    self.report(base + (field, number), f"{ref!r} is not one of the event's "
                                f"{what}", "role-not-involved")

    def check_date(self, location: Location, text: str) -> None:
        try:
            parse_edtf(text)
        except DateError as error:
            self.report(location, str(error), "bad-date")

    def _check_confusable(self, table: str, index: int, record_id: str) -> None:
        """Ids that differ only in punctuation (``x.y``, ``x_y``, ``x-y``) are refused: a
        reader cannot tell them apart, and names and ids read as words make them one. Only
        the ids with a ``.`` or ``_`` are remembered, by the id they read as with hyphens."""
        hyphenated = _ID_PUNCTUATION.sub("-", record_id)
        other = self.punctuated.get(hyphenated)
        if other is None and hyphenated != record_id and hyphenated in self.kinds:
            other = hyphenated
        if hyphenated != record_id:
            self.punctuated.setdefault(hyphenated, record_id)
        if other is not None:
            self.report((table, index, "id"), f"{record_id!r} differs from {other!r} "
                        f"({self.first_use(other)}) only in punctuation, which reads as the "
                        "same id: rename one of them", "confusable-id")

    def _check_integer(self, location: Location, number: object) -> None:
        """A whole number beyond what SQLite stores (:data:`MAX_INTEGER`) is refused."""
        if isinstance(number, int) and not isinstance(number, bool) and (
                abs(number) > MAX_INTEGER):
            self.report(location, f"{describe(number)} is too large: a whole number must lie "
                        f"within +/- {MAX_INTEGER:,} (2**63 - 1, what SQLite stores); write a "
                        "larger one as a float, such as 1.5e30", "too-large")

    def check_ref(self, location: Location, ref: str, *, places_only: bool = False) -> None:
        kind = self.kinds.get(ref)
        if kind is None:
            self.unknown_ref(location, ref, places_only)
        elif kind == "?":
            return
        elif places_only and kind not in PLACE_KINDS:
            self.report(location, f"{ref!r} is a {kind}, not a place", "wrong-kind")
        elif not places_only and kind in {"sources", "figures"}:
            self.report(location, f"{ref!r} is not an entity or an event", "wrong-kind")

    def _guess(self, word: str, choices: dict[str, Any]) -> str | None:
        """The id or source most like ``word``, for the first ``GUESSES`` misses only."""
        if self.guesses_left <= 0:
            return None
        self.guesses_left -= 1
        return suggest(word, list(choices))

    def unknown_ref(self, location: Location, ref: str, places_only: bool) -> None:
        guess = self._guess(ref, self.kinds)
        hint = f"; did you mean {guess!r}?" if guess else ""
        self.report(location, f"{ref!r} does not match any record{hint}", "dangling-ref")

    def check_citations(self, base: Location, citations: list[dict[str, Any]]) -> None:
        sources = self.sources
        for number, citation in enumerate(citations):
            # The common case first, cheaply (it runs for every citation of a large base):
            # a listed source's existing paragraphs, which ``check_citation`` passes too.
            count = sources.get(citation["source"], 0)
            paragraphs = citation["paragraphs"]
            if count != 0 and paragraphs and min(paragraphs) >= 1 and max(paragraphs) <= (
                    MAX_INTEGER if count is None else count):
                continue
            self.check_citation(base + ("sources", number), citation)

    def check_citation(self, where: Location, citation: dict[str, Any]) -> None:
        source = citation["source"]
        if source not in self.sources:
            guess = self._guess(source, self.sources)
            hint = f"; did you mean {guess!r}?" if guess else ""
            self.report(
                where + ("source",), f"cites unknown source {source!r}{hint}", "bad-citation"
            )
            return
        count = self.sources[source]
        for position, paragraph in enumerate(citation["paragraphs"]):
            if paragraph < 1 or paragraph > (MAX_INTEGER if count is None else count):
                limit = f"1 to {count if count is not None else MAX_INTEGER:,}"
                self.report(
                    where + ("paragraphs", position),
                    f"paragraph {paragraph} does not exist in {source!r} ({limit})",
                    "bad-citation",
                )

    def check_figure(self, base: Location, figure: dict[str, Any]) -> None:
        self.check_citations(base, figure["sources"])
        self.check_text(base, figure, ("label", "unit"))
        value, words = figure.get("value"), figure.get("words")
        low, high = figure.get("low"), figure.get("high")
        for name in ("value", "low", "high"):
            self._check_integer(base + (name,), figure.get(name))
        if value is None and low is None and high is None and not (
                isinstance(words, str) and words.strip()):
            self.report(base + ("value",), "a figure needs a value, a range (low and high) or "
                        "the source's words", "empty")
        if low is not None and high is not None and low > high:
            self.report(base + ("low",), f"low bound {low} is above high bound {high}", "bounds")
        elif value is not None and (
            (low is not None and value < low) or (high is not None and value > high)
        ):
            self.report(base + ("value",), f"{value} lies outside its bounds", "bounds")
        if figure.get("as_of") is not None:
            self.check_date(base + ("as_of",), figure["as_of"])
        if figure.get("attributed_to") is not None:
            self.check_ref(base + ("attributed_to",), figure["attributed_to"])
        for number, ref in enumerate(figure.get("about") or []):
            self.check_ref(base + ("about", number), ref)


def check(data: Any, text: str | Callable[[], str], file: str) -> list[Finding]:
    """Every problem in a parsed base, in file order; an empty list means it is valid."""
    checker = Checker(data, text, file)
    if not isinstance(data, dict):
        return [Finding(file=file, message="a fact base must be a TOML table", code="wrong-type")]
    checker.check_shape()
    if "sources" in data and (isinstance(data.get("sources"), list)):
        checker.check_meaning()
    found = sorted(checker.findings, key=lambda found: (found.line or 0, found.record or ""))
    return found
