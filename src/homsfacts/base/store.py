"""A validated fact base, indexed in SQLite, and every query the tools ask of it.

The same SQLite layout (:mod:`homsfacts.base.layout`) serves a base built in memory
(``--no-cache``) and the on-disk cache, so there is one query path. :class:`FactBase` is the
library's one entry point; each query is answered by the module that owns it: names and
resolution (:mod:`~homsfacts.base.names`), cards (:mod:`~homsfacts.base.cards`), lists
(:mod:`~homsfacts.base.lists`), groups (:mod:`~homsfacts.base.groups`), search and completion
(:mod:`~homsfacts.base.search`). Every query here answers from the file instead when the
cached index turns out damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from homsfacts.base.cards import Cards
from homsfacts.base.dates import PartialDate
from homsfacts.base.groups import Groups
from homsfacts.base.lists import Lists
from homsfacts.base.names import Names
from homsfacts.base.records import Records, SourceFilter, recovering
from homsfacts.base.search import FullText, Matching
from homsfacts.base.views import Record
from homsfacts.vocabulary import WHERE_KINDS, WHO_KINDS

__all__ = ["FactBase"]

ASKED: dict[str, tuple[frozenset[str] | None, str]] = {
    "who": (WHO_KINDS, "person, organisation, group or movement"),
    "where": (WHERE_KINDS, "place"),
    "figure": (None, "figure"),
    "source": (None, "source"),
}
"""What each of :meth:`FactBase.find`'s questions asks for: the kinds of entity (a figure
for None), and the word for one in a message."""


class FactBase:
    """A loaded, validated fact base. Every query returns records in their public form."""

    def __init__(self, connection: sqlite3.Connection, path: str, cached: bool = False,
                 rebuild: Callable[[], sqlite3.Connection] | None = None) -> None:
        self.records = Records(connection, path, cached=cached, rebuild=rebuild)
        self.path = path
        """The file the base was read from."""
        self.groups = Groups(self.records)
        self.fulltext = FullText(self.records)
        self.names = Names(self.records, self.groups, self.fulltext)
        self.cards = Cards(self.records, self.groups)
        self.lists = Lists(self.records, self.groups, self.names)

    @property
    def cached(self) -> bool:
        """True when the base came from the cache without re-validating the file."""
        return self.records.cached

    def close(self) -> None:
        self.records.db.close()

    @recovering
    def meta(self) -> dict[str, str]:
        return self.records.meta()

    @recovering
    def get(self, record_id: str) -> Record | None:
        """The record with this exact id, or None."""
        return self.records.get(record_id)

    @recovering
    def show(self, record_id: str) -> Record:
        """The record with this id; a near miss raises NotFoundError with suggestions."""
        return self.names.show(record_id)

    @recovering
    def resolve(self, query: str, *, kinds: frozenset[str] | None = None,
                record_type: str = "entity", noun: str = "entity") -> Record:
        """Find the one record a name means (:meth:`Names.resolve`); a figure comes as
        ``figure NAME`` shows it, with its group and ``see_also`` (:meth:`Lists.figure`)."""
        if record_type == "figure":
            return self.lists.figure(query)
        return self.names.resolve(query, kinds=kinds, record_type=record_type, noun=noun)

    @recovering
    def who(self, name: str, *, every_report: bool = False) -> Record:
        """The card of a person, organisation, group or movement: what ``who --json`` prints."""
        return self.cards.card(self.names.resolve(
            name, kinds=WHO_KINDS, noun="person, organisation, group or movement"),
            every_report=every_report)

    @recovering
    def where(self, name: str, *, every_report: bool = False) -> Record:
        """The card of a place: what ``where --json`` prints."""
        return self.cards.card(self.names.resolve(name, kinds=WHERE_KINDS, noun="place"),
                               every_report=every_report)

    @recovering
    def find(self, name: str | None, asked: str, *,
             every_report: bool = False) -> list[Record]:
        """What ``who``, ``where`` or ``figure`` (``asked``) answers: the card (a figure's
        preferred value) of the one record a name means, or every record of that kind it
        matches, each with its citation (:meth:`Names.matches`); with no name, every one.
        ``source`` gives the sources a ``--source`` means (:meth:`Names.sources`)."""
        if asked == "source":
            return self.lists.sources() if name is None else self.names.sources(name)
        kinds, noun = ASKED[asked]
        if name is None:
            if kinds is None:
                return self.lists.figures(every_report=every_report)
            return [entity for entity in self.records.of_type("entity")
                    if entity["kind"] in kinds]
        found = self.names.matches(name, kinds=kinds, noun=noun,
                                   record_type="figure" if kinds is None else "entity")
        if len(found) == 1:
            return [self.cards.card(found[0], every_report=every_report) if kinds is not None
                    else self.lists.beside(found[0])]
        return found

    @recovering
    def related(self, entity_id: str, *,
                every_report: bool = False) -> tuple[list[Record], list[Record]]:
        """The events and figures of an entity's card (:meth:`Cards.related`)."""
        return self.cards.related(entity_id, every_report=every_report)

    @recovering
    def of_type(self, record_type: str, matching: Matching | None = None) -> list[Record]:
        """The records of a type in file order; with ``matching``, only those it admits."""
        return self.lists.of_type(record_type, matching)

    @recovering
    def figures(self, *, every_report: bool = False, source: SourceFilter = None,
                of: str | None = None, matching: Matching | None = None) -> list[Record]:
        """Every figure, one per group unless ``every_report`` (:meth:`Lists.figures`); with
        ``of``, a name, every value of the quantity it means, a series in date order
        (:meth:`Lists.figure_values`); with ``matching``, only the candidates it admits."""
        if of is not None:
            return self.lists.figure_values(of)
        return self.lists.figures(every_report=every_report, source=source,
                                  matching=matching)

    @recovering
    def timeline(self, start: PartialDate | None = None, end: PartialDate | None = None,
                 about: str | None = None, *, every_report: bool = False,
                 source: SourceFilter = None, matching: Matching | None = None) -> list[Record]:
        """Events in date order (:meth:`Lists.timeline`)."""
        return self.lists.timeline(start, end, about, every_report=every_report,
                                   source=source, matching=matching)

    @recovering
    def conflicts(self) -> list[Record]:
        """Every group whose values cannot all be true (:meth:`Groups.conflicts`)."""
        return self.groups.conflicts()

    @recovering
    def sources(self) -> list[Record]:
        """Every source, each with ``records``: how many records cite it."""
        return self.lists.sources()

    @recovering
    def search(self, text: str, limit: int = 20) -> list[Record]:
        """Records that mention ``text``, best first (:meth:`FullText.search`)."""
        return self.fulltext.search(text, limit)

    @recovering
    def search_ids(self, text: str, limit: int = 1) -> list[str]:
        """Ids of records whose text has every word of ``text`` (stemmed, stop words too),
        best first."""
        return self.fulltext.holding(text, limit)

    @recovering
    def mentions(self, keys: list[str]) -> dict[str, list[str]]:
        """The entities each folded key names (:meth:`Names.mentions`)."""
        return self.names.mentions(keys)

    @recovering
    def complete(self, prefix: str, *, record_type: str | None = None,
                 kinds: frozenset[str] | None = None,
                 limit: int = 100) -> list[tuple[str, str]]:
        """(word, title) for shell completion (:meth:`FullText.complete`)."""
        return self.fulltext.complete(prefix, record_type=record_type, kinds=kinds,
                                      limit=limit)

    @recovering
    def document(self) -> dict[str, Any]:
        """The whole base in its file form, as it would be written to TOML or JSON."""
        return self.records.document()
