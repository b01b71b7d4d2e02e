"""Lists: the timeline, the figures and the sources, each filtered and with one record per
group unless every report is asked for."""

from __future__ import annotations

from homsfacts.base.cards import INSIDE
from homsfacts.base.dates import PartialDate
from homsfacts.base.groups import Groups
from homsfacts.base.names import Names
from homsfacts.base.records import OF_TYPE, Records, SourceFilter, citing
from homsfacts.base.search import Matching, matching_positions
from homsfacts.base.series import in_date_order, related_to_series
from homsfacts.base.views import Record
from homsfacts.errors import QueryError


class Lists:
    def __init__(self, records: Records, groups: Groups, names: Names) -> None:
        self.records = records
        self.groups = groups
        self.names = names

    def figures(self, *, every_report: bool = False, source: SourceFilter = None,
                matching: Matching | None = None) -> list[Record]:
        """Every figure; a quantity several sources give appears once, as its preferred or
        first value, with its ``group`` (every value, the spread and whether they agree).
        ``every_report`` lists each value on its own; ``source`` keeps what one source says;
        ``matching``, only the figures it admits."""
        found = citing(self.of_type("figure", matching), source)
        return self.groups.grouped(found, collapse=not every_report, source=source)

    def of_type(self, record_type: str, matching: Matching | None = None) -> list[Record]:
        """The records of a type in file order; with ``matching``, only those it admits."""
        if matching is None:
            return self.records.of_type(record_type)
        admitted, parameters = matching_positions(matching, record_type)
        sql = OF_TYPE.replace("ORDER BY", f"AND r.position IN ({admitted}) ORDER BY")
        return list(self.records.rows(f"SELECT r.id, r.type, r.body, r.checksum {sql}",
                                      (record_type, *parameters)))

    def figure(self, name: str) -> Record:
        """The figure a name means, as ``figure NAME`` shows it: a value of a group answers
        for its group (a series by its latest value), and ``see_also`` holds what the base
        says beside it, so that one value never stands alone where there are more: for a
        series, the figures outside it whose ids hold every word of its key (the AFP pre-war
        estimate beside ``homs-population``); for any other figure, such series."""
        return self.beside(self.names.resolve(name, record_type="figure", noun="figure"))

    def beside(self, found: Record) -> Record:
        """A figure with ``see_also``: what the base says beside it (:meth:`figure`)."""
        group = found.get("group")
        if group and group.get("over_time"):
            inside = set(self.groups.members(group["id"]))
            beside = [figure for figure in self.records.of_type("figure")
                      if figure["id"] not in inside and related_to_series(figure["id"],
                                                                          group["id"])]
            found["see_also"] = self.groups.grouped(beside, collapse=True)
        else:
            found["see_also"] = [
                self.groups.preferred(self.records.one(self.groups.members(key)[0]))
                for key in self.groups.series_beside(found["id"])]
        return found

    def figure_values(self, name: str) -> list[Record]:
        """Every value of the quantity a name means, each on its own with its sources: a
        series in date order, other groups preferred first, a figure alone as itself."""
        found = self.names.resolve(name, record_type="figure", noun="figure")
        group = found.get("group")
        if not group:
            return [self.records.one(found["id"])]
        values = [self.records.one(value["id"]) for value in group["values"]]
        return in_date_order(values) if group.get("over_time") else values

    def timeline(self, start: PartialDate | None = None, end: PartialDate | None = None,
                 about: str | None = None, *, every_report: bool = False,
                 source: SourceFilter = None, matching: Matching | None = None) -> list[Record]:
        """Events in date order that overlap ``start``..``end`` and, if given, involve
        ``about`` (an entity, or any place inside a place) and are admitted by ``matching``.
        Reports of one happening appear once, as the preferred or most precise report,
        unless ``every_report``."""
        if start and end and start.earliest() > end.latest():
            raise QueryError(f"the range is reversed: {start.label()} is after {end.label()}")
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
            target = self.names.resolve(about)["id"]
            sql += (" AND r.position IN (SELECT position FROM links "
                    f"WHERE target_id IN ({INSIDE}))")
            parameters.append(target)
        if matching is not None:
            admitted, more = matching_positions(matching, "event")
            sql += f" AND r.position IN ({admitted})"
            parameters += more
        sql += " ORDER BY e.sort_key, e.position"
        found = citing(list(self.records.rows(sql, tuple(parameters))), source)
        return self.groups.grouped(found, collapse=not every_report, source=source)

    def sources(self) -> list[Record]:
        """Every source, each with ``records``: how many records cite it."""
        counts = dict(self.records.db.execute("SELECT source_id, records FROM cited"))
        found = []
        for source in self.records.of_type("source"):
            source["records"] = counts.get(source["id"], 0)
            found.append(source)
        return found
