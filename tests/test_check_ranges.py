"""Session 11's readings of numbers and weekdays (issue 21), from a review's false
verdicts: "no more than" is "at most" and "no fewer than" "at least"; "between 2,000 and
2,500", "150-170 km" and "600,000 to 700,000" bound one count, which agrees only with a
figure whose every allowed value lies inside, as an open "more than 200,000" in the source
must; "almost 2,500" is just under it; a time zone, a position, a standard's number, a
dialling code and "from 1516" count nothing a figure counts; and a day of the week is the
calendar's."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.quantity import RANGE
from homsfacts.check.reader import read

from .test_check_parts import cli


@pytest.mark.parametrize(("text", "low", "high"), [
    ("between 2,000 and 2,500 people", 2000, 2500),
    ("150-170 km", 150, 170),
    ("600,000 to 700,000 inhabitants", 600_000, 700_000),
    ("between 1.7 and 1.9 million people", 1_700_000, 1_900_000),
    ("from 20 to 30 years", 20, 30),
    ("one to three years", 1, 3),  # in words
    # session 13: bounds in words, a scale written once, a bound before a count
    ("between one hundred and fifty and one hundred and seventy kilometres", 150, 170),
    ("seven to nine hundred thousand people", 700_000, 900_000),
    ("between two thousand and two and a half thousand people", 2000, 2500),
    ("between 1.75m and 1.85m people", 1_750_000, 1_850_000),
    ("one to one and a half thousand people", 1000, 1500),
    ("between 150 km and 170 km", 150, 170),  # the unit on both
    ("500 to 700 wounded fighters", 500, 700),
    ("between twenty and twenty-five years", 20, 25),
    ("three to five hundred people", 300, 500),  # the scale of both
])
def test_two_numbers_that_bound_one_are_a_range(text: str, low: float, high: float) -> None:
    (quantity,) = read(f"It had {text}.").quantities
    assert (quantity.low, quantity.high, quantity.hedge) == (low, high, RANGE)


@pytest.mark.parametrize("text", [
    "It rose from 1,000 to 2,000 people.",  # two values at two times
    "The siege killed 2,000 and the army 500.",  # two numbers, no "between"
    "Its ISO 3166-2 code is SY-HO.",
])
def test_two_numbers_that_do_not_bound_one_are_no_range(text: str) -> None:
    assert all(quantity.hedge != RANGE for quantity in read(text).quantities)


@pytest.mark.parametrize("text", [
    "Homs Governorate is on UTC+2.", "Homs Governorate lies at 34°18′N 38°18′E.",
    "The Homs area code is 031.", "Homs was part of the Ottoman Empire from 1516.",
    "Homs was Ottoman from 1516 to the First World War.",
])
def test_codes_positions_and_years_count_nothing(text: str) -> None:
    assert read(text).quantities == []


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The siege killed no more than 2,500 people.", SUPPORTED),
    ("Homs had no more than 700,000 people before the war.", REFUTED),
    ("Homs had no fewer than 700,000 people before the war.", SUPPORTED),
    ("Assad ruled for no less than 30 years.", REFUTED),
    ("Homs lies between 150 and 170 km north of Damascus.", SUPPORTED),
    ("Homs lies 150-160 km north of Damascus.", REFUTED),  # 162 km
    ("The siege killed between 2,000 and 2,500 people.", NOT_ENOUGH_INFO),  # about 2,200
    ("The siege killed between 1,000 and 5,000 people.", SUPPORTED),
    # 652,609 in the city's census, 750,501 in its metropolitan area's: the city's, whose
    # label says least besides, backs it (session 13); neither refutes it
    ("Homs had 600,000 to 700,000 inhabitants in 2004.", SUPPORTED),
    ("Homs had 700,000 to 800,000 inhabitants in 2004.", NOT_ENOUGH_INFO),
    # a code, read as a code and not a count; an area code is the dialling code
    ("The Homs area code is 031.", SUPPORTED),
    ("The Homs area code is 31.", NOT_ENOUGH_INFO),
    ("Homs Governorate is on UTC+2.", SUPPORTED),  # its infoboxes' time zone, no count
])
def test_hedges_and_ranges_against_the_base(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_the_command_line_reads_a_range() -> None:
    answer = cli("Homs lies between 150 and 170 km north of Damascus.")
    assert answer["verdict"] == SUPPORTED
    assert "'between 150 and 170 km' agrees" in str(answer["reason"])


@pytest.mark.parametrize(("claim", "verdict"), [
    # a source's "more than 200,000" backs only a claim that allows all it allows
    ("More than 2 million people lived in Waer in 2014.", NOT_ENOUGH_INFO),
    ("About 2 million people lived in Waer in 2014.", NOT_ENOUGH_INFO),
    ("More than 100,000 people lived in Waer in 2014.", SUPPORTED),
    # "almost 2,500" is just under 2,500, which "about 2,200" does not reach
    ("The siege killed almost 2,500 people.", NOT_ENOUGH_INFO),
    ("The siege killed almost 2,300 people.", SUPPORTED),
])
def test_open_and_nearly_hedges_are_not_stretched(base: FactBase, claim: str,
                                                  verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The rebels reached Homs on a Saturday in December 2024.", REFUTED),  # a Friday
    ("Marie Colvin was killed on Sunday 22 February 2012.", REFUTED),  # a Wednesday
    ("The rebels reached Homs on Friday 6 December 2024.", SUPPORTED),
    ("The evacuation began on a Wednesday in May 2014.", SUPPORTED),
    # a day the base derived ("Saturday night"), and a month with no day
    ("The army withdrew from Homs on a Sunday morning in December 2024.", NOT_ENOUGH_INFO),
    ("The army recaptured Baba Amr on a Sunday in March 2012.", NOT_ENOUGH_INFO),
])
def test_a_day_of_the_week_is_the_calendars(base: FactBase, claim: str, verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # "until" names the end of a span and "since" its start; another year is no refutation,
    # as the claim may bound another state ("in Mardin until 1933")
    ("The Syriac Patriarchate was in Homs until 1999.", NOT_ENOUGH_INFO),  # 1933-1959
    ("The Syriac Patriarchate was in Homs since 1900.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate was in Mardin until 1933.", NOT_ENOUGH_INFO),
    # a place the sentence has it move to, or leave, in the bounding year
    ("The Syriac Patriarchate was in Damascus until 1959.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate was in Mardin since 1933.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate was in Homs until 1959.", SUPPORTED),
    ("The Syriac Patriarchate was in Homs since 1933.", SUPPORTED),
    # a span the base derived, or one date a state may outlast, says no end
    ("The army besieged the Old City until 2020.", NOT_ENOUGH_INFO),
    ("Homs was called Emesa until 1900.", NOT_ENOUGH_INFO),
    ("The Syrian army had besieged Homs since May 2009.", NOT_ENOUGH_INFO),
    ("The Syrian army had besieged Homs since May 2011.", SUPPORTED),
    # "from" is "since"; a move is the start or the end of a stay, not a year inside it
    ("The Old City was besieged from 2013.", NOT_ENOUGH_INFO),  # 2012-2014
    ("The Syriac Patriarchate was in Homs from 1933 to 1959.", SUPPORTED),
    ("The Syriac Patriarchate moved to Homs in 1945.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate moved to Homs in 1933.", SUPPORTED),
])
def test_until_and_since_bound_a_state_by_its_end_and_start(base: FactBase, claim: str,
                                                            verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # a source's "between 15,000 and 20,000" backs only a claim that allows all of it
    ("In the 1860s Homs had more than 20,000 inhabitants.", NOT_ENOUGH_INFO),
    ("In the 1860s Homs had fewer than 15,000 inhabitants.", NOT_ENOUGH_INFO),
    ("In the 1860s Homs had between 10,000 and 25,000 inhabitants.", SUPPORTED),
    # a number that counts nothing must be written by the sentence; a dialling code is a
    # code, and the sentence's own refutes another (session 21)
    ("The dialling code of Homs is 011.", REFUTED),
    ("The dialling code of Homs is 031.", SUPPORTED),
    ("Homs Governorate has a population density of 143 people per km2.", NOT_ENOUGH_INFO),
    # places: "north of Damascus" is not in it, a month is no place, "is on the coast"
    ("Homs is in Damascus.", NOT_ENOUGH_INFO),
    ("Waer is in May.", NOT_ENOUGH_INFO),
    ("Homs is on the coast.", NOT_ENOUGH_INFO),
    ("Homs is on the Orontes River.", SUPPORTED),
    # "not French but Belgian" gives a nationality of its own, which the base's one
    # nationality (French) refutes
    ("Ochlik was not French but Belgian.", REFUTED),
])
def test_source_ranges_written_numbers_and_places(base: FactBase, claim: str,
                                                  verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # from the ninth and tenth held-out sets, read after both were run
    ("About forty buses in all carried the evacuees out of the Old City in May 2014.",
     NOT_ENOUGH_INFO),  # the base counts the first buses, not all
    ("A final group of 360 fighters left Homs on seven buses on the last day of the 2014 "
     "evacuation.", NOT_ENOUGH_INFO),
    ("AFP reported that four buses left the Old City when the evacuation started.", REFUTED),
    ("Homs Governorate, one of fourteen in Syria, is the country's biggest by area.",
     NOT_ENOUGH_INFO),  # "one of fourteen" counts no people, and refutes nothing
    ("The pull-out began at about 10 o'clock in the morning (0700 GMT), when 3 buses carrying "
     "civilians and fighters, some wounded, left the Old City.", NOT_ENOUGH_INFO),  # a clock
    ("The evacuation of Homs in 2014 came under the third deal of the war with the "
     "government.", NOT_ENOUGH_INFO),  # the first deal
    ("Government forces retook the Baba Amr district in the first quarter of 2012.",
     SUPPORTED),  # "first" of a date is no ordinal of the deed
    ("Remi Ochlik, killed in Homs in 2012, was a journalist from the United States.",
     REFUTED),
])
def test_moments_ordinals_clocks_and_origins(base: FactBase, claim: str, verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]
