"""Session 21's rules of ``check`` (issue 21) and ``ask`` (issue 23):

- the place a count puts the people it counts in ("about 1,200 people were in Waer") is the
  place the count is of, whatever else the claim names ("... when the Old City evacuation
  began")."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, SUPPORTED
from homsfacts.check.figure_places import counted_in
from tests.conftest import verdict_of


@pytest.mark.parametrize(("claim", "verdict"), [
    ("SOHR believed about 1,200 people were in Waer when the Old City evacuation began.",
     NOT_ENOUGH_INFO),
    ("About 1,200 people were believed to be in Waer when the evacuation began.",
     NOT_ENOUGH_INFO),
    ("About 1,200 people were believed to be in the Old City when the evacuation began.",
     SUPPORTED),
    ("More than 200,000 people lived in Waer at the time of the Old City evacuation.",
     SUPPORTED),
])
def test_the_place_a_count_puts_people_in_is_its_place(base: FactBase, claim: str,
                                                        verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "count", "place"), [
    ("About 1,200 people were in Waer when the Old City evacuation began.", "About 1,200 people",
     "waer"),
    ("Some 1,200 were still trapped inside the Old City of Homs.", "Some 1,200", "old-city"),
    # after a comma the words are another clause's
    ("About 1,200 people left, and others were in Waer.", "About 1,200 people", None),
    ("About 1,200 people were evacuated to Dar al-Kebira.", "About 1,200 people", None),
])
def test_counted_in(base: FactBase, claim: str, count: str, place: str | None) -> None:
    assert counted_in(base, claim, count) == place
