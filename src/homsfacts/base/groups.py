"""Groups: the values several sources give for one quantity (a figure's ``measures``) and
the reports of one happening (an event's ``happening``). Each value keeps its source and
rank; a group's view says which is preferred, the spread, and whether they agree."""

from __future__ import annotations

from homsfacts.base.layout import title
from homsfacts.base.records import Records, SourceFilter, citing
from homsfacts.base.reports import AGREED, group_view
from homsfacts.base.series import key_words, names_series, related_to_series
from homsfacts.base.views import Record

CHUNK = 500
"""Ids asked for at a time: SQLite bounds how many values one statement may bind."""


class Groups:
    def __init__(self, records: Records) -> None:
        self.records = records
        self._views: dict[tuple[str, SourceFilter], Record] = {}
        records.forget.append(self._views.clear)

    def preferred(self, record: Record) -> Record:
        """The value a group shows first, in place of any other value of its group: a
        question about a quantity gets the answer the sources are ranked to give."""
        grouped = self.grouped([record], collapse=False)[0]
        group = grouped.get("group")
        if not group or group["preferred"] == grouped["id"]:
            return grouped
        return self.grouped([self.records.one(group["preferred"])], collapse=False)[0]

    def view(self, key: str, source: SourceFilter = None) -> Record:
        """A group's view, built once per run: ``who -`` meets the same groups again and
        again, and the base does not change under a run."""
        if (key, source) not in self._views:
            members = citing([self.records.one(member) for member in self.members(key)],
                             source)
            self._views[(key, source)] = group_view(key, members)
        return self._views[(key, source)]

    def keys(self) -> list[str]:
        """Every group's key, in the order of the base."""
        return [key for (key,) in self.records.db.execute(
            "SELECT key FROM groups GROUP BY key ORDER BY MIN(position)")]

    def series_named(self, query_words: set[str]) -> str | None:
        """The series (a group of values for different times) that words a user typed name
        (:func:`~homsfacts.base.series.names_series`), the one whose key has the fewest other
        words when several do (``population``: ``homs-population`` before
        ``homs-governorate-population``), or None for none or a tie."""
        found = sorted((len(key_words(key)), key) for key in self.keys()
                       if names_series(query_words, key) and self.view(key).get("over_time"))
        if not found or (len(found) > 1 and found[0][0] == found[1][0]):
            return None
        return found[0][1]

    def series_beside(self, figure_id: str) -> list[str]:
        """The series a figure outside them measures something close to
        (:func:`~homsfacts.base.series.related_to_series`)."""
        return [key for key in self.keys() if related_to_series(figure_id, key)
                and figure_id not in self.members(key) and self.view(key).get("over_time")]

    def key_of(self, record_id: str) -> str | None:
        row = self.records.db.execute("SELECT key FROM groups WHERE id = ?",
                                      (record_id,)).fetchone()
        return None if row is None else str(row[0])

    def members(self, key: str) -> list[str]:
        return [record_id for (record_id,) in self.records.db.execute(
            "SELECT id FROM groups WHERE key = ? ORDER BY position", (key,))]

    def grouped(self, records: list[Record], *, collapse: bool,
                source: SourceFilter = None) -> list[Record]:
        """Attach each grouped record's ``group``; with ``collapse``, keep one record per
        group: the preferred one when it is among ``records``, else the first that is."""
        ids = [record["id"] for record in records if "group" in record]
        if not ids:
            return records
        key_of: dict[str, str] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            key_of.update(self.records.db.execute(
                f"SELECT id, key FROM groups WHERE id IN ({marks})", chunk).fetchall())
        if not key_of:
            return records
        groups = {key: self.view(key, source) for key in dict.fromkeys(key_of.values())}
        present = {record["id"] for record in records}
        shown: set[str] = set()
        result = []
        for record in records:
            key = key_of.get(record["id"])
            if key is None:
                result.append(record)
                continue
            record["group"] = groups[key]
            if collapse:
                preferred = groups[key]["preferred"]
                if key in shown or (preferred in present and record["id"] != preferred):
                    continue
                shown.add(key)
            result.append(record)
        return result

    def conflicts(self) -> list[Record]:
        """Every group whose values cannot all be true: each group's view, with ``type``
        and ``title`` (the preferred value's label or summary)."""
        found = []
        for key in self.keys():
            group = self.view(key)
            if group["status"] == AGREED:
                continue
            best = self.records.one(group["preferred"])
            found.append({"id": key, "type": best["type"],
                          "title": title(best["type"], best), **group})
        return found
