"""Session 11's rules on who takes part in what a claim's date agrees with (issue 21), from
a review's false "supported" verdicts: a country or people the claim gives a part ("found
Russia culpable", "evacuated to Lebanon", "the French offensive") must be one the event
involves; whom an act was done to must be the source's ("found the rebels culpable"); and
"as reports tell us" names no US."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.participants import home_peoples, only_qualifies

from .conftest import entity, event, minimal, write
from .test_check_parts import cli


@pytest.mark.parametrize(("claim", "verdict"), [
    ("In 2019 a US court found Russia culpable in Colvin's death.", NOT_ENOUGH_INFO),
    ("In 1946 Syria became independent from Lebanon.", NOT_ENOUGH_INFO),
    ("In May 2014 rebels were evacuated from the Old City to Lebanon.", NOT_ENOUGH_INFO),
    ("In March 2012 the army recaptured Baba Amr from the United States.", NOT_ENOUGH_INFO),
    ("The French offensive reached Homs on 6 December 2024.", NOT_ENOUGH_INFO),
    ("On 8 May 2014 Russian forces took full control of central Homs.", NOT_ENOUGH_INFO),
    ("In 2019 a US court found the rebels culpable in Colvin's death.", NOT_ENOUGH_INFO),
    # what stays: a country that says whose, one the event involves, its own people
    ("In 2019 a US court found the Syrian government culpable in Colvin's death.", SUPPORTED),
    ("In 2019 a US court found Syria culpable in Colvin's death.", SUPPORTED),
    ("In May 2016 the government took back Waer in an operation supervised by Russia.",
     SUPPORTED),
    ("The army recaptured Baba Amr in March 2012, as reports tell us.", SUPPORTED),
    ("In 2019 a French court found the Syrian government culpable in Colvin's death.",
     REFUTED),  # a US court: the other nationality refutes
])
def test_who_takes_part_must_be_who_the_event_involves(base: FactBase, claim: str,
                                                       verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_a_country_says_whose_before_a_noun_or_joined_to_a_word(base: FactBase) -> None:
    russia = base.get("russia")
    assert russia is not None
    assert only_qualifies("a Russia-backed offensive", russia)
    assert only_qualifies("the Russia air base", russia)
    assert only_qualifies("a journalist from Russia", russia)
    assert not only_qualifies("found Russia culpable", russia)
    assert not only_qualifies("independent from Russia", russia)
    assert not only_qualifies("Russia reached Homs", russia)


def test_the_command_line_names_the_country_that_takes_no_part() -> None:
    answer = cli("In 2019 a US court found Russia culpable in Colvin's death.")
    assert answer["verdict"] == NOT_ENOUGH_INFO
    assert "Russia has no part in colvin-judgement" in answer["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # the words of a dated claim rest on the event, and on what those it involves say of
    # its years or from its paragraphs, not on all that is said of Homs
    ("On 22 February 2012 Marie Colvin was killed by a bombing widely blamed on the rebels.",
     NOT_ENOUGH_INFO),
    ("On 8 December 2024 the rebels announced full control of Homs without a fight.",
     NOT_ENOUGH_INFO),
    ("In May 2014 the rebels left the Old City with their heavy weapons.", NOT_ENOUGH_INFO),
    # what stays: words the event's own paragraphs give its people
    ("On 22 February 2012 Marie Colvin was killed by a bombing widely blamed on the army.",
     SUPPORTED),
    ("The larger Mamluk-era mosque at the tomb was built in 1265.", SUPPORTED),
    ("Muslim forces captured the city in 636 and gave it the name Ḥimṣ.", SUPPORTED),
])
def test_a_dated_claim_rests_on_what_is_said_of_its_event(base: FactBase, claim: str,
                                                           verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # a nationality said of several people is each one's; each clause gives its own
    ("Both Colvin and Ochlik were French.", REFUTED),
    ("Colvin and Ochlik were both American.", REFUTED),
    ("Colvin was American and Ochlik was American.", REFUTED),
    ("Ochlik was the American and Colvin the French journalist killed in Baba Amr.", REFUTED),
    # a nationality that qualifies a noun is no one's ("the Syrian army", "French journalist")
    ("US reporter Marie Colvin and French journalist Rémi Ochlik were killed in Homs on "
     "22/02/2012.", SUPPORTED),
])
def test_the_nationality_of_several_people(base: FactBase, claim: str, verdict: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == verdict, result["reason"]


def test_the_people_of_the_bases_own_country_take_part_in_everything(tmp_path: Path) -> None:
    # a base about a French town: "French" names no part of its own there, "Syrian" does
    french = load(write(tmp_path, minimal(
        entity("france", "France", "country") + entity("lyon", "Lyon", "city",
                                                       located_in="france")
        + event("e1", "2012", "Something in Lyon.", places=["lyon"])
        + event("e2", "2013", "Something else in Lyon.", places=["lyon"]))))
    assert {"french", "france"} <= home_peoples(french)
    assert "syrian" not in home_peoples(french)
