"""A name a claim gives where a sentence that says the rest gives another: what something was
called ("called Hims in antiquity" against "called Emesa"), and a place in the same slot
("taken to the National Museum in Aleppo" against "... in Damascus", "moved to Homs from
Aleppo" against "from Mardin")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.moves import move_reversed
from homsfacts.check.order import record_names
from homsfacts.check.words import STOP_WORDS
from homsfacts.vocabulary import WHERE_KINDS

_CALLED = re.compile(r"\b(?:called|named|renamed|known as|dubbed)\s+(?:it\s+)?(?:the\s+)?"
                     r"[\"'“‘]?(?P<name>[^\W\d_][\w'’-]*)")


def called_otherwise(claim: str, text: str) -> str:
    """The name a claim says something was called ("called Hims in antiquity") where the
    sentence does not call it so, or does not write it, or "": "called Emesa in antiquity"
    calls it Emesa."""
    given = {fold(match["name"]) for match in _CALLED.finditer(text)}
    for match in _CALLED.finditer(claim):
        if re.match(r"\s+(?:the|an?|its|one)\s", claim[match.end():]):
            continue  # "dubbed Homs the capital of the revolution", "called Homs an early
            # centre": Homs is what was called
        name = fold(match["name"])
        if not match["name"][0].isupper():
            continue  # "called an early centre of the revolt": no name
        if (name not in given) if given else (name not in fold(text)):
            return f"the source does not call it {match['name']!r}"
    return ""


_SLOT = r"\b(?P<slot>in|to|from|into|at)\s+(?:the\s+)?"
_OTHER = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*)*)")


def place_swapped(claim: str, text: str, named: Iterable[Record],
                  place_of: Callable[[str], str | None],
                  inside: Callable[[str, str], bool]) -> str:
    """A place the claim names after "in", "to" or "from" where the sentence has another
    place of the base after the same word, neither inside the other, beside a word the claim
    has beside its own, and does not have the claim's place there too, as a reason ("the
    source says 'in Damascus', not 'in Aleppo'"); or a way from one place to another the
    sentence goes the other way round. "" where none."""
    reversed_way = _from_to_reversed(claim, text) or move_reversed(claim, text)
    if reversed_way:
        return reversed_way
    named = list(named)
    ids = {record["id"] for record in named}
    for record in named:
        if record.get("kind") not in WHERE_KINDS:
            continue
        names = record_names(record)
        claimed = next(filter(None, (re.search(_SLOT + re.escape(name) + r"\b", claim,
                                               re.IGNORECASE) for name in names)), None)
        if claimed is None:
            continue
        company = _before(claim, claimed.start())
        if company & _NEAR or any(company & _before(text, said.start()) for name in names
                                  for said in re.finditer(rf"\b{claimed['slot']}\s+(?:the\s+)?"
                                                          rf"{re.escape(name)}\b", text,
                                                          re.IGNORECASE)):
            continue  # "close to" is no one place; the sentence puts it there too
        for given in re.finditer(rf"\b{claimed['slot']}\s+(?:the\s+)?" + _OTHER.pattern, text):
            other = place_of(given["name"])
            if other is not None and other not in ids and not inside(record["id"], other) \
                    and not inside(other, record["id"]) and company & _before(text, given.start()):
                return f"the source says {given.group()!r}, not {claimed.group()!r}"
    return ""


_FROM_TO = re.compile(r"\bfrom\s+(?:the\s+)?(?P<start>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
                      r"to\s+(?:the\s+)?(?P<end>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
"""A way from one named place to another ("from Mardin to Homs")."""


def _from_to_reversed(claim: str, text: str) -> str:
    """A way the claim goes the other way round from the sentence ("from Homs to Mardin"
    against "from Mardin to Homs"), as a reason; or ""."""
    given = {(fold(found["start"]), fold(found["end"])): found.group()
             for found in _FROM_TO.finditer(text)}
    for found in _FROM_TO.finditer(claim):
        back = given.get((fold(found["end"]), fold(found["start"])))
        if back:
            return f"the source says {back!r}, not {found.group()!r}"
    return ""


_NEAR = frozenset({"close", "near", "next", "nearby", "far", "away", "south", "north", "east",
                   "west", "km", "miles", "kilometres"})
"""Words before a place that put something by it, not at it: near more than one place."""


def _before(text: str, at: int) -> set[str]:
    """The words of the three before ``at`` that say something: the company a place keeps
    ("the National Museum in ...", "moved ... from ...")."""
    return set(fold(text[:at]).split()[-3:]) - STOP_WORDS


__all__ = ["called_otherwise", "place_swapped"]
