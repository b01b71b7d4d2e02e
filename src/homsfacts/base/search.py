"""Full-text search and shell completion over an index: SQLite's FTS5 with bm25 ranking."""

from __future__ import annotations

import itertools
import re

from homsfacts.base.layout import title, verified
from homsfacts.base.match import fold
from homsfacts.base.records import Records, require_text
from homsfacts.base.views import Record, view
from homsfacts.errors import QueryError

WORD = re.compile(r"\w+")

SEARCH_WEIGHTS = (10.0, 4.0, 1.0)
"""bm25 weights of the name, title and body columns: what a record is called counts more than
its summary or label, and that more than a passing mention in its statements."""


def fts_query(text: str, joiner: str) -> str:
    """An FTS5 query for the words of ``text``; the last word also matches as a prefix, as a
    word being typed (``evacuat``) should."""
    found = WORD.findall(fold(text))
    terms = [f'"{word}"' for word in found]
    if found and len(found[-1]) >= 4:
        # The index holds Porter stems ("evacu") and a prefix is matched against them
        # unstemmed, so a word cut short is tried a few letters shorter too.
        last = found[-1]
        cuts = range(len(last), max(4, len(last) - 3) - 1, -1)
        terms[-1] = "(" + " OR ".join([f'"{last}"', *(f'"{last[:cut]}"*' for cut in cuts)]) + ")"
    return f" {joiner} ".join(terms)


class FullText:
    def __init__(self, records: Records) -> None:
        self.records = records

    def ids(self, text: str, record_type: str | None = None, limit: int = 50, *,
            any_word: bool = True) -> list[str]:
        return [hit[0] for hit in self._hits(text, record_type, limit, any_word=any_word)]

    def _hits(self, text: str, record_type: str | None, limit: int, *,
              any_word: bool = True) -> list[tuple[str, float, str, bytes, int]]:
        """(id, bm25 score, type, stored body, checksum) of the best matches, best
        first: records with every word, else (``any_word``) records with any of them."""
        for joiner in ("AND", "OR") if any_word else ("AND",):
            expression = fts_query(text, joiner)
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
            hits = list(self.records.db.execute(sql, parameters))
            if hits:
                return hits
        return []

    def search(self, text: str, limit: int = 20) -> list[Record]:
        """Records that mention ``text``, best first; each carries ``title`` and ``score``.

        Every word must match (stemmed, without regard to case or accents); when no record
        has them all, records with any of them are ranked instead.
        """
        text = require_text(text, "search text")
        if not WORD.search(fold(text)):
            raise QueryError(f"{text!r} has no words to search for")
        found = []
        for record_id, score, kind, body, stored in self._hits(text, None, limit):
            record = view(kind, verified(record_id, kind, body, stored))
            found.append({**record, "title": title(kind, record), "score": round(-score, 3)})
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
