"""Write a base's SQLite index in the layout of :mod:`homsfacts.base.layout`: the rows each
record makes, a table's records at a time. Only a cache miss, or a base built in memory,
imports this module; :mod:`homsfacts.base.helper` runs a ``Writer`` in a second process for a
large base.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, Protocol

# pydantic-core writes a record's body 2.6 times as fast as the json module. Only a cache
# miss imports this module, and validation has loaded pydantic-core by then.
from pydantic_core import to_json

from homsfacts.base.dates import parse_edtf
from homsfacts.base.layout import FORMAT_VERSION, INDEXES, TABLES, checksum, packed, title
from homsfacts.base.match import id_words, name_keys
from homsfacts.vocabulary import RECORD_TYPES, SCHEMA_VERSION

BATCH = 4096
"""Records written at a time: the rows of one batch are all a build holds besides the part
of the base being read, so its memory does not grow with the base."""


@functools.lru_cache(maxsize=4096)
def _event_dates(date: str) -> tuple[int, int, int]:
    """How an event's date is indexed: its sort key, and the first and last days it may
    mean, as day numbers (:mod:`homsfacts.base.dates`: integers, which sort BCE years
    right where text would not). Remembered, as ``parse_edtf`` is: the events of a large
    base share their dates."""
    parsed = parse_edtf(date)
    return parsed.start.sort_key(), parsed.earliest, parsed.latest


def _search_text(record: dict[str, Any]) -> str:
    """Every text of a record but its id and citations: the words a search finds it by. The
    schema nests no deeper than a list of statements."""
    parts: list[str] = []
    for key, value in record.items():
        if type(value) is str:
            if key != "id":
                parts.append(value)
        elif type(value) is list and key != "sources":
            for item in value:
                if type(item) is str:
                    parts.append(item)
                elif type(item) is dict:
                    parts.append(_search_text(item))
    return "\n".join(parts)


class _Batch:
    """The rows of up to ``BATCH`` records, written together."""

    def __init__(self) -> None:
        self.records: list[tuple[object, ...]] = []
        self.search: list[tuple[int, str, str, str]] = []
        self.names: list[tuple[str, int, int]] = []
        self.events: list[tuple[int, int, int, int]] = []
        self.links: list[tuple[str, str, int]] = []
        self.groups: list[tuple[str, str, int]] = []

    def write(self, connection: sqlite3.Connection) -> None:
        connection.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)", self.records)
        connection.executemany(
            "INSERT INTO search(rowid, name, title, body) VALUES (?, ?, ?, ?)", self.search)
        connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
                               sorted(self.names))
        connection.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", self.events)
        connection.executemany("INSERT INTO temp.staged_links VALUES (?, ?, ?)", self.links)
        connection.executemany("INSERT INTO groups VALUES (?, ?, ?)", self.groups)


def build(connection: sqlite3.Connection, document: dict[str, Any], meta: dict[str, str],
          progress: Callable[[str], None] | None = None) -> None:
    """Index a validated document into an empty database."""
    counts = {table: len(document.get(table) or ()) for table in RECORD_TYPES}
    writer = Writer(connection, counts)
    for table in RECORD_TYPES:
        if progress:
            progress(f"indexing {table}")
        writer.add(table, document.get(table) or [])
    writer.finish(meta, progress)


def build_file(path: str, document: dict[str, Any], meta: dict[str, str],
               progress: Callable[[str], None] | None, checks: Callable[[], None]) -> None:
    """Run ``checks`` (which raise if the document is invalid), then index the document
    into a new database file at ``path``. Raises OSError or sqlite3.Error when the file
    cannot be written."""
    checks()
    connection = open_for_writing(path)
    try:
        build(connection, document, meta, progress)
    finally:
        connection.close()


@contextlib.contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector: a build allocates millions of objects that form no
    cycles (parsed records and their rows), freed a part at a time by their counts, which
    the collector would otherwise walk again and again (about 5% of a first run at 100,000
    records, measured side by side against tomli)."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def open_for_writing(path: str) -> sqlite3.Connection:
    """A new cache file. It is written whole into a temporary and renamed; a crash leaves
    only the temporary, so no journal and no sync are needed. A base read in parts has
    memory to spare (issue 14), so staging tables are sorted in memory (at 100,000 records
    23 MB, saving 0.4 s), and 16 MB of pages are kept, enough for the names table."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA cache_size = -16384")
    return connection


class RecordWriter(Protocol):
    def add(self, table: str, records: list[dict[str, Any]]) -> None: ...

    def finish(self, meta: dict[str, str], progress: Callable[[str], None] | None = None
               ) -> None: ...


class Writer:
    """Indexes records a table's records at a time, in the order of the file, into an empty
    database. ``counts`` says how many records each table has in all: a type's records are
    a range of positions, in schema order, whatever order the file gives the tables in."""

    def __init__(self, connection: sqlite3.Connection, counts: dict[str, int]) -> None:
        self.connection = connection
        connection.executescript(TABLES)
        self.next: dict[str, int] = {}
        self.ranges: list[tuple[str, int, int]] = []
        position = 0
        for table, kind in RECORD_TYPES.items():
            self.next[table] = position + 1
            if counts.get(table):
                self.ranges.append((kind, position + 1, position + counts[table]))
            position += counts.get(table, 0)
        self.records = position
        self.citing: dict[str, int] = {}
        self.batch = _Batch()

    def add(self, table: str, records: list[dict[str, Any]],
            forms: list[StoredForm] | None = None) -> None:
        """Index the next records of ``table``, given their ``stored_form`` if it has been
        made already."""
        kind = RECORD_TYPES[table]
        first = self.next[table]
        self.next[table] = first + len(records)
        if forms is None:
            forms = [stored_form(kind, record) for record in records]
        for position, (record, form) in enumerate(zip(records, forms, strict=True), first):
            self._add(kind, record, position, form)
            if len(self.batch.records) >= BATCH:
                self.batch.write(self.connection)
                self.batch = _Batch()

    def _add(self, kind: str, record: dict[str, Any], position: int,
             form: StoredForm) -> None:
        batch, record_id = self.batch, record["id"]
        body, crc, name, title, text = form
        batch.records.append((position, record_id, kind, record.get("kind"), body, crc))
        batch.search.append((position, name, title, text))
        batch.names.extend([(key, tier, position) for key, tier in name_keys(
            record_id, names_of(kind, record),
            with_initials=kind == "entity" and record["kind"] != "person")])
        if kind != "source":
            citing = self.citing
            for source_id in _sources_cited(record):
                citing[source_id] = citing.get(source_id, 0) + 1
        links = batch.links
        if kind == "entity":
            if record.get("located_in"):
                links.append((record["located_in"], "located_in", position))
            for statement in record.get("statements") or ():
                if statement.get("attributed_to"):
                    links.append((statement["attributed_to"], "cited_by", position))
        elif kind == "event":
            batch.events.append((position, *_event_dates(record["date"])))
            links.extend([(ref, "entity", position) for ref in record.get("entities") or ()])
            links.extend([(ref, "place", position) for ref in record.get("places") or ()])
            if record.get("happening"):
                batch.groups.append((record["happening"], record_id, position))
        elif kind == "figure":
            links.extend([(ref, "about", position) for ref in record.get("about") or ()])
            if record.get("attributed_to"):
                links.append((record["attributed_to"], "attributed_to", position))
            if record.get("measures"):
                batch.groups.append((record["measures"], record_id, position))

    def finish(self, meta: dict[str, str], progress: Callable[[str], None] | None = None
               ) -> None:
        """Write the last rows, build the indexes and commit."""
        connection = self.connection
        self.batch.write(connection)
        if progress:
            progress(f"indexing {self.records:,} records")
        connection.executemany("INSERT INTO types VALUES (?, ?, ?)", self.ranges)
        connection.executemany("INSERT INTO cited VALUES (?, ?)", sorted(self.citing.items()))
        connection.executescript(INDEXES)
        full_meta = {**meta, "format_version": str(FORMAT_VERSION),
                     "schema_version": str(SCHEMA_VERSION), "records": str(self.records)}
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(full_meta.items()))
        connection.commit()


StoredForm = tuple[bytes, int, str, str, str]
"""What a record stores: its body and the body's checksum, and the name, title and text
its search finds it by."""


def stored_form(kind: str, record: dict[str, Any]) -> StoredForm:
    """What ``record`` stores: its body is ``packed``, in JSON."""
    record_id = record["id"]
    # Validation refuses NaN and infinity; were one to reach here, "constants" keeps it
    # itself, where the default would quietly write null.
    body = to_json(packed(kind, record), inf_nan_mode="constants")
    return (body, checksum(record_id, body),
            _search_name(record_id, kind, names_of(kind, record)), title(kind, record),
            _search_text(record))


def names_of(kind: str, record: dict[str, Any]) -> list[str]:
    """What a record is called, besides its id: a person's or place's name and aliases, a
    figure's label, a source's publisher and the agency or outlet it carries (``--source
    reuters``, ``search AFP``)."""
    if kind == "entity":
        return [record["name"], *(record.get("aliases") or ())]
    if kind == "source":
        return [name for name in (record["publisher"], record.get("carries")) if name]
    return [record["label"]] if kind == "figure" else []


def _sources_cited(record: dict[str, Any]) -> set[str]:
    cited = {citation["source"] for citation in record["sources"]}
    for statement in record.get("statements") or ():
        cited.update(citation["source"] for citation in statement["sources"])
    return cited


def _search_name(record_id: str, kind: str, names: list[str]) -> str:
    """What a record is called: its id in words (``old city siege``), and a person's or a
    place's ``names`` and aliases."""
    in_words = id_words(record_id)
    return "\n".join([in_words, *names]) if kind == "entity" else in_words
