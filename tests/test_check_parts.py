"""``homsfacts check`` reads the whole claim (issue 21): a negation, every part of the claim
(act, agent and target, place, kind of count, hedge), the fact chosen by the people and places
named, dates as people say them, and single-valued properties. Each rule through the core
(``Checker``) and the command line, and the labelled pattern set (tests/claims-patterns.toml)
held to zero false "supported" and zero false "refuted"."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import tomllib

from homsfacts.base.dates import day_iso
from homsfacts.base.reading import check_file
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.naming import Names
from homsfacts.check.negation import negation
from homsfacts.check.reader import read

from .conftest import minimal, run, write

PATTERNS = tomllib.loads((Path(__file__).parent / "claims-patterns.toml").read_text(
    encoding="utf-8"))["claims"]


def verdict(base: FactBase, claim: str) -> str:
    return str(Checker(base).check(claim)["verdict"])


def cli(claim: str) -> dict[str, object]:
    result = run("check", claim, "--json")
    return dict(json.loads(result.stdout))


def test_the_pattern_set_has_every_label_and_pattern() -> None:
    counts = Counter(item["label"] for item in PATTERNS)
    assert set(counts) == {SUPPORTED, REFUTED, NOT_ENOUGH_INFO}
    assert {item["pattern"] for item in PATTERNS} >= {"negation", "roles", "act", "hedge",
                                                       "kind of count", "choosing", "dates",
                                                       "single value"}


def test_no_pattern_claim_is_wrongly_supported_or_refuted(base: FactBase) -> None:
    checker = Checker(base)
    wrong = [(item["claim"], result["verdict"]) for item in PATTERNS
             if (result := checker.check(item["claim"]))["verdict"] in (SUPPORTED, REFUTED)
             and result["verdict"] != item["label"]]
    assert wrong == []


SPENT = {"heldout-2": (), "heldout-3": (), "heldout-4": (), "heldout-5": (), "heldout-6": (),
         "heldout-7": (), "heldout-8": (), "heldout-9": (), "heldout-10": (),
         "heldout-12": (), "heldout-13": (),  # run once at the start and end of session 13
         "heldout-14": (),  # and 14 of session 14
         "heldout-15": (),  # and 15 of session 15 ("Around 1785," is a year, session 15)
         "heldout-16": (),  # and 16 of session 16 ("Assad left Syria" is no army's leaving)
         "heldout-17": (),  # and 17 of session 17
         "heldout-18": (),  # and 18 of session 18
         "heldout-19": (),  # and 19 of session 19
         "heldout-20": (),  # and 20 of session 20
         "heldout-21": (),  # and 21 of session 21 (the one false support of its first run,
         # "about 1,200 people were in Waer", is no longer one)
         "heldout-22": (),  # and 22 of session 22 (its three false "refuted": a median age
         # against a count, a unit written once for two areas, a city's rank against a
         # governorate's)
         "heldout-23": (),  # and 23 of session 23 (its two false "refuted": a part of the
         # judgement, "thousands" of a count of tens of thousands)
         "heldout-24": (),  # and 24, read in session 23 (two false "supported": heavy weapons
         # taken, a government-held town; three false "refuted": a length of another
         # happening, a number finer than its source, a voice that "later said")
         "heldout-25": (),  # and 25, read in session 24 (no false verdict at its first runs)
         "tuning-17": (),  # written and tuned on in session 17 (tests/tuning-17/README.md)
         # "SOHR said 900 fighters ..." is no longer refuted by SOHR's count of everyone in
         # the Old City, which counts no fighters (session 15)
         "heldout-11": ()}
"""The held-out claim sets run once and then read and tuned on, and the claims in each that
the checker still gets wrong with a verdict, each with why."""


@pytest.mark.parametrize("name", sorted(SPENT))
def test_no_spent_held_out_claim_is_wrongly_supported_or_refuted(base: FactBase,
                                                                  name: str) -> None:
    claims = tomllib.loads((Path(__file__).parent / name / "claims.toml").read_text(
        encoding="utf-8"))["claims"]
    checker = Checker(base)
    wrong = [item["claim"] for item in claims
             if (result := checker.check(item["claim"]))["verdict"] in (SUPPORTED, REFUTED)
             and result["verdict"] != item["label"]]
    assert wrong == list(SPENT[name])


# -- 1. negation ---------------------------------------------------------------------------

@pytest.mark.parametrize(("claim", "word", "positive"), [
    ("Colvin was not killed in Homs in 2012", "not", "Colvin was killed in Homs in 2012"),
    ("The army did not recapture Baba Amr", "not", "The army recapture Baba Amr"),
    ("Homs wasn't Syria's third city", "wasn't", "Homs was Syria's third city"),
    ("The siege never killed 2,200 people", "never", "The siege killed 2,200 people"),
    ("Not more than 2,000 people died", "", "Not more than 2,000 people died"),
    ("The siege did not end until 2014", "", "The siege did not end until 2014"),
    ("It was not not so", "not … not", "It was so"),
    ("Nusra had no link to Al-Qaeda", "no", "Nusra had link to Al-Qaeda"),
    ("No more than 2,000 people died", "", "No more than 2,000 people died"),
    ("The siege killed no fewer than 2,000", "", "The siege killed no fewer than 2,000"),
])
def test_the_reader_finds_the_word_that_negates_a_claim(claim: str, word: str,
                                                        positive: str) -> None:
    assert negation(claim) == (word, positive)
    assert read(claim).negated == word


def test_a_claim_that_denies_what_the_base_supports_is_refuted(base: FactBase) -> None:
    result = Checker(base).check("Colvin was not killed in Homs in 2012")
    assert result["verdict"] == REFUTED
    assert "denies" in result["reason"]
    assert result["evidence"]
    assert cli("Colvin was not killed in Homs in 2012")["verdict"] == REFUTED


def test_a_denial_is_never_supported_on_a_matching_number_or_date(base: FactBase) -> None:
    assert verdict(base, "Colvin was not killed in 2015") == NOT_ENOUGH_INFO
    assert verdict(base, "The siege never killed 5,000 people") == NOT_ENOUGH_INFO
    # read as a contrast (session 18): both its denials deny what the base supports
    assert verdict(base, "Colvin was not killed in 2012, not in Homs") == REFUTED
    long_denial = "The army did not retake Baba Amr in March 2012 and " * 20
    assert verdict(base, long_denial) == NOT_ENOUGH_INFO
    assert cli("Colvin wasn't killed in 2015")["verdict"] == NOT_ENOUGH_INFO


def test_a_denied_nationality_the_base_refutes_is_supported(base: FactBase) -> None:
    # one person has one nationality: "not French" is what the base says of an American
    result = Checker(base).check("Marie Colvin was not French")
    assert result["verdict"] == SUPPORTED
    assert "has one value" in result["reason"]
    assert "Marie Colvin's nationality" in result["reason"]  # a name keeps its capital
    assert verdict(base, "Remi Ochlik was not an American journalist") == SUPPORTED
    assert verdict(base, "Marie Colvin was not American") == REFUTED
    # a date or an act beside it may be what the denial denies
    assert verdict(base, "Marie Colvin was not a French journalist killed in 2013") \
        == NOT_ENOUGH_INFO
    assert verdict(base, "Marie Colvin was not French and not American") == NOT_ENOUGH_INFO
    assert cli("Colvin was never French")["verdict"] == SUPPORTED


# -- 4. dates as people say them -------------------------------------------------------------

@pytest.mark.parametrize(("text", "earliest", "latest"), [
    ("in the summer of 2012", "2012-06-01", "2012-08-31"),
    ("in late 2014", "2014-09-01", "2014-12-31"),
    ("in early 2012", "2012-01-01", "2012-04-30"),
    ("in mid-2013", "2013-05-01", "2013-08-31"),
    ("in the autumn of 2014", "2014-09-01", "2014-11-30"),
    ("in spring 2016", "2016-03-01", "2016-05-31"),
])
def test_parts_of_a_year_are_read_as_intervals(text: str, earliest: str, latest: str) -> None:
    (date,) = read(f"It happened {text}").dates
    assert (day_iso(date.earliest), day_iso(date.latest)) == (earliest, latest)
    assert date.reach()[0] <= date.earliest
    assert date.latest <= date.reach()[1]
    assert (date.as_dict()["earliest"], date.as_dict()["latest"]) == (earliest, latest)


def test_the_winter_of_a_year_may_mean_either_winter_it_touches() -> None:
    (date,) = read("the winter of 2012").dates
    assert (day_iso(date.earliest), day_iso(date.latest)) == ("2011-12-01", "2012-02-29")
    assert date.alternative is not None
    assert day_iso(date.alternative.earliest) == "2012-12-01"


@pytest.mark.parametrize(("claim", "expected"), [
    ("Colvin was killed in the summer of 2012", REFUTED),
    ("Colvin was killed in early 2012", SUPPORTED),
    ("Colvin was killed in late 2012", REFUTED),
    ("Colvin was killed in the winter of 2012", NOT_ENOUGH_INFO),
    ("Non-violent protests began in the winter of 2011", NOT_ENOUGH_INFO),
    ("The government took back Waer in the winter of 2016", REFUTED),
    ("The siege of the Old City began in June 2012", NOT_ENOUGH_INFO),
    ("The siege of the Old City ended in mid-2014", NOT_ENOUGH_INFO),
    ("The siege of the Old City began in 2012", SUPPORTED),
])
def test_dates_as_people_say_them(base: FactBase, claim: str, expected: str) -> None:
    assert verdict(base, claim) == expected
    assert cli(claim)["verdict"] == expected


# -- 2. every part accounted for -------------------------------------------------------------

@pytest.mark.parametrize(("claim", "part"), [
    ("The court's judgement was paid in 2019", "paid"),
    ("The evacuation deal collapsed in May 2014", "collapsed"),
    ("The siege killed 2,200 civilians", "civilian"),
    ("Homs had 800,000 civilians before the war", "civilian"),
    ("Exactly 2,200 people were killed in the siege", "exact"),
    ("The rebels besieged the army in the Old City for two years", "rebel side"),
    ("Rebels recaptured Baba Amr in March 2012", "rebel side"),
])
def test_a_part_the_evidence_does_not_speak_to_is_named(base: FactBase, claim: str,
                                                        part: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == NOT_ENOUGH_INFO
    assert part in result["reason"]
    answer = cli(claim)
    assert answer["verdict"] == NOT_ENOUGH_INFO
    assert part in str(answer["reason"])


@pytest.mark.parametrize("claim", [
    "The Old City was besieged by the army for two years",
    "Government troops retook Waer in May 2016",
    "Government forces took back Waer in 2016",
    "About 2,200 people died in the siege",
    "Rebel fighters started withdrawing from the Old City on 7 May 2014",
])
def test_a_claim_whose_every_part_is_backed_is_supported(base: FactBase, claim: str) -> None:
    assert verdict(base, claim) == SUPPORTED
    assert cli(claim)["verdict"] == SUPPORTED


def test_the_acts_and_roles_read_from_a_claim_are_shown() -> None:
    found = cli("The rebels besieged the army in the Old City for two years")["found"]
    assert isinstance(found, dict)
    (act,) = found["acts"]
    assert act["act"] == "siege"
    assert act["agent"] == "the rebel side"
    assert act["target"] == "the government side"


# -- 3. choosing the fact --------------------------------------------------------------------

@pytest.mark.parametrize(("claim", "expected", "event"), [
    ("Marie Colvin died in February 2012", SUPPORTED, "journalists-killed"),
    ("Marie Colvin died in 2019", REFUTED, "journalists-killed"),
    ("The army retook Baba Amr in May 2016", REFUTED, "baba-amr-recaptured"),
    ("The government retook Waer in March 2012", REFUTED, "waer-retaken"),
    ("The evacuation of the Old City began on 9 May 2014", REFUTED, ""),
])
def test_the_fact_fits_the_act_people_and_places_the_claim_names(
        base: FactBase, claim: str, expected: str, event: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    if event:
        assert [record["id"] for record in result["evidence"]] == [event]
    assert cli(claim)["verdict"] == expected


def test_an_act_no_event_states_is_not_enough_info(base: FactBase) -> None:
    result = Checker(base).check("The army bombed Waer in May 2016")
    assert result["verdict"] == NOT_ENOUGH_INFO


def test_a_participle_that_describes_is_not_an_act(base: FactBase) -> None:
    # "the besieged centre" in a report of the evacuation is not a siege of Homs by rebels
    assert verdict(base, "Homs was besieged by rebels in May 2011") == NOT_ENOUGH_INFO


# -- 5. single-valued properties -------------------------------------------------------------

@pytest.mark.parametrize(("claim", "expected"), [
    ("Marie Colvin was a British journalist", REFUTED),
    ("Marie Colvin was an American journalist", SUPPORTED),
    ("Remi Ochlik was a French journalist", SUPPORTED),
    ("Ochlik was American", REFUTED),
    ("The French journalist Marie Colvin was killed in 2012", REFUTED),
    ("The Syrian army recaptured Baba Amr in March 2012", SUPPORTED),
])
def test_nationality_has_one_value(base: FactBase, claim: str, expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert result["evidence"]
    assert cli(claim)["verdict"] == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Marie Colvin was killed in Aleppo in 2012", REFUTED),
    ("Colvin died in Damascus", REFUTED),
    ("Remi Ochlik was killed in Waer", REFUTED),
    ("Marie Colvin died in Homs", SUPPORTED),
    ("Remi Ochlik was killed in Syria in 2012", SUPPORTED),
    ("Colvin was killed in central Syria in 2012", NOT_ENOUGH_INFO),
])
def test_the_place_of_death_has_one_value(base: FactBase, claim: str, expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


# -- who did it is a part --------------------------------------------------------------------

@pytest.mark.parametrize(("claim", "expected"), [
    ("Rebels killed Marie Colvin in 2012", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed by rebels in 2012", NOT_ENOUGH_INFO),
    ("The army killed Marie Colvin in 2012", NOT_ENOUGH_INFO),  # only "widely blamed"
    ("Russia retook Waer in May 2016", NOT_ENOUGH_INFO),  # Russia supervised it
    ("Al-Nusra Front took full control of Homs on 8 December 2024", NOT_ENOUGH_INFO),
    ("Golani announced full control of Homs on 8 December 2024", NOT_ENOUGH_INFO),
    ("A French court found the Syrian government culpable in 2019", REFUTED),  # a US court
    ("The Syrian government was found culpable by a US court in 2019", SUPPORTED),
    ("Homs fell to the rebels on 8 December 2024", SUPPORTED),
])
def test_the_agent_a_claim_names_must_be_the_sources(base: FactBase, claim: str,
                                                     expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


# -- dates related to others, and dates of figures -------------------------------------------

@pytest.mark.parametrize(("claim", "expected"), [
    ("Colvin was killed before 2013", SUPPORTED),
    ("Colvin was killed after 2013", REFUTED),
    ("Colvin was killed by the end of 2011", REFUTED),
    ("Around 800,000 people lived in Homs before 2011", NOT_ENOUGH_INFO),
    ("The siege of Homs killed 2,200 people in 2013", NOT_ENOUGH_INFO),
])
def test_a_date_is_read_with_the_word_that_relates_it(base: FactBase, claim: str,
                                                      expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


def test_before_and_after_make_open_intervals() -> None:
    # Open to the first and last days a date may have, 10000 BCE and 9999 (issue 22).
    (before,) = read("before 2011").dates
    assert (day_iso(before.earliest), day_iso(before.latest)) == ("-9999-01-01", "2010-12-31")
    (since,) = read("since May 2016").dates
    assert (day_iso(since.earliest), day_iso(since.latest)) == ("2016-05-01", "9999-12-31")


@pytest.mark.parametrize(("text", "iso", "earliest"), [
    ("settled in 2000 BC", "-1999", "-1999-01-01"),
    ("in 100 BCE", "-0099", "-0099-01-01"),
    ("in 1 B.C.", "0000", "0000-01-01"),
    ("in AD 218", "0218", "0218-01-01"),
])
def test_a_year_with_its_era_is_read_in_the_base_numbering(text: str, iso: str,
                                                            earliest: str) -> None:
    (date,) = read(text).dates
    assert (date.iso, day_iso(date.earliest)) == (iso, earliest)
    assert not read("in 0 BC").dates


@pytest.mark.parametrize(("claim", "expected"), [
    ("The site of Homs was settled in 2000 BC", SUPPORTED),
    ("The site of Homs was settled in 1000 BC", REFUTED),
    # AD 2000-2009, against the 1st century BC (not against the troops entering in 2014)
    ("Homs entered the historical record in the 2000s", REFUTED),
    ("Homs entered written history in the 1st century BC", SUPPORTED),
    ("Homs entered written history in 50 BC", NOT_ENOUGH_INFO),  # some year of the century
    ("Homs entered written history in the 3rd century BC", REFUTED),
])
def test_claims_before_the_common_era(base: FactBase, claim: str, expected: str) -> None:
    # "2000 BC" is the year 2000 BCE, never AD 2000 (issue 22).
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("Homs had 775,404 inhabitants in 2017", SUPPORTED),
    ("Homs had 800,000 inhabitants in 2010", NOT_ENOUGH_INFO),
    ("Homs had 652,609 inhabitants", NOT_ENOUGH_INFO),
])
def test_a_value_of_a_series_answers_only_for_its_own_time(base: FactBase, claim: str,
                                                           expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


# -- who says it, what is counted, and where a bound meets a hedge ---------------------------

@pytest.mark.parametrize(("claim", "expected"), [
    ("According to the Observatory, the siege killed about 2,200 people", SUPPORTED),
    ("The Observatory said 2,200 people died in the siege", SUPPORTED),
    ("According to the UN, the siege killed about 2,200 people", NOT_ENOUGH_INFO),
    ("According to Reuters, the siege killed about 2,200 people", NOT_ENOUGH_INFO),
])
def test_whom_a_claim_attributes_itself_to_is_a_part(base: FactBase, claim: str,
                                                      expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("The siege killed 2,200 soldiers", NOT_ENOUGH_INFO),
    ("Two French journalists were killed in Homs in February 2012", REFUTED),  # one was American
    ("Both journalists killed in Homs in 2012 were American", REFUTED),  # one was French
    ("Two Western journalists were killed in Homs in February 2012", SUPPORTED),
    ("Homs had an estimated 800,000 residents before the war", SUPPORTED),
    ("Fewer than 2,000 people died in the siege", NOT_ENOUGH_INFO),
    ("Nearly 2,000 people died in the siege", NOT_ENOUGH_INFO),
    ("More than 2,500 people died in the siege", REFUTED),
    ("The siege will kill 2,200 people", NOT_ENOUGH_INFO),
    ("Colvin was killed by a sniper on 22 February 2012", NOT_ENOUGH_INFO),
    ("Homs was the first city where rebels took up arms, in 2011", NOT_ENOUGH_INFO),
])
def test_a_count_is_backed_only_by_a_figure_that_counts_the_same(base: FactBase, claim: str,
                                                                 expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Colvin was killed in late February 2012", SUPPORTED),
    ("Colvin was killed in early February 2012", REFUTED),
    ("The offensive was launched in late November 2024", NOT_ENOUGH_INFO),
    ("The rebels reached Homs a week after launching their offensive in late November 2024",
     NOT_ENOUGH_INFO),
    ("The Old City siege ended in 2014 after two years", SUPPORTED),
])
def test_parts_of_a_month_and_dates_of_several_acts(base: FactBase, claim: str,
                                                    expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


# -- the base says who did what to whom ------------------------------------------------------

@pytest.mark.parametrize(("roles", "problems"), [
    ('agents = ["army"]\ntargets = ["town"]', []),
    ('agents = ["town"]', ["role-not-involved"]),
    ('targets = ["court"]', ["role-not-involved"]),
])
def test_an_events_roles_name_only_whom_it_involves(tmp_path: Path, roles: str,
                                                    problems: list[str]) -> None:
    path = write(tmp_path, minimal(f'''
[[entities]]
id = "army"
kind = "organisation"
name = "An army"
description = "Fights."
sources = [{{ source = "src", paragraphs = [1] }}]

[[entities]]
id = "town"
kind = "city"
name = "A town"
description = "A place."
sources = [{{ source = "src", paragraphs = [1] }}]

[[events]]
id = "e"
date = "2012"
summary = "The army besieges the town."
entities = ["army"]
places = ["town"]
{roles}
sources = [{{ source = "src", paragraphs = [2] }}]
'''))
    found = sorted({finding.code for finding in check_file(path) if finding.severity == "error"})
    assert found == sorted(problems)


def test_the_shipped_events_say_who_did_what(base: FactBase) -> None:
    siege = base.show("old-city-siege")
    assert (siege["agents"], siege["targets"]) == (["syrian-army"], ["old-city"])
    assert base.show("journalists-killed")["agents"] == []  # only "widely blamed"


@pytest.mark.parametrize(("claim", "expected"), [
    # the roles swapped against the one siege of that year: refuted (session 8; it was
    # not-enough-info while only a death's place counted as having one value)
    ("The rebels besieged the army in the Old City in 2013", REFUTED),
    ("The army besieged the Old City in 2013", SUPPORTED),
    ("The Syrian government besieged the Old City in 2013", SUPPORTED),
    ("The US court found the Syrian government culpable in 2019", SUPPORTED),
    ("The Syrian government found the US court culpable in 2019", NOT_ENOUGH_INFO),
    ("Hayat Tahrir al-Sham launched an offensive in late 2024", SUPPORTED),
    ("The Free Syrian Army launched an offensive in late 2024", NOT_ENOUGH_INFO),
])
def test_check_uses_the_events_roles(base: FactBase, claim: str, expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
    assert cli(claim)["verdict"] == expected


def test_a_swap_with_no_agent_named_is_still_a_swap(base: FactBase) -> None:
    # the army is who besieged the Old City, never whom it was done to
    assert verdict(base, "The army was besieged in the Old City in 2013") == NOT_ENOUGH_INFO
    assert verdict(base, "The rebel offensive was launched in late 2024") == SUPPORTED


@pytest.mark.parametrize(("claim", "expected"), [
    ("Marie Colvin was killed in the United States.", REFUTED),
    ("Colvin was killed in the US in 2012.", REFUTED),
    ("Marie Colvin was killed in France in 2012.", NOT_ENOUGH_INFO),
    # the base has held these counts since session 12; before, each was not-enough-info
    ("In the 2004 census 51.5% of the people of Homs were female.", REFUTED),  # 48.5%
    ("About 14,000 Armenians settled in and around Homs during the Armenian Genocide.",
     REFUTED),  # about 20,000
    ("Homs camp is a Palestinian refugee camp of nearly 20,000 people.", REFUTED),
    ("Homs Governorate has 25 districts.", REFUTED),  # seven; 25 are its sub-districts
    ("Homs lies 501 ft above sea level.", REFUTED),  # 501 m is 1,644 ft
    ("Elagabalus was born in 218.", NOT_ENOUGH_INFO),
    ("Aurelian was born in Emesa in 272.", NOT_ENOUGH_INFO),
    ("Homs has been under Ottoman rule since 1516.", NOT_ENOUGH_INFO),
    ("Khalid ibn al-Walid's father was born in Medina.", NOT_ENOUGH_INFO),
    ("The army recaptured Baba Amr in March 2012, as reports tell us.", SUPPORTED),
    ("The army, backed by Iran, recaptured Baba Amr in March 2012.", NOT_ENOUGH_INFO),
    ("The siege killed around 2,200 people, according to the UK-based SOHR.", SUPPORTED),
    # a place beside another says what the other's converse says (session 21): these were
    # left unread before, as no sentence wrote them in this order
    ("Damascus lies 162 km south of Homs.", SUPPORTED),
    ("Homs lies south of Aleppo.", SUPPORTED),
    ("Homs province borders Jordan.", NOT_ENOUGH_INFO),
    ("The Khalid ibn al-Walid Mosque is usually open all day, from the earliest prayer of "
     "the morning to the final prayer of the evening.", NOT_ENOUGH_INFO),
    ("About half a million people lived in Homs in 1994.", SUPPORTED),
    ("Russian troops recaptured Baba Amr in 2014.", NOT_ENOUGH_INFO),
    # a second review's
    ("Marie Colvin was one of the two journalists killed in Homs in 2012.", SUPPORTED),
    ("Homs Governorate had a population density of 43 people per km2 in 2011.",
     SUPPORTED),  # "43 people per km² (2011)": the year in brackets (session 19)
    ("Homs passed to the Ottomans in 1516 and stayed in their hands until Syria was created "
     "after the First World War (1914–18).", NOT_ENOUGH_INFO),
    ("51.5% of Homs's inhabitants were male in 2004.", SUPPORTED),
    ("The evacuation began at about 10 am (0700 GMT) on its first day.", SUPPORTED),
    ("The Old City evacuation began at around 10 pm.", REFUTED),  # "about 10 am" (session 12)
    ("Marie Colvin was killed in Homs on the 22nd of February 2012.", SUPPORTED),
    ("Reuters could not verify the video said to show the fighters leaving.", SUPPORTED),
    ("Reuters could verify the video said to show the fighters leaving.", REFUTED),
    ("Marie Colvin, a journalist from the United States, was killed in Homs in 2012.",
     SUPPORTED),
    ("Marie Colvin, from France, was killed in Homs in 2012.", REFUTED),
    ("Damascus lies 162 km north of Homs.", REFUTED),  # Homs lies north of Damascus
    ("Aleppo lies 162 km north of Homs.", NOT_ENOUGH_INFO),
    ("Homs lies south of Damascus.", REFUTED),
    ("Anti-Assad forces recaptured Baba Amr in March 2012.", NOT_ENOUGH_INFO),
    ("The siege lasted two months.", REFUTED),  # "nearly two years"
    ("Homs is Syria's largest city.", REFUTED),  # the third
    ("Homs is Syria's third-largest city.", SUPPORTED),
    ("It was a French court that, in 2019, found the Syrian state culpable in Colvin's death.",
     REFUTED),
    ("Homs had an estimated eight hundred thousand people before the war.", SUPPORTED),
])
def test_a_reviewers_counterexamples_get_no_false_verdict(base: FactBase, claim: str,
                                                          expected: str) -> None:
    """Claims a review of session 9's rules wrote to break them, each once a false
    "supported" or "refuted"."""
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]


def test_a_label_a_pasted_claim_begins_with_is_not_part_of_it(base: FactBase) -> None:
    names = Names(base)
    assert names.unlabelled("Tweet: 'Homs lies on the Orontes.'") == "Homs lies on the Orontes."
    assert names.unlabelled("Student essay: Homs lies on the Orontes.") \
        == "Homs lies on the Orontes."
    # a label that names a source or a record is the claim's voice or subject, and stays
    assert names.unlabelled("Reuters: rebels left.").startswith("Reuters:")
    assert names.unlabelled("Homs: the siege killed 2,200.").startswith("Homs:")
    assert names.unlabelled("At 10:00 the buses left.") == "At 10:00 the buses left."
    assert verdict(base, "Tweet: Homs lies on the coast.") == NOT_ENOUGH_INFO
    assert verdict(base, "Post: 'Homs lies on the Orontes River.'") == SUPPORTED


@pytest.mark.parametrize(("claim", "expected"), [
    ("In the 12th century Homs, with about 7,000 inhabitants, was one of the largest cities "
     "of Islamic Syria.", SUPPORTED),
    ("Homs Governorate had 1,803,000 inhabitants in 2011, a density of 43 per km2.", SUPPORTED),
    ("In the 12th century Homs, with about 7,000 inhabitants, was the capital of Islamic "
     "Syria.", NOT_ENOUGH_INFO),
    # the card of what a figure counts backs no noun it gives another owner
    ("In the 12th century Homs, with about 7,000 inhabitants, was the capital of Syria.",
     NOT_ENOUGH_INFO),
    ("Before the conflict, Homs had an estimated population of around 800,000.", SUPPORTED),
])
def test_a_statement_citing_a_figures_paragraph_is_part_of_its_evidence(
        base: FactBase, claim: str, expected: str) -> None:
    result = Checker(base).check(claim)
    assert result["verdict"] == expected, result["reason"]
