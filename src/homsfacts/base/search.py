"""Full-text search and shell completion over an index: SQLite's FTS5 with bm25 ranking.

Search ranks what a person means (issue 23):

1. a record whose id, name, alias or initials *is* the query comes first (``HTS``, ``UN``,
   ``Emesa``, ``Reuters``), then a person, group or place one of whose names holds every
   word of the query (``colvin``, ``nusra``);
2. question and stop words carry no weight (:data:`QUESTION_WORDS`): ``how many people died
   in the siege of Homs`` searches for ``people died siege homs``, and a query of nothing
   else (``the``) has no hits;
3. the rest are ranked by bm25, each record also gaining a share (:data:`TOPIC_SHARE`) of the
   score of every other hit that is about it, involves it or happened in it: ``siege`` puts
   the siege itself above the figures about it;
4. a score of 0 is no hit.

Each hit also carries its *confidence*: the share of the query's meaningful words it holds,
each word weighted by how rare it is in the base (its bm25 idf). :data:`MATCH_FLOOR` is the
least confidence with which a record answers a question by words (``figure died``); below it
there is no answer, only suggestions.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import NamedTuple

from homsfacts.base.layout import title, verified
from homsfacts.base.match import STOP_WORDS, TIER_INITIALS, TIER_WORD, fold, id_slug
from homsfacts.base.records import Records, require_text
from homsfacts.base.views import Record, view
from homsfacts.errors import NotFoundError, QueryError

WORD = re.compile(r"\w+")

SEARCH_WEIGHTS = (10.0, 4.0, 1.0)
"""bm25 weights of the name, title and body columns: what a record is called counts more than
its summary or label, and that more than a passing mention in its statements."""

QUESTION_WORDS = STOP_WORDS | frozenset({
    "about", "after", "all", "any", "are", "as", "at", "be", "been", "before", "being",
    "but", "by", "can", "could", "did", "do", "does", "done", "during", "from", "had",
    "has", "have", "he", "her", "his", "how", "i", "into", "is", "it", "its", "many", "me",
    "much", "my", "or", "our", "she", "so", "some", "than", "that", "their", "them", "then",
    "there", "these", "they", "this", "those", "through", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "would", "you", "your"
})
"""Words that ask rather than name: they carry no weight in a search or a lookup by words."""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "died": ("death", "dead"), "dead": ("death", "died"), "deaths": ("died", "dead"),
    "death": ("died", "dead"), "long": ("length",), "length": ("long",),
    "inhabitants": ("population",), "population": ("inhabitants",),
    "people": ("inhabitants", "population"), "retook": ("retaken", "recaptured"),
    "took": ("take", "taken"), "take": ("took", "taken"),
}
"""Words a question uses for what the base says otherwise (``how long`` for a length, ``died``
for a death toll). Each also matches its synonyms, as the same word."""

MATCH_FLOOR = 0.5
"""The least confidence (the rarity-weighted share of a query's meaningful words a record
holds) with which a record answers a question by words: ``figure died`` answers with the
death toll, and never with a figure that shares no word with the question. Every record that
holds each meaningful word (a synonym counts) has confidence 1; a record missing only a word
that most records hold (``homs``) stays above the floor."""

TOPIC_SHARE = 0.5
"""The share of a hit's score that goes to each record it is about, involves or happened in,
when that record is a hit too."""

NAMED_FIRST = 1000.0
"""Added to the score of a record whose id, name, alias or initials is the query, so that it
ranks first; a name that holds every word of the query gets half of it."""

QUESTION_TYPES = (("how many ", "figure"), ("how much ", "figure"), ("how long ", "figure"),
                  ("how far ", "figure"), ("how big ", "figure"), ("how high ", "figure"),
                  ("when ", "event"))
"""A question that starts so asks for a figure or an event: its hits of that type rank
higher (:data:`ASKED_TYPE`). The words themselves still carry no weight."""

ASKED_TYPE = 2.0
"""The factor on the bm25 score of a hit of the type a question asks for."""

NAME_HOLDS = 20.0
"""Added to the score of a record whose id, name or alias holds every word of the query
(``protests`` and ``protests-begin``): more than any bm25 score of this base."""

CANDIDATES = 200
"""How many bm25 hits are ranked again by topic: enough for every list a person reads."""

TOPIC_ROLES = ("about", "entity", "place", "attributed_to")


class Matching(NamedTuple):
    """What a record must share with a claim to be read as a candidate for it: any of
    ``words`` in its text, or a link to any of ``linked`` (the people and places of an event,
    what a figure is about). A claim is compared only with its candidates, so that checking
    it takes time that does not grow with the base (issue 21): the best ``limit`` by words
    (bm25) and the first ``limit`` by link, in file order."""

    words: tuple[str, ...] = ()
    linked: tuple[str, ...] = ()
    limit: int = 1000


def matching_positions(matching: Matching, record_type: str) -> tuple[str, list[object]]:
    """An SQL expression for the positions of the records of ``record_type`` that
    ``matching`` admits, and its parameters."""
    parts: list[str] = []
    parameters: list[object] = []
    words = [word for word in dict.fromkeys(matching.words) if WORD.fullmatch(word)]
    if words:
        parts.append("SELECT * FROM (SELECT s.rowid FROM search s JOIN records m ON "
                     "m.position = s.rowid WHERE search MATCH ? AND m.type = ? "
                     "ORDER BY bm25(search) LIMIT ?)")
        parameters += [" OR ".join(f'"{word}"' for word in words), record_type,
                       matching.limit]
    if matching.linked:
        marks = ", ".join("?" for _ in matching.linked)
        parts.append("SELECT * FROM (SELECT DISTINCT position FROM links "
                     f"WHERE target_id IN ({marks}) LIMIT ?)")
        parameters += [*matching.linked, matching.limit]
    return (" UNION ".join(parts) or "SELECT NULL WHERE 0"), parameters


class Hit(NamedTuple):
    id: str
    score: float
    confidence: float
    position: int
    type: str


def asked_type(text: str) -> str | None:
    """The type of record a question asks for: ``how many`` a figure, ``when`` an event."""
    folded = fold(text)
    return next((kind for start, kind in QUESTION_TYPES if folded.startswith(start)), None)


def meaningful_words(text: str) -> list[str]:
    """The folded words of ``text`` that carry weight: ``how many died in Homs`` ->
    ``died, homs``."""
    return [word for word in dict.fromkeys(WORD.findall(fold(text)))
            if word not in QUESTION_WORDS]


def _term(word: str, prefix: bool = False) -> str:
    alternatives = [f'"{word}"', *(f'"{other}"' for other in SYNONYMS.get(word, ()))]
    if prefix and len(word) >= 4:
        # The index holds Porter stems ("evacu") and a prefix is stemmed too, so a word cut
        # short is tried a few letters shorter as well.
        cuts = range(len(word), max(4, len(word) - 3) - 1, -1)
        alternatives += [f'"{word[:cut]}"*' for cut in cuts]
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def fts_query(words: list[str], joiner: str, *, prefix: bool = False) -> str:
    """An FTS5 query for ``words``; with ``prefix`` the last word also matches as a prefix,
    as a word being typed (``evacuat``) should."""
    terms = [_term(word, prefix and index == len(words) - 1) for index, word in enumerate(words)]
    return f" {joiner} ".join(terms)


class FullText:
    def __init__(self, records: Records) -> None:
        self.records = records

    def ids(self, text: str, record_type: str | None = None, limit: int = 50, *,
            any_word: bool = True) -> list[str]:
        """Ids of the records that hold the meaningful words of ``text``, best first: those
        with every word, else (``any_word``) those with any, at or above :data:`MATCH_FLOOR`."""
        hits = self.ranked(text, record_type, limit, any_word=False)
        if not hits and any_word:
            hits = self.ranked(text, record_type, limit, floor=MATCH_FLOOR)
        return [hit.id for hit in hits]

    def holding(self, text: str, limit: int = 1) -> list[str]:
        """Ids of records that hold every word of ``text`` as written, stop words too: for
        telling whether a name in a claim appears anywhere in the base."""
        words = WORD.findall(fold(text))
        if not words:
            return []
        return [row[0] for row in self._match(fts_query(words, "AND"), None, limit)]

    def ranked(self, text: str, record_type: str | None = None, limit: int = 20, *,
               any_word: bool = True, prefix: bool = False, floor: float = 0.0,
               named: bool = False) -> list[Hit]:
        """The records ``text`` means, best first (the module's docstring says how)."""
        words = meaningful_words(text)
        if not words:
            return []
        found: dict[str, Hit] = {}
        if named:
            for hit in self._named(text, words, record_type):
                found.setdefault(hit.id, hit)
        for hit in self._by_words(words, record_type, asked_type(text), any_word=any_word,
                                  prefix=prefix):
            if hit.confidence < floor:
                continue
            if hit.id in found:
                known = found[hit.id]
                found[hit.id] = known._replace(score=known.score + hit.score,
                                               confidence=max(known.confidence, hit.confidence))
            else:
                found[hit.id] = hit
        ranked = sorted(found.values(), key=lambda hit: (-hit.score, hit.position))
        # A hit holds a meaningful word (the MATCH says so); in a base of a few records
        # FTS5 gives such words an all but nil weight, which is still a hit.
        return [hit for hit in ranked if hit.score > 0][:limit]

    def _named(self, text: str, words: list[str], record_type: str | None) -> list[Hit]:
        """Records whose id, name, alias or initials is the query, then entities one of
        whose names holds every meaningful word."""
        keys = [fold(text)]
        marks = "?"
        rows = self.records.db.execute(
            "WITH found(position, tier) AS (SELECT position, 0 FROM records "
            f"WHERE id IN ({marks}) UNION ALL SELECT position, tier FROM names "
            f"WHERE key IN ({marks}) AND tier <= ?) "
            "SELECT r.id, MIN(f.tier), r.position, r.type FROM found f "
            "JOIN records r ON r.position = f.position WHERE (? IS NULL OR r.type = ?) "
            "GROUP BY f.position ORDER BY MIN(f.tier), r.position",
            (*map(id_slug, keys), *keys, TIER_INITIALS, record_type, record_type)).fetchall()
        hits = [Hit(record_id, NAMED_FIRST - tier, 1.0, position, kind)
                for record_id, tier, position, kind in rows]
        word_marks = ", ".join("?" for _ in words)
        rows = self.records.db.execute(
            "SELECT r.id, r.position, r.type FROM names n "
            "JOIN records r ON r.position = n.position "
            f"WHERE n.key IN ({word_marks}) AND n.tier = ? AND r.type = 'entity' "
            "AND (? IS NULL OR r.type = ?) GROUP BY n.position "
            "HAVING COUNT(DISTINCT n.key) = ? ORDER BY MIN(r.position)",
            (*words, TIER_WORD, record_type, record_type, len(words))).fetchall()
        hits += [Hit(record_id, NAMED_FIRST / 2, 1.0, position, kind)
                 for record_id, position, kind in rows]
        return hits

    def _match(self, expression: str, record_type: str | None,
               limit: int) -> list[tuple[str, float, int, str]]:
        sql = (f"SELECT r.id, -bm25(search, {', '.join(map(str, SEARCH_WEIGHTS))}) AS score, "
               "r.position, r.type FROM search JOIN records r ON r.position = search.rowid "
               "WHERE search MATCH ?")
        parameters: list[object] = [expression]
        if record_type:
            sql += " AND r.type = ?"
            parameters.append(record_type)
        sql += " ORDER BY score DESC, r.position LIMIT ?"
        parameters.append(limit)
        return list(self.records.db.execute(sql, parameters))

    def _by_words(self, words: list[str], record_type: str | None, asked: str | None, *,
                  any_word: bool, prefix: bool) -> list[Hit]:
        """bm25 hits with any of the words (with every word unless ``any_word``), each
        score weighted by the hit's confidence and by the type a question asks for; whole
        words before a prefix. A question that asks for a type gives no topic its hits'
        scores: ``how long did the siege last`` wants the length, not the siege."""
        joiner = "OR" if any_word else "AND"
        for cut in (False, True) if prefix else (False,):
            rows = self._match(fts_query(words, joiner, prefix=cut), record_type, CANDIDATES)
            if rows:
                break
        else:
            return []
        positions = [row[2] for row in rows]
        confidence = (self._confidence(words, positions) if joiner == "OR" and len(words) > 1
                      else dict.fromkeys(positions, 1.0))
        in_name = self._in_name(words, positions)
        hits = [Hit(record_id, score * confidence[position] + (NAME_HOLDS if position in in_name
                                                               else 0.0),
                    confidence[position], position, kind)
                for record_id, score, position, kind in rows]
        if asked is not None:
            return [hit._replace(score=hit.score * ASKED_TYPE) if hit.type == asked else hit
                    for hit in hits]
        return self._by_topic(hits)

    def _in_name(self, words: list[str], positions: list[int]) -> set[int]:
        """Which of the records at ``positions`` hold every word in what they are called
        (their id in words, a name or an alias)."""
        marks = ", ".join("?" for _ in positions)
        expression = "name : (" + fts_query(words, "AND") + ")"
        return {position for (position,) in self.records.db.execute(
            f"SELECT rowid FROM search WHERE search MATCH ? AND rowid IN ({marks})",
            (expression, *positions))}

    def _confidence(self, words: list[str], positions: list[int]) -> dict[int, float]:
        """The rarity-weighted share of ``words`` each of the records at ``positions``
        holds."""
        total = self.records.db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        marks = ", ".join("?" for _ in positions)
        held: dict[int, float] = dict.fromkeys(positions, 0.0)
        weights = 0.0
        for word in words:
            expression = _term(word)
            count = self.records.db.execute(
                "SELECT COUNT(*) FROM search WHERE search MATCH ?", (expression,)).fetchone()[0]
            weight = math.log((total - count + 0.5) / (count + 0.5) + 1)
            weights += weight
            for (position,) in self.records.db.execute(
                    f"SELECT rowid FROM search WHERE search MATCH ? AND rowid IN ({marks})",
                    (expression, *positions)):
                held[position] += weight
        return {position: value / weights if weights else 0.0
                for position, value in held.items()}

    def _by_topic(self, hits: list[Hit]) -> list[Hit]:
        """Give each hit a share of the score of the hits that are about it or involve it."""
        by_id = {hit.id: hit for hit in hits}
        by_position = {hit.position: hit for hit in hits}
        marks = ", ".join("?" for _ in hits)
        roles = ", ".join("?" for _ in TOPIC_ROLES)
        gained: dict[str, float] = {}
        for target, position in self.records.db.execute(
                f"SELECT target_id, position FROM links WHERE position IN ({marks}) "
                f"AND role IN ({roles})", (*by_position, *TOPIC_ROLES)):
            if target in by_id and by_id[target].type == "event" \
                    and target != by_position[position].id:
                gained[target] = gained.get(target, 0.0) + TOPIC_SHARE * by_position[
                    position].score
        return [hit._replace(score=hit.score + gained.get(hit.id, 0.0)) for hit in hits]

    def search(self, text: str, limit: int = 20) -> list[Record]:
        """Records that ``text`` means, best first; each carries ``title`` and ``score``."""
        text = require_text(text, "search text")
        if not WORD.search(fold(text)):
            raise QueryError(f"{text!r} has no words to search for")
        if not meaningful_words(text):
            raise NotFoundError(f"{text!r} has only question and stop words, which carry no "
                                "weight; search for a name or a word of a record")
        found = []
        for hit in self.ranked(text, None, limit, prefix=True, named=True, floor=MATCH_FLOOR):
            kind, body, stored = self.records.db.execute(
                "SELECT type, body, checksum FROM records WHERE position = ?",
                (hit.position,)).fetchone()
            record = view(kind, verified(hit.id, kind, body, stored))
            found.append({**record, "title": title(kind, record),
                          "score": round(hit.score, 3)})
        return found
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
        rows = self.records.db.execute(sql + " ORDER BY position", parameters)
        fitting = (row for row in rows if kinds is None or row[4] in kinds)
        found = [(record_id, self.records.title_of(record_id, kind, body, stored))
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
            for word, record_id, kind, body, stored, entity_kind in self.records.db.execute(
                    words_sql + " ORDER BY n.key, r.position", word_parameters):
                if kinds is None or entity_kind in kinds:
                    owners.setdefault(word, []).append((record_id, kind, body, stored))
            for word, records in owners.items():
                distinct = {record[0] for record in records}
                if len(distinct) == 1 and word not in offered and records[0][0] not in offered:
                    found.append((word, self.records.title_of(*records[0])))
                    offered.add(word)
                    if len(found) >= limit:
                        break
        return found[:limit]
