"""Session 16's rules of ``check`` (issue 21), each a harmful verdict a review found:

- a number in words may have a decimal part ("three hundred and two point five million",
  "fifty-one point five percent"), and a share in words is a share, as "51.5%" is;
- "amounted to" says no more than "was";
- a sentence that says someone was without something ("left people trapped without food")
  denies that they had it, and backs a claim that they had none ("had no food", "with no
  food");
- a count of a whole period ("the two-year siege") refutes no smaller count of one day of
  it; a count the source gives "by some estimates" refutes no count a claim states as a fact;
  a count of a census year refutes no count of the time just before the war; and a figure
  of inhabitants refutes no count of what a claim says was done ("employed 10,000");
- "stayed Ottoman until 1516" bounds a state, which the event that began it does not date;
  "became part of" begins a state, which the event that ended another does not date;
- an amount compared with a record ("a quarter of a billion dollars is less than the
  judgement") is no value of it, and a time put between two things ("a day after Ochlik") is
  not compared: neither is supported or refuted by the record's value;
- a date refutes no event where the claim's count is of nothing the base can place ("about
  1,400 evacuated in February 2014"): the count may be of another happening;
- "a handful of" is a share of a whole, which "most of" does not back;
- a person the claim has an act done to ("found Marie Colvin culpable") must be whom the
  event has it done to, where the event says;
- a count's unit may follow a word of whose ("two Western journalists");
- where sources disagree on a count, a claim that names one of them ("according to Reuters")
  is compared with that one's report; "According to Reuters," is no name described;
- a pronoun between a verb and its particle ("took it back") leaves the verb's act whole;
- "covers" before an area says nothing its unit does not;
- dates as people write them: the year first ("2012/02/22", "2012.02.22"), and "between 2011
  and 2013" as some time in those years; a round number in words ("three hundred million",
  "one point eight million") rounds as it does in figures; a number in words before "per"
  is a density, no count; "three-quarters of a million"; "above half a million"."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.acts import acts
from homsfacts.check.reader import read
from homsfacts.check.spelled import SPELLED, spelled_value
from homsfacts.check.subjects import lacked


@pytest.mark.parametrize(("text", "value"), [
    ("three hundred and two point five million dollars", 302_500_000.0),
    ("fifty-one point five percent", 51.5),
    ("two point two five", 2.25),
    ("one point", 1.0),  # no digit after it: no decimal part
])
def test_a_number_in_words_may_have_a_decimal_part(text: str, value: float) -> None:
    match = SPELLED.search(text)
    assert match is not None
    assert spelled_value(match.group()) == value


def test_a_share_in_words_is_a_share() -> None:
    (quantity,) = read("fifty-one point five percent of the people were male").quantities
    assert (quantity.unit, quantity.value) == ("share", 0.515)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The Colvin judgement amounted to three hundred and two point five million dollars.",
     SUPPORTED),
    ("In the 2004 census fifty-one point five percent of Homs's people were male.", SUPPORTED),
    ("In the 2004 census fifty-two point five percent of Homs's people were male.", REFUTED),
    ("People trapped in the siege of Homs had no food or medical supplies.", SUPPORTED),
    ("People were trapped in Homs with no food or medical supplies.", SUPPORTED),
    ("The siege left people trapped without food or medical supplies.", SUPPORTED),
    ("People trapped in the siege of Homs had food and medical supplies.", REFUTED),
    ("People trapped in the siege of Homs had plenty of food.", NOT_ENOUGH_INFO),
    ("Around 400 people were killed in the Old City on 7 May 2014.", NOT_ENOUGH_INFO),
    ("Around 4,000 people were killed in the siege of the Old City on 7 May 2014.", REFUTED),
    ("The rebels had 1,800 fighters in the Old City in 2014.", NOT_ENOUGH_INFO),
    ("Some estimates cited by the LA Times put the fighters still in the Old City at about "
     "12,000.", REFUTED),
    ("Homs had 1.5 million people in its wider area before the uprising.", NOT_ENOUGH_INFO),
    ("Homs had 1.5 million people before the war.", REFUTED),
    ("Homs's cotton industry employed 10,000 people in the 1860s.", NOT_ENOUGH_INFO),
    ("Homs had 10,000 inhabitants in the 1860s.", REFUTED),
    ("About 20,000 rebels began to leave the Old City on 7 May 2014.", REFUTED),
    ("Homs stayed Ottoman until 1516.", NOT_ENOUGH_INFO),
    ("Homs became Ottoman in 1516.", SUPPORTED),
    ("Homs became part of the French Mandate of Syria in 1920.", NOT_ENOUGH_INFO),
    ("A quarter of a billion dollars is less than the judgement a US court ordered in the "
     "Colvin case.", NOT_ENOUGH_INFO),
    ("Over 2,000 people is more than the siege death toll.", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed in Homs a day after Remi Ochlik.", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed in Homs alongside Remi Ochlik.", SUPPORTED),
    ("About 1,400 people were evacuated from the Old City in February 2014.", NOT_ENOUGH_INFO),
    ("The evacuation of the Old City began in February 2014.", REFUTED),
    # what falls is whom the act befalls, the whole of it: "the Syrian government", not "the
    # Syrian", which took Waer back in 2016
    ("The Syrian government fell in December 2024.", NOT_ENOUGH_INFO),
    ("Homs fell to the rebels in December 2024.", SUPPORTED),
    ("Only a handful of those trapped by the siege were evacuated in May 2014.",
     NOT_ENOUGH_INFO),
    ("Most of those trapped by the siege were evacuated in May 2014.", SUPPORTED),
    ("In 2019, a US court found Marie Colvin culpable in the Syrian government's death.",
     NOT_ENOUGH_INFO),
    ("In 2019, a US court found the Syrian government culpable in Marie Colvin's death.",
     SUPPORTED),
    ("The US court's judgement in the Colvin case was handed down in 2012.", REFUTED),
    ("Three Western journalists were killed in Homs on 22 February 2012.", REFUTED),
    ("According to Reuters, the first evacuees left on two buses.", SUPPORTED),
    ("Reuters reported that three buses carried the first rebels out.", REFUTED),
    # the BBC's report of this count is of those who left, not of those inside
    ("About 1,200 people were believed to be in the Old City, according to the BBC.",
     NOT_ENOUGH_INFO),
    ("Naharnet reported that the first evacuees left on three buses.", SUPPORTED),
    ("The first evacuees left on three buses.", NOT_ENOUGH_INFO),  # the reports disagree
    ("The city of Homs covers 48 square kilometres.", SUPPORTED),
    ("The city of Homs covers 148 square kilometres.", REFUTED),
    ("The Old City of Homs had 2,500 shops in its covered souk.", NOT_ENOUGH_INFO),
    ("The evacuation of the Old City began on 2014/06/07.", REFUTED),
    ("Marie Colvin was killed in Homs on 2012/02/22.", SUPPORTED),
    ("Marie Colvin was killed in Homs on 2012.02.22.", SUPPORTED),
    ("The army recaptured Baba Amr in 2012/04.", REFUTED),
    ("The army recaptured Baba Amr in 2012/03.", SUPPORTED),
    ("The army recaptured Baba Amr between 2011 and 2013.", SUPPORTED),
    ("The army recaptured Baba Amr between 2013 and 2015.", REFUTED),
    ("Homs Governorate had one point eight million people in 2011.", NOT_ENOUGH_INFO),
    ("The Colvin judgement was three hundred million dollars.", NOT_ENOUGH_INFO),
    ("Homs had forty-three inhabitants per km2.", NOT_ENOUGH_INFO),
    ("Homs had about three-quarters of a million people in 2005.", SUPPORTED),
    ("Before the conflict around four-fifths of a million people lived in Homs.", SUPPORTED),
    ("Before the conflict around three-fifths of a million people lived in Homs.", REFUTED),
    ("Homs had above half a million people in 1994.", SUPPORTED),
    # the president is of the government's side, but no army: his leaving is not its
    # withdrawal (held-out set 16)
    ("Assad left Syria on 8 December 2024.", NOT_ENOUGH_INFO),
])
def test_claims_a_review_found_judged_wrongly(base: FactBase, claim: str,
                                              verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_a_pronoun_between_a_verb_and_its_particle() -> None:
    (retaking,) = acts("The government took it back in May 2016.")
    assert (retaking.act, retaking.agent) == ("retake", "the government side")


def test_what_a_text_says_someone_lacked() -> None:
    assert lacked("it left people trapped without food or medical supplies") == {"food"}
    assert lacked("they had no food") == set()
    assert lacked("they had no food", said=("no",)) == {"food"}
