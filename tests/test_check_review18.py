"""Session 18's rules of ``check`` (issue 21):

- a copy of a source cited by its date ("the February 2014 copy", "the November 2016
  version of the Homs Governorate article", "the copies of 2012 and 2014") is the claim's
  voice, compared with each source's date of publication, never a date of the claim; a
  sentence that ties each copy to whom it names backs no other copy for that name;
- where a number could count several figures, the words of its own clause tell them apart
  ("5,500 Greek Orthodox and 1,500 Syriac Orthodox Christians");
- a group named by a plural is spoken of by its adjective ("Alawites": "mostly Alawite");
- who make up most of a people, or a minority of them, is a part of the claim: "a mostly
  Alawite city with a Sunni minority" is not "mostly Sunni, with Alawite minorities"."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.acts import acts
from homsfacts.check.clauses import own_clause
from homsfacts.check.copies import cited_copy, copy_misplaced, copy_voice
from homsfacts.check.voices import claimed_voice, source_voice


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The January 2024 copy names Namir Habib Makhlouf as governor of Homs Governorate.",
     SUPPORTED),
    ("The November 2016 version of the Homs Governorate article names Talal al-Barazi as "
     "governor.", SUPPORTED),
    ("The August 2020 copy of the Homs article names Talal Albarazi as president of the "
     "city council.", SUPPORTED),
    ("The 2012 encyclopaedia copy explains \"Emesa\" as a compound of \"Ham-Es\".", SUPPORTED),
    # the copy of 2016 names another governor; the one sentence that names both ties each
    # to its own copy
    ("The November 2016 version of the article gives Namir Habib Makhlouf as the governor.",
     NOT_ENOUGH_INFO),
    ("The 2016 version of the Homs Governorate article lists Namir Habib Makhlouf as "
     "governor.", NOT_ENOUGH_INFO),
    # a copy the base has none of
    ("The 2018 copy names Namir Habib Makhlouf as governor of Homs Governorate.",
     NOT_ENOUGH_INFO),
])
def test_a_copy_cited_by_its_date_is_the_voice_of_the_claim(base: FactBase, claim: str,
                                                            verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_the_copy_a_claim_cites_and_the_dates_of_a_source_meet_as_words(
        base: FactBase) -> None:
    assert copy_voice("The February 2014 copy of the encyclopaedia names him") == {
        "copy", "february", "2014"}
    assert copy_voice("the copies of 2012 and 2014 describe") == {"copy", "2012", "2014"}
    assert copy_voice("the copy of 21 November 2016") == {"copy", "november", "2016"}
    assert copy_voice("Reuters said in 2014") == set()
    assert {"copy", "february", "2014"} <= claimed_voice(
        "The February 2014 copy names Ghassan Mustafa Abdul-Aal as governor.")
    source = base.get("wikipedia-2014-02")
    assert source is not None
    assert {"february", "2014", "copy"} <= set(source_voice(source).lower().split())


@pytest.mark.parametrize(("claim", "plain"), [
    ("The November 2016 version of the Homs Governorate article names him.",
     "The November 2016 copy names him."),
    ("A 2012 version of the Homs encyclopaedia article said so.", "The 2012 copy said so."),
    ("according to the 2020 copy of the encyclopaedia article on Homs, it is so",
     "according to the 2020 copy, it is so"),
    ("The infoboxes of the 2014 and 2020 copies say so.",
     "The infoboxes of the 2014 and 2020 copies say so."),
    ("In 2014 the army retook the Old City.", "In 2014 the army retook the Old City."),
])
def test_a_copy_is_written_one_way_however_its_source_is_named(claim: str,
                                                               plain: str) -> None:
    assert cited_copy(claim) == plain


def test_a_sentence_that_ties_each_copy_to_a_name_backs_no_other_copy() -> None:
    text = ("Its governor is Talal al-Barazi in the copy of 21 November 2016 and Namir Habib "
            "Makhlouf in the copy of January 2024.")
    assert copy_misplaced("The 2016 copy names Namir Habib Makhlouf as governor.", text)
    assert not copy_misplaced("The 2016 copy names Talal al-Barazi as governor.", text)
    assert not copy_misplaced("Namir Habib Makhlouf is governor.", text)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("In the 1880s the Survey of Western Palestine counted 5,500 Greek Orthodox and 1,500 "
     "Syriac Orthodox Christians in Homs.", SUPPORTED),  # two claims, one noun (session 23)
    ("The Survey of Western Palestine counted 1,500 Greek Orthodox and 5,500 Syriac Orthodox "
     "Christians in Homs.", REFUTED),
    ("The city of Homs covers 48 square kilometres, with an urban area of 76 km² and a "
     "metropolitan area of 104 km².", SUPPORTED),
    ("The city of Homs covers 104 km2, while its metropolitan area spans 48 km2.", REFUTED),
    ("According to Syria's Central Bureau of Statistics, the 2004 census recorded 652,609 "
     "people in Homs, 51.5% of them male and 48.5% female.", SUPPORTED),
    ("In the 2004 census 48.5% of the people of Homs were male and 51.5% female.", REFUTED),
    # no clause tells the two apart
    ("Homs's 2004 census split 51.5% to 48.5%.", NOT_ENOUGH_INFO),
])
def test_the_clause_of_a_number_tells_apart_the_figures_it_could_count(
        base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_the_clause_of_a_number_ends_where_another_count_begins() -> None:
    claim = "The city covers 48 km2, its urban area 76 km2 and its metro area 104 km2."
    assert "urban" in own_clause(claim, "76 km2")
    assert "urban" not in own_clause(claim, "48 km2")
    assert "metropolitan" in own_clause(claim, "104 km2")
    assert own_clause(claim, "99 km2") == set()


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Al-Mukharram District is mostly Alawite.", SUPPORTED),
    ("The 2012 and 2014 copies describe Homs's people as mostly Arabic-speaking Sunni Muslims "
     "with Alawite and Christian minorities.", SUPPORTED),
    ("The 2012 and 2014 encyclopaedia copies describe Homs as a mostly Alawite city with a "
     "Sunni minority.", NOT_ENOUGH_INFO),
    ("The 2012 and 2014 copies describe Homs's people as mostly Arabic-speaking Sunni Muslims "
     "with Shia minorities.", NOT_ENOUGH_INFO),
])
def test_who_make_up_most_of_a_people_is_a_part_of_the_claim(base: FactBase, claim: str,
                                                            verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # what the governor told AFP is his word: a count of activists' refutes none of it
    ("Governor Talal al-Barazi told AFP that 1,000 fighters would leave on the first day.",
     NOT_ENOUGH_INFO),
    ("Reuters said about 6,000 people were among the first to leave.", REFUTED),
])
def test_what_someone_told_an_outlet_is_said_in_their_voice(base: FactBase, claim: str,
                                                            verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict
    assert "barazi" in claimed_voice("Talal al-Barazi told AFP that they would leave.")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Syria's civil war was triggered by a crackdown on pro-democracy protests in 2011.",
     SUPPORTED),
    ("The Krak des Chevaliers, a World Heritage Site, is close to Homs.", SUPPORTED),
    ("Reuters said it could not independently verify video purporting to show the fighters "
     "leaving.", SUPPORTED),
    ("Reuters said it had independently verified the footage of the fighters leaving.",
     REFUTED),
    ("The Hindu called the capture of Homs a powerful symbol of the rebels' comeback in a "
     "conflict then 13 years old.", SUPPORTED),
    ("The 2014 and 2020 copies of the encyclopaedia article date the settlement of the site "
     "of Homs to 2000 BCE.", SUPPORTED),
    ("One of Homs's nicknames is \"The city of Ibn al-Walid\".", SUPPORTED),
    ("Homs has a number of historic mosques and churches.", SUPPORTED),
    ("AFP describes the Free Syrian Army as a rag-tag collection of army defectors and "
     "civilians.", SUPPORTED),
    ("Homs camp, a Palestinian refugee camp inside the city, has nearly 14,000 residents, most "
     "of them originally from around Acre and Haifa.", SUPPORTED),
    # "present" is no word of course: the present mosque is today's
    ("A tour operator says the present Khalid ibn al-Walid Mosque was built between 1908 and "
     "1913.", SUPPORTED),
    ("The Krak des Chevaliers, a World Heritage Site, is far from Homs.", NOT_ENOUGH_INFO),
])
def test_words_people_write_for_the_sources_own(base: FactBase, claim: str,
                                                verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # a description that places its record names it first: "City in western Syria"
    ("Homs is a city in western Syria.", SUPPORTED),
    # a name inside another's ("the Homs city council") places neither
    ("In the August 2020 copy, the president of the Homs city council is Talal Albarazi.",
     SUPPORTED),
    ("Homs, known as Emesa in antiquity, lies on the Orontes River in western Syria.",
     SUPPORTED),
    # one that begins with a clause about others places no one
    ("Homs lies on the main north-south road connecting central Syria with Damascus.",
     SUPPORTED),
    # what a census or survey found, it counted
    ("The 2004 census found 48.5% of Homs's people were male.", REFUTED),
    ("The Survey of Western Palestine found 1,500 Greek Orthodox and 5,500 Syriac Orthodox "
     "Christians in Homs.", REFUTED),
    ("The 2004 census found that 51.5% of Homs residents were male and 48.5% female.",
     SUPPORTED),
])
def test_a_description_s_record_and_a_census_s_findings(base: FactBase, claim: str,
                                                       verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # "armed" before what it describes arms no one; "before anywhere else" is first
    ("It was in Homs that armed anti-government factions first took up arms.", SUPPORTED),
    ("Homs was not where armed anti-government factions first took up arms.", REFUTED),
    ("It was in Aleppo that armed anti-government factions first took up arms.",
     NOT_ENOUGH_INFO),
    ("Armed anti-government factions took up arms in Homs last.", NOT_ENOUGH_INFO),
])
def test_an_armed_faction_and_the_first_place(base: FactBase, claim: str,
                                              verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_armed_before_its_noun_is_no_act_but_after_its_doer_is() -> None:
    assert [each.words for each in acts("where armed factions first took up arms")] == [
        "took up arms"]
    assert [each.words for each in acts("Iran armed the rebels.")] == ["armed"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # a place the claim denies, put where it gives its own, is what the base supports
    ("Armed anti-government factions first took up arms in Daraa, not in Homs.", REFUTED),
    ("The bombing was widely blamed on the rebels, not on the army.", REFUTED),
    # the base seems to back what it gives too ("Zenobia, queen of Palmyra" reads as "at
    # Palmyra"): one of the two is misread, or both hold, so nothing is refuted (session 24;
    # "killed in Homs, not in Syria" had been refuted the same way)
    ("Emperor Aurelian defeated Zenobia at Palmyra, not at Emesa.", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed in Homs, not in Syria.", NOT_ENOUGH_INFO),
    # what it denies the base does not support: nothing to refute
    ("Armed anti-government factions first took up arms in Homs, not in Aleppo.",
     NOT_ENOUGH_INFO),
    ("Homs is Syria's third city, not its largest.", SUPPORTED),
])
def test_a_place_a_claim_denies_in_a_contrast(base: FactBase, claim: str,
                                             verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # a count the source gives only in words is compared with the same words
    ("Since the fighting in Homs ended, tens of thousands of people who had fled have been "
     "able to return.", SUPPORTED),
    ("Only a few hundred people who fled Homs have been able to return since the fighting "
     "ended.", REFUTED),
    ("Hundreds of thousands of people who had fled Homs came back once the fighting ended.",
     REFUTED),
    # a number is more precise than the source's words
    ("About 50,000 people who had fled Homs came back once the fighting ended.",
     NOT_ENOUGH_INFO),
    # a country beside the place counted, which holds none of it, is another place
    ("Most of the tens of thousands who returned to Homs came back from Lebanon.",
     NOT_ENOUGH_INFO),
    ("Homs is Syria's third city and lies in Lebanon.", NOT_ENOUGH_INFO),
    ("Homs is Syria's third city.", SUPPORTED),  # Syria holds Homs
])
def test_a_count_in_words_and_a_country_beside_the_place(base: FactBase, claim: str,
                                                         verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict
