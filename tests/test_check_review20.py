"""Session 20's rules of ``check`` (issue 21) and ``ask`` (issue 23):

- a voice the claim gives ("according to AFP", "Britannica says") that the record's sources
  are is no other happening a date may belong to, and no word of what a number counts;
- "not X but Y" with one word, and a bare name a contrast denies ("in Aleppo, not Homs",
  "on the Euphrates rather than the Orontes") put in place of the claim's own;
- initials and aliases of a named record are no other actor of a dated clause ("the
  HTS-led offensive"); names whom a counted event involves are whom the count counts;
- whose a noun is: the longest name after "of" ("the capital of Homs Governorate"), the
  word next to "'s" ("the city's historic core"), and two words of one meaning;
- "government forces" are of the side of the army an event names; a weekday the event's one
  day falls on is a part it speaks to; "once" says "after";
- ask: a leading "according to X," does not hide what the question asks; "population" asks
  people before "area" asks land; "old" names the Old City only before a word for a part of
  a place."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.acts import acts
from homsfacts.check.ask import ask, passages_of
from homsfacts.check.framing import frame
from homsfacts.check.moves import move_reversed
from homsfacts.check.order import whose
from homsfacts.check.question import ANY, EVENT, FIGURE, WHO, asked_units, asks, read_question
from homsfacts.check.reader import read
from homsfacts.check.voices import report_dated
from homsfacts.check.weekdays import weekday_kept
from tests.conftest import verdict_of


@pytest.mark.parametrize(("claim", "verdict"), [
    ("According to AFP, the government retook Waer in May 2018.", REFUTED),
    ("According to AFP, the government retook Waer in May 2016.", SUPPORTED),
    # Reuters reports no retaking of Waer: the claim may mean a report the base lacks
    ("According to Reuters, the government retook Waer in May 2018.", NOT_ENOUGH_INFO),
    ("Aurelian beat Zenobia at Emesa in 282, Britannica says.", REFUTED),
    ("AFP says hundreds of thousands of people have returned to Homs since the fighting "
     "ended.", REFUTED),
    ("Homs is Syria's second-largest city, AFP says.", REFUTED),
    ("Homs is Syria's third-largest city, AFP says.", SUPPORTED),
    ("Homs is Syria's third-largest city, the BBC says.", NOT_ENOUGH_INFO),
])
def test_a_voice_the_records_sources_are_is_no_other_part(base: FactBase, claim: str,
                                                          verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Remi Ochlik was not American but French.", SUPPORTED),
    ("Remi Ochlik was not French but American.", REFUTED),
    ("The first rebel factions to take up arms did so in Aleppo, not Homs.", REFUTED),
    ("Homs lies on the Euphrates rather than the Orontes.", REFUTED),
    # what it denies is not read: the Euphrates may also be true for all the base says
    ("Homs lies on the Orontes rather than the Euphrates.", NOT_ENOUGH_INFO),
])
def test_a_contrast_of_bare_words(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_not_x_but_y_keeps_y_and_denies_x() -> None:
    found = frame("Remi Ochlik was not American but French.")
    assert found is not None
    assert (found.inner, found.words, found.denies) == (
        "Remi Ochlik was French.", "not American", False)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The HTS-led offensive was launched in the spring of 2024.", REFUTED),
    ("The HTS-led offensive was launched in October 2024.", REFUTED),
    ("Two Western journalists, Marie Colvin and Remi Ochlik, were killed in Homs on 22 "
     "February 2012.", SUPPORTED),
    ("Three Western journalists, Marie Colvin and Remi Ochlik, were killed in Homs on 22 "
     "February 2012.", REFUTED),
    ("Two Western journalists, Marie Colvin and Talal al-Barazi, were killed in Homs on 22 "
     "February 2012.", NOT_ENOUGH_INFO),
])
def test_names_of_what_the_record_is_about(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs is the capital of Homs Governorate.", SUPPORTED),
    ("Homs is the capital of Homs province.", SUPPORTED),
    ("Reuters said the mostly Sunni fighters had held out in the city's historic core for "
     "more than a year.", SUPPORTED),
    ("Reuters said the mostly Sunni fighters had held out in Aleppo's historic core for more "
     "than a year.", NOT_ENOUGH_INFO),
])
def test_whose_a_noun_is(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_owners_are_read_from_the_side_of_their_word(base: FactBase) -> None:
    homs, province = base.get("homs"), base.get("homs-province")
    assert homs is not None
    assert province is not None
    named = {"homs": homs, "homs-province": province}
    sentence = " syria s largest governorate with homs as its capital "
    assert whose("Homs is the capital of Homs province.", province, named, sentence) == ""
    assert whose("Hama is the capital of Homs.", province, named, sentence) != ""
    # two words, not records, are one owner where they are one term
    assert whose("control of the heart of the city", None, {},
                 " control of the centre of the city ") == ""
    assert whose("control of the edge of the city", None, {},
                 " control of the centre of the city ") != ""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("State media said government forces took full control of the heart of Homs on "
     "Thursday, once the Old City's rebels had been bussed north.", SUPPORTED),
    # "after" is not read as the source's "once" (a reviewer's counterexample: "after the
    # fighting was over, tens of thousands left" against "once ..., those who had left
    # went home")
    ("State media said government forces took full control of the heart of Homs on "
     "Thursday, after the Old City's rebels were bussed north.", NOT_ENOUGH_INFO),
    # the base derived the day from the page's "Thursday": another weekday is not refuted
    ("State media said government forces took full control of the heart of Homs on Monday, "
     "after the Old City's rebels were bussed north.", NOT_ENOUGH_INFO),
    ("Government forces took full control of the centre of Homs once the Old City's rebels "
     "had been bussed north.", SUPPORTED),
])
def test_the_government_side_a_weekday_and_once(base: FactBase, claim: str,
                                                verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_a_weekday_is_kept_only_for_an_event_of_that_day(base: FactBase) -> None:
    event = base.get("army-controls-central-homs")  # Thursday 8 May 2014
    killed = base.get("journalists-killed")
    assert event is not None
    assert killed is not None
    assert weekday_kept("They took control on Thursday.", event) == {"thursday"}
    assert weekday_kept("They took control on Monday.", event) == frozenset()
    assert weekday_kept("They took control.", event) == frozenset()
    assert weekday_kept("They were killed on a Wednesday.", killed) == {"wednesday"}


@pytest.mark.parametrize(("question", "kind"), [
    ("According to Reuters, who were the first to leave the Old City?", WHO),
    ("According to AFP, since when had the army besieged Homs?", EVENT),
    # a copy's words pick its records, and its time may be asked: it stays in the question
    ("According to the 2012 encyclopaedia copy, since when had the army besieged Homs?",
     ANY),
    ("according to AFP, how many people died in the siege", FIGURE),
])
def test_a_voice_before_a_question_does_not_hide_what_it_asks(question: str,
                                                               kind: str) -> None:
    assert asks(question) == kind


def test_population_of_an_area_asks_people() -> None:
    assert asked_units("What is the population of the Homs metropolitan area?") == {"people"}
    assert asked_units("What is the area of the Homs metropolitan area?") == {"km2"}


def test_old_names_the_old_city_only_before_a_part_of_a_place(base: FactBase) -> None:
    passages = passages_of(base)
    assert "old-city" not in read_question(
        base, passages, "What happened to Khalid ibn al-Walid's old sarcophagus?").names
    assert "old-city" in read_question(
        base, passages, "How long had the rebels held out in the old centre of Homs?").names
    answer = ask(base, "What is the population of the Homs metropolitan area?")
    assert answer["sure"]
    assert answer["answer"]["data"]["id"] == "homs-metro-population-2004"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The Syriac Patriarchate moved its seat from Homs to Mardin in 1933.", REFUTED),
    ("The Syriac Patriarchate moved its seat from Homs to Mardin.", REFUTED),
    ("The Syriac Patriarchate moved its seat from Mardin to Homs in 1933.", SUPPORTED),
    ("The Syriac Patriarchate moved its seat from Mardin to Homs.", SUPPORTED),
    # the move of 1959 names no Homs as where it came from, nor Mardin
    ("The Syriac Patriarchate moved from Homs to Mardin in 1959.", NOT_ENOUGH_INFO),
])
def test_a_move_the_other_way_round(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_there_is_the_place_named_before_it() -> None:
    sentence = ("It has its seat in Homs, moved there from Mardin in 1933 and on to Damascus "
                "in 1959.")
    assert move_reversed("It moved from Homs to Mardin.", sentence) != ""
    assert move_reversed("It moved from Homs to Mardin in 1959.", sentence, "1959") == ""
    assert move_reversed("It moved from Mardin to Homs.", sentence) == ""
    assert move_reversed("It moved to Mardin.", sentence) == ""  # one end is no way round


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Colvin and Ochlik were killed at a hotel in central Damascus.", REFUTED),
    ("Colvin was killed in central Homs.", NOT_ENOUGH_INFO),  # which part, the base says not
    ("The Ottomans took Homs in 1616.", REFUTED),
    ("The Ottomans took control of Homs in 1516.", SUPPORTED),
    ("Homs came under Ottoman rule in 1616.", REFUTED),
    ("Homs fell to the Mamluks in 1516.", NOT_ENOUGH_INFO),
    ("The evacuees were taken to Dar al-Kebira, a rebel-held town 20 km from Homs.", SUPPORTED),
    # two dates of one claim date two happenings: 636 is not the Ottomans' 1516
    ("Muslims took the city in 636 and renamed it Hims; it passed into Ottoman hands in 1516.",
     NOT_ENOUGH_INFO),
])
def test_part_of_a_place_passing_to_someone_and_two_dates(base: FactBase, claim: str,
                                                            verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_what_falls_or_passes_to_someone_is_taken_by_them() -> None:
    (fell,) = acts("Homs fell to the rebels.")
    assert (fell.act, fell.agent_words, fell.target_words) == ("take", ("the", "rebels"),
                                                               ("homs",))
    (passed,) = acts("Homs passes to the Ottomans, who hold it.")
    assert passed.agent_words == ("the", "ottomans")
    (taken,) = acts("The evacuees were taken to Dar al-Kebira.")
    assert taken.agent_words == ()  # where they were taken is no one who took them


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Homs is not Syria's largest city.", SUPPORTED),
    ("Homs is not Syria's second city.", SUPPORTED),
    ("Homs is not Syria's third-largest city.", REFUTED),
    ("Homs is not Syria's third or fourth city.", NOT_ENOUGH_INFO),  # more than one rank
    # a date beside the rank may be what the denial denies
    ("Homs was not Syria's largest city in 2004.", NOT_ENOUGH_INFO),
])
def test_a_denied_rank_has_one_value(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # found by the session's review: each was a false verdict of a rule above
    ("The Guardian reported on 8 December 2024 that the army had withdrawn from Homs.",
     NOT_ENOUGH_INFO),
    ("In 2024, AFP said the government took back Waer.", NOT_ENOUGH_INFO),
    ("AFP reported Colvin's death on 23 February 2012.", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed in Homs on Wednesday, not Aleppo.", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed in Homs in February, not March.", NOT_ENOUGH_INFO),
    ("The Syriac Patriarchate moved to Homs from Mardin, not Damascus.", NOT_ENOUGH_INFO),
    ("The rebels were not defeated but took Homs on 8 December 2024.", NOT_ENOUGH_INFO),
    ("Two American people, Colvin and Ochlik, were killed in Homs on 22 February 2012.",
     REFUTED),
    ("About 2,200 Syrian army people died in the siege.", NOT_ENOUGH_INFO),
    ("About 1,200 government people were believed to be in the Old City when the evacuation "
     "began.", NOT_ENOUGH_INFO),
    ("A US court found the Syrian army culpable in Colvin's death.", NOT_ENOUGH_INFO),
    ("The rebels began leaving the centre of Homs on Thursday.", NOT_ENOUGH_INFO),
    ("The rebels were bussed into the Old City from rebel-held territory further north.",
     NOT_ENOUGH_INFO),
    # a source described at the claim's end is no voice the tool reads: the base's sentence
    # may hold another page's words beside it
    ("The mosque stands amid ruins, according to a tour operator's page.", NOT_ENOUGH_INFO),
    ("The Krak des Chevaliers, a World Heritage Site, is close to Homs.", SUPPORTED),
])
def test_what_the_review_found(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_a_date_beside_a_reporting_verb_dates_the_report() -> None:
    assert report_dated("AFP reported on 6 December 2024 that Homs fell.", "6 December 2024")
    assert report_dated("In 2024, AFP said the government took back Waer.", "2024")
    assert report_dated("AFP reported Colvin's death on 23 February 2012.", "23 February 2012")
    assert not report_dated("Aurelian beat Zenobia at Emesa in 282, Britannica says.", "282")
    assert not report_dated("AFP reported that the army withdrew on 7 December 2024.",
                            "7 December 2024")


@pytest.mark.parametrize(("question", "answer"), [
    ("According to Reuters, when did rebels reach Homs?", None),  # AFP's, not Reuters's
    ("According to AFP, when did rebels reach Homs?", "rebels-reach-homs"),
    ("How large is the population of Homs?", None),  # which year's, it does not say
    ("How large was the population of Homs in 2004?", "homs-population-2004-census"),
    ("How large is Homs Governorate?", "homs-governorate-area"),
])
def test_a_question_s_voice_and_size(base: FactBase, question: str, answer: str | None) -> None:
    result = ask(base, question)
    data = result["answer"]["data"] if result["sure"] else None
    got = data[0]["id"] if isinstance(data, list) else data["id"] if data else None
    assert got == answer


@pytest.mark.parametrize(("claim", "verdict"), [
    ("In 1994 Homs had passed half a million inhabitants.", SUPPORTED),
    ("In 1994 Homs had passed a million inhabitants.", REFUTED),
    # which of the counts before 1994 "by 1994" speaks of, the checker does not read: a
    # window of the last year alone was tried, and reviewers' counterexamples undid it
    ("By 2012 Homs Governorate had 1,803,000 inhabitants.", NOT_ENOUGH_INFO),
])
def test_a_count_passed_is_more_than_it(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # the building events are another happening, and a sentence is not read for a date an
    # event was compared with: "Elagabalus was born in 218" is not backed by "born in Emesa
    # ... who took the Roman throne in AD 218"
    ("The tomb inside the Khalid ibn al-Walid Mosque dates from the 11th century.",
     NOT_ENOUGH_INFO),
    ("The tomb inside the Khalid ibn al-Walid Mosque dates from the 14th century.",
     NOT_ENOUGH_INFO),
])
def test_what_dates_from_a_time_is_no_state_begun(base: FactBase, claim: str,
                                               verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_dates_from_is_no_bound() -> None:
    (date,) = read("The tomb dates from the 11th century.").dates
    assert not date.iso.startswith("since")
    (bound,) = read("The city was besieged from 2012.").dates
    assert bound.iso.startswith("since")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Marie Colvin was a British war reporter.", REFUTED),
    ("Marie Colvin, the British war reporter, was killed in Homs in February 2012.", REFUTED),
    ("Marie Colvin was an American war reporter.", NOT_ENOUGH_INFO),  # "war" is not said
])
def test_a_nationality_a_word_before_a_person_s_noun(base: FactBase, claim: str,
                                                      verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # who took them in, the description's "who told AFP he took in" does not say as a doer
    ("Wael told AFP he had taken in some of the evacuees.", NOT_ENOUGH_INFO),
    ("AFP took in evacuees from the Old City.", NOT_ENOUGH_INFO),  # AFP is whom he told
    ("AFP left the Old City.", NOT_ENOUGH_INFO),  # a source named as a doer is a name
    ("Wael told Reuters he had taken in some of the evacuees.", NOT_ENOUGH_INFO),
    # the army bombarded the Old City, and recaptured Baba Amr: no bombing of Baba Amr
    ("The army bombed Baba Amr.", NOT_ENOUGH_INFO),
    ("The army bombarded the Old City.", SUPPORTED),
    ("Rebels agreed to leave the Old City after complex negotiations that gave them safe "
     "passage.", SUPPORTED),  # "leave it": it is the Old City
    ("The UN oversaw the Homs evacuation that rebels and pro-Assad forces agreed in May 2014.",
     SUPPORTED),  # "the Homs evacuation" was done to no Homs
])
def test_who_told_whom_and_what_it_was_done_to(base: FactBase, claim: str,
                                                verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_the_teller_not_whom_he_told_does_what_he_tells() -> None:
    (taken,) = acts("Wael told AFP he had taken in some of the evacuees.")
    assert taken.agent_words == ("wael",)


def test_use_says_nothing_in_a_question(base: FactBase) -> None:
    result = ask(base, "what word did the court use for the attack")
    assert result["sure"]
    assert result["answer"]["data"]["id"] == "us-court"
    # how exact the answer is, a question may ask: the base gives no day of the launch
    assert not ask(base, "On exactly which day did HTS launch its 2024 offensive?")["sure"]


def test_who_did_it_is_the_doer_an_event_writes(base: FactBase) -> None:
    result = ask(base, "who oversaw the 2014 evacuation deal")
    assert result["sure"]
    assert result["answer"]["data"]["id"] == "united-nations"


@pytest.mark.parametrize(("claim", "verdict"), [
    # found by the session's second review
    ("Marie Colvin was killed in Homs alongside a French war reporter.", NOT_ENOUGH_INFO),
    ("Marie Colvin was killed in Homs alongside a French journalist.", SUPPORTED),
    ("The journalist killed with Colvin was French.", NOT_ENOUGH_INFO),
    ("The journalist from France was not Colvin but Ochlik.", NOT_ENOUGH_INFO),
    ("Aurelian beat Zenobia at Emesa, not Palmyra.", NOT_ENOUGH_INFO),
])
def test_what_the_second_review_found(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("question", "answer"), [
    ("According to the tour operator, when was the mosque first built?", None),
    ("According to Reuters, what time did the evacuation begin?", None),
    ("According to AFP, who was governor of Homs in 2016?", None),
    ("What time did the Homs evacuation start, according to AFP?", "old-city"),
    ("when did the rebels say they controlled all of homs", "rebels-take-homs"),
])
def test_a_cited_voice_picks_whose_passage_answers(base: FactBase, question: str,
                                                    answer: str | None) -> None:
    result = ask(base, question)
    data = result["answer"]["data"] if result["sure"] else None
    got = data[0]["id"] if isinstance(data, list) else data["id"] if data else None
    assert got == answer


def test_when_it_ended_is_not_when_it_began(base: FactBase) -> None:
    assert not ask(base, "According to Reuters, when was the evacuation over?")["sure"]
    taken = ask(base, "when did the Ottomans take over Homs?")  # "take over" asks no end
    assert taken["sure"]
    assert taken["answer"]["data"][0]["id"] == "ottoman-rule-begins"


@pytest.mark.parametrize(("claim", "verdict"), [
    # false verdicts the reviews found that were there at the session's start
    ("The army besieged Baba Amr.", NOT_ENOUGH_INFO),  # "besieged and bombarded the Old City"
    ("The army besieged the Old City.", SUPPORTED),
    ("Two journalists killed in Homs on 22 February 2012 were American.", REFUTED),
    ("About 2,200 people, including Assad, died in the siege.", NOT_ENOUGH_INFO),
    ("About 2,200 people died in the siege.", SUPPORTED),
])
def test_older_false_verdicts_the_reviews_found(base: FactBase, claim: str,
                                                verdict: str) -> None:
    assert verdict_of(base, claim) == verdict
