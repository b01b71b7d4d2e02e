"""Session 17's rules of ``check`` (issue 21):

- a negated infinitive after a verb of asking ("urged fighters not to harm ...") is what was
  asked, not a denial of the claim; "not to harm" is to spare, and any other negated
  infinitive ("not to spare") is one word no source that says the verb holds;
- those who give up their arms, however it is put ("who lay down their arms", "who drop
  their weapons"), surrender; only after "who", as the fighters asked to do it are others;
- "the taking of" a place is its capture; "urged" and "asked" ask alike;
- a figure refutes no count of a thing the claim names before it that no record is
  ("Al-Qusayr District");
- numbers as the world groups them ("800 000", "652.609", "1'803'000", "$302,5 million",
  "8 hundred thousand") and months in figures ("2016-11", "06/2016", "8.2012"), which were
  read as a smaller number and as the year alone;
- a place the claim puts inside another the base does not have it in ("Aleppo's Old City",
  "Baba Amr, Aleppo", "Homs province in Lebanon") is a place the base says nothing about;
- a rank "most populous" is no rank by area; a count is given in the voice of whoever "put"
  or "gave" it, "per" whom it is, or where it "comes from" ("the Syrian government")."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.digits import grouped
from homsfacts.check.naming import Names
from homsfacts.check.negation import negation
from homsfacts.check.reader import read
from homsfacts.check.words import terms


@pytest.mark.parametrize(("claim", "verdict"), [
    ("HTS chief Abu Mohammed al-Golani hailed the capture of Homs as historic and urged "
     "fighters not to harm those who drop their arms.", SUPPORTED),
    ("Golani told fighters not to harm those who laid down their weapons.", SUPPORTED),
    ("Golani told fighters not to spare those who drop their arms.", NOT_ENOUGH_INFO),
    ("Golani urged fighters to harm those who drop their arms.", NOT_ENOUGH_INFO),
    ("Golani asked his fighters to give up their weapons.", NOT_ENOUGH_INFO),
    ("Golani did not hail the capture of Homs.", REFUTED),
])
def test_what_was_asked_and_who_gave_up_their_arms(base: FactBase, claim: str,
                                                  verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "negated"), [
    ("Golani urged fighters not to harm civilians.", ""),
    ("The army told residents not to return.", ""),
    ("Colvin was not to blame.", "not"),  # no verb of asking: a denial
    ("The rebels did not leave.", "not"),
])
def test_a_negated_infinitive_after_a_verb_of_asking_denies_nothing(claim: str,
                                                                    negated: str) -> None:
    assert negation(claim)[0] == negated


def test_giving_up_arms_is_a_surrender_only_after_who() -> None:
    assert "surrender" in terms("anyone who gave up their weapons")
    assert "surrender" in terms("those who lay down their arms")
    assert "surrender" not in terms("asked his fighters to give up their weapons")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Al-Qusayr District had about 100,000 inhabitants in 2004.", NOT_ENOUGH_INFO),
    ("Homs had about 100,000 inhabitants in 2004.", REFUTED),
])
def test_a_figure_refutes_no_count_of_a_thing_no_record_is(base: FactBase, claim: str,
                                                          verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_a_name_ending_in_s_keeps_its_s(base: FactBase) -> None:
    result = Checker(base).check("Tartus had about 100,000 inhabitants in 2004.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "about Tartus," in result["reason"]


@pytest.mark.parametrize(("text", "read_as"), [
    ("estimated at 800 000", "estimated at 800,000"),
    ("652.609 inhabitants", "652,609 inhabitants"),
    ("1'803'000 people", "1,803,000 people"),
    ("about 2\u202f200 people", "about 2,200 people"),
    ("$302,5 million", "$302.5 million"), ("51,5%", "51.5%"),
    ("8 hundred thousand", "800 thousand"),
    ("in 2024 300 people", "in 2024 300 people"),  # a year before a count stays apart
    ("1.5 km", "1.5 km"), ("48, 76 and 104", "48, 76 and 104"), ("302.5", "302.5"),
])
def test_numbers_as_the_world_groups_them(text: str, read_as: str) -> None:
    assert grouped(text) == read_as


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The siege killed around 2 200 people.", SUPPORTED),
    ("Homs had 652.609 inhabitants in 2004.", SUPPORTED),
    ("The Colvin judgement was $302,5 million.", SUPPORTED),
    ("The government retook Waer in 2016-11.", REFUTED),
    ("The government retook Waer in 06/2016.", REFUTED),
    ("The army recaptured Baba Amr in 8.2012.", REFUTED),
    ("The government retook Waer in 05/2016.", SUPPORTED),
    ("The protests began in 2011-03.", SUPPORTED),
])
def test_numbers_grouped_and_months_in_figures(base: FactBase, claim: str,
                                               verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("text", "iso"), [
    ("2016-11", "2016-11"), ("06/2016", "2016-06"), ("8.2012", "2012-08"),
    ("2012-02-22", "2012-02-22"),
])
def test_a_month_in_figures_is_a_month(text: str, iso: str) -> None:
    (date,) = read(f"It happened in {text}.").dates
    assert date.iso == iso


def test_two_years_joined_by_a_hyphen_are_no_month() -> None:
    assert all(date.iso != "2011-12" for date in read("In the 2011-12 winter.").dates)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The siege of Aleppo's Old City lasted two years.", NOT_ENOUGH_INFO),
    ("The siege of the Old City of Damascus lasted two years.", NOT_ENOUGH_INFO),
    ("Two Western journalists were killed in Baba Amr, Aleppo, on 22 February 2012.",
     NOT_ENOUGH_INFO),
    ("Homs province in Lebanon borders Iraq.", NOT_ENOUGH_INFO),
    ("The siege of Homs's Old City lasted two years.", SUPPORTED),
    ("Two Western journalists were killed in Baba Amr, Homs, on 22 February 2012.", SUPPORTED),
    ("Syria's Homs province borders Iraq.", SUPPORTED),
    ("Homs lies between Damascus and Aleppo.", SUPPORTED),
])
def test_a_place_put_inside_another_the_base_does_not_have_it_in(
        base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "unknown"), [
    ("Syria's largest cities are Aleppo, Damascus, Homs.", []),  # a list: no city in a city
    ("Fighting reached Baba Amr, Aleppo.", ["Baba Amr, Aleppo"]),
    ("The Old City in Damascus was besieged.", ["The Old City in Damascus"]),
])
def test_the_words_that_put_a_place_elsewhere(base: FactBase, claim: str,
                                              unknown: list[str]) -> None:
    assert Names(base).unknown(read(claim)) == unknown


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs is Syria's third most populous governorate.", NOT_ENOUGH_INFO),  # a rank by area
    ("Homs is Syria's third most populous city.", SUPPORTED),
    ("The Syrian government put the siege death toll at about 2,200.", NOT_ENOUGH_INFO),
    ("Per the UN, around 2,200 people died in the siege.", NOT_ENOUGH_INFO),
    ("The death toll of the siege, about 2,200, comes from the Syrian government.",
     NOT_ENOUGH_INFO),
    ("The siege killed about 2,200 people, per the SOHR.", SUPPORTED),
])
def test_a_rank_by_another_measure_and_a_count_by_another_voice(
        base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Survivors of the siege had nothing to eat but grass and dried foods.", SUPPORTED),
    ("Survivors of the siege had nothing to eat but bread.", NOT_ENOUGH_INFO),
    ("The city houses an oil refinery.", SUPPORTED),
])
def test_words_people_use_for_what_a_sentence_says(base: FactBase, claim: str,
                                                   verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_if_not_widens_and_denies_nothing() -> None:
    assert negation("It took survivors months, if not years, to recover.")[0] == ""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The main north-south road linking central Syria with Damascus runs through Homs.",
     SUPPORTED),
    ("The 1981 census recorded 346,871 inhabitants in Homs.", SUPPORTED),
    ("The SOHR recorded about 2,200 deaths in the siege.", SUPPORTED),  # "recorded" is "said"
    ("Reuters recorded about 2,200 deaths in the siege.", NOT_ENOUGH_INFO),  # another voice
    ("Rebel fighters began withdrawing from the besieged heart of Homs on 7 May 2014.",
     SUPPORTED),
    ("Non-violent protests inspired by the Arab Spring began nationwide in March 2011.",
     SUPPORTED),
    ("Non-violent protests began nationwide in March 2012.", REFUTED),
    ("Baba Amr served as the stronghold of the FSA.", SUPPORTED),
])
def test_more_words_people_use_for_what_the_base_says(base: FactBase, claim: str,
                                                      verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("A journalist was killed in Syria in 2013.", NOT_ENOUGH_INFO),  # one of a kind
    ("The army recaptured a neighbourhood of Homs in 2013.", NOT_ENOUGH_INFO),
    ("An evacuation took place in Homs in 2016.", NOT_ENOUGH_INFO),
    ("The army recaptured Baba Amr in 2013.", REFUTED),
    ("Syria's civil war was sparked by a crackdown on protests in 2009.", REFUTED),
    ("Homs was besieged in 2013.", NOT_ENOUGH_INFO),  # a state its beginning does not bound
    ("The Los Angeles Times described the deal as a major strategic and symbolic victory for "
     "Assad's government.", SUPPORTED),  # it "saw" it as one
    ("It was on 22 February 2012 that Colvin was killed.", SUPPORTED),
    ("Homs Governorate had 1.803 million inhabitants in 2011.", SUPPORTED),  # no 1,803 million
])
def test_one_of_a_kind_a_state_and_a_claim_put_otherwise(base: FactBase, claim: str,
                                                          verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs is the largest city in Homs province.", NOT_ENOUGH_INFO),
    ("Homs is the third largest city in Homs Governorate.", NOT_ENOUGH_INFO),
    ("Homs was the first city in Syria to protest.", NOT_ENOUGH_INFO),  # a deed, not a size
    ("Homs has been Syria's third city since antiquity.", NOT_ENOUGH_INFO),
    ("Homs is the third largest city in Syria.", SUPPORTED),
    ("Homs is the largest city in Syria.", REFUTED),
])
def test_a_rank_among_syrias_cities_answers_no_other_ranking(base: FactBase, claim: str,
                                                             verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Talal al-Barazi became governor in November 2016.", NOT_ENOUGH_INFO),
    ("Namir Habib Makhlouf became governor of Homs Governorate in January 2024.",
     NOT_ENOUGH_INFO),
    ("The November 2016 version of the encyclopaedia names Talal al-Barazi as governor.",
     SUPPORTED),
])
def test_a_copy_that_names_someone_does_not_date_when_they_became_it(
        base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict
