"""Session 8's rules of ``check`` (issue 21), each on a base built for it, through the core
and once through the command line:

- a claim with no number and no date is checked against one sourced sentence at a time
  (an entity's description or statements, an event's summary): supported only when the
  sentence speaks to every part, in the same order and without a hedge the claim drops;
- a claim that a report ranked below the preferred one agrees with is not refuted;
- a figure counts one thing: of two numbers compared with it, one agreeing, the other is
  not refuted by it;
- a date is not refuted by one event while another the claim may mean fits it."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker

from .conftest import Raw, citation, entity, event, figure, minimal, run, write


def statement(text: str) -> Raw:
    return Raw(f'{{ text = "{text}", sources = [{citation().text}] }}')


def built(tmp_path: Path) -> FactBase:
    text = minimal(
        entity("hts", "Hayat Tahrir al-Sham", "group",
               statements=[statement("Al-Nusra Front, linked to Al-Qaeda, was its forerunner.")])
        + entity("al-nusra", "Al-Nusra Front", "group", description="An armed group.")
        + entity("syria", "Syria", "country")
        + entity("homs", "Homs", "city", located_in="syria",
                 statements=[statement("Early in the war activists called it the capital of "
                                       "the revolution and dreamt of a new Syria."),
                             statement("Its province borders Lebanon and Iraq."),
                             statement("The shelling of its centre was blamed on the army.")])
        + entity("old-city", "Old City", "district", located_in="homs",
                 statements=[statement("Its defenders held out for more than a year.")])
        + figure("toll-a", 1200, label="People in the Old City at the evacuation",
                 qualifier="approximate", measures="people-at-evacuation", rank="preferred",
                 rank_reason="The later count.",
                 about=["old-city"])
        + figure("toll-b", 2000, label="People in the Old City at the evacuation",
                 qualifier="approximate", measures="people-at-evacuation", about=["old-city"])
        + figure("rule-length", 24, label="Length of the president's rule", unit="years",
                 qualifier="exact")
        + event("army-withdrawal", "2024-12-07", "The army's withdrawal from Homs.",
                places=["homs"])
        + event("rebel-exit", "2014-05", "The rebels' withdrawal from the Old City begins "
                "under a deal.", places=["old-city"], entities=["homs"]))
    return load(write(tmp_path, text), use_cache=False)


@pytest.fixture
def base(tmp_path: Path) -> FactBase:
    return built(tmp_path)


@pytest.mark.parametrize(("claim", "expected", "why"), [
    ("Hayat Tahrir al-Sham's forerunner was the Al-Nusra Front.", SUPPORTED, "says it"),
    ("Al-Nusra Front's forerunner was Hayat Tahrir al-Sham.", NOT_ENOUGH_INFO,
     "whose forerunner"),
    ("The defenders of the Old City held out for more than a year.", SUPPORTED, "says it"),
    ("The defenders of the Old City in Homs held out for more than a year.", SUPPORTED,
     "says it"),  # a statement of the Old City speaks of "in Homs"
    ("The defenders of the Old City held out for more than a decade.", NOT_ENOUGH_INFO,
     "decade"),
    ("Homs province borders only Lebanon.", NOT_ENOUGH_INFO, "'only'"),
    ("Homs is the capital of Syria.", NOT_ENOUGH_INFO, "whose capital"),
    ("The shelling of Homs's centre was the army's.", NOT_ENOUGH_INFO, "blamed"),
    ("The shelling of the centre of Homs was blamed on the army.", SUPPORTED, "says it"),
    ("The Old City's defenders did not hold out for more than a year.", REFUTED, "not"),
])
def test_a_claim_without_numbers_rests_on_one_sentence(base: FactBase, claim: str,
                                                       expected: str, why: str) -> None:
    result = Checker(base).check(claim)
    assert (result["verdict"], why in result["reason"]) == (expected, True), result["reason"]
    assert result["evidence"], "the nearest sentence's record is shown for every verdict"


def test_a_report_ranked_below_the_preferred_one_keeps_a_claim_from_refutation(
        base: FactBase) -> None:
    checker = Checker(base)
    agreeing = checker.check("About 2,000 people were in the Old City at the evacuation.")
    assert agreeing["verdict"] == NOT_ENOUGH_INFO
    assert "ranked below it agrees" in agreeing["reason"]
    assert "toll-b" in agreeing["reason"]
    neither = checker.check("About 5,000 people were in the Old City at the evacuation.")
    assert neither["verdict"] == REFUTED


def test_a_figure_is_compared_with_the_one_number_it_counts(base: FactBase) -> None:
    result = Checker(base).check("The president's rule had lasted 24 years and the war "
                                 "13 years.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "'13 years' is not what rule-length counts" in result["reason"]
    alone = Checker(base).check("The president's rule had lasted 13 years.")
    assert alone["verdict"] == REFUTED


def test_a_date_is_not_refuted_by_one_event_while_another_fits_it(base: FactBase) -> None:
    # the army's withdrawal shares more with the claim, but the rebels' fits its date
    result = Checker(base).check("The withdrawal from Homs began in May 2014.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "may mean rebel-exit" in result["reason"]
    assert Checker(base).check("The withdrawal from Homs began in 2020.")["verdict"] == REFUTED


def test_the_command_line_shows_the_sentence_a_claim_rests_on(tmp_path: Path) -> None:
    built(tmp_path)
    result = run("--data", str(tmp_path / "base.toml"), "check", "--json",
                 "The defenders of the Old City held out for more than a year.")
    assert result.exit_code == 0, result.stderr
    answer = result.json()
    assert answer["verdict"] == SUPPORTED
    assert answer["found"]["sentence"] == "Its defenders held out for more than a year."
    assert [record["id"] for record in answer["evidence"]] == ["old-city"]
