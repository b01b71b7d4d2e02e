"""The clause of a claim that holds one of its numbers: what tells apart the figures that
number could count ("5,500 Greek Orthodox and 1,500 Syriac Orthodox Christians": the first
number's clause names the Greek Orthodox, the second's the Syriac)."""

from __future__ import annotations

import re

from homsfacts.base.views import Record
from homsfacts.check.candidates import Termed
from homsfacts.check.choice import tightest_backing
from homsfacts.check.when import ClaimDate
from homsfacts.check.words import terms

_BREAK = re.compile(r"[,;:()]|\b(?:and|while|whereas|with|but|to|against|versus|vs)\b",
                    re.IGNORECASE)
"""What ends a clause: punctuation, and the words that join two counts ("51.5% male and
48.5% female", "48 km2, with an urban area of 76 km2")."""


def own_clause(claim: str, text: str) -> set[str]:
    """The terms of the clause of ``claim`` that holds ``text`` (a number as written), or
    none where the claim does not write it."""
    at = claim.find(text)
    if at < 0:
        return set()
    start = max((match.end() for match in _BREAK.finditer(claim, 0, at)), default=0)
    end = next((match.start() for match in _BREAK.finditer(claim, at + len(text))), len(claim))
    return terms(claim[start:end])


def settled(claim: str, text: str, outcomes: list[tuple[str, str, list[ClaimDate]]],
            counted: list[int], best: list[Record], candidates: list[Termed],
            claim_terms: set[str]) -> list[int]:
    """Of the figures a number (``text``) could count (``best``, with their ``outcomes``)
    whose outcomes differ (``counted``, indices into both), those whose terms (as
    ``candidates`` give them) hold fewest the claim does not, where they all back it
    (:func:`tightest_backing`); else those told apart by the number's own clause
    (:func:`told_apart`); else none."""
    termed = {str(figure["id"]): frozenset(figure_terms) for figure, figure_terms, _ in candidates}
    own = [termed[str(figure["id"])] for figure in best]
    return tightest_backing(outcomes, counted, [each - claim_terms for each in own]) or \
        told_apart(claim, text, [outcome[0] for outcome in outcomes], counted, own)


def told_apart(claim: str, text: str, verdicts: list[str], counted: list[int],
               own: list[frozenset[str]]) -> list[int]:
    """Of the figures a number could count whose verdicts differ, those with a term of their
    own, one not every other has, in the number's clause (:func:`own_clause`), where they
    give one verdict; else none."""
    clause = own_clause(claim, text)
    shared = frozenset.intersection(*(own[at] for at in counted))
    fitting = [at for at in counted if (own[at] - shared) & clause]
    return fitting if 0 < len(fitting) < len(counted) and len(
        {verdicts[at] for at in fitting}) == 1 else []


__all__ = ["own_clause", "settled", "told_apart"]
