"""The sentences of the base a claim with no number and no date may rest on: each an
entity's description or statement, or an event's summary, with the record it belongs to and
whom it is about (:mod:`homsfacts.check.statements` judges the claim against each)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.search import Matching
from homsfacts.base.views import Record
from homsfacts.check.words import spellings, terms

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

NEAREST = 8
"""How many records a search by the claim's words adds to those it names."""


class Sentence(NamedTuple):
    """One sourced sentence: its text, the record it belongs to, and whom it is about."""

    text: str
    record: Record
    subject: Record | None
    attribution: str
    sources: list[Record]


def sentences(base: FactBase, names: dict[str, str], claim: str) -> list[Sentence]:
    """The sentences a claim may rest on: those of the records it names, of the events they
    take part in, and of the people, places and events that share the most words with it
    (bm25, through the index)."""
    records: dict[str, Record] = {}
    for record_id in names:
        record = base.get(record_id)
        if record is not None:
            records[record_id] = record
    if names:
        for event in base.timeline(every_report=True,
                                   matching=Matching((), tuple(sorted(names)), NEAREST * 4)):
            records.setdefault(event["id"], event)
    words = tuple(sorted(spellings(terms(claim))))
    for record in [*base.of_type("entity", Matching(words, (), NEAREST)),
                   *base.timeline(every_report=True, matching=Matching(words, (), NEAREST))]:
        records.setdefault(record["id"], record)
    found: list[Sentence] = []
    for record in records.values():
        if record["type"] == "event":
            found.append(Sentence(record["summary"], record, None,
                                  record.get("attribution") or "", record["sources"]))
            continue
        if record.get("description"):
            found.append(Sentence(record["description"], record, record, "",
                                  record["sources"]))
        for statement in record.get("statements") or []:
            found.append(Sentence(statement["text"], record, record,
                                  statement.get("attribution") or "",
                                  statement.get("sources") or record["sources"]))
    return found


__all__ = ["NEAREST", "Sentence", "sentences"]
