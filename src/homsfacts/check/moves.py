"""Which clause of a source's sentence a claim's year belongs to: "moved there from Mardin
in 1933 and on to Damascus in 1959" dates the move from Mardin 1933, so "moved from Mardin
to Homs in 1959" is not backed by the 1959 in the same sentence. A place the claim moves
something to or from must stand in the clause that writes the claim's year, where the
sentence names that place at all."""

from __future__ import annotations

import re

_CLAUSE = re.compile(r"[,;]|\band\b", re.IGNORECASE)
_ENDPOINT = re.compile(r"\b(?:to|from|into|for)\s+((?:[A-Z][\w'’-]*\s?)+)")
"""A place a claim moves something to or from: "to Homs", "from Mardin"."""


def misplaced_year(claim: str, year: str, sentence: str) -> str:
    """Why the year the sentence writes does not date what the claim dates with it, or "":
    a place the claim moves something to or from, in the clause of the claim that writes
    the year, stands in another clause of the sentence than the year's.
    "There" in the year's clause stands for the places named before it."""
    written = re.compile(rf"\b{re.escape(year)}\b")
    if not written.search(sentence):
        return ""
    claimed = next((clause for clause in _CLAUSE.split(claim) if written.search(clause)), claim)
    clauses = _CLAUSE.split(sentence)
    before = ""
    for clause in clauses:
        if re.search(rf"\b{re.escape(year)}\b", clause):
            held = clause + (f" {before}" if re.search(r"\bthere\b", clause) else "")
            for match in _ENDPOINT.finditer(claimed):
                place = match[1].strip()
                if place.lower() in sentence.lower() and place.lower() not in held.lower():
                    return (f"the source writes {year} of {clause.strip()!r}, which does not "
                            f"name {place}, as the claim does")
            return ""
        before += f" {clause}"
    return ""


__all__ = ["misplaced_year"]
