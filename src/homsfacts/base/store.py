"""A validated fact base, indexed in SQLite, and every query the tools ask of it.

The same SQLite layout serves a base built in memory (``--no-cache``) and the on-disk cache,
so there is one query path; :mod:`homsfacts.base.indexing` writes it. Records are stored as the
file declares them, packed as JSON arrays (``indexing._packed``); :mod:`homsfacts.base.views` turns
them into their public form on the way out.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from homsfacts.base.dates import PartialDate
from homsfacts.base.match import TIER_NAME, TIER_WORD, closest, fold, id_slug, id_words, words
from homsfacts.base.reports import AGREED, group_view
from homsfacts.base.views import Record, view
from homsfacts.errors import FactBaseError, NotFoundError, QueryError, Suggestion
from homsfacts.vocabulary import (
    FIELD_ORDER,
    RECORD_TYPES,
    SCHEMA_VERSION,
    WHERE_KINDS,
    WHO_KINDS,
    normalise,
)

FORMAT_VERSION = 11
"""Bumped whenever the SQLite layout that :mod:`homsfacts.base.indexing` writes changes, so older
caches are rebuilt."""

_INSIDE = ("WITH RECURSIVE inside(id) AS (SELECT ? UNION SELECT r.id FROM links l "
           "JOIN inside ON l.target_id = inside.id "
           "JOIN records r ON r.position = l.position WHERE l.role = 'located_in') "
           "SELECT id FROM inside")
"""A place and every place inside it, at any depth: the ids, breadth first."""

_FTS_WORD = re.compile(r"\w+")

_OF_TYPE = ("FROM types t JOIN records r ON r.position BETWEEN t.first AND t.last "
            "WHERE t.type = ? ORDER BY r.position")
"""The records of one type, in file order: a range of positions."""

_TITLE_FIELD = {"entity": "name", "event": "summary", "figure": "label", "source": "title"}


def _title(kind: str, record: dict[str, Any]) -> str:
    return str(record.get(_TITLE_FIELD[kind]))


def _unpacked(kind: str, record_id: str | None, values: list[Any]) -> dict[str, Any]:
    """The record that ``_packed`` stored, as the file gave it."""
    fields = _PACKED_FIELDS[kind]
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
            record[name] = [_unpacked("statement", None, statement) for statement in value]
        else:
            record[name] = value
    return record


_PACKED_FIELDS = {kind: tuple(name for name in names if name != "id")
                  for kind, names in FIELD_ORDER.items()}


SEARCH_WEIGHTS = (10.0, 4.0, 1.0)
"""bm25 weights of the name, title and body columns: what a record is called counts more than
its summary or label, and that more than a passing mention in its statements."""


def _fts_query(text: str, joiner: str) -> str:
    """An FTS5 query for the words of ``text``; the last word also matches as a prefix, as a
    word being typed (``evacuat``) should."""
    found = _FTS_WORD.findall(fold(text))
    terms = [f'"{word}"' for word in found]
    if found and len(found[-1]) >= 4:
        # The index holds Porter stems ("evacu") and a prefix is matched against them
        # unstemmed, so a word cut short is tried a few letters shorter too.
        last = found[-1]
        cuts = range(len(last), max(4, len(last) - 3) - 1, -1)
        terms[-1] = "(" + " OR ".join([f'"{last}"', *(f'"{last[:cut]}"*' for cut in cuts)]) + ")"
    return f" {joiner} ".join(terms)


F = TypeVar("F", bound=Callable[..., Any])

VIEWS_REMEMBERED = 20_000
"""How many records a run keeps decoded: every record of a base of ordinary size, and a
bound on the memory a long listing of a very large base can take."""


def _recovering(method: F) -> F:
    """Answer from the file when the cached index turns out damaged: a row that fails its
    checksum, a malformed page, a missing table. A damaged cache never prints a fact."""

    @functools.wraps(method)
    def run(self: FactBase, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (CacheDamaged, sqlite3.DatabaseError):
            self._recover()
            return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]


class FactBase:
    """A loaded, validated fact base. Every query returns records in their public form."""

    def __init__(self, connection: sqlite3.Connection, path: str, cached: bool = False,
                 rebuild: Callable[[], sqlite3.Connection] | None = None) -> None:
        self._db = connection
        self.path = path
        """The file the base was read from."""
        self.cached = cached
        """True when the base came from the cache without re-validating the file."""
        self._rebuild = rebuild
        self._groups: dict[tuple[str, str | None], Record] = {}
        self._viewed: dict[str, Record] = {}
        """Records already read, checked and put in their public form during this run."""

    def _recover(self) -> None:
        """Replace a damaged cached index by one built from the file, or fail plainly."""
        if self._rebuild is None:
            raise FactBaseError(f"{self.path}: the index of this base is damaged")
        rebuild, self._rebuild = self._rebuild, None
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        self._db = rebuild()
        self._groups.clear()
        self._viewed.clear()
        self.cached = False

    def close(self) -> None:
        self._db.close()

    @_recovering
    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    # -- single records --------------------------------------------------------------------

    def _rows(self, sql: str, parameters: tuple[object, ...] = ()) -> Iterator[Record]:
        """Records in their public form from ``sql``, which selects ``id, type, body,
        checksum``; a body that fails its checksum is never shown."""
        # The index does not change under a run: a card, a batch of `who -` or a group reads
        # the same records again and again, and each is decoded and checked once. Callers
        # add keys to what they get (``group``, ``within``), so each gets its own copy.
        for record_id, kind, body, stored in self._db.execute(sql, parameters):
            known = self._viewed.get(record_id)
            if known is None:
                known = view(kind, _verified(record_id, kind, body, stored))
                if len(self._viewed) < VIEWS_REMEMBERED:
                    self._viewed[record_id] = known
            yield dict(known)

    @_recovering
    def get(self, record_id: str) -> Record | None:
        """The record with this exact id, or None."""
        return next(self._rows(
            "SELECT id, type, body, checksum FROM records WHERE id = ?", (record_id,)), None)

    @_recovering
    def show(self, record_id: str) -> Record:
        """The record with this id; a near miss raises NotFoundError with suggestions."""
        record_id = _require_text(record_id, "an id")
        record = self.get(record_id.strip()) or self.get(fold(record_id).replace(" ", "-"))
        if record is not None:
            return self._grouped([record], collapse=False)[0]
        raise NotFoundError(f"no record has the id {record_id!r}", suggestions=self._suggestions(
            closest(record_id, self._choices(TIER_NAME))))

    def _choices(self, tier: int, record_type: str | None = None,
                 kinds: frozenset[str] | None = None) -> dict[str, str]:
        """Key -> id of every name up to ``tier`` and every id (read as words), for the
        suggestions of a miss."""
        named = self._db.execute(
            "SELECT n.key, r.id, r.kind FROM names n JOIN records r ON r.position = n.position "
            "WHERE n.tier <= ?1 AND (?2 IS NULL OR r.type = ?2)", (tier, record_type))
        ids = self._db.execute("SELECT id, kind FROM records WHERE ?1 IS NULL OR type = ?1",
                               (record_type,))
        # An id read as words comes last, so that it wins a key it shares with a name.
        keys = [*named, *((id_words(record_id), record_id, kind) for record_id, kind in ids)]
        return {key: record_id for key, record_id, kind in keys
                if kinds is None or kind in kinds}

    def _suggestions(self, ids: list[str]) -> list[Suggestion]:
        found = []
        for record_id in ids:
            record = self.get(record_id)
            if record is not None:
                found.append(Suggestion(record_id, _title(record["type"], record)))
        return found

    @_recovering
    def resolve(self, query: str, *, kinds: frozenset[str] | None = None,
                record_type: str = "entity", noun: str = "entity") -> Record:
        """Find the one record a name means, by id, name, alias, initials or word.

        ``kinds`` limits entities to those kinds (people for ``who``, places for ``where``).
        No match, or several equally good ones, raises NotFoundError with suggestions.
        """
        query = _require_text(query, "a name")
        rows = self._named(fold(query), record_type)
        fitting = [row for row in rows if kinds is None or row[2] in kinds]
        if fitting:
            best = [row for row in fitting if row[1] == fitting[0][1]]
            if len(best) == 1:
                found = self._grouped([self._one(best[0][0])], collapse=False)[0]
                return self._preferred(found) if record_type == "figure" else found
            raise self._ambiguous(query, [row[0] for row in best], "records")
        if record_type == "entity":
            by_words = self._by_all_words(query, kinds)
            if len(by_words) == 1:
                return self._one(by_words[0])
            if by_words:
                raise self._ambiguous(query, by_words, "records")
        if record_type == "figure":
            in_group = self._group_members(fold(query).replace(" ", "-"))
            hits = in_group or self._fts_ids(query, "figure")
            keys = {self._group_key(hit) for hit in hits}
            if len(keys) == 1 and None not in keys:
                # Every hit reports the same quantity: answer with the group, not a choice
                # between values that look alike.
                return self._preferred(self._one(hits[0]))
            if len(hits) == 1:
                return self._one(hits[0])
            if hits:
                raise self._ambiguous(query, hits, "figures")
        if rows:
            other = self._one(rows[0][0])
            raise NotFoundError(
                f"{other['name']!r} ({other['id']}) is a {other['kind']}, not a {noun}",
                suggestions=[Suggestion(other["id"], other["name"])], wrong_kind=other["kind"])
        choices = self._choices(TIER_WORD, record_type, kinds)
        raise NotFoundError(f"no {noun} matches {query!r}",
                            suggestions=self._suggestions(closest(query, choices)))

    def _named(self, key: str, record_type: str) -> list[tuple[str, int, str | None]]:
        """(id, best tier, kind) of the records of a type that a folded key names, by id
        (``marie colvin`` reads as ``marie-colvin``) or by a name key, best first."""
        return self._db.execute(
            "WITH found(position, tier) AS (SELECT position, 0 FROM records WHERE id = ? "
            "UNION ALL SELECT position, tier FROM names WHERE key = ?) "
            "SELECT r.id, MIN(f.tier), r.kind FROM found f "
            "JOIN records r ON r.position = f.position "
            "WHERE r.type = ? GROUP BY f.position ORDER BY MIN(f.tier), r.position",
            (id_slug(key), key, record_type)).fetchall()

    @_recovering
    def who(self, name: str, *, every_report: bool = False) -> Record:
        """The card of a person, organisation, group or movement: what ``who --json`` prints."""
        return self.card(self.resolve(name, kinds=WHO_KINDS,
                                      noun="person, organisation, group or movement"),
                         every_report=every_report)

    @_recovering
    def where(self, name: str, *, every_report: bool = False) -> Record:
        """The card of a place: what ``where --json`` prints."""
        return self.card(self.resolve(name, kinds=WHERE_KINDS, noun="place"),
                         every_report=every_report)

    @_recovering
    def card(self, entity: Record, *, every_report: bool = False) -> Record:
        """An entity with what belongs to it: the events that involve it, the figures about
        it or those events, and the sources cited. A place adds the places it lies in
        (``part_of``, nearest first) and the places directly inside it (``contains``)."""
        events, figures = self.related(entity["id"], every_report=every_report)
        card = {**entity, "events": events, "figures": figures,
                "cited": self.cited_sources(entity)}
        if entity["kind"] in WHERE_KINDS:
            card["part_of"] = [_brief(place) for place in self.containing(entity["id"])]
            card["contains"] = [_brief(place) for place in self.contained(entity["id"])]
        return card

    def _ambiguous(self, query: str, ids: list[str], what: str) -> NotFoundError:
        return NotFoundError(f"{query!r} matches {len(ids)} {what}; ask for one by its id",
                             suggestions=self._suggestions(ids), ambiguous=True)

    def _by_all_words(self, query: str, kinds: frozenset[str] | None) -> list[str]:
        """Entities whose names or aliases hold every word of the query, in any order:
        ``syrian observatory``, ``nusra front``, ``press centre``."""
        wanted = list(dict.fromkeys(words(query)))
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        rows = self._db.execute(
            "SELECT r.id, r.kind FROM names n JOIN records r ON r.position = n.position "
            f"WHERE n.key IN ({marks}) AND n.tier = ? AND r.type = 'entity' GROUP BY n.position "
            "HAVING COUNT(DISTINCT n.key) = ? ORDER BY MIN(r.position)",
            (*wanted, TIER_WORD, len(wanted))).fetchall()
        return [record_id for record_id, kind in rows if kinds is None or kind in kinds]

    def _one(self, record_id: str) -> Record:
        record = self.get(record_id)
        assert record is not None, record_id
        return record

    # -- lists -----------------------------------------------------------------------------

    @_recovering
    def of_type(self, record_type: str) -> list[Record]:
        return list(self._rows(f"SELECT r.id, r.type, r.body, r.checksum {_OF_TYPE}",
                               (record_type,)))

    @_recovering
    def figures(self, *, every_report: bool = False, source: str | None = None) -> list[Record]:
        """Every figure; a quantity several sources give appears once, as its preferred or
        first value, with its ``group`` (every value, the spread and whether they agree).
        ``every_report`` lists each value on its own; ``source`` keeps what one source says."""
        found = _citing(self.of_type("figure"), source)
        return self._grouped(found, collapse=not every_report, source=source)

    @_recovering
    def timeline(self, start: PartialDate | None = None, end: PartialDate | None = None,
                 about: str | None = None, *, every_report: bool = False,
                 source: str | None = None) -> list[Record]:
        """Events in date order that overlap ``start``..``end`` and, if given, involve
        ``about`` (an entity, or any place inside a place). Reports of one happening appear
        once, as the preferred or most precise report, unless ``every_report``."""
        if start and end and start.earliest() > end.latest():
            raise QueryError(f"the range is reversed: {start.iso()} is after {end.iso()}")
        sql = ("SELECT r.id, r.type, r.body, r.checksum FROM events e "
               "JOIN records r ON r.position = e.position WHERE 1 = 1")
        parameters: list[object] = []
        if start:
            sql += " AND e.latest >= ?"
            parameters.append(start.earliest())
        if end:
            sql += " AND e.earliest <= ?"
            parameters.append(end.latest())
        if about is not None:
            target = self.resolve(about)["id"]
            sql += (" AND r.position IN (SELECT position FROM links "
                    f"WHERE target_id IN ({_INSIDE}))")
            parameters.append(target)
        sql += " ORDER BY e.sort_key, e.position"
        found = _citing(list(self._rows(sql, tuple(parameters))), source)
        return self._grouped(found, collapse=not every_report, source=source)

    # -- many sources ----------------------------------------------------------------------

    def _preferred(self, record: Record) -> Record:
        """The value a group shows first, in place of any other value of its group: a
        question about a quantity gets the answer the sources are ranked to give."""
        grouped = self._grouped([record], collapse=False)[0]
        group = grouped.get("group")
        if not group or group["preferred"] == grouped["id"]:
            return grouped
        return self._grouped([self._one(group["preferred"])], collapse=False)[0]

    def _group_view(self, key: str, source: str | None = None) -> Record:
        """A group's view, built once per run: ``who -`` meets the same groups again and
        again, and the base does not change under a run."""
        if (key, source) not in self._groups:
            members = _citing([self._one(member) for member in self._group_members(key)],
                              source)
            self._groups[(key, source)] = group_view(key, members)
        return self._groups[(key, source)]

    def _group_key(self, record_id: str) -> str | None:
        row = self._db.execute("SELECT key FROM groups WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else str(row[0])

    def _group_members(self, key: str) -> list[str]:
        return [record_id for (record_id,) in self._db.execute(
            "SELECT id FROM groups WHERE key = ? ORDER BY position", (key,))]

    def _grouped(self, records: list[Record], *, collapse: bool,
                 source: str | None = None) -> list[Record]:
        """Attach each grouped record's ``group``; with ``collapse``, keep one record per
        group: the preferred one when it is among ``records``, else the first that is."""
        ids = [record["id"] for record in records if "group" in record]
        if not ids:
            return records
        key_of: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            key_of.update(self._db.execute(
                f"SELECT id, key FROM groups WHERE id IN ({marks})", chunk).fetchall())
        if not key_of:
            return records
        groups = {key: self._group_view(key, source) for key in dict.fromkeys(key_of.values())}
        present = {record["id"] for record in records}
        shown: set[str] = set()
        result = []
        for record in records:
            found_key = key_of.get(record["id"])
            if found_key is None:
                result.append(record)
                continue
            key = found_key
            record["group"] = groups[key]
            if collapse:
                preferred = groups[key]["preferred"]
                if key in shown or (preferred in present and record["id"] != preferred):
                    continue
                shown.add(key)
            result.append(record)
        return result

    @_recovering
    def conflicts(self) -> list[Record]:
        """Every group whose values cannot all be true: each group's view, with ``type``
        and ``title`` (the preferred value's label or summary)."""
        found = []
        keys = [key for (key,) in self._db.execute(
            "SELECT key FROM groups GROUP BY key ORDER BY MIN(position)")]
        for key in keys:
            group = self._group_view(key)
            if group["status"] == AGREED:
                continue
            best = self._one(group["preferred"])
            found.append({"id": key, "type": best["type"],
                          "title": best.get("label") or best.get("summary"), **group})
        return found

    @_recovering
    def related(self, entity_id: str, *,
                every_report: bool = False) -> tuple[list[Record], list[Record]]:
        """The events that involve an entity, or happened in a place or any place inside
        it (each such event marked ``within``: the inner place), and the figures about it or
        those events; one per group unless ``every_report``."""
        entity = self._one(entity_id)
        inside = self._inside(entity_id) if entity.get("kind") in WHERE_KINDS else [entity_id]
        marks = ", ".join("?" for _ in inside)
        events = list(self._rows(
            "SELECT r.id, r.type, r.body, r.checksum FROM records r "
            "JOIN events e ON e.position = r.position "
            "WHERE r.position IN (SELECT position FROM links WHERE role IN ('entity', 'place') AND "
            f"target_id IN ({marks})) ORDER BY e.sort_key, e.position", tuple(inside)))
        for event in events:
            if entity_id not in event["entities"] and entity_id not in event["places"]:
                event["within"] = next(
                    (place for place in inside if place in event["places"]), None)
        targets = [*inside, *(event["id"] for event in events)]
        marks = ", ".join("?" for _ in targets)
        figures = list(self._rows(
            "SELECT id, type, body, checksum FROM records WHERE type = 'figure' AND position IN "
            "(SELECT position "
            f"FROM links WHERE target_id IN ({marks}) AND role IN ('about', 'attributed_to')) "
            "ORDER BY position", tuple(targets)))
        collapse = not every_report
        return (self._grouped(events, collapse=collapse),
                self._grouped(figures, collapse=collapse))

    def _inside(self, place_id: str) -> list[str]:
        """This place and every place inside it, at any depth, nearest first."""
        return [record_id for (record_id,) in self._db.execute(_INSIDE, (place_id,))]

    @_recovering
    def containing(self, place_id: str) -> list[Record]:
        """The chain of places that contain this one, nearest first."""
        chain: list[Record] = []
        seen = {place_id}
        current = self._one(place_id)
        while current.get("located_in") and current["located_in"] not in seen:
            seen.add(current["located_in"])
            current = self._one(current["located_in"])
            chain.append(current)
        return chain

    @_recovering
    def contained(self, place_id: str) -> list[Record]:
        """The places directly inside this one."""
        return list(self._rows(
            "SELECT r.id, r.type, r.body, r.checksum FROM links l "
            "JOIN records r ON r.position = l.position "
            "WHERE l.target_id = ? AND l.role = 'located_in' ORDER BY r.position", (place_id,)))

    @_recovering
    def cited_sources(self, record: Record) -> list[Record]:
        """The source records a record (and its statements) cite."""
        ids = {citation["source"] for citation in record.get("sources", [])}
        for statement in record.get("statements") or []:
            ids.update(citation["source"] for citation in statement["sources"])
        return [source for source in map(self.get, sorted(ids)) if source is not None]

    @_recovering
    def sources(self) -> list[Record]:
        """Every source, each with ``records``: how many records cite it."""
        counts = dict(self._db.execute("SELECT source_id, records FROM cited"))
        found = []
        for source in self.of_type("source"):
            source["records"] = counts.get(source["id"], 0)
            found.append(source)
        return found

    def _fts_ids(self, text: str, record_type: str | None = None, limit: int = 50, *,
                 any_word: bool = True) -> list[str]:
        return [hit[0] for hit in self._fts(text, record_type, limit, any_word=any_word)]

    def _fts(self, text: str, record_type: str | None, limit: int, *,
             any_word: bool = True) -> list[tuple[str, float, str, bytes, int]]:
        """(id, bm25 score, type, stored body, checksum) of the best matches, best
        first: records with every word, else (``any_word``) records with any of them."""
        for joiner in ("AND", "OR") if any_word else ("AND",):
            expression = _fts_query(text, joiner)
            if not expression:
                return []
            sql = (f"SELECT r.id, bm25(search, {', '.join(map(str, SEARCH_WEIGHTS))}) "
                   "AS score, "
                   "r.type, r.body, r.checksum "
                   "FROM search JOIN records r ON r.position = search.rowid "
                   "WHERE search MATCH ?")
            parameters: list[object] = [expression]
            if record_type:
                sql += " AND r.type = ?"
                parameters.append(record_type)
            sql += " ORDER BY score, r.position LIMIT ?"
            parameters.append(limit)
            hits = list(self._db.execute(sql, parameters))
            if hits:
                return hits
        return []

    @_recovering
    def search(self, text: str, limit: int = 20) -> list[Record]:
        """Records that mention ``text``, best first; each carries ``title`` and ``score``.

        Every word must match (stemmed, without regard to case or accents); when no record
        has them all, records with any of them are ranked instead.
        """
        text = _require_text(text, "search text")
        if not _FTS_WORD.search(fold(text)):
            raise QueryError(f"{text!r} has no words to search for")
        found = []
        for record_id, score, kind, body, stored in self._fts(text, None, limit):
            record = view(kind, _verified(record_id, kind, body, stored))
            found.append({**record, "title": _title(kind, record), "score": round(-score, 3)})
        return found

    @_recovering
    def search_ids(self, text: str, limit: int = 1) -> list[str]:
        """Ids of records whose text has every word of ``text`` (stemmed), best first."""
        return self._fts_ids(text, limit=limit, any_word=False)

    @_recovering
    def mentions(self, keys: list[str]) -> dict[str, list[str]]:
        """For each folded key, the ids of the people, groups and places it names exactly
        (by id, name, alias, initials or a word of a name), at the best tier that matches:
        for finding names in a sentence."""
        found: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            rows = self._named(key, "entity")
            if rows:
                best = rows[0][1]
                found[key] = [record_id for record_id, tier, _ in rows if tier == best]
        return found

    @_recovering
    def complete(self, prefix: str, *, record_type: str | None = None,
                 kinds: frozenset[str] | None = None,
                 limit: int = 100) -> list[tuple[str, str]]:
        """(word, title) for shell completion: the ids that start with ``prefix``, then the
        single words of names and aliases that do and that name one record.

        Shells put the offered word into the command line and keep only words that start with
        what was typed, so one-word keys (no quoting needed) are offered and titles describe
        them. Decodes only the records it offers, and returns at most ``limit`` words.
        """
        prefix = prefix.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        # Every id that starts with ``prefix`` sorts between it and prefix + the last code point.
        sql = "SELECT id, type, body, checksum, kind FROM records WHERE id >= ? AND id < ?"
        parameters: list[object] = [prefix, prefix + "\U0010ffff"]
        if record_type is not None:
            sql += " AND type = ?"
            parameters.append(record_type)
        rows = self._db.execute(sql + " ORDER BY position", parameters)
        fitting = (row for row in rows if kinds is None or row[4] in kinds)
        found = [(record_id, self._title_of(record_id, kind, body, stored))
                 for record_id, kind, body, stored, _ in itertools.islice(fitting, limit)]
        # Then the words people type: a surname, an alias, a word of a name (`col` offers
        # `colvin`, which `who colvin` finds), when the word names one record.
        key = fold(prefix)
        if key and " " not in key and len(found) < limit:
            offered = {record_id for record_id, _ in found}
            words_sql = ("SELECT n.key, r.id, r.type, r.body, r.checksum, r.kind FROM names n "
                         "JOIN records r ON r.position = n.position "
                         "WHERE n.key >= ? AND n.key < ? "
                         "AND n.tier > 0 AND instr(n.key, ' ') = 0")
            word_parameters: list[object] = [key, key + "\U0010ffff"]
            if record_type is not None:
                words_sql += " AND r.type = ?"
                word_parameters.append(record_type)
            owners: dict[str, list[tuple[str, str, bytes, int]]] = {}
            for word, record_id, kind, body, stored, entity_kind in self._db.execute(
                    words_sql + " ORDER BY n.key, r.position", word_parameters):
                if kinds is None or entity_kind in kinds:
                    owners.setdefault(word, []).append((record_id, kind, body, stored))
            for word, records in owners.items():
                distinct = {record[0] for record in records}
                if len(distinct) == 1 and word not in offered and records[0][0] not in offered:
                    found.append((word, self._title_of(*records[0])))
                    offered.add(word)
                    if len(found) >= limit:
                        break
        return found[:limit]

    def _title_of(self, record_id: str, kind: str, body: bytes, stored: int) -> str:
        return _title(kind, _verified(record_id, kind, body, stored))

    @_recovering
    def document(self) -> dict[str, Any]:
        """The whole base in its file form, as it would be written to TOML or JSON."""
        document: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for table, kind in RECORD_TYPES.items():
            rows = self._db.execute(f"SELECT r.id, r.body, r.checksum {_OF_TYPE}", (kind,))
            document[table] = [_verified(record_id, kind, body, stored)
                               for record_id, body, stored in rows]
        return document


def checksum(record_id: str, body: bytes) -> int:
    """CRC-32 of a record's id and stored body (compact UTF-8 JSON): an edited or damaged
    row fails it."""
    return zlib.crc32(body, zlib.crc32(record_id.encode() + b"\0"))


class CacheDamaged(Exception):
    """A cached record failed its checksum: the index must be rebuilt from the file."""


def _verified(record_id: str, kind: str, body: bytes, stored: int) -> dict[str, Any]:
    """A stored record, checked against its checksum, with every field filled in schema
    order (the body keeps only what the file gives)."""
    if not isinstance(body, bytes) or checksum(record_id, body) != stored:
        raise CacheDamaged(record_id)
    try:
        return normalise(kind, _unpacked(kind, record_id, json.loads(body)))
    except (KeyError, TypeError, ValueError) as error:
        raise CacheDamaged(record_id) from error


def _citing(records: list[Record], source: str | None) -> list[Record]:
    """The records that cite ``source`` (all of them when it is None)."""
    if source is None:
        return records
    return [record for record in records
            if any(citation["source"] == source for citation in record.get("sources") or [])]


def _brief(entity: Record) -> Record:
    return {"id": entity["id"], "name": entity["name"], "kind": entity["kind"]}


def _require_text(text: str, what: str) -> str:
    """The query, with any byte that was not UTF-8 (a name typed in another encoding, read
    back as a surrogate) shown as U+FFFD; a blank one is a QueryError."""
    if not text or not text.strip():
        raise QueryError(f"{what} is required and must not be blank")
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace(
        "\ufffd\ufffd\ufffd", "\ufffd")
