"""Session 24's rules of ``check`` (issue 21) and ``ask`` (issue 23):

- a count or share before "of" keeps the doer after it ("hundreds of rebels leave": the
  rebels do), where another noun before "of" does not ("the siege of Homs killed": the siege);
- a name with a description between commas did what follows ("Russia, his ally,
  supervised");
- a passive's "by" names who did it first, as the active sentence does ("the operation was
  supervised by Russia" is "Russia supervised the operation"); a record's description that
  says what it did ("Group that preceded HTS") has the record first;
- a contrast denies the claim with its denied value put in place of the one it gives, at the
  end ("overseen by the Red Cross rather than the UN") or between commas ("found the rebels,
  not the government, culpable"): the base backing that denied claim refutes it;
- ask: of events that hold as much of a "when did ..." question, the one whose summary has
  the question's doer do the asked act;
- "government troops" in a claim and in a sentence are the government's side in both; "called
  Homs an early centre" calls Homs so; "accompanied", "set off", "torn down", "bloodshed" are
  the sources' "went with", "sparked", "pulled down", "violence"; one word of a place's name
  ("Press", "Opposition") names it only where written as a name of its own, not beside
  another name's capital ("the Associated Press") nor first in the claim;
- a change of a count between two years ("more than doubled between 1960 and 1978", "fewer
  people in 2011 than in 2010") is judged by the figures of one quantity for both years, each
  hedge widening what the figure may be (:mod:`homsfacts.check.trends`)."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.acts import acts
from homsfacts.check.ask import ask
from homsfacts.check.framing import frame
from homsfacts.check.naming import Names
from homsfacts.check.reader import read
from homsfacts.check.side_names import REBELS
from homsfacts.check.trends import Change, change_claimed
from tests.conftest import run, verdict_of


@pytest.mark.parametrize(("text", "agent", "agent_words"), [
    ("Hundreds of rebels begin to leave the Old City", REBELS, ("rebels",)),
    ("Most of the rebels left the Old City", REBELS, ("the", "rebels")),
    ("2,000 of the rebels left the Old City", REBELS, ("the", "rebels")),
    ("A group of rebels left the Old City", REBELS, ("rebels",)),
    ("The siege of Homs killed 2,200 people", None, ()),
    ("The leaders of the rebels left the Old City", None, ()),
    ("Russia, his ally, supervised the operation", None, ("russia",)),
    ("The rebels, the monitor said, took Homs", REBELS, ("the", "rebels")),
    ("In May, the rebels left", REBELS, ("the", "rebels")),
])
def test_the_doer_stands_past_a_count_and_a_description(text: str, agent: str | None,
                                                        agent_words: tuple[str, ...]) -> None:
    first = acts(text)[0]
    assert (first.agent, first.agent_words) == (agent, agent_words)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The operation that recaptured Waer was supervised by Russia.", SUPPORTED),
    ("Russia, Assad's ally, supervised the operation that retook Waer.", SUPPORTED),
    ("Hayat Tahrir al-Sham was preceded by Al-Nusra Front.", SUPPORTED),
    ("Al-Nusra Front preceded Hayat Tahrir al-Sham.", SUPPORTED),
    # the other way round: the description's record did it, the passive's "by" did it
    ("Hayat Tahrir al-Sham preceded Al-Nusra Front.", NOT_ENOUGH_INFO),
    ("Al-Nusra Front was preceded by Hayat Tahrir al-Sham.", NOT_ENOUGH_INFO),
])
def test_who_did_it_is_read_through_a_passive_and_a_description(base: FactBase, claim: str,
                                                               verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "inner", "swaps"), [
    ("A court found the rebels, not the government, culpable.",
     "A court found the rebels culpable.",
     ("A court found the government culpable.", "A court the government culpable.")),
    ("The Red Cross, not the UN, oversaw it.", "The Red Cross oversaw it.",
     ("The Red the UN oversaw it.", "The UN oversaw it.")),
    ("It was officials, not activists, who named it.", "It was officials who named it.",
     ("It was activists who named it.", "It activists who named it.")),
])
def test_a_value_denied_between_commas_is_tried_in_place_of_the_one_given(
        claim: str, inner: str, swaps: tuple[str, ...]) -> None:
    found = frame(claim)
    assert found is not None
    assert not found.denies
    assert (found.inner, found.swaps) == (inner, swaps)
    assert found.words.startswith("not ")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Reuters said the evacuation was overseen by the Red Cross rather than the UN.", REFUTED),
    ("Golani commanded the Free Syrian Army rather than HTS.", REFUTED),
    ("The operation that recaptured Waer was supervised by Iran rather than Russia.", REFUTED),
    ("Baba Amr was for a time the stronghold of Al-Nusra Front rather than the Free Syrian "
     "Army.", REFUTED),
    ("The bloodiest sectarian violence in Homs took place in its outer suburbs rather than its "
     "historic centre.", REFUTED),
    ("The rebel offensive that reached Homs in 2024 was led by the Free Syrian Army rather than "
     "by Hayat Tahrir al-Sham.", REFUTED),
    ("It was government officials, not activists, who dubbed Homs the \"capital of the "
     "revolution\".", REFUTED),
    ("The Red Cross, not the UN, oversaw the May 2014 evacuation of the Old City.", REFUTED),
    # what it gives is true: denying a value the base does not back refutes nothing
    ("Reuters said the evacuation was overseen by the UN rather than the Red Cross.",
     NOT_ENOUGH_INFO),
    ("The UN, not the Red Cross, oversaw the May 2014 evacuation of the Old City.",
     NOT_ENOUGH_INFO),
    ("Golani commanded HTS rather than the Free Syrian Army.", NOT_ENOUGH_INFO),
    ("The roughly 2,200 death toll for the siege came from the United Nations rather than "
     "from a war monitor.", REFUTED),
    # both may hold, or one is misread: nothing is refuted (a second review of session 24)
    ("Marie Colvin was killed in Homs rather than in Baba Amr.", NOT_ENOUGH_INFO),
    ("Homs lies in Homs Governorate rather than in Syria.", NOT_ENOUGH_INFO),
    ("Aurelian defeated the queen of Palmyra at Emesa rather than at Palmyra.",
     NOT_ENOUGH_INFO),
    ("Al-Nusra Front was linked to Al-Qaeda rather than to Hayat Tahrir al-Sham.",
     NOT_ENOUGH_INFO),
    # a move's end: "rather than from" does not say which end is denied
    ("The Syriac Patriarchate moved to Damascus from Homs rather than from Mardin.",
     NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate moved to Homs from Mardin rather than from Damascus.",
     NOT_ENOUGH_INFO),
])
def test_a_contrast_is_refuted_where_the_base_backs_what_it_denies(base: FactBase, claim: str,
                                                                   verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("question", "answers"), [
    ("when did the rebels leave the Old City?",
     {"evacuation-begins-lat", "evacuation-begins-reuters"}),
    ("When did the first rebels start to leave the Old City in 2014?",
     {"evacuation-begins-lat", "evacuation-begins-reuters"}),
])
def test_ask_takes_the_event_whose_doer_does_the_asked_act(base: FactBase, question: str,
                                                           answers: set[str]) -> None:
    result = ask(base, question)
    assert result["sure"]
    assert result["answer"]["data"][0]["id"] in answers


@pytest.mark.parametrize("question", [
    # the rebels' taking, whose summary says the army had left only in a clause that times it
    "When did the Syrian army leave Homs?",
    "When did government troops leave Homs?",
    # the evacuation's first day is not when all had left
    "When had all the rebels left the Old City?",
])
def test_ask_breaks_no_tie_by_an_act_of_a_timing_clause_or_the_end(base: FactBase,
                                                                   question: str) -> None:
    result = ask(base, question)
    assert not result["sure"] or result["answer"]["data"][0]["id"] not in {
        "rebels-take-homs", "evacuation-begins-lat", "evacuation-begins-reuters"}

def test_a_contrast_refuted_through_the_cli() -> None:
    result = run("check", "--json",
                 "Golani commanded the Free Syrian Army rather than HTS.")
    assert result.exit_code == 1, result.stderr  # 1: not every claim is supported
    assert '"verdict": "refuted"' in result.stdout
    assert "Golani commanded HTS" in result.stdout


@pytest.mark.parametrize(("claim", "change"), [
    ("The population of Homs more than doubled between 1960 and 1978.",
     Change("1960", "1978", up=True, factor=2.0, least=True)),
    ("Between 2004 and 1994 the population of Homs shrank.",
     Change("1994", "2004", up=False, factor=1.0, least=False)),
    ("Homs had more people in 2011 than in 2010.",
     Change("2010", "2011", up=True, factor=1.0, least=False)),
    ("Homs Governorate had fewer people in 2011 than the 2010 estimate.",
     Change("2010", "2011", up=False, factor=1.0, least=False)),
    ("The population of Homs did not double between 1932 and 1960.",
     Change("1932", "1960", up=True, factor=2.0, least=False)),
    # a voice, a third number, one year or no count: not a change this reads
    ("According to the 2020 copy, the population of Homs grew between 2008 and 2017.", None),
    ("The population of Homs grew from 136,000 in 1960 to 306,000 in 1978.", None),
    ("The population of Homs grew in 1960.", None),
    ("The siege grew fiercer between 2012 and 2014.", None),
])
def test_a_change_of_a_count_between_two_years_is_read(claim: str,
                                                       change: Change | None) -> None:
    assert change_claimed(claim) == change


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The population of Homs more than doubled between 1960 and 1978.", SUPPORTED),
    ("The population of Homs shrank between 1960 and 1978.", REFUTED),
    ("Between 1994 and 2004 the population of Homs shrank.", REFUTED),
    ("Homs's population grew between the 1994 figure and the 2004 census.", SUPPORTED),
    ("The 1981 census counted fewer people in Homs than the 1978 figure.", REFUTED),
    ("The 2004 census population of Homs was larger than the independent 2005 estimate.",
     REFUTED),
    ("The population of Homs did not grow between 1960 and 1978.", REFUTED),
    # 136,000 to 306,000 is more than twice, not three times
    ("The population of Homs tripled between 1960 and 1978.", REFUTED),
    # "an estimated 1,763,000" may be 2% off: the hedge leaves the change open
    ("Homs Governorate had fewer people in 2011 than the 2010 estimate.", NOT_ENOUGH_INFO),
    # no figure of the metropolitan area for 1960: the city's figures do not answer
    ("The population of the Homs metropolitan area grew between 1960 and 1978.",
     NOT_ENOUGH_INFO),
    # what the whole city's figures cannot tell (a review of session 24 found each supported
    # or refuted from them): a part of its people, another place, a cause, a voice, how much,
    # how steadily, the years in another order, a year the base has no figure for
    ("The population of the Old City of Homs more than doubled between 1960 and 1978.",
     NOT_ENOUGH_INFO),
    ("The Christian population of Homs more than doubled between 1960 and 1978.",
     NOT_ENOUGH_INFO),
    ("The Muslim population of Homs fell between 1960 and 1978.", NOT_ENOUGH_INFO),
    ("The populations of Homs and Hama grew between 1960 and 1978.", NOT_ENOUGH_INFO),
    ("The population of Homs grew between 1960 and 1978 because of the oil refinery.",
     NOT_ENOUGH_INFO),
    ("As Britannica counts it, the population of Homs grew between 1981 and 1994.",
     NOT_ENOUGH_INFO),
    ("The population of Homs grew more than three times between 1960 and 1978.",
     NOT_ENOUGH_INFO),
    ("The population of Homs barely grew between 1960 and 1978.", NOT_ENOUGH_INFO),
    ("The population of Homs rose every year from 1932 to 1994.", NOT_ENOUGH_INFO),
    ("In 1981 the population of Homs had risen since 1978.", NOT_ENOUGH_INFO),
    ("The population of Homs fell for a time between 1960 and 1994.", NOT_ENOUGH_INFO),
    ("The population of Homs fell between 2010 and 2011.", NOT_ENOUGH_INFO),
    # 2.55 times over may be called a tripling; 2.25 times may not; 1.77 times is no doubling
    ("The population of Homs tripled between 1960 and 1981.", NOT_ENOUGH_INFO),
    ("The population of Homs doubled between 1978 and 1994.", NOT_ENOUGH_INFO),
    # a kind of report neither figure's label gives; a difference; others than its people
    ("The estimated population of Homs grew between 1960 and 1978.", NOT_ENOUGH_INFO),
    ("The census population of Homs doubled between 1960 and 1978.", NOT_ENOUGH_INFO),
    ("The population of Homs grew by 170,000 between 1960 and 1978.", NOT_ENOUGH_INFO),
    ("More people left Homs in 1978 than in 1960.", NOT_ENOUGH_INFO),
])
def test_a_change_is_judged_by_the_figures_of_both_years(base: FactBase, claim: str,
                                                         verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_a_change_cites_both_figures(base: FactBase) -> None:
    result = Checker(base).check("The population of Homs shrank between 1960 and 1978.")
    assert [record["id"] for record in result["evidence"]] == ["homs-population-1960",
                                                                "homs-population-1978"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # "government troops" in the claim and in the sentence: the government's side in both
    ("Government troops moved into the Old City.", SUPPORTED),
    ("Rebel troops moved into the Old City.", NOT_ENOUGH_INFO),
    # "called Homs an early centre": Homs is what was called, not what it was called
    ("Reuters called Homs an early centre of the revolt against Assad.", SUPPORTED),
    ("Reuters called Aleppo an early centre of the revolt against Assad.", NOT_ENOUGH_INFO),
    # words people use for the sources' own
    ("A white UN car accompanied the buses as the fighters boarded on the first day.",
     SUPPORTED),
    ("A white UN car accompanied the rebels' convoy to Damascus.", NOT_ENOUGH_INFO),
    ("Syria's civil war was set off in 2011 by a crackdown on protests calling for democracy.",
     SUPPORTED),
    ("Syria's civil war was set off in 2011 by a flood.", NOT_ENOUGH_INFO),
    # a count a voice gives is of what that voice counts: SOHR counted people, the BBC
    # fighters and their relatives
    ("The Syrian Observatory for Human Rights said about 1,200 fighters remained in the Old "
     "City.", NOT_ENOUGH_INFO),
    ("According to the SOHR, roughly 2,200 people were killed during the two-year siege of "
     "Homs.", SUPPORTED),
    ("The BBC said some 2,000 fighters and their relatives were believed to have left the Old "
     "City.", SUPPORTED),
    ("The evacuation of those trapped by the siege happened in May 2015.", REFUTED),
    ("The crackdown that sparked Syria's civil war took place in 2013.", REFUTED),
])
def test_sides_names_and_words_read_as_the_sources_write_them(base: FactBase, claim: str,
                                                              verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "named"), [
    ("A woman told the Associated Press she had lost her home.", set()),
    ("Opposition activists' videos showed fighters walking to the buses.", set()),
    ("Colvin died at the opposition press centre.", {"marie-colvin", "opposition-press-centre"}),
    ("Colvin was killed in the Press centre in Baba Amr.",
     {"marie-colvin", "opposition-press-centre", "baba-amr"}),
])
def test_one_word_of_a_places_name_names_it_only_where_written_as_it(
        base: FactBase, claim: str, named: set[str]) -> None:
    assert set(Names(base).in_claim(read(claim))) == named
