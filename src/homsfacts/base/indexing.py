"""Write a base's SQLite index: its layout, the rows each record makes, and the helper
process that writes them for a large base while the base is still being read (issue 14).

:mod:`homsfacts.base.store` reads what this writes; a change of layout bumps its
``FORMAT_VERSION``. Only a cache miss imports this module.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

# pydantic-core writes a record's body 2.6 times as fast as the json module. Only a cache
# miss imports this module, and validation has loaded pydantic-core by then.
from pydantic_core import to_json

from homsfacts.base.dates import parse_edtf
from homsfacts.base.match import id_words, name_keys
from homsfacts.base.store import _PACKED_FIELDS, FORMAT_VERSION, _title, checksum
from homsfacts.vocabulary import RECORD_TYPES, SCHEMA_VERSION

if TYPE_CHECKING:
    import subprocess

# Issue 14: the first run of a large base is bounded by how it is written. Rows go in batches
# into tables with no secondary index; the indexes are built once at the end. Links are
# filled from a staging table that SQLite sorts in C at the end; names go straight into
# their table, each batch sorted, while the rest of the base is still being read, since the
# end is time that nothing else overlaps (at 100,000 records: 0.3 s). Nothing is
# stored twice: a record's body is the record as the file gives it, packed as a JSON array of
# its values in schema order, without its id (a column of its own) or the field names; the
# full-text index keeps no copy of the text; an id is looked up in ``records`` rather than
# repeated in ``names``; names and links point at a record by its position; and the records
# of one type, written one after another, are a range of positions in ``types``.
_TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records(
    position INTEGER PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL, kind TEXT,
    body BLOB NOT NULL, checksum INTEGER NOT NULL);
CREATE TABLE names(key TEXT NOT NULL, tier INTEGER NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY(key, tier, position)) WITHOUT ROWID;
CREATE TABLE events(
    position INTEGER PRIMARY KEY, sort_key TEXT NOT NULL, earliest TEXT NOT NULL,
    latest TEXT NOT NULL);
CREATE TABLE links(target_id TEXT NOT NULL, role TEXT NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY(target_id, role, position)) WITHOUT ROWID;
CREATE TABLE types(type TEXT PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE cited(source_id TEXT PRIMARY KEY, records INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE groups(key TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL);
CREATE VIRTUAL TABLE search USING fts5(
    name, title, body, content = '', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TEMP TABLE staged_links(target_id TEXT, role TEXT, position INTEGER);
"""

_INDEXES = """
CREATE UNIQUE INDEX records_by_id ON records(id);
CREATE INDEX events_by_date ON events(sort_key, position);
CREATE INDEX groups_by_key ON groups(key, position);
CREATE INDEX groups_by_id ON groups(id);
INSERT OR IGNORE INTO links SELECT target_id, role, position FROM temp.staged_links
    ORDER BY 1, 2, 3;
DROP TABLE temp.staged_links;
"""

BATCH = 4096
"""Records written at a time: the rows of one batch are all a build holds besides the part
of the base being read, so its memory does not grow with the base."""


@functools.lru_cache(maxsize=4096)
def _event_dates(date: str) -> tuple[str, str, str]:
    """How an event's date is indexed: its sort key, and the first and last days it may
    mean. Remembered, as ``parse_edtf`` is: the events of a large base share their dates."""
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
        self.events: list[tuple[int, str, str, str]] = []
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


PARALLEL_RECORDS = 20_000
"""From this many records up, a cache file is indexed and written by a helper process, fed
the records as they are read and checked, if the process may run on a second core: the
build then runs there. Below it, starting that process costs more than it saves; and on one
core it only adds the cost of sending the records (at 100,000 records the two processes
together run 9% more instructions than one, measured with ``perf stat``)."""


def _cores() -> int:
    """How many cores this process may run on."""
    import os

    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class RecordWriter(Protocol):
    def add(self, table: str, records: list[dict[str, Any]]) -> None: ...

    def finish(self, meta: dict[str, str], progress: Callable[[str], None] | None = None
               ) -> None: ...


@contextlib.contextmanager
def file_writer(path: str, counts: dict[str, int], *,
                helper: bool = True) -> Iterator[RecordWriter]:
    """A writer of a new cache file at ``path``: a helper process for a large base on more
    than one core, this one otherwise. Raises OSError or sqlite3.Error when the file cannot
    be written, the helper's failure included; the helper is stopped on every exit path."""
    parallel = helper and sum(counts.values()) >= PARALLEL_RECORDS and _cores() > 1
    started = _Helper.start(path, counts) if parallel else None
    if started is not None:
        try:
            yield started
        finally:
            started.stop()
        return
    connection = open_for_writing(path)
    try:
        yield Writer(connection, counts)
    finally:
        connection.close()


class Writer:
    """Indexes records a table's records at a time, in the order of the file, into an empty
    database. ``counts`` says how many records each table has in all: a type's records are
    a range of positions, in schema order, whatever order the file gives the tables in."""

    def __init__(self, connection: sqlite3.Connection, counts: dict[str, int]) -> None:
        self.connection = connection
        connection.executescript(_TABLES)
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
            record_id, _names_of(kind, record),
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
        connection.executescript(_INDEXES)
        full_meta = {**meta, "format_version": str(FORMAT_VERSION),
                     "schema_version": str(SCHEMA_VERSION), "records": str(self.records)}
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(full_meta.items()))
        connection.commit()


_HELPER_CODE = ("import sys; sys.path.insert(0, sys.argv[2]); "
                "from homsfacts.base.indexing import _serve; _serve()")
"""The helper's program. It runs isolated (``-I``: no working directory or script folder on
the import path, no ``PYTHON*`` variables, no user site-packages), so a ``homsfacts/``
folder planted in the working directory is never imported; the folder that holds this very
homsfacts (``argv[2]``) comes first, so a source checkout imports itself too. It runs in the
root folder, so even a Python that put its working directory on the path would find nothing
planted there."""

BEHIND = 0
"""How many messages may wait for the helper before this process takes on part of its work
(``_Helper.add``). The pipe holds less than one message, so any message waiting means the
helper has not taken the last one yet."""


class HelperFailed(sqlite3.OperationalError):
    """The helper process stopped before the cache file was complete."""


class _Helper:
    """A Writer in a second process (``_serve``), sent the records over a pipe (``_framed``).
    Its failure, however it fails, is a write error here: the caller builds in this process
    instead. It never prints: its stderr goes nowhere.

    A thread of this process feeds the pipe, so reading and checking never wait for the
    helper to take the records: when it falls behind, they wait in memory, serialised (about
    the size of the text they came from, at 100,000 records 17 MB for 18 MB; about twice
    that with what they store)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        import queue
        import threading

        self.process = process
        self.outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.failed = False
        self.feeder = threading.Thread(target=self._feed, name="homsfacts-feed", daemon=True)
        self.feeder.start()

    @classmethod
    def start(cls, path: str, counts: dict[str, int]) -> _Helper | None:
        import os
        import subprocess
        from pathlib import Path

        if not sys.executable:
            return None
        root = str(Path(__file__).resolve().parents[2])
        try:
            process = subprocess.Popen(
                [sys.executable, "-I", "-c", _HELPER_CODE, os.path.abspath(path), root],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                cwd=os.path.abspath(os.sep))
        except OSError:
            return None
        helper = cls(process)
        helper._send(counts)
        return helper

    def _feed(self) -> None:
        assert self.process.stdin is not None
        with contextlib.suppress(OSError, ValueError):  # the helper stopped: `finish` says so
            while (data := self.outbox.get()) is not None:
                self.process.stdin.write(data)
            self.process.stdin.close()
            return
        self.failed = True

    def _send(self, message: object) -> None:
        if self.failed:  # no use reading on for a helper that has gone
            raise HelperFailed("the indexing process stopped")
        try:
            self.outbox.put(_framed(message))
        except ValueError as error:  # a value marshal cannot send
            raise HelperFailed(f"the records cannot be sent ({error})") from None

    def add(self, table: str, records: list[dict[str, Any]]) -> None:
        if self.outbox.qsize() > BEHIND:
            # The helper is behind: this process, which would wait for it at the end, makes
            # what these records store (a sixth of the helper's instructions on them).
            kind = RECORD_TYPES[table]
            self._send((table, records, [stored_form(kind, record) for record in records]))
        else:
            self._send((table, records))

    def finish(self, meta: dict[str, str], progress: Callable[[str], None] | None = None
               ) -> None:
        """The last message: the helper indexes what it has left and commits; then wait
        for it."""
        self._send(meta)
        self.outbox.put(None)
        if progress:
            progress("indexing the last records")
        self.feeder.join()
        if self.process.wait() != 0 or self.failed:
            raise HelperFailed("the indexing process could not write the cache")

    def stop(self) -> None:
        """End the process if it is still running (after a failure, or Ctrl-C)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.outbox.put(None)  # the feeder, if it still waits for work, stops
        self.feeder.join()
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()


def _framed(message: Any) -> bytes:
    """A message to the helper: its length, then the message in marshal's format. Both ends
    run the same Python, for which marshal is made; it writes and reads the plain values of
    a parsed base in fewer instructions than pickle (at 100,000 records, measured with
    ``perf stat``: 0.6 billion fewer to write, 0.3 billion fewer to read)."""
    import marshal

    data = marshal.dumps(message)
    return len(data).to_bytes(8, "little") + data


def _unframed(stream: BinaryIO) -> Any:
    """The next message ``_framed`` wrote to ``stream``; EOFError if it ends first."""
    import marshal

    head = stream.read(8)
    size = int.from_bytes(head, "little")
    data = stream.read(size)
    if len(head) < 8 or len(data) < size:
        raise EOFError("the message was cut short")
    return marshal.loads(data)


def _serve() -> None:
    """The helper process: index the records read from stdin (the counts, then each table's
    records, then the metadata) into the file named on the command line."""
    try:
        with cyclic_gc_paused():
            connection = open_for_writing(sys.argv[1])
            writer = Writer(connection, _unframed(sys.stdin.buffer))
            while True:
                message = _unframed(sys.stdin.buffer)
                if isinstance(message, tuple):
                    writer.add(*message)
                    continue
                writer.finish(message)
                connection.close()
                return
    except BaseException:  # the parent learns it from the exit status
        sys.exit(1)


StoredForm = tuple[bytes, int, str, str, str]
"""What a record stores: its body and the body's checksum, and the name, title and text
its search finds it by."""


def stored_form(kind: str, record: dict[str, Any]) -> StoredForm:
    """What ``record`` stores: its body is ``_packed``, in JSON."""
    record_id = record["id"]
    # Validation refuses NaN and infinity; were one to reach here, "constants" keeps it
    # itself, where the default would quietly write null.
    body = to_json(_packed(kind, record), inf_nan_mode="constants")
    return (body, checksum(record_id, body),
            _search_name(record_id, kind, _names_of(kind, record)), _title(kind, record),
            _search_text(record))


def _packed(kind: str, record: dict[str, Any]) -> list[Any]:
    """A record's values in schema order, without its id, as stored: a field the file
    leaves out is null (TOML has no null of its own), and trailing nulls are dropped.
    Citations are ``[source, paragraphs]``; statements are packed in turn."""
    values: list[Any] = list(map(record.get, _PACKED_FIELDS[kind]))
    citations = _CITATIONS_AT.get(kind)
    if citations is not None:
        values[citations] = [[citation["source"], citation["paragraphs"]]
                             for citation in values[citations]]
    if kind == "entity" and values[_STATEMENTS_AT]:
        values[_STATEMENTS_AT] = [_packed("statement", statement)
                                  for statement in values[_STATEMENTS_AT]]
    while values and values[-1] is None:
        values.pop()
    return values


# Where ``_packed`` finds the fields it packs in turn: it runs once a record on a first run.
_CITATIONS_AT = {kind: fields.index("sources") for kind, fields in _PACKED_FIELDS.items()
                 if "sources" in fields}
_STATEMENTS_AT = _PACKED_FIELDS["entity"].index("statements")


def _names_of(kind: str, record: dict[str, Any]) -> list[str]:
    """What a record is called, besides its id: a person's or place's name and aliases, a
    figure's label."""
    if kind == "entity":
        return [record["name"], *(record.get("aliases") or ())]
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
