"""``ask``: a question in plain words gets the record that answers it, or candidates and a
plain "not sure", never a weak match presented as the answer (issue 23)."""

from __future__ import annotations

import json

import pytest

from homsfacts.base.store import FactBase
from homsfacts.check.ask import ANY, CARD, EVENT, FIGURE, ask, asks
from homsfacts.errors import ExitStatus, QueryError

from .conftest import run


def answered_ids(result: dict[str, object]) -> list[str]:
    answer = result["answer"]
    assert isinstance(answer, dict)
    data = answer["data"]
    return [data["id"]] if isinstance(data, dict) else [record["id"] for record in data]


@pytest.mark.parametrize(("question", "kind"), [
    ("How many people died in the siege?", FIGURE), ("how long was the siege", FIGURE),
    ("When did the rebels take Homs?", EVENT), ("in which year was Colvin killed", EVENT),
    ("Who is Golani?", CARD), ("where is Baba Amr?", CARD),
    ("What was Homs called in Roman times?", CARD), ("who killed Marie Colvin?", ANY),
    ("where was Colvin killed?", ANY), ("tell me about the refinery", ANY),
])
def test_the_first_words_say_what_kind_of_record_answers(question: str, kind: str) -> None:
    assert asks(question) == kind


@pytest.mark.parametrize(("question", "expected"), [
    ("how many people died in the siege?", ["siege-death-toll"]),
    ("How many people lived in Homs before the war?", ["homs-prewar-population"]),
    ("who is Golani?", ["abu-mohammed-al-golani"]),
    ("What was Homs called in Roman times?", ["homs"]),
    ("when was Baba Amr recaptured?", ["baba-amr-recaptured"]),
    ("when was Marie Colvin killed?", ["journalists-killed"]),
])
def test_a_clear_question_gets_its_record(base: FactBase, question: str,
                                          expected: list[str]) -> None:
    result = ask(base, question)
    assert result["sure"] is True, result["reason"]
    assert answered_ids(result) == expected


def test_a_date_question_gets_every_event_of_that_time(base: FactBase) -> None:
    result = ask(base, "What happened in May 2014?")
    ids = answered_ids(result)
    assert "evacuation-begins-reuters" in ids
    assert all(event.startswith(("evacuation", "troops", "old-city", "army-controls"))
               for event in ids), ids


@pytest.mark.parametrize("question", [
    "how many people were evacuated?",  # several figures count evacuees
    "when did the rebels take Homs?",  # reaching the city and taking it score alike
])
def test_a_question_several_records_fit_gets_candidates_not_an_answer(
        base: FactBase, question: str) -> None:
    result = ask(base, question)
    assert result["sure"] is False
    assert result["answer"] is None
    assert len(result["candidates"]) >= 2
    assert result["reason"]


def test_a_question_the_base_cannot_answer_gets_no_answer(base: FactBase) -> None:
    result = ask(base, "What is the capital of France?")
    assert (result["sure"], result["answer"], result["candidates"]) == (False, None, [])


def test_a_blank_or_overlong_question_is_a_usage_error(base: FactBase) -> None:
    with pytest.raises(QueryError):
        ask(base, "  ")
    with pytest.raises(QueryError, match="limit"):
        ask(base, "why " * 400)


def test_ask_through_the_cli_answers_with_the_figure_renderer() -> None:
    result = run("ask", "how many people died in the siege?", "--json")
    assert result.exit_code == 0
    assert result.json()["id"] == "siege-death-toll"
    assert result.json()["sources"] == [{"source": "afp-2024-12-06", "paragraphs": [12]}]
    plain = run("ask", "who is Golani?", "-f", "plain").stdout
    assert plain.startswith("id\tabu-mohammed-al-golani\n")


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


def test_ask_json_is_what_the_command_it_stands_for_prints() -> None:
    assert json.loads(run("ask", "who is Golani?", "--json").stdout) == \
        run("who", "golani", "--json").json()
