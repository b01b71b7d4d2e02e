"""Words that exclude one another where a thing has one of them: a direction ("north of
Damascus"), an end of a scale ("the largest governorate", "the first deal"), a country
("a US court", "a Britain-based monitor").

A claim that says all a source's sentence says but puts one of these words where the sentence
puts another is refuted by it: "Homs Governorate is the smallest" against "Syria's largest
governorate", "a French court" against "a US court". Only a word of the claim that the sentence
does not hold counts, and only against a word of the same kind that the claim does not also
use ("the Syrian government" in both is no country the claim changes)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from homsfacts.base.match import fold
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED

_SCALES: list[list[tuple[str, ...]]] = [
    [("north", "northern", "northwards"), ("south", "southern", "southwards")],
    [("east", "eastern", "eastwards"), ("west", "western", "westwards")],
    [("largest", "biggest"), ("smallest",)],
    [("first", "earliest"), ("last", "final", "latest")],
    [("oldest",), ("newest", "youngest")],
    [("majority",), ("minority",)],
    [("highest",), ("lowest",)],
]

_KIND: dict[str, tuple[str, str]] = {
    word: (f"scale {number}", meanings[0])
    for number, scale in enumerate(_SCALES) for meanings in scale for word in meanings}
"""Each word's kind and meaning: ``biggest`` -> (its scale, ``largest``)."""
_KIND.update({word: ("country", country) for word, country in DEMONYMS.items()})
_KIND.update({word: ("country", country) for word, country in COUNTRY_WORDS.items()})


def contradiction(gaps: Iterable[str], text: str, claim: str) -> str:
    """How the sentence ``text`` says otherwise every word of the claim it does not hold
    (``gaps``), as a reason ("the source says 'largest', not 'smallest'"), or "" where one of
    them is no such word, or the sentence holds no other of its kind."""
    said = set(fold(text).split())
    claimed = set(fold(claim).split())
    found = []
    for gap in gaps:
        kind = _KIND.get(gap)
        if kind is None:
            return ""
        others = sorted({word for word in said - claimed if word in _KIND
                         and _KIND[word][0] == kind[0] and _KIND[word][1] != kind[1]})
        if len({_KIND[word][1] for word in others}) != 1:
            return ""  # none, or several: which one the claim changed is not read
        found.append(f"{others[0]!r}, not {gap!r}")
    return ("the source says " + "; ".join(found)) if found else ""


def country_unsaid(claim: str, held: set[str], names: list[str]) -> tuple[str, str] | None:
    """A country the claim gives ("a court in France") that the names of the records it
    names give otherwise ("US court"): refuted; else one that neither they nor the evidence
    (``held``, its terms) give: not-enough-info; None where there is none."""
    named = " ".join(names)
    countries = [word for word in fold(claim).split() if _KIND.get(word, ("",))[0] == "country"]
    by_name = {_KIND[word][1] for word in fold(named).split() if word in _KIND}
    otherwise = contradiction([word for word in countries if _KIND[word][1] not in by_name],
                              named, claim)
    if otherwise:
        said_by = next((name for name in names  # the name that gives the other country
                        if (set(fold(name).split()) & set(_KIND)) - set(fold(claim).split())),
                       named)
        return REFUTED, f"{otherwise}: the record the claim speaks of is the {said_by}"
    given = by_name | {_KIND[word][1] for word in held if word in _KIND}
    gaps = [word for word in countries if _KIND[word][1] not in given]
    if not gaps:  # "from France" is given by "a Frenchman"
        return None
    return NOT_ENOUGH_INFO, f"the source does not speak to {gaps[0]!r}, which the claim says"


_PLACED = re.compile(r"\b(?P<slot>[Bb]orn|[Bb]uried|[Bb]ased)\s+(?:in|at)\s+(?:the\s+)?"
                     r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*)*)")
"""Where someone was born or is buried, or where a body is based: one place each."""


def placed_otherwise(claim: str, text: str) -> str:
    """How a sentence about what the claim speaks of puts its birth, burial or base in
    another place than the claim ("born in Mecca", for "born in Medina"), or ""."""
    claimed = {match["slot"].lower(): match["place"] for match in _PLACED.finditer(claim)}
    for match in _PLACED.finditer(text):
        place = claimed.get(match["slot"].lower())
        if place is not None and fold(place) not in fold(match["place"]) and \
                fold(match["place"]) not in fold(place):
            return (f"the source says {match['slot'].lower()} in {match['place']}, not in "
                    f"{place}")
    return ""


__all__ = ["contradiction", "country_unsaid", "placed_otherwise"]
