"""Session 15's rules of ``check`` (issue 21) about wording:

- a verb that says nothing the words around it do not ("put the toll at", "the deal struck
  with the government") is no part the source must speak to, but the same verb with a
  particle is another verb ("put down the uprising", "gave up the city") and is one;
- words of one meaning are one term: "held out" and "resisted",
  "moved to" and "taken to", "people living in" and "residents";
- a weekday is a day, never a name the base does not know ("on Monday 9 December");
- a title of a place between commas ("Aurelian, queen of Palmyra, was defeated") describes
  the name before it, and is backed where the source describes the name in those words;
- the date of a copy of a source ("the August 2020 copy") is whom the claim cites where the
  claim has a date of its own, and a question of "what population" asks a figure;
- a name the base writes with a capital is a name where a claim begins with it
  ("Aurelian was born in Emesa"), which the record must say;
- whoever a claim says gave a figure ("the Central Bureau of Statistics put it at", "an
  estimate made by the UN") is whom it attributes the figure to."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.apposition import split
from homsfacts.check.ask import ask
from homsfacts.check.reader import read
from homsfacts.check.voices import claimed_voice
from homsfacts.check.words import terms


@pytest.mark.parametrize(("text", "held", "absent"), [
    ("the monitor put the toll at 2,200", {"monitor", "kill"}, {"put"}),
    ("the first deal of the war struck with the government", {"deal"}, {"struck"}),
    ("the army put down the uprising", {"putdown", "revolt"}, {"put"}),
    ("the rebels gave up the city", {"gaveup"}, {"gave"}),
    ("the war was set off by a crackdown", {"spark", "crackdown"}, {"set", "setoff"}),
    ("the rebels set out for Idlib", {"setout"}, {"set"}),
    ("the siege went on for two years", {"siege", "length"}, {"went"}),
])
def test_a_light_verb_is_no_term_but_a_phrasal_one_is(text: str, held: set[str],
                                                      absent: set[str]) -> None:
    found = terms(text)
    assert held <= found
    assert not absent & found


@pytest.mark.parametrize(("claim", "voice"), [
    ("Syria's Central Bureau of Statistics put the population at 775,404",
     {"statistics"}),
    ("The 2005 estimate of 750,000 was made by the United Nations", {"united", "nations"}),
    ("The 2004 census was carried out by the Central Bureau of Statistics",
     {"central", "bureau", "statistics"}),
    ("Homs was taken by the Muslims in 636", set()),  # who did it, not who says so
    ("The rebels put Homs under siege", set()),
])
def test_who_gave_a_figure_is_its_voice(claim: str, voice: set[str]) -> None:
    assert claimed_voice(claim) == voice


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The SOHR war monitor puts the death toll of the two-year siege of Homs at around "
     "2,200.", SUPPORTED),
    ("In May 2014 most of the people trapped by the siege were evacuated, under the first "
     "deal of the war struck with the government.", SUPPORTED),
    ("Dar al-Kebira, the rebel-held town that received the evacuees, is about twelve miles "
     "from Homs.", SUPPORTED),
    # the figure is the August 2020 copy's, not the Bureau's
    ("Syria's Central Bureau of Statistics put the population of Homs at 775,404 in 2017.",
     NOT_ENOUGH_INFO),
    ("The army put down the uprising in Homs in 2011.", NOT_ENOUGH_INFO),
    ("The government set up the siege of the Old City in 2012.", NOT_ENOUGH_INFO),
    ("Activists gave up on Homs early in the civil war.", NOT_ENOUGH_INFO),
])
def test_light_and_phrasal_verbs_in_claims(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "text", "term"), [
    ("the fighters had held out", "the fighters had resisted", "resist"),
    ("the sarcophagus was moved to the museum", "the sarcophagus was taken to the museum",
     "move"),
    ("the evacuees were taken to Dar al-Kebira", "to which the evacuees were moved", "move"),
    ("Waer was home to 200,000", "People living in Waer", "population"),
])
def test_words_of_one_meaning_are_one_term(claim: str, text: str, term: str) -> None:
    assert term in terms(claim)
    assert term in terms(text)


@pytest.mark.parametrize("claim", [
    "Khalid ibn al-Walid's older sarcophagus was moved to the National Museum in Damascus.",
    "Officials said more than 200,000 people lived in Waer.",
])
def test_claims_in_other_words_of_one_meaning(base: FactBase, claim: str) -> None:
    assert Checker(base).check(claim)["verdict"] == SUPPORTED


def test_a_weekday_is_compared_as_a_day_not_read_as_an_unknown_name(base: FactBase) -> None:
    result = Checker(base).check("Rebels announced full control of Homs on Monday 9 December "
                                 "2024.")
    assert result["verdict"] == REFUTED
    assert "Monday" not in result["reason"]


def test_a_title_of_a_place_between_commas_describes_the_name_before_it() -> None:
    parts = split("Aurelian, queen of Palmyra, was defeated at Emesa in 272.")
    assert parts is not None
    assert parts.main == "Aurelian was defeated at Emesa in 272."
    assert parts.description == "Aurelian was queen of Palmyra."


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Aurelian, queen of Palmyra, was defeated at Emesa in 272.", REFUTED),
    ("Aurelian, queen of Palmyra, was beaten by Zenobia at Emesa in 272.", REFUTED),
    ("Zenobia, queen of Emesa, was defeated by Aurelian in 272.", NOT_ENOUGH_INFO),
    ("Aurelian, emperor of Palmyra, beat Zenobia at Emesa in 272.", NOT_ENOUGH_INFO),
    # described as the source describes her, though the base keeps no record of her
    ("The Roman emperor Aurelian defeated Zenobia, queen of Palmyra, at Emesa in 272.",
     SUPPORTED),
])
def test_a_name_described_by_its_title(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "dates"), [
    ("The August 2020 copy gives Homs a population of 775,404 in 2017.", ["2017"]),
    ("A December 2012 copy says Homs had been besieged in May 2011.", ["2011-05"]),
    # alone, the copy's date is its voice (session 18), the time a question asks of
    ("The January 2024 copy names Namir Habib Makhlouf as governor.", []),
])
def test_the_date_of_a_copy_of_a_source(claim: str, dates: list[str]) -> None:
    assert [date.iso for date in read(claim).dates] == dates
    assert [date.iso for date in read(claim, copies_apart=False).dates][-1:] == (
        dates[-1:] or ["2024-01"])
    assert [date.iso for date in read(claim, copies_timed=True).dates][-1:] == (
        dates[-1:] or ["2024-01"])


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The August 2020 copy of the encyclopaedia gives Homs a population of 775,404 in 2017.",
     SUPPORTED),
    ("The 2020 copy of the encyclopaedia gives Homs a 2017 population of 575,404.", REFUTED),
    ("The January 2024 copy of the Homs Governorate article names Namir Habib Makhlouf as "
     "governor.", SUPPORTED),
    ("Homs Governorate's governor is Talal al-Barazi in the January 2024 copy.",
     NOT_ENOUGH_INFO),
])
def test_claims_that_name_a_copy_by_its_date(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_what_population_a_copy_gives_is_not_answered_by_the_city(base: FactBase) -> None:
    answer = ask(base, "What population does the August 2020 copy give for Homs?")
    assert not answer["sure"] or answer["answer"]["data"]["id"] != "homs"
    assert answer["asks"] == "figure"


@pytest.mark.parametrize(("claim", "verdict"), [
    # a name the base writes with a capital is a name, even where a claim begins with it
    ("Aurelian was born in Emesa and became emperor in 218.", NOT_ENOUGH_INFO),
    ("Zenobia was born in Emesa and took the Roman throne in 218.", NOT_ENOUGH_INFO),
    ("Elagabalus took the Roman throne in AD 218.", SUPPORTED),
])
def test_a_name_that_begins_a_claim(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # Zenobia begins the claim and is no part of the Muslim conquest, whose date it misses
    ("Zenobia was captured at Emesa in 272.", NOT_ENOUGH_INFO),
    # a people or a source that begins a claim is no doer the event must name
    ("Syrian troops took Baba Amr back in March 2014.", REFUTED),
    ("Britannica says Muslim forces captured Emesa in 736.", REFUTED),
    # the place a shot came from is not where someone died
    ("Colvin was killed by a rocket fired from Damascus.", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed in Aleppo.", REFUTED),
])
def test_names_that_say_who_and_where(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


def test_a_year_before_the_era_is_no_year_of_it(base: FactBase) -> None:
    assert not ask(base, "What happened in 2000?")["sure"]


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Marie Colvin came from France.", REFUTED),
    ("Remi Ochlik was from the United States.", REFUTED),
    ("Marie Colvin was from the United States.", SUPPORTED),
    ("Remi Ochlik came from France.", SUPPORTED),
])
def test_a_person_from_a_country(base: FactBase, claim: str, verdict: str) -> None:
    assert Checker(base).check(claim)["verdict"] == verdict


@pytest.mark.parametrize(("claim", "dates", "counts"), [
    ("Around 1785, Homs had about 2,000 inhabitants.", ["1785"], ["about 2,000 inhabitants"]),
    ("In about 1785 Homs had about 2,000 inhabitants.", ["1785"], ["about 2,000 inhabitants"]),
    ("Homs had about 2,000 inhabitants around 1785.", ["1785"], ["about 2,000 inhabitants"]),
    ("About 1200 rebels left.", [], ["about 1200 rebels"]),
    ("SOHR said about 1200.", [], ["about 1200"]),
])
def test_a_hedged_year(claim: str, dates: list[str], counts: list[str]) -> None:
    reading = read(claim)
    assert [date.text for date in reading.dates] == dates
    assert [quantity.text for quantity in reading.quantities] == counts


def test_where_someone_ended_up_asks_no_end(base: FactBase) -> None:
    answer = ask(base, "where did the 2014 evacuees end up")
    assert not answer["sure"] or answer["answer"]["data"]["id"] != "homs"
