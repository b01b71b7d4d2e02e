"""Session 22's rules of ``check`` (issue 21) and ``ask`` (issue 23):

- a count that writes no unit after it takes the unit its words imply
  (:mod:`homsfacts.check.implied`): a measure named before it ("the median age was 24") or
  the unit of the count it follows across a gap with no verb ("76 square kilometres and
  the metropolitan area 104");
- a city's rank ("third city") is not compared with the rank of something that is no city
  (a governorate's rank by area);
- "X was retaken" is a passive, not a description of what X is."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.reader import read
from tests.conftest import verdict_of


@pytest.mark.parametrize(("claim", "units"), [
    ("The median age in Homs at the 2004 census was 24.", ["median"]),
    ("On the first day the average was 300.", ["average"]),
    # another count between: the measure is that count's, not this one's
    ("The density was 43 per km2 and 1,803,000 lived there.", [None]),
    ("The urban area of Homs is 76 square kilometres and the metropolitan area 104.",
     ["km2", "km2"]),
    # a verb of its own: the second count may be of another kind
    ("The urban area is 76 square kilometres and 104 people were left.", ["km2", "people"]),
    ("The urban area is 76 square kilometres and the city had 104.", ["km2", None]),
    # a noun after it is its own unit
    ("The city covers 76 square kilometres, and the camp 104 buses.", ["km2", "buses"]),
    ("About 1,200 fighters left, and about 400 civilians.", ["people", "people"]),
])
def test_a_bare_count_takes_the_unit_its_words_imply(claim: str, units: list[str | None]
                                                     ) -> None:
    assert [quantity.unit for quantity in read(claim).quantities] == units


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The median age in Homs at the 2004 census was 24.", NOT_ENOUGH_INFO),
    ("The average age in Homs at the 2004 census was 652,609.", NOT_ENOUGH_INFO),
    ("The urban area of Homs is 76 square kilometres and the metropolitan area 104.",
     SUPPORTED),
    ("Homs had 652,609 inhabitants in the 2004 census.", SUPPORTED),
    ("Homs Governorate had 1,803,000 inhabitants in 2011, a density of 43 per km2.",
     SUPPORTED),
])
def test_implied_units_in_verdicts(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs is both Syria's third city and, by area, the capital of its largest governorate.",
     NOT_ENOUGH_INFO),
    ("Homs is Syria's third city.", SUPPORTED),
    ("Homs is Syria's fourth city.", REFUTED),
    ("Homs Governorate is Syria's largest governorate by area.", SUPPORTED),
])
def test_a_city_rank_is_no_governorate_rank(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Waer was retaken.", SUPPORTED),
    ("Waer was retaken by the government.", SUPPORTED),
    ("Waer was retaken by Iran.", NOT_ENOUGH_INFO),
    ("Aleppo was retaken.", NOT_ENOUGH_INFO),
])
def test_a_passive_is_no_description(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict
