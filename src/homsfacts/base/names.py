"""Names and resolution: the one record an id, a name, an alias, initials or words mean, and
the suggestions for a miss."""

from __future__ import annotations

import re

from homsfacts.base.groups import Groups
from homsfacts.base.layout import title
from homsfacts.base.match import (
    TIER_ID,
    TIER_NAME,
    TIER_WORD,
    closest,
    fold,
    id_slug,
    id_words,
    words,
)
from homsfacts.base.records import Records, require_text
from homsfacts.base.search import MATCH_FLOOR, FullText
from homsfacts.base.views import Record
from homsfacts.errors import NotFoundError, Suggestion

_ID_PUNCTUATION = re.compile(r"[A-Za-z0-9][._][A-Za-z0-9]")
"""A ``.`` or ``_`` inside a word, as in an id (``x.y``): such a query is read only as an id."""


class Names:
    def __init__(self, records: Records, groups: Groups, fulltext: FullText) -> None:
        self.records = records
        self.groups = groups
        self.fulltext = fulltext

    def show(self, record_id: str) -> Record:
        """The record with this id; a near miss raises NotFoundError with suggestions."""
        record_id = require_text(record_id, "an id").strip()
        record = self.records.get(record_id) or self.records.get(record_id.lower())
        if record is None and not _ID_PUNCTUATION.search(record_id):
            # Words read as an id (``Marie Colvin``), but never across an id's own ``.`` or
            # ``_``: ``show x.y`` is x.y or nothing, never x-y.
            record = self.records.get(id_slug(fold(record_id)))
        if record is not None:
            return self.groups.grouped([record], collapse=False)[0]
        raise NotFoundError(f"no record has the id {record_id!r}", suggestions=self.suggestions(
            closest(record_id, self.choices(TIER_NAME))))

    def choices(self, tier: int, record_type: str | None = None,
                kinds: frozenset[str] | None = None) -> dict[str, str]:
        """Key -> id of every name up to ``tier`` and every id (read as words), for the
        suggestions of a miss."""
        db = self.records.db
        named = db.execute(
            "SELECT n.key, r.id, r.kind FROM names n JOIN records r ON r.position = n.position "
            "WHERE n.tier <= ?1 AND (?2 IS NULL OR r.type = ?2)", (tier, record_type))
        ids = db.execute("SELECT id, kind FROM records WHERE ?1 IS NULL OR type = ?1",
                         (record_type,))
        # An id read as words comes last, so that it wins a key it shares with a name.
        keys = [*named, *((id_words(record_id), record_id, kind) for record_id, kind in ids)]
        return {key: record_id for key, record_id, kind in keys
                if kinds is None or kind in kinds}

    def suggestions(self, ids: list[str]) -> list[Suggestion]:
        found = []
        for record_id in ids:
            record = self.records.get(record_id)
            if record is not None:
                found.append(Suggestion(record_id, title(record["type"], record)))
        return found

    def resolve(self, query: str, *, kinds: frozenset[str] | None = None,
                record_type: str = "entity", noun: str = "entity") -> Record:
        """Find the one record a name means (:meth:`matches`); several raise NotFoundError
        with them as suggestions."""
        found = self.matches(query, kinds=kinds, record_type=record_type, noun=noun)
        if len(found) > 1:
            raise self.ambiguous(query, [record["id"] for record in found],
                                 "figures" if record_type == "figure" else "records")
        return found[0]

    def matches(self, query: str, *, kinds: frozenset[str] | None = None,
                record_type: str = "entity", noun: str = "entity") -> list[Record]:
        """Every record of a type (and of ``kinds``) a query means, best first: by id, name,
        alias or initials, then (an entity) by every word of a name, then (a figure) by the
        words of its label and text at or above the confidence floor (``MATCH_FLOOR`` of
        :mod:`~homsfacts.base.search`). A figure several sources give comes once, as its
        preferred value. Words that name a series of figures (``population``: the values of
        ``homs-population`` for different times) answer with the series, not with one figure
        that happens to share a word of its label; an exact id still answers that figure.
        Nothing at or above the floor raises NotFoundError, with suggestions and the records
        of other types or kinds the query does match."""
        query = require_text(query, "a name")
        one, groups = self.records.one, self.groups
        rows = self.named(fold(query), record_type)
        fitting = [row for row in rows if kinds is None or row[2] in kinds]
        if record_type == "figure" and not (fitting and fitting[0][1] == TIER_ID):
            series = groups.series_named(set(words(query)))
            if series is not None:
                return [groups.preferred(one(groups.members(series)[0]))]
        ids: list[str] = []
        if fitting:
            ids = [row[0] for row in fitting if row[1] == fitting[0][1]]
        elif record_type == "entity":
            ids = self.by_all_words(query, kinds)
        elif record_type == "figure":
            ids = (groups.members(fold(query).replace(" ", "-"))
                   or self.fulltext.ids(query, "figure"))
        if ids:
            if record_type != "figure":
                return groups.grouped([one(record_id) for record_id in ids], collapse=False)
            exact = bool(fitting) and fitting[0][1] == TIER_ID
            found: dict[str, Record] = {}
            for record_id in ids:
                # a value of a series is true for its own time: its id answers with it, where
                # a report of a quantity several sources give answers with the preferred one
                itself = groups.grouped([one(record_id)], collapse=False)[0]
                over_time = (itself.get("group") or {}).get("over_time")
                preferred = itself if exact and over_time else groups.preferred(one(record_id))
                found.setdefault(preferred["id"], preferred)
            return list(found.values())
        if rows:
            other = one(rows[0][0])
            raise NotFoundError(
                f"{other['name']!r} ({other['id']}) is a {other['kind']}, not a {noun}",
                suggestions=[Suggestion(other["id"], other["name"])], wrong_kind=other["kind"])
        elsewhere = [hit for hit in self.fulltext.ranked(query, None, 20, named=True,
                                                         floor=MATCH_FLOOR)
                     if hit.type != record_type or record_type == "entity"][:3]
        if elsewhere:
            kinds_found = [self.kind_of(hit.id) for hit in elsewhere]
            raise NotFoundError(
                f"no {noun} matches {query!r}; it matches "
                + ", ".join(f"{kind} {hit.id}" for kind, hit in zip(
                    kinds_found, elsewhere, strict=True)),
                suggestions=self.suggestions([hit.id for hit in elsewhere]),
                hints=[f"Try: homsfacts show {elsewhere[0].id}"])
        choices = self.choices(TIER_WORD, record_type, kinds)
        raise NotFoundError(f"no {noun} matches {query!r}",
                            suggestions=self.suggestions(closest(query, choices)))

    def sources(self, query: str) -> list[Record]:
        """The sources a name means: by id; by publisher or the agency or outlet a page
        carries, whole or by a word (``reuters``, ``bbc``, ``afp`` takes AFP's dispatch and
        every page that carries AFP); else by a prefix of an id, publisher or agency that
        only one source has (``guard``)."""
        query = require_text(query, "a source")
        key = fold(query)
        rows = self.named(key, "source")
        ids = [row[0] for row in rows if row[1] == rows[0][1]] if rows else []
        if not ids and key:
            found = self.records.db.execute(
                "SELECT DISTINCT r.id FROM records r LEFT JOIN names n "
                "ON n.position = r.position AND n.key >= ?2 AND n.key < ?2 || x'f48fbfbf' "
                "WHERE r.type = 'source' AND ((r.id >= ?1 AND r.id < ?1 || x'f48fbfbf') "
                "OR n.key IS NOT NULL) ORDER BY r.position", (id_slug(key), key)).fetchall()
            ids = [record_id for (record_id,) in found]
            if len(ids) > 1:
                raise self.ambiguous(query, ids, "sources")
        if not ids:
            raise NotFoundError(f"no source matches {query!r}", suggestions=self.suggestions(
                closest(query, self.choices(TIER_WORD, "source"))),
                hints=["`homsfacts sources` lists them."])
        return [self.records.one(record_id) for record_id in ids]

    def kind_of(self, record_id: str) -> str:
        """What a record is, in a word: ``event``, ``figure``, ``source`` or an entity's
        kind (``neighbourhood``)."""
        record = self.records.one(record_id)
        return str(record.get("kind") or record["type"])

    def named(self, key: str, record_type: str) -> list[tuple[str, int, str | None]]:
        """(id, best tier, kind) of the records of a type that a folded key names, by id
        (``marie colvin`` reads as ``marie-colvin``) or by a name key, best first."""
        return self.records.db.execute(
            "WITH found(position, tier) AS (SELECT position, 0 FROM records WHERE id = ? "
            "UNION ALL SELECT position, tier FROM names WHERE key = ?) "
            "SELECT r.id, MIN(f.tier), r.kind FROM found f "
            "JOIN records r ON r.position = f.position "
            "WHERE r.type = ? GROUP BY f.position ORDER BY MIN(f.tier), r.position",
            (id_slug(key), key, record_type)).fetchall()

    def ambiguous(self, query: str, ids: list[str], what: str) -> NotFoundError:
        return NotFoundError(f"{query!r} matches {len(ids)} {what}; ask for one by its id",
                             suggestions=self.suggestions(ids), ambiguous=True)

    def by_all_words(self, query: str, kinds: frozenset[str] | None) -> list[str]:
        """Entities whose names or aliases hold every word of the query, in any order:
        ``syrian observatory``, ``nusra front``, ``press centre``."""
        wanted = list(dict.fromkeys(words(query)))
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        rows = self.records.db.execute(
            "SELECT r.id, r.kind FROM names n JOIN records r ON r.position = n.position "
            f"WHERE n.key IN ({marks}) AND n.tier = ? AND r.type = 'entity' GROUP BY n.position "
            "HAVING COUNT(DISTINCT n.key) = ? ORDER BY MIN(r.position)",
            (*wanted, TIER_WORD, len(wanted))).fetchall()
        return [record_id for record_id, kind in rows if kinds is None or kind in kinds]

    def mentions(self, keys: list[str]) -> dict[str, list[str]]:
        """For each folded key, the ids of the people, groups and places it names exactly
        (by id, name, alias, initials or a word of a name), at the best tier that matches:
        for finding names in a sentence."""
        found: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            rows = self.named(key, "entity")
            if rows:
                best = rows[0][1]
                found[key] = [record_id for record_id, tier, _ in rows if tier == best]
        return found
