"""Questions answered by the card of the one person, group or place they name: who or what it
is, where it is, what it is called, or (a person) what nationality.

A card answers only what it speaks to. "What was Aleppo called in antiquity?" names Aleppo,
but Aleppo's card says nothing of antiquity, and "where is Golani from?" asks an origin his
card does not give: the card of the name is then no answer, and the question is left unsure
with the card as its candidate.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.layout import title
from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.answers import answered, unsure
from homsfacts.check.people import nationality
from homsfacts.check.premises import moving
from homsfacts.check.question import (
    CARD,
    NAME_OF,
    PLACE,
    WHO,
    Question,
    plain_words,
    weight_asked,
    written_as,
)
from homsfacts.vocabulary import WHERE_KINDS, WHO_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase
    from homsfacts.check.passages import Passages

NATIONALITY = re.compile(r"\b(nationality|citizenship|(?:what|which) country (is|was) \w.* from|"
                         r"where (is|was) \w.* from)\b")
"""Words that ask a person's nationality, which the person's description gives
(:func:`homsfacts.check.people.nationality`)."""

_NAMING_TERMS = frozenset({"call"})
"""The term of asking a name ("called", "nickname"), which any card's name answers."""


def named_card(base: FactBase, passages: Passages, asked: Question) -> Record | None:
    """The answer a card gives to a question about the one record it names, or None when the
    question asks something else of it (what it did, where it went)."""
    if len(asked.names) != 1 or asked.present or moving(asked):  # not "where did X go"
        return None
    (record_id,) = asked.names
    record = base.get(record_id)
    if record is None:
        return None
    asks_origin = bool(NATIONALITY.search(asked.text.lower()))
    if asks_origin and re.search(r"\b(?:with|alongside|beside|besides|than|and)\s+(?:the\s+)?"
                                 rf"(?:\w+\s+)?{re.escape(fold(record['name']).split()[-1])}\b",
                                 fold(asked.text)):
        return None  # "the journalist killed with Marie Colvin" is another person
    country = nationality(record) if asks_origin else None
    # "what is the name of Homs's football club" asks another name than Homs's own
    known = all(passages.knows(term) for term in asked.terms)
    # "who does the encyclopaedia name as governor of X" and "what is the name of the oil
    # refinery in X" ask for another thing's name than X's own
    thing = NAME_OF.search(plain_words(asked.text))
    name_of_it = asked.asks_name and known and asked.kind != WHO and (
        thing is None or fold(thing["thing"]) == fold(record["name"]))
    if not (country or (asked.kind in (CARD, WHO, PLACE) and (name_of_it or not asked.terms))):
        return None
    answer = card(base, record_id)
    if answer is None:
        return None
    held = frozenset().union(*(passage.terms for passage in passages.passages
                               if passage.record["id"] == record_id))
    candidates = [_candidate(passages, asked, record, held)]
    if asks_origin and not country and record.get("kind") in WHO_KINDS:
        return unsure(asked, candidates, f"{record_id}'s description gives no nationality or "
                      "origin")
    unspoken = [] if country else _unspoken(asked, record, held)
    if unspoken:  # "what was Aleppo called in antiquity": not a card silent on antiquity
        written = written_as(passages, asked, set(unspoken))
        return unsure(asked, candidates, f"{record_id}'s card does not speak of "
                      f"{' or '.join(map(repr, written))}, which the question asks")
    because = f"its description gives {country}" if country else ""
    return answered(asked, answer, [], f"the question names {answer['data']['name']}"
                    + (f"; {because}" if because else ""), because)


def _unspoken(asked: Question, record: Record, held: frozenset[str]) -> list[str]:
    """The question's terms none of the card's own passages holds (``held``). "Called" asks
    for a name, which a card known by another name (its aliases) holds, unless another term
    says which ("in antiquity")."""
    missing = asked.terms - held
    if not record.get("aliases"):
        return sorted(missing)
    return sorted(missing - _NAMING_TERMS)


def _candidate(passages: Passages, asked: Question, record: Record,
               held: frozenset[str]) -> Record:
    """The card as a candidate, with the share of the question's weight it holds."""
    weight = sum(map(passages.weight, asked.terms & held))
    share = (weight + passages.name_weight(record["id"])) / (weight_asked(passages, asked)
                                                            or 1.0)
    return {**record, "title": title(record["type"], record), "score": round(share, 2)}


def card(base: FactBase, record_id: str) -> Record | None:
    """The card of a person, group or place, as ``who`` or ``where`` gives it, or None."""
    record = base.get(record_id)
    if record is None:
        return None
    if record.get("kind") in WHERE_KINDS:
        return {"kind": "place", "data": base.where(record_id)}
    if record.get("kind") in WHO_KINDS:
        return {"kind": "entity", "data": base.who(record_id)}
    return None


__all__ = ["NATIONALITY", "card", "named_card"]
