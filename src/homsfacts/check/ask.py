"""``homsfacts ask``: a question in plain words, answered with the records that answer it.

A question is a claim with a hole. The claim reader (:mod:`homsfacts.check.reader`) reads its
names, dates and words, and :func:`homsfacts.check.judge.terms` says what it is about, as for
a claim. Its first words say what kind of record answers it: "how many" or "how long" a
figure, "when" an event, "who is" a person or group, "where is" or "what was X called" a
place; any other question may be answered by a figure or an event.

Each record of that kind is scored by the terms and the names it shares with the question. The
best is the answer only when it reaches :data:`FLOOR` and is ahead of the next by
:data:`MARGIN`; reports of one quantity or happening count as one, answered by the preferred
value. Otherwise the best few are candidates and the answer says it is not sure: a weak match
is never presented as the answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.dates import parse_edtf
from homsfacts.base.layout import title
from homsfacts.base.records import require_text
from homsfacts.base.views import Record
from homsfacts.check.judge import Checker, terms
from homsfacts.check.reader import Reading, read
from homsfacts.vocabulary import WHERE_KINDS, WHO_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

FLOOR = 2
"""The least score an answer needs: two things in common with the question (two terms, or a
name and a term). One shared word is a guess."""

MARGIN = 1
"""How far the answer must be ahead of the best candidate of another group."""

CANDIDATES = 5
"""How many candidates a question that has no sure answer lists."""

FIGURE, EVENT, CARD, ANY = "figure", "event", "card", "any"

_ASKS = [
    (re.compile(r"^(how (many|much|long|large|big)|what (is|was) the (number|population|size|"
                r"toll|death toll|amount|length))\b"), FIGURE),
    (re.compile(r"^(when|what (year|date|month|day)|in (which|what) (year|month))\b"), EVENT),
    (re.compile(r"^(who|what) (is|was|are|were)\b(?!.*\b(killed|besieged|took|captured|"
                r"retook|led|ordered|blamed)\b)"), CARD),
    (re.compile(r"^where (is|was|are|were|lies)\b(?!.*\b(killed|happened|held|evacuated)\b)"),
     CARD),
    (re.compile(r"\b(called|named|known as|name of|other names?)\b"), CARD),
]
"""What kind of record answers a question, by its wording, first match wins."""


QUESTION_WORDS = frozenset({"how", "many", "much", "did", "does", "do", "happen", "happened",
                            "tell", "me", "know", "please", "anything"})
"""Words that make a sentence a question and say nothing of what it is about."""

VERB_WORDS = {"take": "captured", "takes": "captured", "taken": "captured",
              "taking": "captured", "die": "died", "dies": "died"}
"""A question's verb in its bare form ("when did the rebels take Homs") as the claim reader
knows it in the past tense; records keep their own words."""


def asks(question: str) -> str:
    """``figure``, ``event``, ``card`` (a person, group or place) or ``any``."""
    text = " ".join(question.lower().split())
    return next((kind for pattern, kind in _ASKS if pattern.search(text)), ANY)


def ask(base: FactBase, question: str, checker: Checker | None = None) -> Record:
    """The answer to ``question``: ``asks`` (the kind of record sought), ``sure``,
    ``answer`` (``{"kind", "data"}`` as ``figure``, ``who``, ``where`` or ``timeline``
    would give it, or None), ``candidates`` (the best records, each with ``title`` and
    ``score``) and ``reason``."""
    question = require_text(question, "a question")
    checker = checker or Checker(base)
    reading = read(question)
    kind = asks(question)
    names = checker.names_in(reading)
    content = [VERB_WORDS.get(word, word) for word in reading.words
               if word not in QUESTION_WORDS]
    words = terms(" ".join(content)) - terms(" ".join(names.values()))
    if kind == CARD and names:
        card = _card(base, names)
        if card is not None:
            return _answered(question, kind, card, [], f"the question names {card['data']['name']}")
    if reading.dates and re.match(r"\s*what (happened|took place)\b", question.lower()):
        events = _on_dates(checker, reading)
        if events:
            return _answered(question, EVENT, {"kind": "events", "data": events}, [],
                             f"{len(events)} events fall in "
                             + ", ".join(date.text for date in reading.dates))
    scored: list[tuple[int, Record]] = []
    if kind in (FIGURE, ANY):
        for figure, figure_terms, about in checker.figures():
            scored.append((len(words & figure_terms) + 2 * len(set(names) & about), figure))
    if kind in (EVENT, ANY, CARD):
        for event, event_terms, involved in checker.events():
            score = len(words & event_terms) + 2 * len(set(names) & involved)
            scored.append((score + _date_bonus(reading, event), event))
    return _choose(question, kind, scored)


def _card(base: FactBase, names: dict[str, str]) -> Record | None:
    """The card of the one person, group or place the question names, or None."""
    if len(names) != 1:
        return None
    (record_id,) = names
    record = base.get(record_id)
    if record is None:
        return None
    if record.get("kind") in WHERE_KINDS:
        return {"kind": "place", "data": base.where(record_id)}
    if record.get("kind") in WHO_KINDS:
        return {"kind": "entity", "data": base.who(record_id)}
    return None


def _on_dates(checker: Checker, reading: Reading) -> list[Record]:
    """The events whose dates overlap a date of the question, one report a happening."""
    found: dict[str, Record] = {}
    for event, _, _ in checker.events():
        if _date_bonus(reading, event):
            group = event.get("group") or {}
            key = group.get("id") or event["id"]
            if key not in found or event["id"] == group.get("preferred"):
                found[key] = event
    return list(found.values())


def _date_bonus(reading: Reading, event: Record) -> int:
    """Two for an event whose date overlaps a date the question gives; none otherwise."""
    date = parse_edtf(event["edtf"])
    return 2 * any(claim.earliest <= date.latest and date.earliest <= claim.latest
                   for claim in reading.dates)


def _choose(question: str, kind: str, scored: list[tuple[int, Record]]) -> Record:
    # Reports of one quantity or happening are one answer: the preferred value speaks for
    # the group, with the best score any of its members has.
    best_of: dict[str, tuple[int, Record]] = {}
    for score, record in scored:
        group = record.get("group") or {}
        key = group.get("id") or record["id"]
        held = best_of.get(key)
        if held is None or score > held[0] or (
                score == held[0] and record["id"] == group.get("preferred")):
            best_of[key] = (score, record)
    ranked = sorted(best_of.values(), key=lambda item: -item[0])
    ranked = [(score, record) for score, record in ranked if score > 0]
    candidates = [{**record, "title": title(record["type"], record), "score": score}
                  for score, record in ranked[:CANDIDATES]]
    if not ranked:
        return _unsure(question, kind, [], "no record shares anything with the question")
    top, record = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0
    if top < FLOOR:
        return _unsure(question, kind, candidates,
                       f"the best match shares only {top} thing with the question")
    if top - runner_up < MARGIN:
        return _unsure(question, kind, candidates,
                       f"{sum(1 for score, _ in ranked if score == top)} records match the "
                       "question equally well")
    answer = {"kind": "record", "data": record} if record["type"] == "figure" else \
        {"kind": "events", "data": [record]}
    return _answered(question, kind, answer, candidates[1:],
                     f"{record['id']} shares {top} things with the question")


def _answered(question: str, kind: str, answer: Record, candidates: list[Record],
              reason: str) -> Record:
    return {"question": question, "asks": kind, "sure": True, "answer": answer,
            "candidates": candidates, "reason": reason}


def _unsure(question: str, kind: str, candidates: list[Record], reason: str) -> Record:
    return {"question": question, "asks": kind, "sure": False, "answer": None,
            "candidates": candidates, "reason": reason}
