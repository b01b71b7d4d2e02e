"""Cards: an entity with what belongs to it (its events, the figures about it, the sources
it cites, and for a place the places around and inside it), as ``who`` and ``where`` print."""

from __future__ import annotations

from homsfacts.base.groups import Groups
from homsfacts.base.records import Records
from homsfacts.base.views import Record
from homsfacts.vocabulary import WHERE_KINDS

INSIDE = ("WITH RECURSIVE inside(id) AS (SELECT ? UNION SELECT r.id FROM links l "
          "JOIN inside ON l.target_id = inside.id "
          "JOIN records r ON r.position = l.position WHERE l.role = 'located_in') "
          "SELECT id FROM inside")
"""A place and every place inside it, at any depth: the ids, breadth first."""


class Cards:
    def __init__(self, records: Records, groups: Groups) -> None:
        self.records = records
        self.groups = groups

    def card(self, entity: Record, *, every_report: bool = False) -> Record:
        """An entity with what belongs to it: the events that involve it, the figures about
        it or those events, and the sources cited. A place adds the places it lies in
        (``part_of``, nearest first) and the places directly inside it (``contains``)."""
        events, figures = self.related(entity["id"], every_report=every_report)
        card = {**entity, "events": events, "figures": figures,
                "cited": self.cited_sources(entity)}
        if entity["kind"] in WHERE_KINDS:
            card["part_of"] = [brief(place) for place in self.containing(entity["id"])]
            card["contains"] = [brief(place) for place in self.contained(entity["id"])]
        return card

    def related(self, entity_id: str, *,
                every_report: bool = False) -> tuple[list[Record], list[Record]]:
        """The events that involve an entity, or happened in a place or any place inside
        it (each such event marked ``within``: the inner place), and the figures about it or
        those events; one per group unless ``every_report``."""
        entity = self.records.one(entity_id)
        inside = self.inside(entity_id) if entity.get("kind") in WHERE_KINDS else [entity_id]
        marks = ", ".join("?" for _ in inside)
        events = list(self.records.rows(
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
        figures = list(self.records.rows(
            "SELECT id, type, body, checksum FROM records WHERE type = 'figure' AND position IN "
            "(SELECT position "
            f"FROM links WHERE target_id IN ({marks}) AND role IN ('about', 'attributed_to')) "
            "ORDER BY position", tuple(targets)))
        collapse = not every_report
        return (self.groups.grouped(events, collapse=collapse),
                self.groups.grouped(figures, collapse=collapse))

    def most_linked(self, count: int = 2) -> list[tuple[str, int]]:
        """The records events happen in and figures are about most often, with how often,
        most first: one pass over the links, in the database."""
        return [(str(target), int(times)) for target, times in self.records.db.execute(
            "SELECT target_id, COUNT(*) FROM links WHERE role IN ('place', 'about') "
            "GROUP BY target_id ORDER BY COUNT(*) DESC, target_id LIMIT ?", (count,))]

    def inside(self, place_id: str) -> list[str]:
        """This place and every place inside it, at any depth, nearest first."""
        return [record_id for (record_id,) in self.records.db.execute(INSIDE, (place_id,))]

    def containing(self, place_id: str) -> list[Record]:
        """The chain of places that contain this one, nearest first."""
        chain: list[Record] = []
        seen = {place_id}
        current = self.records.one(place_id)
        while current.get("located_in") and current["located_in"] not in seen:
            seen.add(current["located_in"])
            current = self.records.one(current["located_in"])
            chain.append(current)
        return chain

    def contained(self, place_id: str) -> list[Record]:
        """The places directly inside this one."""
        return list(self.records.rows(
            "SELECT r.id, r.type, r.body, r.checksum FROM links l "
            "JOIN records r ON r.position = l.position "
            "WHERE l.target_id = ? AND l.role = 'located_in' ORDER BY r.position", (place_id,)))

    def cited_sources(self, record: Record) -> list[Record]:
        """The source records a record (and its statements) cite."""
        ids = {citation["source"] for citation in record.get("sources", [])}
        for statement in record.get("statements") or []:
            ids.update(citation["source"] for citation in statement["sources"])
        return [source for source in map(self.records.get, sorted(ids)) if source is not None]


def brief(entity: Record) -> Record:
    return {"id": entity["id"], "name": entity["name"], "kind": entity["kind"]}
