"""``ask``: a question in plain words gets the record that answers it, or candidates and a
plain "not sure", never a weak match presented as the answer (issue 23)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tomli

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.check.ask import ANY, CARD, EVENT, FIGURE, PLACE, WHO, ask, asks, passages_of
from homsfacts.check.premises import assumed_otherwise
from homsfacts.check.question import read_question
from homsfacts.check.settle import done_to, misanswered
from homsfacts.check.stems import Stemmer
from homsfacts.errors import ExitStatus, QueryError

from .conftest import ROOT, entity, event, figure, minimal, run, write

SETS = {ROOT / "tests" / "heldout" / "ask-heldout.toml": 34,
        ROOT / "tests" / "ask-dev" / "ask.toml": 32,
        ROOT / "tests" / "heldout-2" / "ask.toml": 37,
        ROOT / "tests" / "heldout-3" / "ask.toml": 38,
        ROOT / "tests" / "heldout-6" / "ask.toml": 39,  # "who called Homs ...": the doer
        ROOT / "tests" / "heldout-7" / "ask.toml": 35,
        ROOT / "tests" / "heldout-8" / "ask.toml": 36,
        ROOT / "tests" / "heldout-9" / "ask.toml": 39,
        ROOT / "tests" / "heldout-10" / "ask.toml": 44,
        ROOT / "tests" / "heldout-11" / "ask.toml": 40,
        ROOT / "tests" / "heldout-12" / "ask.toml": 46,
        ROOT / "tests" / "heldout-13" / "ask.toml": 42,
        ROOT / "tests" / "heldout-14" / "ask.toml": 31,
        ROOT / "tests" / "heldout-15" / "ask.toml": 34,
        ROOT / "tests" / "heldout-16" / "ask.toml": 36,
        ROOT / "tests" / "heldout-17" / "ask.toml": 47,
        ROOT / "tests" / "heldout-18" / "ask.toml": 61,
        ROOT / "tests" / "heldout-19" / "ask.toml": 84,
        ROOT / "tests" / "heldout-21" / "ask.toml": 108,
        ROOT / "tests" / "heldout-22" / "ask.toml": 99,
        ROOT / "tests" / "heldout-23" / "ask.toml": 86,
        ROOT / "tests" / "heldout-24" / "ask.toml": 91,
        ROOT / "tests" / "heldout-25" / "ask.toml": 94}
"""The labelled questions and how many each must get right and sure: the tuning sets (the
held-out sets spent once run and tuned on) and the set written with the rules. None may ever
get a wrong answer. Sets 4, 5 and 20 are not here: each labels "where did Aurelian beat
Zenobia?" (or where the Syriac Patriarchate moved in 1933) with the event only, and the
answer given, Homs, is where it happened."""


def answered_ids(result: dict[str, object]) -> list[str]:
    answer = result["answer"]
    assert isinstance(answer, dict)
    data = answer["data"]
    return [data["id"]] if isinstance(data, dict) else [record["id"] for record in data]


@pytest.mark.parametrize(("question", "kind"), [
    ("How many people died in the siege?", FIGURE), ("how long was the siege", FIGURE),
    ("what is the area of homs governorate", FIGURE), ("how old was the war", FIGURE),
    ("When did the rebels take Homs?", EVENT), ("in which year was Colvin killed", EVENT),
    ("What was the FSA?", CARD), ("What was Homs called in Roman times?", CARD),
    ("Who is Golani?", WHO), ("who killed Marie Colvin?", WHO),
    ("where is Baba Amr?", PLACE), ("where was Colvin killed?", PLACE),
    ("tell me about the refinery", ANY), ("does homs have an oil refinery", ANY),
    ("On what day did the rebels start leaving the Old City?", EVENT),
    ("in which month did the siege end", EVENT),
])
def test_the_first_words_say_what_kind_of_record_answers(question: str, kind: str) -> None:
    assert asks(question) == kind


@pytest.mark.parametrize(("question", "expected"), [
    ("how many people died in the siege?", ["siege-death-toll"]),
    ("How many people lived in Homs before the war?", ["homs-prewar-population"]),
    ("who is Golani?", ["abu-mohammed-al-golani"]),
    ("What was Homs called in Roman times?", ["homs"]),
    ("when was Baba Amr recaptured?", ["baba-amr-recaptured"]),
    ("when did the army take back baba amr", ["baba-amr-recaptured"]),
    ("when was Marie Colvin killed?", ["journalists-killed"]),
    ("when did the syrian army pull out of homs", ["army-withdraws-from-homs"]),
    ("how many people came back to homs after the fighting", ["returnees"]),
    # a value of a series for the year asked, not the latest value
    ("how many people lived in homs in 1960", ["homs-population-1960"]),
    # "how far" asks for a distance, "how old" for an age
    ("how far is homs from damascus", ["homs-distance-to-damascus"]),
    ("how old was the syrian war when homs fell in 2024", ["conflict-age-2024"]),
    # "which group" asks for a group the question does not name
    ("what group did HTS come from?", ["al-nusra-front"]),
    ("which neighbourhood was the Free Syrian Army's stronghold?", ["baba-amr"]),
    # a person's nationality is in the description of that person's card
    ("what nationality was remi ochlik?", ["remi-ochlik"]),
])
def test_a_clear_question_gets_its_record(base: FactBase, question: str,
                                          expected: list[str]) -> None:
    result = ask(base, question)
    assert result["sure"] is True, result["reason"]
    assert answered_ids(result) == expected


def test_a_statement_of_a_card_answers_with_the_card_and_says_which(base: FactBase) -> None:
    result = ask(base, "does homs have an oil refinery")
    assert result["sure"] is True
    assert result["answer"]["kind"] == "place"
    assert answered_ids(result) == ["homs"]
    assert result["because"] == ("It is an important commercial hub and has an oil refinery. "
                                 "(afp-2024-12-06 ¶7)")


def test_a_date_question_gets_every_event_of_that_time(base: FactBase) -> None:
    result = ask(base, "What happened in May 2014?")
    ids = answered_ids(result)
    assert "evacuation-begins-reuters" in ids
    assert all(event.startswith(("evacuation", "troops", "old-city", "army-controls"))
               for event in ids), ids
    # the event of the very day comes before the spans that take it in
    assert answered_ids(ask(base, "What happened on 22 February 2012?"))[0] == \
        "journalists-killed"


@pytest.mark.parametrize("question", [
    "how many people were evacuated?",  # several figures count evacuees
    "who was the governor of homs in 2014",  # two sources name two governors
])
def test_a_question_several_records_fit_gets_candidates_not_an_answer(
        base: FactBase, question: str) -> None:
    result = ask(base, question)
    assert result["sure"] is False
    assert result["answer"] is None
    assert len(result["candidates"]) >= 2
    assert result["reason"]


@pytest.mark.parametrize(("question", "answer"), [
    ("Who took up arms first?", "first-armed-factions"),  # the army's crackdown is not it
    ("Who said 400 people had left the Old City?", "syrian-observatory-for-human-rights"),
    ("Who spoke for the rebels entering Homs?", "hassan-abdul-ghani"),  # "Rebel commander who"
    ("Who supervised the retaking of Waer?", "russia"),  # "Ally ... that supervised"
    # Marie Colvin's statement names "the French journalist Remi Ochlik"; she was American
    ("who was the french journalist killed in homs in 2012", "remi-ochlik"),
])
def test_the_act_a_who_question_asks_is_read_whole(
        base: FactBase, question: str, answer: str) -> None:
    assert answered_ids(ask(base, question))[:1] == [answer]
    # and a question of whom it was done to is no question of who did it
    assert set(answered_ids(ask(base, "Who were the journalists killed in Homs?"))) == {
        "marie-colvin", "remi-ochlik"}


@pytest.mark.parametrize(("question", "answer"), [
    ("When did the army take Baba Amr back?", "baba-amr-recaptured"),  # the name between
    ("Which river runs through Homs?", "homs"),  # "runs through" says nothing here
    ("How big is Homs Governorate?", "homs-governorate-area"),
    ("how many km is it from damascus to homs", "homs-distance-to-damascus"),
    ("Which rebel commander talked about combing operations in Homs?", "hassan-abdul-ghani"),
    # "carried out" says nothing here; a version is a copy
    ("Who carried out the 2004 census of Syria?", "central-bureau-of-statistics"),
    ("who is governor of homs governorate in the january 2024 version of the article",
     "namir-habib-makhlouf"),
    # a bastion is a stronghold, nightfall is dark, "pulled down" is demolished
    ("Which neighbourhood was the FSA's bastion?", "baba-amr"),
    ("Who told AFP a third convoy would leave before nightfall?", "talal-al-barazi"),
    ("Who had the Mamluk mosque demolished?", "khalid-mosque-building-nawafir"),
    ("how many ppl lived in homs in 2017", "homs-population-2017"),
])
def test_phrases_people_ask_in(base: FactBase, question: str, answer: str) -> None:
    assert answered_ids(ask(base, question))[:1] == [answer]


def test_the_latest_value_is_the_newest_report_of_what_the_question_names(
        base: FactBase) -> None:
    for question in ("What is the most recent population figure for Homs?",
                     "What is the latest population figure for the city of Homs?"):
        assert answered_ids(ask(base, question)) == ["homs-population-2017"], question
    # Waer's 2014 count is newer than none of Homs's, and no population of Homs
    assert "waer-population-2014" not in answered_ids(
        ask(base, "what is the latest population of homs"))
    # a question that asks the latest of what no figure counts over time is not sure
    assert ask(base, "what is the latest figure for the siege?")["sure"] is False


@pytest.mark.parametrize(("question", "answer"), [
    # of the protests' beginning and the crackdown on them, the event that says it began
    ("when did the protests in syria start", "protests-begin"),
    # an offensive launched is one begun
    ("When did the HTS offensive start?", "offensive-launched"),
    # of the army's withdrawal and the rebels' taking, the one the army did
    ("when did the syrian army leave homs in 2024", "army-withdraws-from-homs"),
    # what someone said is what the base has them say, not an event that names them
    ("What did Golani say about the capture of Homs?", "abu-mohammed-al-golani"),
    ("Who hailed the capture of Homs as historic?", "abu-mohammed-al-golani"),
    ("Who called the capture of Homs historic?", "abu-mohammed-al-golani"),  # not Homs's card
    # "minority" and "community" ask for a group; the word names no record of its own
    ("Which religious minority in Homs shares Assad's faith?", "alawite-community"),
    ("Which community did Al-Nusra Front attack in Homs?", "alawite-community"),
])
def test_the_kind_and_the_end_a_question_asks_for_settle_a_tie(
        base: FactBase, question: str, answer: str) -> None:
    assert answered_ids(ask(base, question))[:1] == [answer]


@pytest.mark.parametrize("question", [
    "What river runs through Damascus?",  # Homs's river; Damascus is only its bearing
    "How many Armenians live in Homs camp?",  # the camp's count is of its refugees
    "How many Greeks live in Homs?",  # Greek Orthodox Christians of the 1880s are not Greeks
    "When did the siege begin?",  # the evacuation's beginning is no siege's
    "Who was the French journalist killed in Homs in 2014?",  # Ochlik was killed in 2012
    "How many people lived in Homs camp in 1950?",  # the camp's count has no date
])
def test_a_review_s_wrong_answers_are_no_longer_sure(base: FactBase, question: str) -> None:
    assert ask(base, question)["sure"] is False


def test_a_near_tie_is_not_settled_by_fit_on_a_one_word_question(base: FactBase) -> None:
    # every count of evacuees fits "evacuated" alike; the shortest label is no answer
    assert ask(base, "how many people were evacuated?")["sure"] is False


@pytest.mark.parametrize(("question", "reason"), [
    # the base holds what each source said on its date, never what is true now
    ("what is the population of homs today", "asks about now ('today')"),
    ("who is the current president of syria", "asks about now ('current')"),
    # the returnees fled first, but the figure counts those who came back
    ("how many people fled homs", "counts 'People who returned to Homs'"),
    # the death toll is the Old City siege's, not of all Homs
    ("how many people died in homs", "is about old-city-siege, old-city"),
    # the siege's length is the Old City's, not Baba Amr's
    ("how long did the siege of baba amr last", "not about 'baba amr'"),
    # the toll is dated by the siege it counts (2012-2014), and is of the siege, not of the
    # evacuation the question names
    ("how many people died during the 2014 evacuation", "which the question does not name"),
    # "Homs Governorate" is a province, not a governor
    ("who was the governor of homs in 2010", "needs"),
    # Lebanon's card mentions Homs province; nothing about Homs says it is in Lebanon
    ("is homs in lebanon", "needs"),
    # the army withdrew before the rebels' assault: no event says the army attacked Homs
    ("when did the army attack homs", "needs"),
    # the first buses left in 2014; the journalists were killed in 2012
    ("how many buses left the old city in 2016", "no record that may answer it is of 2016"),
    ("how many journalists were killed in homs in 2014", "which the question does not name"),
])
def test_a_weak_or_partial_match_is_never_the_answer(base: FactBase, question: str,
                                                     reason: str) -> None:
    result = ask(base, question)
    assert (result["sure"], result["answer"]) == (False, None)
    assert reason in result["reason"]


def test_a_question_about_what_the_base_never_mentions_gets_nothing(base: FactBase) -> None:
    result = ask(base, "What is the capital of France?")
    assert (result["sure"], result["answer"], result["candidates"]) == (False, None, [])
    assert result["reason"] == "no record mentions 'france'"
    misspelt = ask(base, "how many people died in the seige of homs")
    assert (misspelt["sure"], misspelt["candidates"]) == (False, [])
    assert misspelt["reason"] == "no record mentions 'seige' (did you mean 'siege'?)"


def test_a_blank_or_overlong_question_is_a_usage_error(base: FactBase) -> None:
    with pytest.raises(QueryError):
        ask(base, "  ")
    with pytest.raises(QueryError, match="limit"):
        ask(base, "why " * 400)


@pytest.mark.parametrize("path", list(SETS), ids=lambda path: path.parent.name)
def test_labelled_questions_get_no_wrong_answer(base: FactBase, path: Path) -> None:
    questions = tomli.loads(path.read_text(encoding="utf-8"))["questions"]
    right, wrong = 0, []
    for item in questions:
        result = ask(base, item["question"])
        if result["sure"]:
            if answered_ids(result)[0] in item["answer"]:
                right += 1
            else:
                wrong.append((item["question"], answered_ids(result)[0]))
    assert wrong == []
    assert right >= SETS[path]


def test_words_meet_by_stem_phrase_and_meaning() -> None:
    stemmer = Stemmer()
    took_back, retook, evacuation, evacuees, died, toll, governorate = stemmer.terms([
        "the army took back Baba Amr", "the army retook Baba Amr", "the evacuation",
        "the evacuees", "how many died", "the death toll", "Homs Governorate"])
    assert took_back == retook == {"armi", "recaptur", "baba", "amr"}
    assert evacuation == evacuees
    assert died < toll  # a toll counts deaths, and killings
    assert "governor" not in governorate
    thought, believed, religious, faith, bussed, buses = stemmer.terms([
        "thought", "believed", "religious", "faith", "bussed", "buses"])
    assert thought == believed
    assert religious == faith
    assert bussed == buses


def test_a_name_another_record_gives_is_not_the_named_records_own(base: FactBase) -> None:
    result = ask(base, "Who does the January 2024 encyclopaedia copy name as governor of "
                       "Homs Governorate?")
    assert not result["sure"] or answered_ids(result)[0] != "homs-province"
    assert answered_ids(ask(base, "What was Homs called in antiquity?")) == ["homs"]


def test_ask_works_on_any_base(tmp_path: Path) -> None:
    path = write(tmp_path, minimal(
        entity("town", "Springfield", "city", description="A town by a river.")
        + event("flood", "1999-04", "A flood drowns the lower town.", places=["town"])
        + figure("flood-dead", 12, label="People killed by the flood", about=["flood"])))
    opened = load(path, use_cache=False)
    try:
        assert answered_ids(ask(opened, "how many people were killed by the flood")) == \
            ["flood-dead"]
        assert answered_ids(ask(opened, "when did the flood happen")) == ["flood"]
        assert answered_ids(ask(opened, "where is Springfield")) == ["town"]
        assert ask(opened, "when did the earthquake hit")["sure"] is False
    finally:
        opened.close()


def test_ask_through_the_cli_answers_with_the_figure_renderer() -> None:
    result = run("ask", "how many people died in the siege?", "--json")
    assert result.exit_code == 0
    assert result.json()["id"] == "siege-death-toll"
    assert result.json()["sources"] == [{"source": "afp-2024-12-06", "paragraphs": [12]}]
    plain = run("ask", "who is Golani?", "-f", "plain").stdout
    assert plain.startswith("id\tabu-mohammed-al-golani\n")


def test_ask_through_the_cli_names_the_statement_that_answers() -> None:
    result = run("ask", "does homs have an oil refinery", "-f", "plain")
    assert result.exit_code == 0
    assert result.stdout.startswith("id\thoms\n")
    assert result.stderr == ("homsfacts: answered by: It is an important commercial hub and "
                             "has an oil refinery. (afp-2024-12-06 ¶7)\n")


def test_ask_when_not_sure_lists_candidates_says_so_and_exits_1() -> None:
    result = run("ask", "how many people were evacuated?", "--json")
    assert result.exit_code == ExitStatus.NOT_FOUND
    candidates = result.json()
    assert len(candidates) >= 2
    assert all({"id", "title", "score", "sources"} <= set(hit) for hit in candidates)
    assert "not sure of the answer" in result.stderr
    nothing = run("ask", "What is the capital of France?")
    assert nothing.exit_code == ExitStatus.NOT_FOUND
    assert nothing.stdout == ""
    assert "no record answers" in nothing.stderr
    assert "no record mentions 'france'" in nothing.stderr
    now = run("ask", "what is the population of homs today", "-f", "plain")
    assert now.exit_code == ExitStatus.NOT_FOUND
    assert "asks about now ('today')" in now.stderr


def test_ask_json_is_what_the_command_it_stands_for_prints() -> None:
    assert json.loads(run("ask", "who is Golani?", "--json").stdout) == \
        run("who", "golani", "--json").json()
    assert run("ask", "how long was assad in power", "--json").json() == \
        run("figure", "assad-rule-length", "--json").json()


@pytest.mark.parametrize(("question", "why"), [
    # the base says only that Assad was expected to win
    ("Who won the 2014 Syrian presidential election?", "says only that it was expected"),
    # a name the base does not hold is not Homs's own name
    ("What is the name of Homs's main football club?", "no record mentions"),
    # an ordinal is held only before its own noun: "the first day" is no first governor
    ("Who was the first governor of Homs?", "the best match holds"),
    ("Who was the last governor of Homs?", "the best match holds"),
    ("When did the first siege of Homs start?", "the best match holds"),
    # the rebels' leaving by bus says nothing of which buses were the first
    ("When did the first buses leave the Old City?", "does not say which was first"),
    # a rank by area is no rank by population
    ("What rank is Homs Governorate by population?", "which the question does not ask"),
    # a burial, a time of day, a direction the best match does not give
    ("When was Khalid ibn al-Walid buried?", "does not say that anyone was buried"),
    ("What time did Marie Colvin die?", "match the question about as well"),  # her death
    ("What time of day was the Colvin judgement?", "gives no time of day (colvin-judgement)"),
    ("How far south of Damascus is Homs?", "says 'north', not 'south'"),
    # a review's traps (session 13): a birth in an aside, a span a deed happens within, what
    # only inspired an event, another deed than the count's, another place or year
    ("When was Elagabalus born?", "does not say when anyone was born (elagabalus-emperor)"),
    ("Who was the Roman emperor born in Homs in 272?", "does not say when anyone was born"),
    ("When did the Mamluk period begin?", "happens in the mamluk period"),
    ("When was the Arab Spring?", "only mentions what the question asks the date of"),
    ("What share of those trapped died in the siege?", "does not count who died"),
    ("What happened to Baba Amr in 2016?", "no event of the base falls in 2016"),
    ("What did Hassan Abdul-Ghani say in 2014?", "the best match holds"),
    ("When did the UN leave Homs?", "has others than United Nations leave"),
    ("When did the Syriac Patriarchate move to Mardin?", "has it move from Mardin, not to it"),
    ("When did the Syriac Patriarchate arrive in Mardin?", "has it move from Mardin, not to it"),
    ("When did the Syriac Patriarchate leave Damascus?", "has it move to Damascus, not from it"),
    ("Who was governor of Homs in 2020?", "whom the base does not call governor"),
    ("Where did the army first take up arms?", "has others than the army take up arms"),
])
def test_no_answer_from_a_hedge_another_things_name_or_another_ordinal(
        base: FactBase, question: str, why: str) -> None:
    result = ask(base, question)
    assert result["sure"] is False
    assert why in result["reason"]


@pytest.mark.parametrize(("question", "expected"), [
    # the event and the army in it tie: "who" asks for the army
    ("Who recaptured Baba Amr in 2012?", "syrian-army"),
    # Homs and the figure about it tie: the figure is the one about the other
    ("Homs elevation?", "homs-elevation"),
    # the event of the evacuation and the UN hold the same of the question: "who" asks for
    # the UN
    ("Who oversaw the evacuation of the Old City?", "united-nations"),
    # Assad's statement "Russia, his ally, supervised ..." has Russia do it, so it is no rival
    ("who oversaw the operation to take back Waer?", "russia"),
    # of the city's and the metropolitan area's 2004 counts, the one that says no more
    ("what was the population of homs in the 2004 census", "homs-population-2004-census"),
    # "came before" is "preceded"
    ("What group came before Hayat Tahrir al-Sham?", "al-nusra-front"),
])
def test_a_near_tie_is_settled_by_what_each_record_can_answer(
        base: FactBase, question: str, expected: str) -> None:
    result = ask(base, question)
    assert result["sure"] is True, result["reason"]
    assert answered_ids(result)[0] == expected


def test_light_verbs_weigh_nothing_and_ancient_is_antiquity(base: FactBase) -> None:
    assert ask(base, "When did Homs come under Ottoman rule?")["sure"] is True
    result = ask(base, "What was Homs called in ancient times?")
    assert result["sure"] is True, result["reason"]
    assert answered_ids(result) == ["homs"]


def test_a_word_the_base_writes_only_in_a_sources_name_is_known(base: FactBase) -> None:
    result = ask(base, "Who headed the Homs city council according to the Feb 2014 Wikipedia "
                       "copy?")
    assert "no record mentions" not in result["reason"]


def test_the_name_of_a_thing_no_record_is_gets_no_answer(base: FactBase) -> None:
    refinery = ask(base, "what is the name of the oil refinery in homs")
    assert refinery["sure"] is False
    assert "oil refinery" in refinery["reason"]
    alliance = ask(base, "What is the name of the rebel alliance that took Homs?")
    assert answered_ids(alliance) == ["hayat-tahrir-al-sham"]


def test_where_asks_for_a_place_the_question_does_not_name(base: FactBase) -> None:
    result = ask(base, "where did assad go after homs fell")
    assert result["sure"] is False
    assert answered_ids(ask(base, "where is Baba Amr?")) == ["baba-amr"]


def test_where_needs_an_answer_that_speaks_of_what_it_places(base: FactBase) -> None:
    result = ask(base, "Where were the two journalists when the bomb hit?")
    assert result["sure"] is False
    assert "journalists" in result["reason"]
    assert answered_ids(ask(base, "Where was Marie Colvin killed?")) == ["marie-colvin"]


def test_a_question_in_the_plural_gets_every_record_that_answers_it(base: FactBase) -> None:
    countries = ask(base, "Which countries does Homs province border?")
    assert countries["sure"] is True
    assert countries["answer"]["kind"] == "entities"
    assert answered_ids(countries) == ["lebanon", "iraq"]
    journalists = ask(base, "Who were the two journalists killed in Homs in 2012?")
    assert sorted(answered_ids(journalists)) == ["marie-colvin", "remi-ochlik"]
    # "which two countries" asks for countries, past its number: the province is no candidate
    assert answered_ids(ask(base, "which two countries border the governorate")) \
        == ["lebanon", "iraq"]
    # a question in the singular still asks for one
    assert ask(base, "Which country borders Homs province?")["sure"] is False
    # each listed record must answer by its own description, and all be of one kind
    for question in ("Who were the French journalists killed in Homs?",
                     "Which cities are north of Homs?", "Who were killed in Homs?",
                     "Who were the presidents of Syria?"):
        assert ask(base, question)["sure"] is False, question


def test_a_list_answer_through_the_cli_prints_one_line_a_record() -> None:
    result = run("ask", "Which countries does Homs province border?")
    assert result.exit_code == 0
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["lebanon", "iraq"]


def test_who_did_it_is_not_answered_by_whom_it_was_done_to(base: FactBase) -> None:
    killed = ask(base, "who killed Marie Colvin")
    assert killed["sure"] is False  # the event says "are killed", not by whom; and not Ochlik
    assert "does not say who killed" in killed["reason"]
    ochlik = next(passage for passage in passages_of(base).passages
                  if passage.record["id"] == "remi-ochlik" and "killed" in passage.text)
    assert "not the one who did it" in done_to("who killed Marie Colvin", ochlik)
    # not Assad, whose rule had lasted 24 years "when rebels took": the rebels' own event
    assert answered_ids(ask(base, "who took Homs in December 2024")) == ["rebels-take-homs"]
    assert answered_ids(ask(base, "Who defeated Zenobia at Emesa?")) == ["aurelian-defeats-zenobia"]


def test_where_someone_went_is_not_answered_by_where_others_went(base: FactBase) -> None:
    result = ask(base, "Where did Bashar al-Assad go after leaving Damascus?")
    assert result["sure"] is False  # not the army's withdrawal from Homs
    assert "others went, not Bashar al-Assad" in result["reason"]


def test_where_it_moved_in_a_year_is_the_place_of_that_year(base: FactBase) -> None:
    # "moved there from Mardin in 1933 and on to Damascus in 1959": Homs is 1933's place
    homs = next(passage for passage in passages_of(base).passages
                if passage.record["id"] == "homs" and "Mardin" in passage.text)
    later = read_question(base, passages_of(base),
                          "Where did the Syriac Patriarchate move to in 1959?")
    assert "another clause than the year asked" in misanswered(later, homs, passages_of(base))
    # so the event that says "on to Damascus in 1959" answers, not Homs, its near rival
    assert answered_ids(ask(base, "Where did the Syriac Patriarchate move to in 1959?")) == [
        "syriac-patriarchate-in-homs"]
    assert answered_ids(ask(base, "Where did the Syriac Patriarchate move in 1933?")) == ["homs"]


def test_who_did_it_is_not_answered_by_a_statement_that_has_others_do_it(
        base: FactBase) -> None:
    # "a US court ... ordered a $302.5 million judgement" in her death: Colvin ordered nothing
    question = "who ordered the $302.5 million judgement?"
    colvin = next(passage for passage in passages_of(base).passages
                  if passage.record["id"] == "marie-colvin" and "judgement" in passage.text)
    assert "does not have Marie Colvin do it" in misanswered(
        read_question(base, passages_of(base), question), colvin, passages_of(base))
    # so the ruling, which says the court ordered it, is no longer tied with her card; and
    # of the ruling, the court its summary writes as the one that ordered it (session 20)
    assert answered_ids(ask(base, question)) == ["us-court"]
    # "The activists who named Homs ... under his rule": Assad named nothing
    dubbed = ask(base, "who dubbed Homs the capital of the revolution?")
    assert dubbed["sure"] is False
    assert "does not have Bashar al-Assad do it" in dubbed["reason"]
    # a description speaks of its record throughout: "Oversaw the evacuation ..."
    assert answered_ids(ask(base, "who oversaw the evacuation?")) == ["united-nations"]


def test_who_held_it_until_then_is_not_the_one_who_took_it(base: FactBase) -> None:
    held = ask(base, "who held Waer until 2016?")
    assert held["sure"] is False  # the government took it back in May 2016
    assert "end the hold the question asks about ('takes back')" in held["reason"]


@pytest.mark.parametrize(("question", "reason"), [
    ("Where is Palmyra?", "only mentions 'Palmyra', which no record is named"),
    ("When did Ottoman rule in Homs end?", "is when it began (ottoman-rule-begins)"),
    ("When did the evacuation end?", "is when it began"),
    ("When did the rebels retake Baba Amr in 2012?", "does not fit who the question says"),
    ("When did the army take Homs in December 2024?", "does not fit who the question says"),
    ("When was the American journalist Remi Ochlik killed?",
     "whom the question makes american; the base gives France"),
    ("How many people did the siege kill according to the army?",
     "is not attributed to army, whom the question cites"),
    # the Observatory is credited with the death toll; that is no killing of its own
    ("Who killed 2,200 people in Homs?", "does not say who killed"),
    # the event says only that the mosque "is built"
    ("Who built the present mosque?", "does not say who built"),
])
def test_a_record_that_does_not_fit_what_the_question_assumes_is_no_answer(
        base: FactBase, question: str, reason: str) -> None:
    result = ask(base, question)
    assert result["sure"] is False
    assert reason in result["reason"]


@pytest.mark.parametrize(("question", "answer"), [
    ("When did the army retake Baba Amr?", "baba-amr-recaptured"),
    ("When did the Ottomans take over Homs?", "ottoman-rule-begins"),
    ("How many people did the siege kill according to SOHR?", "siege-death-toll"),
    ("Where is Baba Amr?", "baba-amr"),
])
def test_a_record_that_fits_what_the_question_assumes_stays_the_answer(
        base: FactBase, question: str, answer: str) -> None:
    assert answered_ids(ask(base, question)) == [answer]


@pytest.mark.parametrize(("question", "reason"), [
    ("How many rebels died in the siege?", "counts all people, and the question asks of fighters"),
    ("How many people were killed in Homs in 2012?",
     "which the question does not name"),
    ("How many journalists were killed in Syria?", "a part of Syria"),
    ("What is the National Museum in Damascus?", "which no record is named"),
    ("Where did the Old City rebels go?", "does not say where they went (old-city)"),
])
def test_a_figure_of_another_group_or_of_a_part_is_no_answer(base: FactBase, question: str,
                                                              reason: str) -> None:
    result = ask(base, question)
    assert result["sure"] is False
    assert reason in result["reason"]


def test_the_report_that_holds_what_is_asked_answers_not_the_preferred_one(
        base: FactBase) -> None:
    # only the tour operator's page says the Mamluk mosque was pulled down
    assert answered_ids(ask(base, "When was the Mamluk mosque pulled down?")) \
        == ["khalid-mosque-building-nawafir"]
    assert answered_ids(ask(base, "Is Homs the biggest city in Syria?")) == ["homs-city-rank"]


def test_which_kind_is_read_past_an_adjective(base: FactBase) -> None:
    # "which rebel group" asks for a group, and not the one the question names
    assert answered_ids(ask(base, "Which rebel group was linked to Al-Qaeda?")) \
        == ["al-nusra-front"]


@pytest.mark.parametrize(("question", "reason"), [
    ("When did Russia retake Waer?", "has Syrian government do it, not Russia"),
    ("Who defeated Aurelian?", "the question has Aurelian as whom it defeated"),
    ("When did the rebels besiege the Old City?", "does not say that anyone besiege"),
    ("When did the civil war end?", "is when it began (crackdown-sparks-war)"),
    ("Where did the fighters go?", "does not say where they went"),
    ("Where did Assad go?", "does not say where they went (bashar-al-assad)"),
    ("When did Marie Colvin kill Remi Ochlik?", "has Marie Colvin as whom it was done to"),
    ("When did the Ottomans defeat Zenobia?", "does not speak of the ottomans"),
    ("When did the French Mandate begin?", "is when it ended (syrian-independence)"),
])
def test_doers_ends_and_where_they_went(base: FactBase, question: str, reason: str) -> None:
    result = ask(base, question)
    assert result["sure"] is False
    assert reason in result["reason"]
    assert answered_ids(ask(base, "When did the government retake Waer?")) == ["waer-retaken"]


def test_of_two_that_tie_the_one_that_can_answer(base: FactBase) -> None:
    # her killing and the court's ruling on her death share as much of the question; the
    # ruling does not say that she died
    asked = read_question(base, passages_of(base), "When did Marie Colvin die?")
    ruling = base.get("colvin-judgement")
    assert ruling is not None
    assert "does not say that Marie Colvin died" in assumed_otherwise(base, asked, ruling)
    assert answered_ids(ask(base, "When did Marie Colvin die?")) == ["journalists-killed"]


def test_where_is_not_the_card_whose_statement_puts_it_elsewhere(base: FactBase) -> None:
    # "... cut Damascus off from the coast, where Assad's Alawite sect is strongest"
    result = ask(base, "Where is Assad's Alawite sect strongest?")
    assert result["sure"] is False
    assert "puts it where 'the coast' is, not in Homs" in result["reason"]
    assert answered_ids(ask(base, "Where is Baba Amr?")) == ["baba-amr"]


@pytest.mark.parametrize(("question", "answer"), [
    ("Who were the first rebels in Homs?", "first-armed-factions"),  # not the army's statement
    ("What was the last opposition-held district of Homs?", "waer"),  # "the last area ..."
    ("How many buses left with the first evacuees?", "first-buses-naharnet"),
    ("What rank is Homs Governorate by area?", "homs-governorate-area-rank"),
    ("When did the last rebels leave Homs?", "troops-enter-old-city"),  # "a last convoy of"
    ("How far north of Damascus is Homs?", "homs-distance-to-damascus"),
    ("How far south of Homs is Damascus?", "homs-distance-to-damascus"),
    ("When was Colvin killed?", "journalists-killed"),
    ("What share of those trapped were evacuated?", "siege-evacuees"),
    ("What percentage of Homs was male in 2004?", "homs-male-share-2004"),
    ("What proportion of Homs was Muslim in 1907?", "homs-muslim-share-1907"),
    ("What happened to Waer in 2016?", "waer-retaken"),
    ("What did Hassan Abdul-Ghani say in 2024?", "hassan-abdul-ghani"),
    ("When did the Syriac Patriarchate move to Homs?", "syriac-patriarchate-in-homs"),
    # words people use for the base's own (session 13): displaced, greater, lawsuit, men
    ("how many displaced people came back to homs after the fighting", "returnees"),
    ("how many people lived in greater homs in 2004", "homs-metro-population-2004"),
    ("How big was the damages award in the Colvin lawsuit?", "colvin-judgement-amount"),
    ("what percentage of homs residents were men in 2004", "homs-male-share-2004"),
    # "how many minarets" counts minarets, not people; "get Waer back" is retaking it
    ("how many minarets does the khalid ibn al-walid mosque have",
     "khalid-minarets-travel2unlimited"),
    ("how many provinces are there in syria", "syria-governorates-count"),
    ("when did the government get waer back", "waer-retaken"),
    ("how many people lived in the waer neighbourhood in 2014", "waer-population-2014"),
])
def test_an_ordinal_and_a_measure_the_answer_shares(base: FactBase, question: str,
                                                     answer: str) -> None:
    assert answered_ids(ask(base, question))[:1] == [answer]


@pytest.mark.parametrize(("question", "named"), [
    ("When did the Arab Muslims capture Emesa?", False),
    ("What did the Arab Spring inspire in Syria?", True),
])
def test_a_peoples_adjective_alone_names_no_longer_name(base: FactBase, question: str,
                                                       named: bool) -> None:
    reading = read_question(base, passages_of(base), question)
    assert ("arab-spring" in reading.names) is named


@pytest.mark.parametrize(("question", "reason"), [
    ("What was Aleppo called in antiquity?", "aleppo's card does not speak of"),
    ("what is Aleppo's nickname?", "does not speak of 'nickname'"),
    ("where is Golani from?", "gives no nationality or origin"),
])
def test_a_card_is_no_answer_to_what_it_does_not_speak_of(base: FactBase, question: str,
                                                         reason: str) -> None:
    result = ask(base, question)
    assert not result["sure"]
    assert reason in str(result["reason"])
    candidates = result["candidates"]
    assert isinstance(candidates, list)
    assert len(candidates) == 1
    assert 0 < candidates[0]["score"] <= 1  # the share of the question it holds


@pytest.mark.parametrize(("question", "answer"), [
    ("What was Homs called in antiquity?", "homs"), ("What is Homs's nickname?", "homs"),
    ("where was Marie Colvin from?", "marie-colvin"), ("what is Aleppo?", "aleppo"),
])
def test_a_card_answers_what_it_speaks_of(base: FactBase, question: str, answer: str) -> None:
    assert answered_ids(ask(base, question)) == [answer]


@pytest.mark.parametrize(("question", "answer"), [
    ("When did the government regain Waer?", "waer-retaken"),  # regain is retake
    ("When did Syrian troops pull out of Homs in 2024?", "army-withdraws-from-homs"),
    ("how large is homs governorate in square km", "homs-governorate-area"),  # no distance
])
def test_words_people_use_for_what_the_base_says_otherwise(base: FactBase, question: str,
                                                          answer: str) -> None:
    assert answered_ids(ask(base, question))[:1] == [answer]


@pytest.mark.parametrize(("question", "answer"), [
    ("What happened in Homs on 7 May 2014?", ["evacuation-begins-reuters"]),
    ("What happened in Homs in 2013?", ["old-city-siege"]),  # a state of years, all along
    ("What happened in Homs on 22 February 2012?", ["journalists-killed"]),
])
def test_what_happened_on_a_day_is_what_the_base_dates_within_it(
        base: FactBase, question: str, answer: list[str]) -> None:
    assert answered_ids(ask(base, question)) == answer


@pytest.mark.parametrize("question", [
    "What happened in Homs on 15 May 2014?",  # the base dates it only to the month
    "What happened in Syria on 27 November 2024?",  # only to "last week"
    "What happened in Homs in 2012-01?",  # only to some day of a year
])
def test_an_event_dated_more_loosely_than_the_question_is_no_answer(base: FactBase,
                                                                   question: str) -> None:
    assert not ask(base, question)["sure"]


@pytest.mark.parametrize(("question", "reason"), [
    ("What happened in Waer in 2016-12?", "no event of the base falls in 2016-12"),
    ("How many Armenians settled in Homs in 2010?", "no record that may answer it is of 2010"),
    ("Who was born in Mecca in 218?", ""),  # Khalid was born there in 592
])
def test_a_date_the_answer_is_not_of_leaves_it_unsure(base: FactBase, question: str,
                                                      reason: str) -> None:
    result = ask(base, question)
    assert not result["sure"]
    assert reason in str(result["reason"])


def test_a_year_of_three_figures_is_read_after_in(base: FactBase) -> None:
    assert answered_ids(ask(base, "Who was born in Mecca in 592?")) == ["khalid-ibn-al-walid"]


@pytest.mark.parametrize(("question", "candidate"), [
    ("where is Zenobia from?", "homs"), ("where is AFP from?", "old-city"),
    ("what nationality was Khalid ibn al-Walid?", ""),
])
def test_where_someone_is_from_is_no_record_that_mentions_them(
        base: FactBase, question: str, candidate: str) -> None:
    result = ask(base, question)
    assert not result["sure"]
    assert "where someone is from" in str(result["reason"])
    candidates = result["candidates"]
    assert isinstance(candidates, list)
    assert not candidate or candidates[0]["id"] == candidate  # the best match, still listed


def test_which_source_says_it_is_no_record_it_names(base: FactBase) -> None:
    result = ask(base, "Which source says the Observatory counted 2,200 dead?")
    assert not result["sure"]
    assert "asks for a source" in str(result["reason"])


@pytest.mark.parametrize(("question", "answer"), [
    # a copy cited by its date says whose words, not when, where the question asks when
    ("Since when had Homs been besieged according to the 2012 encyclopaedia copy?",
     "homs-siege-from-2011"),
    ("When did the siege of Homs begin according to the 2012 copy?", "homs-siege-from-2011"),
    # and the time it asks of where it asks who (session 18)
    ("Who is governor of Homs Governorate in the January 2024 copy of the encyclopaedia?",
     "namir-habib-makhlouf"),
    # to become emperor is to take the throne
    ("When did Elagabalus become Roman emperor?", "elagabalus-emperor"),
])
def test_a_copy_cited_by_its_date_and_a_becoming(base: FactBase, question: str,
                                                  answer: str) -> None:
    assert answered_ids(ask(base, question))[:1] == [answer]
    assert asks(question) in (EVENT, WHO)


def test_to_become_governor_is_not_to_be_named_in_an_event(base: FactBase) -> None:
    assert not ask(base, "When did Talal al-Barazi become governor of Homs?")["sure"]


@pytest.mark.parametrize(("question", "answer"), [
    # a figure of a period ("the 12th century") is of that time
    ("How many people lived in Homs in the 12th century?", "homs-population-12th-century"),
    # what the government's army did, "government troops" did
    ("When did government troops take control of central Homs in 2014?",
     "army-controls-central-homs"),
    ("when did government troops move into the old city", "troops-enter-old-city"),
])
def test_a_period_and_the_governments_own_troops(base: FactBase, question: str,
                                                  answer: str) -> None:
    assert answered_ids(ask(base, question))[:1] == [answer]


def test_the_army_does_not_answer_for_any_other_doer(base: FactBase) -> None:
    result = ask(base, "When did Russian troops take control of central Homs in 2014?")
    assert not result["sure"]


def test_a_density_is_asked_per_square_kilometre(base: FactBase) -> None:
    assert answered_ids(ask(base, "What is the population density of Homs Governorate?")) == [
        "homs-governorate-density-2011"]
