"""Finding things the way people ask (issue 12): names of several words, places that hold
other places, one answer line per input line, and a misspelt kind reported once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsfacts.base.reading import check_file
from homsfacts.base.store import FactBase
from homsfacts.errors import ExitStatus

from .conftest import minimal, run, write


@pytest.mark.parametrize(
    ("query", "expected"),
    [("syrian observatory", "syrian-observatory-for-human-rights"),
     ("observatory syrian", "syrian-observatory-for-human-rights"),
     ("free syrian", "free-syrian-army"), ("al-nusra", "al-nusra-front"),
     ("nusra front", "al-nusra-front")],
)
def test_every_word_of_a_name_finds_it_in_any_order(base: FactBase, query: str,
                                                     expected: str) -> None:
    assert base.who(query)["id"] == expected
    assert run("who", query, "--json").json()["id"] == expected


def test_a_place_found_by_the_words_of_its_name(base: FactBase) -> None:
    assert base.where("press centre")["id"] == "opposition-press-centre"


def test_words_shared_by_several_names_list_them_all() -> None:
    # Issue 23: a list of every match, each with its citation, rather than a refusal.
    result = run("who", "syrian", "-f", "plain")
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == ["free-syrian-army", "syrian-army", "syrian-government",
                                        "syrian-observatory-for-human-rights"]
    assert all("¶" in row[-1] for row in rows)
    assert "matches 4" in result.stderr
    # A line of a batch still gets one answer: several matches are a miss there.
    batch = run("who", "-", "-f", "plain", input="syrian\n")
    assert batch.exit_code == ExitStatus.NOT_FOUND
    assert "matches 4" in batch.stderr


def test_a_place_card_includes_what_happened_in_the_places_inside_it(base: FactBase) -> None:
    card = base.where("homs")
    within = {event["id"]: event.get("within") for event in card["events"]}
    assert within["journalists-killed"] == "baba-amr"
    assert within["waer-retaken"] == "waer"
    assert "siege-death-toll" in {figure["id"] for figure in card["figures"]}
    timeline = {event["id"] for event in base.timeline(about="homs")}
    assert set(within) == timeline


def test_stdin_lookups_give_one_line_per_input_line() -> None:
    result = run("who", "-", "--json", input="colvin\ncolvn\nhts\nsyrian\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("id") or line["query"] for line in lines] == [
        "marie-colvin", "colvn", "hayat-tahrir-al-sham", "syrian"]
    assert lines[1]["error"] == "not-found"
    assert lines[1]["suggestions"][0]["id"] == "marie-colvin"
    assert lines[3]["error"] == "ambiguous"
    assert result.exit_code == ExitStatus.NOT_FOUND
    plain = run("who", "-", "-f", "plain", "--fields", "id", input="colvin\ncolvn\n")
    assert plain.stdout.splitlines() == ["marie-colvin", "error\tcolvn\tnot-found\tmarie-colvin"]


def test_a_misspelt_kind_gets_a_suggestion_and_is_reported_once(tmp_path: Path) -> None:
    path = write(tmp_path, minimal('''
[[entities]]
id = "homs"
kind = "city"
name = "Homs"
description = "City."
sources = [{ source = "src", paragraphs = [1] }]

[[entities]]
id = "baba-amr"
kind = "neighborhood"
name = "Baba Amr"
description = "N."
located_in = "homs"
sources = [{ source = "src", paragraphs = [1] }]

[[entities]]
id = "press"
kind = "site"
name = "Press centre"
description = "S."
located_in = "baba-amr"
sources = [{ source = "src", paragraphs = [1] }]
'''))
    (finding,) = check_file(path)
    assert finding.field == "kind"
    assert finding.message.endswith("did you mean 'neighbourhood'?")


def test_search_ranks_what_a_record_is_called_above_passing_mentions(base: FactBase) -> None:
    ranked = [hit["id"] for hit in base.search("siege")]
    assert ranked.index("old-city-siege") < ranked.index("syrian-government")
    assert base.search("press centre")[0]["id"] == "opposition-press-centre"


@pytest.mark.parametrize("typed", ["evacuat", "evacuated", "evacuation"])
def test_search_matches_word_forms_and_a_word_being_typed(base: FactBase, typed: str) -> None:
    assert "siege-evacuation" in [hit["id"] for hit in base.search(typed)]


def test_who_and_where_with_no_name_list_what_the_base_holds() -> None:
    # Issue 23, item 10: as `sources` lists the sources.
    people = run("who", "--json")
    assert people.exit_code == 0
    kinds = {entity["kind"] for entity in people.json()}
    assert kinds <= {"person", "organisation", "group", "movement", "country"}
    assert "marie-colvin" in {entity["id"] for entity in people.json()}
    places = run("where", "-f", "plain").stdout.splitlines()
    ids = [line.split("\t")[0] for line in places]
    assert "baba-amr" in ids
    assert "marie-colvin" not in ids
    assert all("¶" in line for line in places)
