"""Which clause of a source's sentence a claim's year belongs to, and which way a move went:
"moved there from Mardin in 1933 and on to Damascus in 1959" dates the move from Mardin
1933, so neither "moved from Mardin to Homs in 1959" nor "moved to Mardin in 1933" is backed
by the years in the same sentence. A place the claim moves something to or from must stand
in the clause that writes the claim's year, on the same side of the move, wherever the
sentence names that place at all."""

from __future__ import annotations

import functools
import re

from homsfacts.base.written_dates import MONTHS

_CLAUSE = re.compile(r"[,;]|\band\b", re.IGNORECASE)
_ENDPOINT = re.compile(r"\b(?P<side>to|into|from)\s+(?P<place>(?:[A-Z][\w'’-]*\s?)+)")
"""A place a claim moves something to or from: "to Homs", "from Mardin"."""
_THERE = re.compile(r"\b(?P<side>from\s+)?there\b", re.IGNORECASE)
"""A clause's "there" ("moved there", "from there"): the place named before it."""
_SIDES = {"to": "to", "into": "to", "from": "from"}


def misplaced_year(claim: str, year: str, sentence: str) -> str:
    """Why the year the sentence writes does not date what the claim dates with it, or "":
    a place the claim moves something to or from, in the clause of the claim that writes
    the year, stands in another clause of the sentence than the year's, or on the other
    side of the move."""
    written = re.compile(rf"\b{re.escape(year)}\b")
    if not written.search(sentence):
        return _dated_otherwise(claim, year, sentence)
    bounded = _bounded_otherwise(claim, year, sentence)
    if bounded:
        return bounded
    claimed = next((clause for clause in _CLAUSE.split(claim) if written.search(clause)), claim)
    for clause, sides in _clause_sides(sentence):
        if not written.search(clause):
            continue
        for match in _ENDPOINT.finditer(claimed):
            place, side = match["place"].strip(), _SIDES[match["side"].lower()]
            if place.lower() in sentence.lower() and sides.get(place.lower()) != side:
                said = sides.get(place.lower())
                where = f"does not name {place}" if said is None else (
                    f"has the move {said} {place}, not {side} it")
                return f"the source writes {year} of {clause.strip()!r}, which {where}"
        return ""
    return ""


def _clause_sides(sentence: str) -> list[tuple[str, dict[str, str]]]:
    """Each clause of a sentence with the side of a move each place it names stands on:
    "moved there from Mardin" puts Mardin on the "from" side and the places named before
    "there" on the "to" side."""
    found = []
    before: list[str] = []
    for clause in _CLAUSE.split(sentence):
        sides = {match["place"].strip().lower(): _SIDES[match["side"].lower()]
                 for match in _ENDPOINT.finditer(clause)}
        there = _THERE.search(clause)
        if there:  # "moved there": to the place named before; "from there": from it
            for earlier in re.findall(r"\b[A-Z][\w'’-]*", " ".join(before)):
                sides.setdefault(earlier.lower(), "from" if there["side"] else "to")
        found.append((clause, sides))
        before.append(clause)
    return found


def move_reversed(claim: str, sentence: str, year: str = "") -> str:
    """A move the claim makes from one place to another that a clause of the sentence (the
    one that writes ``year``, where given) makes the other way round ("from Homs to Mardin"
    against "moved there [to Homs] from Mardin"), as a reason; or ""."""
    claimed = {match["place"].strip().lower(): _SIDES[match["side"].lower()]
               for match in _ENDPOINT.finditer(claim)}
    if set(claimed.values()) != {"to", "from"}:
        return ""
    for clause, sides in _clause_sides(sentence):
        if year in clause and all(sides.get(place) not in (None, side)
                                  for place, side in claimed.items()):
            return f"the source has the move the other way round: {clause.strip()!r}"
    return ""


def year_misfit(claim: str, year: str, sentence: str) -> tuple[bool, str]:
    """Whether the sentence's move of ``year`` goes the other way round from the claim's,
    and why its year does not date what the claim dates (:func:`misplaced_year`), or
    (False, "")."""
    misplaced = misplaced_year(claim, year, sentence)
    turned = move_reversed(claim, sentence, year) if misplaced else ""
    return bool(turned), turned or misplaced


_YEAR = re.compile(r"\b\d{3,4}\b")
_PLACED = re.compile(r"\b(?:in|to|into|from|at)\s+(?P<place>[A-Z][\w'’-]*)")


@functools.lru_cache(maxsize=64)
def _places(claim: str) -> tuple[str, ...]:
    """The places a claim puts things in, to or from, read once a claim: a claim of many
    dates asks for them once a date."""
    return tuple(match["place"] for match in _PLACED.finditer(claim)
                 if match["place"].lower() not in MONTHS)


def _bounded_otherwise(claim: str, year: str, sentence: str) -> str:
    """A place a claim says something was in "until" a year where the sentence has it moved
    to the place that year, or "since" a year where it left the place that year: "in
    Damascus until 1959" against "on to Damascus in 1959", "in Mardin since 1933" against
    "moved there from Mardin in 1933"."""
    bound = re.search(rf"\b(?P<word>until|till|since)\s+{re.escape(year)}\b", claim,
                      re.IGNORECASE)
    if bound is None:
        return ""
    side = "from" if bound["word"].lower() == "since" else "to"
    for clause in _CLAUSE.split(sentence):
        if year not in clause:
            continue
        for place in _places(claim):
            if re.search(rf"\b{side}\s+(?:the\s+)?{re.escape(place)}\b", clause):
                moved = "left" if side == "from" else "moved to"
                return (f"the source has it {moved} {place} in {year} ({clause.strip()!r}), "
                        f"not in {place} {bound['word'].lower()} then")
    return ""


def _dated_otherwise(claim: str, year: str, sentence: str) -> str:
    """A place the claim puts its year's happening in that the sentence names only in
    clauses that write another year, or "": "on to Damascus in 1959" does not put the seat
    in Damascus in 1940, though 1940 falls in the span the sentence dates."""
    clauses = _CLAUSE.split(sentence)
    for place in _places(claim):
        naming = [clause for clause in clauses if re.search(rf"\b{re.escape(place)}\b", clause)]
        dated = [found for clause in naming if (found := _YEAR.search(clause))]
        if naming and len(dated) == len(naming):
            return (f"the source writes {place} with {dated[0].group()}, not {year} "
                    f"({naming[0].strip()!r})")
    return ""


__all__ = ["misplaced_year", "move_reversed", "year_misfit"]
