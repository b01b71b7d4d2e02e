"""The stored layout of a base's SQLite index, in one place: its version, its tables, how a
record is packed into a row and read back, the checksum that guards each row, and a record's
title. :mod:`homsfacts.base.writer` writes this layout and :mod:`homsfacts.base.records`
reads it; a change here bumps ``FORMAT_VERSION``, so older caches are rebuilt.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Any

from homsfacts.vocabulary import FIELD_ORDER, normalise

FORMAT_VERSION = 15
"""Bumped whenever the layout below changes, or validation refuses what it once accepted, so
older caches are rebuilt and a base they hold as valid is checked again. 12: integers beyond
2**63 - 1, the year 0000 and confusable ids (issue 24); 13: events' agents and targets (issue
21); 14: sources named by publisher and by the agency a page carries (issue 23); 15: years before
the common era, ``-0099`` and ``0000`` (1 BCE), and events' dates stored as integer day
numbers and sort keys (issue 22)."""

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
TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records(
    position INTEGER PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL, kind TEXT,
    body BLOB NOT NULL, checksum INTEGER NOT NULL);
CREATE TABLE names(key TEXT NOT NULL, tier INTEGER NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY(key, tier, position)) WITHOUT ROWID;
CREATE TABLE events(
    position INTEGER PRIMARY KEY, sort_key INTEGER NOT NULL, earliest INTEGER NOT NULL,
    latest INTEGER NOT NULL);
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

TABLE_NAMES = frozenset(re.findall(r"CREATE (?:VIRTUAL )?TABLE (\w+)", TABLES))
"""The tables every index has: what a sound index is checked for."""

INDEXES = """
CREATE UNIQUE INDEX records_by_id ON records(id);
CREATE INDEX events_by_date ON events(sort_key, position);
CREATE INDEX groups_by_key ON groups(key, position);
CREATE INDEX groups_by_id ON groups(id);
INSERT OR IGNORE INTO links SELECT target_id, role, position FROM temp.staged_links
    ORDER BY 1, 2, 3;
DROP TABLE temp.staged_links;
"""


TITLE_FIELD = {"entity": "name", "event": "summary", "figure": "label", "source": "title"}
"""The field that says what a record is, one line: shown in suggestions, search hits and
lists of changes."""


def title(kind: str, record: dict[str, Any]) -> str:
    """A record's title: a person's name, an event's summary, a figure's label."""
    return str(record.get(TITLE_FIELD[kind]))


PACKED_FIELDS = {kind: tuple(name for name in names if name != "id")
                 for kind, names in FIELD_ORDER.items()}
"""The fields a stored body holds, in order: every field of the schema but the id."""

# Where ``packed`` finds the fields it packs in turn: it runs once a record on a first run.
_CITATIONS_AT = {kind: fields.index("sources") for kind, fields in PACKED_FIELDS.items()
                 if "sources" in fields}
_STATEMENTS_AT = PACKED_FIELDS["entity"].index("statements")


def packed(kind: str, record: dict[str, Any]) -> list[Any]:
    """A record's values in schema order, without its id, as stored: a field the file
    leaves out is null (TOML has no null of its own), and trailing nulls are dropped.
    Citations are ``[source, paragraphs]``; statements are packed in turn."""
    values: list[Any] = list(map(record.get, PACKED_FIELDS[kind]))
    citations = _CITATIONS_AT.get(kind)
    if citations is not None:
        values[citations] = [[citation["source"], citation["paragraphs"]]
                             for citation in values[citations]]
    if kind == "entity" and values[_STATEMENTS_AT]:
        values[_STATEMENTS_AT] = [packed("statement", statement)
                                  for statement in values[_STATEMENTS_AT]]
    while values and values[-1] is None:
        values.pop()
    return values


def unpacked(kind: str, record_id: str | None, values: list[Any]) -> dict[str, Any]:
    """The record that ``packed`` stored, as the file gave it."""
    fields = PACKED_FIELDS[kind]
    if len(values) > len(fields):
        raise ValueError(f"a stored {kind} has {len(values)} values")
    record: dict[str, Any] = {} if record_id is None else {"id": record_id}
    for name, value in zip(fields, values, strict=False):  # trailing nulls were dropped
        if value is None:
            continue
        if name == "sources":
            record[name] = [{"source": source, "paragraphs": paragraphs}
                            for source, paragraphs in value]
        elif name == "statements":
            record[name] = [unpacked("statement", None, statement) for statement in value]
        else:
            record[name] = value
    return record


def checksum(record_id: str, body: bytes) -> int:
    """CRC-32 of a record's id and stored body (compact UTF-8 JSON): an edited or damaged
    row fails it."""
    return zlib.crc32(body, zlib.crc32(record_id.encode() + b"\0"))


class CacheDamaged(Exception):
    """A cached record failed its checksum: the index must be rebuilt from the file."""


def verified(record_id: str, kind: str, body: bytes, stored: int) -> dict[str, Any]:
    """A stored record, checked against its checksum, with every field filled in schema
    order (the body keeps only what the file gives)."""
    if not isinstance(body, bytes) or checksum(record_id, body) != stored:
        raise CacheDamaged(record_id)
    try:
        return normalise(kind, unpacked(kind, record_id, json.loads(body)))
    except (KeyError, TypeError, ValueError) as error:
        raise CacheDamaged(record_id) from error
