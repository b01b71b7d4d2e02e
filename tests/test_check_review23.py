"""Session 23's rules of ``check`` (issue 21) and ``ask`` (issue 23):

- a count that is a part of a whole the claim names ("the judgement included $2.5
  million") and a bare plural of an order ("thousands fled", which people say of tens of
  thousands) are not refuted by a larger figure of the whole; "only thousands" is no floor,
  and a floor above the figure ("hundreds of thousands") is still refuted;
- "Free Syrian Army" is on the rebel side, though "army" alone is the government's;
- "rebels", "fighters", "insurgents" and "militants" are one another's words where the
  sentence names no one of the other side and the claim the rebels by one word (every fighter
  the sources speak of is a rebel; a "jihadist" says more); "rebel" before a rebel group's
  name ("the rebel Free Syrian Army") is a word of the name;
- a sentence that speaks of a place's people ("its people", "an Alawite minority") speaks to
  its "population" and "residents"; a count of people ("a camp of nearly 14,000 people")
  does not;
- faiths exclude one another where a people is "mostly" of one ("mostly Shiite" against
  "mostly Sunni");
- "area code" is the dialling code; "a source told" is a person who told; "the Acre and
  Haifa areas" are around Acre and Haifa;
- what a sentence says was left behind ("had to leave heavy weapons behind") denies a claim
  that has it taken;
- a length is of the happening its label heads ("Length of the government's siege ... when
  the evacuation began" is the siege's), and answers no claim of another's length;
- a claim's number more precise than the source's display and within its rounding
  ("$302,511,836" against "$302.5 million") is not-enough-info, not refuted;
- "the Observatory later said" is a voice, as "the Observatory said" is;
- who held a place, put beside its name ("Dar al-Kebira, a government-held town"), is
  refuted by a sentence about that place that gives the other side, where the claim gives no
  time (who holds a place changes);
- ask: "which two northern towns" and "what are the names of the ... towns" ask for towns;
- an order claim's "he" or "she" is the one person its other side names ("the ruling on
  Colvin's death came five years after she was killed");
- ask: verbs a question wraps round what it asks ("allowed to take", "mean for", "matter")
  ask nothing; "revived" is "recovered", "economy" "economic";
- a claim's rebels are the sentence's fighters only where the sentence is of a record the
  claim names, or of a place inside one it names ("the rebels are mostly Sunni" is not the Old
  City's fighters); "six years after" a day of 2012 is not refuted by a date of 2019, which
  may be six whole years on or seven."""

from __future__ import annotations

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.account import implied, side_described
from homsfacts.check.acts import acts
from homsfacts.check.alternatives import held_otherwise
from homsfacts.check.apposition import split
from homsfacts.check.ask import ask, passages_of
from homsfacts.check.hedging import finer_than_shown
from homsfacts.check.negation import negation
from homsfacts.check.question import read_question
from homsfacts.check.reader import read
from homsfacts.check.scope import length_of_another
from homsfacts.check.side_names import GOVERNMENT, REBELS, side_of
from homsfacts.check.subjects import lack_denies
from homsfacts.check.words import lightened
from tests.conftest import run, verdict_of


@pytest.mark.parametrize(("claim", "part"), [
    ("The Colvin judgement included $2.5 million in compensation.", True),
    ("About 2,200 people died, including 500 children.", True),
    ("Thousands of people fled Homs.", True),
    ("Tens of thousands of people returned.", True),
    ("Only thousands of people returned.", False),
    ("Several thousand people returned.", False),
    ("The court awarded $2.5 million.", False),
    # "contains" counts the whole: the number of sub-districts, not a part of it
    ("Homs Governorate's seven districts contain 52 sub-districts.", False),
])
def test_a_count_of_a_part_or_a_floor_is_marked(claim: str, part: bool) -> None:
    assert read(claim).quantities[-1].part is part


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The Colvin judgement included $2.5 million in compensation for her sister.",
     NOT_ENOUGH_INFO),
    # the figure a part is matched with may be of the part itself: not refuted
    ("The Colvin judgement included $400 million.", NOT_ENOUGH_INFO),
    ("Thousands of people returned to Homs after fleeing.", NOT_ENOUGH_INFO),
    ("Thousands of people fled Homs as the rebels approached.", NOT_ENOUGH_INFO),
    ("Only thousands of people returned to Homs after fleeing.", REFUTED),
    ("Hundreds of thousands of people returned to Homs after fleeing.", REFUTED),
    ("Tens of thousands of people returned to Homs after fleeing.", SUPPORTED),
    ("Tens of thousands of people were killed in the two-year siege.", REFUTED),
    ("Only a few hundred people who had fled Homs ever returned.", REFUTED),
    # a whole named after the count: the figure may be of the part itself
    ("The 2004 census counted 652,609 people in Homs, some 30,000 of them Armenians.",
     NOT_ENOUGH_INFO),
    ("Homs Governorate's seven districts contain 52 sub-districts.", REFUTED),
])
def test_a_part_or_a_floor_is_not_refuted_by_a_larger_whole(base: FactBase, claim: str,
                                                             verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("name", "side"), [
    ("Free Syrian Army", REBELS), ("the Syrian army", GOVERNMENT), ("FSA", REBELS),
    ("Hayat Tahrir al-Sham", REBELS), ("army and rebels", None),
    ("the Free Syrian Army and the army", None), ("Russian troops", None),
])
def test_the_longest_name_of_a_side_decides(name: str, side: str | None) -> None:
    assert side_of(name) == side


@pytest.mark.parametrize(("text", "words"), [
    ("The copies describe its people as mostly Sunni.", "population"),
    ("It has a sizeable Alawite minority.", "population"),
    # a count of people says more of whom it counts than that they live there
    ("It holds a refugee camp of nearly 14,000 people.", ""),
    ("Al-Mukharram District is mostly Alawite.", ""),  # perhaps of a part
    ("The city lies on the Orontes.", ""),
])
def test_a_sentence_implies_words_it_does_not_write(text: str, words: str) -> None:
    assert implied(text) == words


@pytest.mark.parametrize(("claim", "described"), [
    ("The Baba Amr neighbourhood was the bastion of the rebel Free Syrian Army.", {"rebel"}),
    ("The rebel alliance Hayat Tahrir al-Sham led the offensive.", {"rebel"}),
    ("The attack targeted rebels.", set()),
    ("The rebel army took Homs.", set()),  # "army" names no rebel group
])
def test_rebel_before_a_rebel_groups_name_is_its_name(claim: str, described: set[str]
                                                      ) -> None:
    names = ["Free Syrian Army", "Hayat Tahrir al-Sham", "army"]
    assert side_described(claim, names) == described


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Reuters: the mostly Sunni rebels had held out in the old centre of Homs for more than "
     "a year.", SUPPORTED),
    ("The Baba Amr neighbourhood was, for a time, the bastion of the rebel Free Syrian Army.",
     SUPPORTED),
    ("Homs's population is mostly Arabic-speaking Sunni Muslims with Alawite and Christian "
     "minorities, say the 2012 and 2014 copies.", SUPPORTED),
    ("Homs camp, a Palestinian refugee camp inside the city, has nearly 14,000 residents, "
     "most originally from the Acre and Haifa areas.", SUPPORTED),
    ("Reuters described the fighters who held out in the Old City as mostly Shiite.",
     REFUTED),
    ("Reuters described the fighters who held out in the Old City as mostly Sunni.",
     SUPPORTED),
    # a list of faiths is no one faith most are of
    ("Talkalakh District's population is overwhelmingly Shia Muslim.", NOT_ENOUGH_INFO),
    ("Homs's telephone area code is 031.", SUPPORTED),
    ("The telephone area code for Homs is 021.", REFUTED),
    ("One source told the Los Angeles Times that rebels could leave with their personal "
     "belongings and one weapon each, usually an AK-47.", SUPPORTED),
    ("A source told the Los Angeles Times the rebels could take their heavy weapons out "
     "with them.", REFUTED),
    ("The rebels could take heavy weapons but had to leave their personal belongings.",
     REFUTED),
    ("The rebels could take their personal belongings and one weapon each.", SUPPORTED),
    # the army's soldiers are no rebels: the bombing was blamed on the army
    ("The bombing of the press centre was widely blamed on rebel fighters.",
     NOT_ENOUGH_INFO),
])
def test_words_for_the_same_people_and_things(base: FactBase, claim: str, verdict: str
                                              ) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("text", "expected"), [
    ("One knowledgeable source told the LA Times", "One knowledgeable person told the LA Times"),
    ("The sources said so", "The person said so"),
    ("The source of the report", "The source of the report"),
    ("most from the Acre and Haifa areas", "most from Acre and Haifa"),
    ("most from the acre and haifa areas", "most from acre and haifa"),
    ("most from the Haifa areas", "most from the Haifa areas"),  # one name: a part of it?
    ("the rebels took areas of Homs", "the rebels took areas of Homs"),
    ("in rebel-held areas", "in rebel-held areas"),
    ("The telephone area code", "The telephone dialling code"),
])
def test_light_words_are_written_as_the_sources_write_them(text: str, expected: str) -> None:
    assert lightened(text) == expected


@pytest.mark.parametrize(("claim", "denied"), [
    ("The rebels could take their heavy weapons with them.", True),
    ("The rebels carried heavy weapons out.", True),
    ("The rebels had to leave heavy weapons behind.", False),
    ("Heavy weapons stayed in the Old City.", False),  # no taking
    ("The rebels could take one weapon each.", False),  # not all of "heavy weapons"
    ("The trapped people had plenty of food.", True),
])
def test_what_was_left_behind_or_lacked_denies_having_it(claim: str, denied: bool) -> None:
    text = ("The rebels could take one weapon each and had to leave heavy weapons behind; "
            "people were trapped without food.")
    claimed = {word.strip(".").lower().rstrip("s") for word in claim.split()}
    assert lack_denies(text, claim, claimed) is denied


def test_a_floor_is_read_through_the_cli() -> None:
    result = run("check", "--json", "Thousands of people fled Homs as the rebels approached.")
    assert result.exit_code == 1, result.stderr  # 1: not every claim is supported
    answer = result.json()
    assert answer["verdict"] == NOT_ENOUGH_INFO
    assert "does not rule it out" in answer["reason"]


@pytest.mark.parametrize(("label", "claim_terms", "other"), [
    ("Length of the government's siege of the Old City when the evacuation began",
     {"evacuation", "length"}, True),
    ("Length of the government's siege of the Old City when the evacuation began",
     {"siege", "length"}, False),
    ("Length of Bashar al-Assad's rule when rebels took Homs", {"rule", "length"}, False),
    ("Length of the siege", {"evacuation"}, True),
    ("Siege death toll", {"evacuation"}, False),  # no length: not read here
])
def test_a_length_is_of_the_happening_its_label_heads(label: str, claim_terms: set[str],
                                                      other: bool) -> None:
    assert length_of_another(claim_terms, {"label": label}) is other


@pytest.mark.parametrize(("value", "display", "finer"), [
    (302_511_836, "$302.5 million", True),
    (302_549_999, "$302.5 million", True),
    (302_400_000, "$302.5 million", False),
    (302_500_000, "$302.5 million", False),  # the same number
    (2_201, "about 2,200 people", False),  # no scale word: its hedge says how near
])
def test_a_number_finer_than_the_source_shows(value: float, display: str, finer: bool
                                              ) -> None:
    figure = {"display": display, "value": 302_500_000 if "million" in display else 2_200}
    assert finer_than_shown(value, figure) is finer


@pytest.mark.parametrize(("claim", "reason"), [
    ("The evacuees were taken to Dar al-Kebira, a government-held town.", "held by"),
    ("Dar al-Kebira was a government-held town.", "held by"),
    ("Dar al-Kebira was a rebel-held town.", ""),
    ("Dar al-Kebira is now a government-held town.", ""),  # another time than the source's
    ("Fighters left government-held Homs for Dar al-Kebira.", ""),  # not said of it
])
def test_who_held_a_place_beside_its_name(claim: str, reason: str) -> None:
    text = "Rebel-held town 20 km from Homs to which the evacuees of May 2014 were taken."
    assert reason in held_otherwise(claim, text, ["dar al kebira"])
    assert bool(held_otherwise(claim, text, ["dar al kebira"])) is bool(reason)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The May 2014 evacuation lasted three days.", NOT_ENOUGH_INFO),
    ("The siege of the Old City lasted two years.", SUPPORTED),
    ("The exact amount of the Colvin judgement was $302,511,836.", NOT_ENOUGH_INFO),
    ("The Colvin judgement was $302,400,000.", REFUTED),
    ("The Syrian Observatory later said 900 fighters had been moved out on the first day.",
     NOT_ENOUGH_INFO),
    ("The Syrian Observatory later said about 2,200 people died in the siege.", SUPPORTED),
    ("The evacuees were taken to Dar al-Kebira, a government-held town 20 km from Homs.",
     REFUTED),
])
def test_lengths_precision_voices_and_holders(base: FactBase, claim: str, verdict: str
                                              ) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("question", "kind"), [
    ("Which two northern towns were covered by the 2014 deal?", "city"),
    ("What are the names of the two northern towns covered by the 2014 deal?", "city"),
    ("Which city was called Emesa?", "city"),
    ("Which rebel group led the offensive?", "group"),
    ("What did the two sides agree?", ""),
])
def test_the_kind_a_question_asks_past_a_count(base: FactBase, question: str, kind: str
                                                ) -> None:
    assert read_question(base, passages_of(base), question).entity_kind == kind


def test_a_question_for_towns_the_base_does_not_name_is_not_answered(base: FactBase) -> None:
    result = ask(base, "What are the names of the two northern towns covered by the 2014 deal?")
    assert not result["sure"]


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The court ruled on Colvin's death five years after she was killed.", REFUTED),
    ("The court ruled on Colvin's death seven years after she was killed.", SUPPORTED),
    ("The court ruling on Colvin's death came a decade after she was killed.", REFUTED),
    # two people named: whom "she" stands for is not told
    ("Colvin and Zenobia were remembered seven years after she was killed.", NOT_ENOUGH_INFO),
])
def test_a_pronoun_of_an_order_claim_is_the_person_the_other_side_names(
        base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("question", "answer"), [
    ("Why did the fall of Homs matter strategically?", "homs"),
    ("What did the fall of Homs mean for Damascus?", "homs"),
    # from the session's third review: "located", "situated", "served", "struck", "headed"
    # and a census's "count" stay words of the question, for without them a place the base
    # does not hold ("where is Palmyra situated") or another side's stronghold is answered
    ("Where is Palmyra situated?", None),
    ("Where is Mardin located?", None),
    ("Which neighbourhood served as the army's stronghold?", None),
    ("When was Baba Amr struck?", None),
    ("Who headed the Syrian army?", None),
    ("How many Armenians did the census count in Homs?", None),
])
def test_question_verbs_that_ask_nothing_and_words_that_mean_the_same(
        base: FactBase, question: str, answer: str | None) -> None:
    result = ask(base, question)
    if answer is None:
        assert not result["sure"]
        return
    assert result["sure"], result["reason"]
    data = result["answer"]["data"]
    assert (data["id"] if isinstance(data, dict) else data[0]["id"]) == answer


@pytest.mark.parametrize(("claim", "verdict"), [
    # from the session's review: the rebels' words are one only where the sentence names
    # no one of the other side and the claim names the rebels by one word
    ("Rebels fought jihadists in a grinding siege that wrecked Homs.", NOT_ENOUGH_INFO),
    ("The rebels agreed the evacuation with the fighters.", NOT_ENOUGH_INFO),
    ("The rebel forces searched the city's neighbourhoods for jihadists.", NOT_ENOUGH_INFO),
    ("The Free Syrian Army is made up of jihadists and civilians.", NOT_ENOUGH_INFO),
    ("The Free Syrian Army is made up of militants and civilians.", NOT_ENOUGH_INFO),
    ("Reuters: the mostly Sunni militants had held out in the old centre of Homs for more "
     "than a year.", SUPPORTED),
    # a minority of one faith leaves room for another's
    ("Homs has a Christian minority.", SUPPORTED),
    ("Homs has a Shiite minority.", NOT_ENOUGH_INFO),
    # a voice that "later" or "also" said it is still the claim's voice
    ("The Syrian government later said 2,200 people died in the siege.", NOT_ENOUGH_INFO),
    ("The army also said about 2,200 people died in the siege.", NOT_ENOUGH_INFO),
    # the fighters' faith is not the people's
    ("The population of the Old City was mostly Sunni.", NOT_ENOUGH_INFO),
    # one of two places is not both
    ("Most of the people of Homs camp are from the Haifa areas.", NOT_ENOUGH_INFO),
])
def test_the_reviews_counterexamples(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize("question", [
    "what are the names of the two Shiite towns?",
    "what were the names of the two towns?",
])
def test_towns_the_base_does_not_name_are_not_answered(base: FactBase, question: str) -> None:
    assert not ask(base, question)["sure"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # the second review's counterexamples
    ("Hassan Abdul-Ghani is a jihadist commander.", NOT_ENOUGH_INFO),
    ("Dar al-Kebira, a jihadist-held town, received the evacuees.", NOT_ENOUGH_INFO),
    ("Homs Governorate's population is mostly Alawite.", NOT_ENOUGH_INFO),
    ("Homs had a population of 20,000 during the Armenian Genocide.", NOT_ENOUGH_INFO),
    ("The attack targeted rebels.", NOT_ENOUGH_INFO),
    ("Rebels were attacked by Al-Nusra Front in Homs.", NOT_ENOUGH_INFO),
    ("A rebel source told the Los Angeles Times that fighters could take one weapon each.",
     NOT_ENOUGH_INFO),
    ("The rebels took their belongings, one weapon each, but no heavy weapons.", SUPPORTED),
])
def test_the_second_reviews_counterexamples(base: FactBase, claim: str, verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # "army" inside "the Free Syrian Army" is no army of the government's
    ("Baba Amr was an army stronghold.", NOT_ENOUGH_INFO),
    ("Baba Amr was for a time an FSA stronghold.", SUPPORTED),
    # "opposition" inside "opposition press centre" is of the same side: it stays
    ("The bombing that killed Colvin and Ochlik hit an opposition media centre in the Baba "
     "Amr neighbourhood.", SUPPORTED),
])
def test_a_side_word_inside_another_sides_name(base: FactBase, claim: str, verdict: str
                                               ) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize("question", [
    "What are the two northern towns loyal to the government?",
    "Name the two northern towns loyal to the government.",
])
def test_towns_asked_otherwise_are_towns(base: FactBase, question: str) -> None:
    assert not ask(base, question)["sure"]


@pytest.mark.parametrize(("text", "agent"), [
    ("The rebel offensive that reached Homs had taken large parts of Syria.",
     ("the", "rebel", "offensive")),
    ("It says that rebels took Homs.", ("rebels",)),
])
def test_the_doer_before_a_clause_that_describes_it(text: str, agent: tuple[str, ...]
                                                     ) -> None:
    assert [each.agent_words for each in acts(text) if each.act == "take"] == [agent]


@pytest.mark.parametrize(("claim", "verdict"), [
    # a count owns nothing: "a population of about 800,000 before the war" is no war's
    ("Homs had a population of about 800,000 before the war.", SUPPORTED),
    ("The capital of Syria had a population of about 800,000 before the war.",
     NOT_ENOUGH_INFO),
    # a place's name before a happening says where it was
    ("Survivors of the Homs siege were left with nothing to eat but grass and dried food.",
     SUPPORTED),
    ("AFP said the Homs evacuation got under way at around 2 pm local time.", REFUTED),
    ("The Aleppo siege lasted two years.", NOT_ENOUGH_INFO),
])
def test_counts_own_nothing_and_places_before_happenings(base: FactBase, claim: str,
                                                         verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "denied", "asserted"), [
    ("A US court cleared the Syrian government of any responsibility for Colvin's death.",
     "cleared", "A US court found the Syrian government responsible for Colvin's death."),
    ("The court absolved Russia of blame.", "absolved", "The court found Russia responsible."),
    ("The court cleared the rubble.", "", "The court cleared the rubble."),
])
def test_clearing_of_blame_denies_a_finding(denied: str, claim: str, asserted: str) -> None:
    assert negation(claim) == (denied, asserted)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("A US court cleared the Syrian government of any blame for Marie Colvin's death.",
     REFUTED),
    ("A US court cleared Russia of responsibility for Colvin's death.", NOT_ENOUGH_INFO),
])
def test_clearing_of_blame_through_the_checker(base: FactBase, claim: str, verdict: str
                                               ) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "parts"), [
    ("In the 1880s the Survey of Western Palestine recorded 5,500 Greek Orthodox and 1,500 "
     "Syriac Orthodox Christians in Homs.",
     ("In the 1880s the Survey of Western Palestine recorded 5,500 Greek Orthodox Christians "
      "in Homs.", "In the 1880s the Survey of Western Palestine recorded 1,500 Syriac Orthodox "
      "Christians in Homs.")),
    ("About 2,200 people died and 400 left.", None),  # no shared noun
    ("The census counted 652,609 men and 300 women.", None),  # two nouns, none shared
])
def test_two_counts_of_kinds_of_one_noun_are_two_claims(claim: str,
                                                        parts: tuple[str, str] | None) -> None:
    found = split(claim)
    assert (None if found is None else (found.main, found.description)) == parts


@pytest.mark.parametrize(("claim", "verdict"), [
    ("In the 1880s the Survey of Western Palestine counted 5,500 Greek Orthodox and 1,500 "
     "Syriac Orthodox Christians in Homs.", SUPPORTED),
    ("In the 1880s the Survey of Western Palestine counted 5,500 Greek Orthodox and 2,500 "
     "Syriac Orthodox Christians in Homs.", REFUTED),
])
def test_two_counts_of_kinds_through_the_checker(base: FactBase, claim: str, verdict: str
                                                 ) -> None:
    assert verdict_of(base, claim) == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The rebels are mostly Sunni.", NOT_ENOUGH_INFO),
    ("The Colvin judgement was ordered six years after she was killed.", NOT_ENOUGH_INFO),
    ("The Muslim conquest of Homs took place in 736.", REFUTED),
    ("The Muslim conquest of Homs took place in 636.", SUPPORTED),
])
def test_the_third_reviews_counterexamples_and_nouns_of_acts(base: FactBase, claim: str,
                                                             verdict: str) -> None:
    assert verdict_of(base, claim) == verdict


def test_a_date_both_parts_say_is_shown_once(base: FactBase) -> None:
    from homsfacts.check import Checker

    found = Checker(base).check("In the 1880s the Survey of Western Palestine counted 5,500 Greek "
                                "Orthodox and 1,500 Syriac Orthodox Christians in Homs.")["found"]
    assert [date["text"] for date in found["dates"]] == ["1880s"]
    assert [quantity["text"] for quantity in found["quantities"]] == ["5,500", "1,500"]
