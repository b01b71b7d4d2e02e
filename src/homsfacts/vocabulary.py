"""The words of the fact-base format that queries need: record types and entity kinds.

They live apart from :mod:`homsfacts.model` so that answering from a cached base imports
nothing the schema classes need (annotated_types alone costs about 9 ms at start-up).
:mod:`homsfacts.model` re-exports them, and a test checks that its ``EntityKind`` agrees.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
"""Bumped whenever a base valid under the old schema would be read differently."""

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
