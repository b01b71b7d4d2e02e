"""The words of the fact-base format that queries need: record types and entity kinds.

They live apart from :mod:`homsfacts.base.model` so that answering from a cached base imports
nothing the schema classes need (annotated_types alone costs about 9 ms at start-up).
:mod:`homsfacts.base.model` re-exports them, and a test checks that its ``EntityKind`` agrees.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1
"""Bumped whenever a base valid under the old schema would be read differently."""

MAX_INTEGER = 2**63 - 1
"""The largest whole number a base may hold, and minus it the smallest: SQLite (the cache and
``export -f sqlite``) stores integers in 64 bits. ``validate`` refuses any integer beyond it, in
a figure's ``value``, ``low`` or ``high`` and in paragraph numbers and counts; a larger number
is written as a float (``1.5e30``), which may be any finite size. Dates run from year -9999
(10000 BCE) to 9999 (:mod:`homsfacts.base.dates`)."""

PERSON_KINDS = ("person", "organisation", "group", "movement")
PLACE_KINDS = ("country", "province", "region", "city", "district", "neighbourhood", "site")

WHO_KINDS = frozenset(PERSON_KINDS) | {"country"}
"""What ``who`` answers for: actors. Countries act (Russia supervised an operation) and are
also places."""
WHERE_KINDS = frozenset(PLACE_KINDS)
"""What ``where`` answers for."""

RECORD_TYPES: dict[str, str] = {
    "sources": "source",
    "entities": "entity",
    "events": "event",
    "figures": "figure",
}
"""Each top-level table of a document and the type name its records carry in output."""

FIELD_ORDER: dict[str, tuple[str, ...]] = {
    "source": ("id", "publisher", "title", "published", "paragraphs", "url", "carries",
               "primary_sources", "note"),
    "statement": ("text", "attribution", "attributed_to", "sources"),
    "entity": ("id", "kind", "name", "aliases", "description", "located_in", "statements",
               "sources"),
    "event": ("id", "date", "derived", "date_note", "summary", "attribution", "entities",
              "places", "agents", "targets", "happening", "rank", "rank_reason", "sources"),
    "figure": ("id", "label", "value", "words", "unit", "qualifier", "low", "high", "as_of",
               "period", "attributed_to", "attribution", "about", "measures", "rank",
               "rank_reason", "sources"),
}
"""Each record type's fields in schema order, so output never depends on how a file is laid
out. A test checks it against the classes of :mod:`homsfacts.base.model`."""

DEFAULTS: dict[str, dict[str, object]] = {
    "source": {"paragraphs": None, "url": None, "carries": None, "primary_sources": [],
               "note": None},
    "statement": {"attribution": None, "attributed_to": None},
    "entity": {"aliases": [], "located_in": None, "statements": []},
    "event": {
        "derived": False,
        "date_note": None,
        "attribution": None,
        "entities": [],
        "places": [],
        "agents": [],
        "targets": [],
        "happening": None,
        "rank": "normal",
        "rank_reason": None,
    },
    "figure": {
        "value": None,
        "words": None,
        "low": None,
        "high": None,
        "as_of": None,
        "period": None,
        "attributed_to": None,
        "attribution": None,
        "about": [],
        "measures": None,
        "rank": "normal",
        "rank_reason": None,
    },
}
"""The value of every optional field when a base leaves it out."""


def normalise(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Fill every optional field and put fields in schema order, so a record read back always
    has the same keys in the same order."""
    defaults: dict[str, Any] = DEFAULTS.get(kind, {})
    full = {name: record[name] if name in record else defaults[name]
            for name in FIELD_ORDER[kind] if name in record or name in defaults}
    if kind == "entity":
        full["statements"] = [normalise("statement", item) for item in full["statements"]]
    return full
