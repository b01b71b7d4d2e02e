"""Which report may refute a count (issue 21, session 15): one that counts what the claim
counts, in the voice the claim gives ("SOHR said 900 fighters" is not refuted by the BBC's
fighters nor by SOHR's count of everyone in the Old City); and not a count of all of them
where the claim counts some of the time ("began to leave", "on Friday"), nor a count of
the first of them where the claim counts them all."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.base.views import Record
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, Checker
from homsfacts.check.unrefuted import counted_so_far

_ALL = {"label": "Rebel fighters still in the Old City when the evacuation began",
        "value": 1200, "unit": "people"}
_FIRST = {"label": "Buses the first evacuees of the Old City boarded", "value": 2,
          "unit": "buses"}


@pytest.mark.parametrize(("claim", "quantity", "figure", "unrefuting"), [
    ("Hundreds of rebels began to leave the Old City.", "Hundreds", _ALL, True),
    ("300 rebels left the Old City on Friday.", "300 rebels", _ALL, True),
    ("300 rebels left the Old City.", "300 rebels", _ALL, False),
    ("20,000 rebels began to leave the Old City.", "20,000 rebels", _ALL, False),  # > all
    ("The evacuees left on seven buses.", "seven buses", _FIRST, True),
    ("The first evacuees left on seven buses.", "seven buses", _FIRST, False),
    ("Seven buses left when the evacuation started.", "Seven buses", _FIRST, False),
])
def test_a_count_of_some_against_one_of_all(claim: str, quantity: str, figure: Record,
                                            unrefuting: bool) -> None:
    assert bool(counted_so_far(claim, quantity, figure)) is unrefuting


@pytest.mark.parametrize(("claim", "verdict"), [
    ("SOHR said 900 fighters had been taken out of the Old City on the first day of the "
     "evacuation.", NOT_ENOUGH_INFO),
    ("The Syrian Observatory said 900 fighters had been transported out of the Old City.",
     NOT_ENOUGH_INFO),
    ("The BBC said some 20,000 fighters and relatives were believed to have left the Old "
     "City.", REFUTED),
    ("Hundreds of rebels began to leave the Old City of Homs, the Los Angeles Times said.",
     NOT_ENOUGH_INFO),
    ("After the evacuation, 360 fighters left on seven buses on Friday.", NOT_ENOUGH_INFO),
    ("About 20,000 rebels began to leave the Old City on 7 May 2014.", REFUTED),
    ("The first evacuees left the Old City on seven buses.", REFUTED),
])
def test_counts_a_report_may_refute(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict
