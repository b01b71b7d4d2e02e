"""Parts of a claim its records say otherwise: a word of another side, ruler or church, a new
name, a code or hemisphere, a name of another happening, the owner of a title, a date finer
than the source's, and counts that refute nothing (session 14's review)."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.acts import sides_said
from homsfacts.check.ask import ask
from homsfacts.check.modifiers import (
    code_otherwise,
    length_otherwise,
    modified_otherwise,
    renamed_otherwise,
)
from homsfacts.check.otherwise import moved_otherwise
from homsfacts.check.reader import read

from .test_check_parts import cli

_MOSQUE = ("The present Khalid ibn al-Walid Mosque is built, after the Mamluk mosque is pulled "
           "down under Nazim Hussein Pasha, the Ottoman governor.")


@pytest.mark.parametrize(("claim", "said"), [
    ("Nazim Hussein Pasha was a Mamluk governor.", True),
    ("Nazim Hussein Pasha was the Ottoman governor.", False),
    ("The Mamluk mosque was pulled down.", False),
    ("The Ottoman mosque was pulled down.", True),
])
def test_a_word_of_another_ruler_before_the_same_noun(claim: str, said: bool) -> None:
    assert bool(modified_otherwise(claim, [_MOSQUE])) is said


@pytest.mark.parametrize(("claim", "text", "said"), [
    ("a government press centre", "an opposition press centre", True),
    ("an opposition press centre", "an opposition press centre", False),
    ("the regime's troops", "government troops", False),  # one side, two words
    ("rebel troops moved in", "government troops move in", True),
    ("the Greek Orthodox Patriarchate", "the Syriac Patriarchate", True),
    ("the Syriac Orthodox Patriarchate", "the Syriac Patriarchate", False),
    ("a Syrian court", "a US court", True),
    ("French journalist Remi Ochlik", "Marie Colvin, an American, and Remi Ochlik", False),
])
def test_words_of_one_kind_exclude_each_other(claim: str, text: str, said: bool) -> None:
    assert bool(modified_otherwise(claim, [text])) is said


def test_a_new_name_given_otherwise() -> None:
    text = "Muslim forces take Emesa and rename it Ḥimṣ."
    assert "Ḥimṣ" in renamed_otherwise("They renamed it Emesa", [text])
    assert renamed_otherwise("They renamed it Ḥimṣ", [text]) == ""
    assert renamed_otherwise("They renamed it Hims", [text]) == ""  # without its marks


@pytest.mark.parametrize(("claim", "said"), [
    ("The ISO code is SY-HA.", True),
    ("The ISO code is SY-HO.", False),
    ("Its coordinates are 34°18′S 38°18′E.", True),
    ("Its coordinates are 34°18'N 38°18'E.", False),  # straight quotes for primes
])
def test_a_code_or_hemisphere_is_written_as_the_source_writes_it(claim: str,
                                                                 said: bool) -> None:
    text = "coordinates 34°18′N 38°18′E, ISO 3166 code SY-HO"
    assert bool(code_otherwise(claim, text)) is said


@pytest.mark.parametrize(("claim", "expected"), [
    ("Nazim Hussein Pasha was a Mamluk governor.", NOT_ENOUGH_INFO),
    ("The Mamluk governor Nazim Hussein Pasha pulled down the Ottoman mosque.", NOT_ENOUGH_INFO),
    ("On 22 February 2012 a bombing hit a government press centre in Baba Amr.",
     NOT_ENOUGH_INFO),
    ("On 22 February 2012 a bombing hit an opposition press centre in Baba Amr.", SUPPORTED),
    ("In 1933 the Greek Orthodox Patriarchate moved to Homs.", NOT_ENOUGH_INFO),
    ("In 1933 the Syriac Patriarchate moved to Homs.", SUPPORTED),
    ("The Muslims took Homs in 636 and renamed it Emesa.", NOT_ENOUGH_INFO),
    ("The Muslims took Emesa in 636 and renamed it Ḥimṣ.", SUPPORTED),
    # a name the base lists under no record belongs to the happening whose words say it
    ("In 636 Muslim forces took Palmyra and renamed it Ḥimṣ.", NOT_ENOUGH_INFO),
    ("In 218 Aurelian, born in Emesa, took the Roman throne.", NOT_ENOUGH_INFO),
    ("In AD 218 Elagabalus, born in Emesa, took the Roman throne.", SUPPORTED),
    ("In 272 Aurelian defeated Zenobia at Emesa.", SUPPORTED),
    ("Homs passed into Ottoman hands in 1516.", SUPPORTED),  # "the Ottomans"
    # one code of its form in its place: refuted (session 21; it was left unread before)
    ("Homs Governorate's ISO code is SY-HA.", REFUTED),
    ("Homs's coordinates are 34°43′51″N 36°42′34″W.", NOT_ENOUGH_INFO),
    ("Homs's coordinates are 34°43′51″N 36°42′34″E.", SUPPORTED),
    # "Queen Zenobia of Palmyra" is the queen of Palmyra
    ("Zenobia was queen of Emesa.", NOT_ENOUGH_INFO),
    ("Zenobia was queen of Palmyra.", SUPPORTED),
    # a nationality just before a name is that person's, whoever else the claim names
    ("American journalist Remi Ochlik died in Homs alongside Marie Colvin.", REFUTED),
    ("French journalist Remi Ochlik died in Homs alongside Marie Colvin.", SUPPORTED),
    ("On 8 December 2024 rebels announced full control of Homs after a week of fighting.",
     NOT_ENOUGH_INFO),
    ("In 2019 a Syrian court found the US government culpable in Colvin's death.",
     NOT_ENOUGH_INFO),
    ("In 2019 a US court found the Syrian government culpable in Colvin's death.", SUPPORTED),
    ("American reporter Marie Colvin and French journalist Remi Ochlik were killed in Homs "
     "on 22 February 2012.", SUPPORTED),
    # "A in the copy of X and B in the copy of Y" pairs each with its own date
    ("Homs Governorate's governor is Namir Habib Makhlouf in the copy of 21 November 2016.",
     NOT_ENOUGH_INFO),
    ("Homs Governorate's governor is Talal al-Barazi in the January 2024 copy.",
     NOT_ENOUGH_INFO),
    ("Homs Governorate's governor is Talal al-Barazi in the copy of 21 November 2016.",
     SUPPORTED),
    # what a place became, the side or country of an army, a number inside a coordinate
    ("In 1946 Syria became a French mandate.", NOT_ENOUGH_INFO),
    ("Syria did not become a French mandate in 1946.", NOT_ENOUGH_INFO),
    ("In 1946 Syria became independent.", SUPPORTED),
    ("In 1946 Homs became independent.", NOT_ENOUGH_INFO),  # Syria did
    ("After Syria's independence in 1946, Homs became a centre of Baathist opposition to the "
     "first governments.", SUPPORTED),
    ("One woman told the BBC she had nothing left to remember but the photo albums she "
     "carried out.", NOT_ENOUGH_INFO),  # she told the Associated Press
    ("In May 2011 the Syrian army laid siege to Homs for a week.", NOT_ENOUGH_INFO),
    ("In May 2011 the Syrian army laid siege to Homs.", SUPPORTED),
    ("On 7 December 2024 the rebel army withdrew from Homs.", NOT_ENOUGH_INFO),
    ("On 7 December 2024 the Russian army withdrew from Homs.", NOT_ENOUGH_INFO),
    ("On 7 December 2024 the army withdrew from Homs.", SUPPORTED),
    ("Homs Governorate's density is 34 people per km².", NOT_ENOUGH_INFO),
    ("Homs Governorate's density is 43 people per km².", SUPPORTED),
    ("Homs Governorate's coordinates are 34°18′N 38°18′E.", SUPPORTED),
    ("Homs was settled in 2000 AD.", REFUTED),  # 2000 BCE: settled is settlement (session 18)
    ("In May 2016 the government, with Russian supervision, took back Waer.",
     NOT_ENOUGH_INFO),  # "Russian" says whose the supervision was, not the government's
])
def test_parts_the_records_say_otherwise(base: FactBase, claim: str, expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("The US court ruled in early 2019.", NOT_ENOUGH_INFO),
    ("The US court ruled at the end of January 2019.", NOT_ENOUGH_INFO),
    ("The US court ruled in 2019.", SUPPORTED),
    ("Homs first appeared in history in the late 1st century BC.", NOT_ENOUGH_INFO),
    ("Homs first appeared in history in the 1st century BC.", SUPPORTED),
    # a span given to the year: a month of its first or last year may be outside it
    ("In December 2014 the army besieged and bombarded the Old City.", NOT_ENOUGH_INFO),
    ("The army besieged the Old City in January 2012.", NOT_ENOUGH_INFO),
    ("The army besieged the Old City in 2013.", SUPPORTED),
    ("Homs passed to the Ottomans in the 1500s.", SUPPORTED),
])
def test_a_date_finer_than_the_source_backs_nothing(base: FactBase, claim: str,
                                                   expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]


@pytest.mark.parametrize(("text", "iso"), [
    ("late 1st century BC", "-0029-01-01/0000-12-31"),
    ("the early 7th century", "0601-01-01/0631-01-01"),
    ("in the late 1940s", "1946-12-31/1949-12-31"),
    ("the 1940s", "1940/1949"),
    ("between 7 and 9 May 2014", "2014-05-07/2014-05-09"),
    ("from 7 to 9 May 2014", "2014-05-07/2014-05-09"),
    ("7-9 May 2014", "2014-05-07/2014-05-09"),
    ("in the 1500s", "1500/1599"),  # hundreds, not a decade
    ("the early 1900s", "1900-01-01/1930-01-01"),
    ("the 2000s", "2000/2009"),
])
def test_parts_of_centuries_and_spans_of_days(text: str, iso: str) -> None:
    reading = read(text)
    assert [date.iso for date in reading.dates] == [iso]
    assert reading.quantities == []


@pytest.mark.parametrize(("claim", "expected"), [
    # a count "by late afternoon on the first day" is of some of the time
    ("About 2,000 people left the Old City of Homs in May 2014.", NOT_ENOUGH_INFO),
    ("Nearly 2,000 people left the Old City under the May 2014 deal.", NOT_ENOUGH_INFO),
    ("About 2,000 people left the Old City between 7 and 9 May 2014.", NOT_ENOUGH_INFO),
    ("About 5,000 people had left the Old City by late afternoon on the first day of the "
     "evacuation.", REFUTED),
    # a count of fighters is some of "fighters and their families"
    ("Approximately 2,000 fighters and their families were bussed out of the Old City.",
     NOT_ENOUGH_INFO),
    ("The BBC said some 20,000 fighters and relatives were believed to have left the Old "
     "City.", REFUTED),
    # the whole city's people against a part of it; a number whose noun is left out
    ("Before the war about 60,000 people lived in the Old City of Homs.", NOT_ENOUGH_INFO),
    ("Before the war about 60,000 people lived in Homs.", REFUTED),
    ("The Old City evacuees were bussed to Dar al-Kebira, around 50 km from Homs.", REFUTED),
    ("Homs Governorate, one of Syria's fourteen, is the largest of them by area.",
     NOT_ENOUGH_INFO),
    ("Homs Governorate is one of Syria's twelve governorates.", REFUTED),
])
def test_counts_of_some_of_the_time_or_people_refute_nothing(base: FactBase, claim: str,
                                                             expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]


def test_the_cli_gives_the_reason_the_records_say_otherwise() -> None:
    result = cli("Nazim Hussein Pasha was a Mamluk governor.")
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert "ottoman governor" in str(result["reason"]).lower()


@pytest.mark.parametrize(("claim", "text", "said"), [
    ("the army withdrew from Damascus", "the Syrian army withdraws from Homs", True),
    ("the army withdrew from Homs", "the Syrian army withdraws from Homs", False),
    ("the army withdrew from the Old City", "the Syrian army withdraws from Homs", False),
    ("fighters started withdrawing from the Old City",  # a place by no name
     "fighters start to withdraw from the besieged centre of Homs", False),
    ("they left Waer", "they withdraw from Homs", False),  # no place left by name
    ("the army recaptured the Old City", "it recaptured Baba Amr in March 2012", True),
    ("Muslim forces took Homs", "Muslim forces take Emesa and rename it", False),
    ("the army retook Waer", "the rebels withdraw from Damascus", False),  # a taking, a going
])
def test_a_place_left_or_taken_otherwise(base: FactBase, claim: str, text: str,
                                         said: bool) -> None:
    assert bool(moved_otherwise(claim, [text], base)) is said


@pytest.mark.parametrize(("question", "reason"), [
    ("Who was the Mamluk governor Nazim Hussein Pasha?", "Ottoman governor"),
    ("When did the army withdraw from Damascus?", "withdraws from Homs"),
    ("When did Muslim rule begin in Homs?", "does not name Muslim"),
    ("Where was Zenobia born?", "does not say that Zenobia was born there"),
    ("Where was Aurelian born?", "does not say that Aurelian was born there"),
    ("When did the rebels kill Marie Colvin in Baba Amr?", "does not say who did it"),
    ("Who said the siege killed 3,000 people?", "does not give 3000"),
    ("Who did Zenobia defeat at Emesa?", "has Zenobia in the other role"),
    ("Which queen defeated Aurelian?", "in the other role"),
])
def test_a_question_whose_premise_the_best_match_says_otherwise(base: FactBase, question: str,
                                                                reason: str) -> None:
    answer = ask(base, question)
    assert not answer["sure"]
    assert reason in answer["reason"]


@pytest.mark.parametrize(("question", "record_id"), [
    ("Where was Elagabalus born?", "elagabalus"),
    ("When did the Syrian army withdraw from Homs?", "army-withdraws-from-homs"),
    ("Who supervised the evacuation of Homs in 2014?", "united-nations"),
    ("When did the first rebel factions take up arms in Homs?", "first-armed-factions"),
    ("Who said the siege killed 2,200 people?", "syrian-observatory-for-human-rights"),
    ("Who took Homs in 636?", "muslim-conquest"),  # a year is no count
    ("Who defeated Zenobia?", "aurelian-defeats-zenobia"),
    ("When was Waer retaken by the government?", "waer-retaken"),  # its subject underwent it
])
def test_a_question_whose_premise_the_best_match_says_stays_answered(
        base: FactBase, question: str, record_id: str) -> None:
    answer = ask(base, question)
    assert answer["sure"], answer["reason"]
    data = answer["answer"]["data"]
    assert (data["id"] if isinstance(data, dict) else data[0]["id"]) == record_id


@pytest.mark.parametrize(("claim", "said"), [
    ("after a week of fighting", True),
    ("after two days of fighting", True),
    ("after one day of fighting", False),
    ("after a day of fighting", False),
    ("after a week of talks", False),  # of something else
])
def test_a_length_given_otherwise(claim: str, said: bool) -> None:
    text = "Rebels announce full control of Homs, after a single day of fighting."
    assert bool(length_otherwise(claim, [text])) is said


@pytest.mark.parametrize(("text", "sides"), [
    ("Rebel factions in Homs are the first to take up arms", {"the rebel side"}),
    ("Once a last convoy of rebels has left", {"the rebel side"}),
    ("a bombing targets an opposition press centre", set()),
    ("to resist the army's crackdown", {"the government side"}),
])
def test_the_sides_a_text_names_as_people(text: str, sides: set[str]) -> None:
    assert sides_said(text) == sides


def test_what_happened_leaves_out_a_span_whose_end_may_fall_either_side(base: FactBase) -> None:
    june = ask(base, "What happened in June 2014?")
    assert not june["sure"] or all(
        event["id"] != "old-city-siege" for event in june["answer"]["data"])
    year = ask(base, "What happened in 2013?")
    assert year["sure"]
    assert [event["id"] for event in year["answer"]["data"]] == ["old-city-siege"]


def test_a_question_of_when_something_began_is_no_answer_by_what_else_was_sparked(
        base: FactBase) -> None:
    sparked = ask(base, "When did the uprising's protests start in Syria?")
    assert not sparked["sure"]
    assert "sparked the civil war" in sparked["reason"]
    war = ask(base, "When did the civil war begin?")
    assert war["sure"]
    assert war["answer"]["data"][0]["id"] == "crackdown-sparks-war"
