"""Session 16's rules of ``check`` (issue 21) about names and titles:

- a title before a name ("HTS chief Abu Mohammed al-Golani", "Governor Talal al-Barazi")
  says what the person was, in passing: the claim is read as its main clause and that
  description, each of which the base must back;
- a name the base keeps no record of is described alike where the source writes the title
  before it ("the Roman emperor Aurelian" backs "the emperor Aurelian");
- the date of a copy is read as the copy's where the source's name stands between them ("the
  August 2020 Wikipedia copy", "the 2020 encyclopaedia copy");
- a source is known by the initials of its name as people write them ("the LA Times" of the
  Los Angeles Times that a page carries)."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.apposition import split
from homsfacts.check.reader import read
from homsfacts.check.voices import claimed_voice, source_voice, voice_words


@pytest.mark.parametrize(("claim", "main", "description"), [
    ("HTS chief Abu Mohammed al-Golani hailed the taking of Homs.",
     "Abu Mohammed al-Golani hailed the taking of Homs.",
     "Abu Mohammed al-Golani was the HTS chief."),
    ("Rebel commander Hassan Abdul-Ghani said so.", "Hassan Abdul-Ghani said so.",
     "Hassan Abdul-Ghani was the rebel commander."),
    ("In 272 the emperor Aurelian beat Zenobia.", "In 272 Aurelian beat Zenobia.",
     "Aurelian was the emperor."),
    ("President Bashar al-Assad's forces retook it.", "Bashar al-Assad's forces retook it.",
     "Bashar al-Assad was the president."),
])
def test_a_title_before_a_name_describes_it(claim: str, main: str, description: str) -> None:
    parts = split(claim)
    assert parts is not None
    assert (parts.main, parts.description) == (main, description)


def test_a_title_with_no_name_after_it_is_no_description() -> None:
    assert split("The governor told AFP a third convoy would leave.") is None


@pytest.mark.parametrize(("claim", "verdict"), [
    ("HTS chief Abu Mohammed al-Golani hailed the taking of Homs as historic.", SUPPORTED),
    ("Governor Talal al-Barazi told AFP that a third convoy would leave before dark.",
     SUPPORTED),
    ("Rebel commander Hassan Abdul-Ghani said his forces were combing the city.", SUPPORTED),
    # the description is a part the base must back: Colvin was no governor
    ("Governor Marie Colvin told AFP that a third convoy would leave before dark.",
     NOT_ENOUGH_INFO),
    ("HTS commander Talal al-Barazi told AFP that a third convoy would leave before dark.",
     NOT_ENOUGH_INFO),
    ("The emperor Aurelian defeated Queen Zenobia of Palmyra at Emesa in 272.", SUPPORTED),
    ("The king Aurelian defeated Queen Zenobia of Palmyra at Emesa in 272.", NOT_ENOUGH_INFO),
    ("The emperor Aurelian defeated Queen Zenobia of Palmyra at Emesa in 2012.", REFUTED),
])
def test_claims_that_give_a_title_before_a_name(base: FactBase, claim: str,
                                                verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_a_source_is_known_by_its_initials(base: FactBase) -> None:
    trend = base.get("trend-2014-05-08")
    assert trend is not None
    assert {"la", "lat"} <= voice_words(source_voice(trend))
    assert "la" in claimed_voice("According to the LA Times, the deal was a win.")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("According to the LA Times, some estimates put the rebel fighters still in the Old "
     "City at about 1,200.", SUPPORTED),
    ("Some estimates cited by the LA Times put the fighters still in the Old City at about "
     "12,000.", REFUTED),
    # initials of no source the base cites are still a name it does not know
    ("According to the NYT, some estimates put the rebel fighters still in the Old City at "
     "about 1,200.", NOT_ENOUGH_INFO),
])
def test_claims_that_name_a_source_by_its_initials(base: FactBase, claim: str,
                                                   verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "dates"), [
    ("The August 2020 Wikipedia copy gives Homs a 2017 population of 775,404.", ["2017"]),
    ("The 2020 encyclopaedia copy gives Homs a population of 775,404 in 2017.", ["2017"]),
    # alone, the copy's date is its voice, not a date of the claim (session 18)
    ("The January 2024 Wikipedia copy names Namir Habib Makhlouf as governor.", []),
])
def test_the_date_of_a_copy_named_by_its_source(claim: str, dates: list[str]) -> None:
    assert [date.iso for date in read(claim).dates] == dates


def test_a_question_asks_what_a_copy_says_of_its_own_time() -> None:
    question = "Who is governor of Homs Governorate in the January 2024 copy?"
    assert [date.iso for date in read(question, copies_timed=True).dates] == ["2024-01"]
    assert [date.iso for date in read(question).dates] == []


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The August 2020 Wikipedia copy gives Homs's 2017 population as 775,404.", SUPPORTED),
    ("The August 2020 encyclopaedia copy gives the city a 2017 population of about 575,000.",
     REFUTED),
])
def test_claims_that_name_a_copy_by_its_source(base: FactBase, claim: str,
                                               verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict
