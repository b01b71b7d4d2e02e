"""Every command through CliRunner, as a table and as JSON."""

from __future__ import annotations

import json
import re

import pytest

from homsfacts import __version__
from homsfacts.errors import ExitStatus

from .conftest import BASE_PATH, command_names, minimal, run, write


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"homsfacts {__version__}\n"


def test_timeline_as_json_is_one_array_in_date_order() -> None:
    result = run("timeline", "--json")
    assert result.exit_code == 0
    events = result.json()
    assert isinstance(events, list)
    # Years before the common era first, as EDTF writes them (issue 22): 2000 BCE, then the
    # 1st century BCE (some year of it, to 0000, 1 BCE), then AD 218.
    assert [event["date"] for event in events][:3] == ["-1999", "-0099", "0218"]
    assert [(event["edtf"], event["end"]) for event in events][:2] == [
        ("-1999", None), ("[-0099..0000]", "0000")]
    # Months of a year before the year itself, which may be any of them.
    dates = [event["date"] for event in events]
    assert dates[dates.index("2011-03"):][:4] == ["2011-03", "2011-03", "2011-05", "2011"]
    siege = next(event for event in events if event["id"] == "old-city-siege")
    assert siege["end"] == "2014"
    assert siege["derived"] is True
    assert all(event["sources"] and event["id"] for event in events)


def test_timeline_as_a_table_marks_spans_and_derived_dates() -> None:
    result = run("timeline", "--format", "table", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "2012 – 2014 (derived)" in result.stdout
    # the factions took up arms some time in that range; "(derived)" wraps below it
    assert re.search(r"within 2011-03 –\s+(\S.*\n)?2012-03", result.stdout), result.stdout
    assert "─" * 20 in result.stdout


def test_timeline_in_a_pipe_is_tab_separated() -> None:
    result = run("timeline")
    first, second = (line.split("\t") for line in result.stdout.splitlines()[:2])
    assert first[:2] == ["2000 BCE", "homs-site-settled"]
    assert second[:2] == ["within 100 – 1 BCE", "homs-enters-history"]
    assert "─" not in result.stdout


def test_timeline_filters() -> None:
    result = run("timeline", "--from", "2014", "--to", "2016-05", "--json")
    assert [event["id"] for event in result.json()] == [
        "old-city-siege", "evacuation-begins-reuters", "army-controls-central-homs",
        "troops-enter-old-city", "waer-retaken"]
    result = run("timeline", "--about", "colvin", "--json")
    assert [event["id"] for event in result.json()] == ["journalists-killed", "colvin-judgement"]


@pytest.mark.parametrize(
    "args",
    [["--from", "2012-13"], ["--from", "abc"], ["--to", "20x"],
     ["--from", "2016", "--to", "2012"]],
)
def test_absurd_dates_are_usage_errors(args: list[str]) -> None:
    result = run("timeline", *args)
    assert result.exit_code == ExitStatus.USAGE
    assert result.stdout == ""
    assert result.stderr


def test_who_as_json_is_one_object() -> None:
    result = run("who", "colvin", "--json")
    assert result.exit_code == 0
    person = result.json()
    assert person["id"] == "marie-colvin"
    assert person["name"] == "Marie Colvin"
    assert person["kind"] == "person"
    assert person["aliases"] == []
    assert person["sources"][0]["source"] == "afp-2024-12-06"
    assert [event["id"] for event in person["events"]] == ["journalists-killed",
                                                          "colvin-judgement"]
    assert any(figure["display"] == "$302.5 million" for figure in person["figures"])


def test_who_as_a_table() -> None:
    result = run("who", "Rémi", "-f", "table", env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert "Remi Ochlik" in result.stdout
    assert "afp-2024-12-06 ¶17" in result.stdout
    assert "widely blamed on the army" in result.stdout


def test_who_suggests_on_a_typo_and_exits_1() -> None:
    result = run("who", "colvn")
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert result.stdout == ""
    assert "did you mean: Marie Colvin (marie-colvin)?" in result.stderr


def test_who_points_places_to_where() -> None:
    result = run("who", "waer")
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert "homsfacts where waer" in result.stderr


@pytest.mark.parametrize("name", ["", "   "])
def test_blank_names_are_usage_errors(name: str) -> None:
    result = run("who", name)
    assert result.exit_code == ExitStatus.USAGE


def test_where_gives_a_place_card() -> None:
    result = run("where", "baba amr", "--json")
    place = result.json()
    assert place["kind"] == "neighbourhood"
    assert [item["id"] for item in place["part_of"]] == ["homs", "syria"]
    assert [item["id"] for item in place["contains"]] == ["opposition-press-centre"]
    assert "baba-amr-recaptured" in [event["id"] for event in place["events"]]
    table = run("where", "old city", "-f", "table")
    assert table.exit_code == 0
    assert "in: Homs › Syria" in table.stdout


@pytest.mark.parametrize("place", ["homs", "homs province", "baba amr", "old city", "waer",
                                   "historical centre", "damascus", "lebanon"])
def test_where_knows_every_place(place: str) -> None:
    result = run("where", place, "--json")
    assert result.exit_code == 0, result.stderr
    card = result.json()
    assert card["id"] == place.replace(" ", "-") or place in {
        card["name"].lower(), *(alias.lower() for alias in card.get("aliases") or [])}, card
    plain = run("where", place)
    assert plain.exit_code == 0
    assert card["name"] in plain.stdout


def test_figure_lists_every_figure() -> None:
    figures = run("figure", "--json").json()
    assert isinstance(figures, list)
    every = run("figure", "--all", "--json").json()
    grouped = {figure["group"]["id"] for figure in every if figure["group"]}
    assert len(figures) == len(every) - sum(
        sum(1 for figure in every if (figure["group"] or {}).get("id") == key) - 1
        for key in grouped)  # one row per quantity, every value with --all
    table = run("figure", "-f", "table", env={"COLUMNS": "300"}).stdout
    assert "an estimated 800,000 people" in table
    assert "according to the Syrian" in table  # a narrow column may wrap the rest
    plain = run("figure", "-f", "plain", "--fields", "id,attribution").stdout
    assert "siege-death-toll\taccording to the Syrian Observatory for Human Rights\n" in plain


@pytest.mark.parametrize(
    ("name", "value", "display"),
    [("pre-war population", 800000, "an estimated 800,000 people"),
     ("population", 775404, "775,404 people"),
     ("deaths", 2200, "about 2,200 people"),
     ("judgement", 302500000, "$302.5 million")],
)
def test_figure_by_name(name: str, value: int, display: str) -> None:
    figure = run("figure", name, "--json").json()
    assert figure["value"] == value
    assert figure["display"] == display
    assert {"unit", "qualifier", "sources", "id"} <= set(figure)
    card = run("figure", name, "-f", "table").stdout
    assert display in card


def test_search_ranks_hits() -> None:
    hits = run("search", "siege", "--json").json()
    assert isinstance(hits, list)
    assert hits
    assert all({"id", "type", "title", "score", "sources"} <= set(hit) for hit in hits)
    assert "Search results" in run("search", "siege", "-f", "table").stdout


def test_search_with_no_hits_exits_1() -> None:
    result = run("search", "zeppelin")
    assert result.exit_code == ExitStatus.NOT_FOUND


def test_show_any_record() -> None:
    for record_id, kind in [("old-city-siege", "event"), ("homs", "entity"),
                            ("siege-death-toll", "figure"), ("afp-2024-12-06", "source")]:
        record = run("show", record_id, "--json").json()
        assert (record["id"], record["type"]) == (record_id, kind)
        table = run("show", record_id, "-f", "table", env={"COLUMNS": "200"})
        assert table.exit_code == 0
        assert record_id in table.stdout
        text = record.get("name") or record.get("label") or record.get("title") or \
            record["summary"]
        assert " ".join(text.split()[:4]) in table.stdout  # the card's heading or first line


def test_sources_lists_counts() -> None:
    found = {source["id"]: source for source in run("sources", "--json").json()}
    assert found["afp-2024-12-06"]["publisher"] == "Agence France-Presse (AFP)"
    assert found["afp-2024-12-06"]["records"] == 46
    assert found["naharnet-2014-05"]["carries"] == "Agence France-Presse (AFP)"
    assert found["naharnet-2014-05"]["primary_sources"] == ["syrian-observatory-for-human-rights"]
    assert "Agence France-Presse" in run("sources", "-f", "table", env={"COLUMNS": "200"}).stdout


def test_json_and_format_conflict_is_a_usage_error() -> None:
    assert run("timeline", "--json", "--format", "csv").exit_code == ExitStatus.USAGE


def test_another_base_by_option_and_by_environment(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = write(tmp_path, minimal("""
[[events]]
id = "only"
date = "1999"
summary = "The only event."
sources = [{ source = "src", paragraphs = [1] }]
"""))
    by_option = run("--data", str(path), "timeline", "--json").json()
    by_env = run("timeline", "--json", env={"HOMSFACTS_DATA": str(path)}).json()
    assert [event["id"] for event in by_option] == ["only"]
    assert by_env == by_option


def test_fields_select_and_unknown_fields_are_listed() -> None:
    rows = run("timeline", "--json", "--fields", "id,date").json()
    assert set(rows[0]) == {"id", "date"}
    result = run("timeline", "--json", "--fields", "id,nope")
    assert result.exit_code == ExitStatus.USAGE
    assert "available:" in result.stderr


@pytest.mark.parametrize("name", command_names())
def test_help_for_every_command_has_a_purpose_and_an_example(name: str) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "homsfacts " + name in result.stdout, name
    assert "Example" in result.stdout, name
    usage = next(line for line in result.stdout.splitlines() if "Usage:" in line)
    assert not set("{}<>") & set(usage), usage  # NAME, ID, [PATH]...; not {name} or <str>


def test_bare_homsfacts_prints_the_commands_and_exits_0() -> None:
    result = run()
    assert result.exit_code == 0
    assert all(name in result.stdout for name in command_names())


def test_a_name_of_the_wrong_kind_points_at_the_right_command_only() -> None:
    result = run("who", "homs")
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert "Try: homsfacts where homs" in result.stderr
    assert "did you mean" not in result.stderr


def test_from_says_what_it_accepts() -> None:
    result = run("timeline", "--from", "banana")
    assert result.exit_code == ExitStatus.USAGE
    assert "a month (May 2014 or 2014-05)" in " ".join(result.stderr.replace("│", " ").split())
    assert "~" not in result.stderr  # EDTF marks that --from does not take


def test_the_default_base_is_the_repository_one_wherever_installed() -> None:
    from homsfacts.base.reading import default_path

    assert default_path().read_bytes() == BASE_PATH.read_bytes()


def test_who_and_show_read_names_from_stdin_as_ndjson() -> None:
    result = run("who", "-", "--json", input="colvin\nochlik\n")
    assert result.exit_code == 0
    people = [json.loads(line) for line in result.stdout.splitlines()]
    assert [person["id"] for person in people] == ["marie-colvin", "remi-ochlik"]
    shown = run("show", "-", "--format", "plain", "--fields", "id,type",
                input="homs\nsiege-death-toll\n")
    assert shown.stdout == "homs\tentity\nsiege-death-toll\tfigure\n"


@pytest.mark.parametrize("command", ["who", "show", "check"])
def test_a_blank_line_in_a_batch_gets_a_usage_answer_in_its_place(command: str) -> None:
    # One answer for every line in, blank lines included (issue 24, defect 7).
    lines = {"who": "colvin\n\nochlik\n", "show": "homs\n  \nsiege-death-toll\n",
             "check": "The siege killed about 2,200 people\n\nHoms is Syria's third city\n"}
    result = run(command, "-", "--json", input=lines[command])
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 3
    assert answers[1]["error"] == "usage"
    assert "must not be blank" in answers[1]["message"]
    assert "error" not in answers[0]
    assert "error" not in answers[2]
    assert result.exit_code == 1
    assert "must not be blank" in result.stderr
    plain = run(command, "-", "-f", "plain", input=lines[command]).stdout
    assert "error\t\tusage\t" in plain


def test_a_line_over_the_limit_is_a_usage_error_and_never_touches_the_cache() -> None:
    # SQLite binds one value a word; a line of 260,000 words once made it refuse, and the
    # refusal was taken for a damaged cache (issue 24, defect 5).
    long_line = "colvin " * 40_000
    result = run("who", "-", "--json", input=f"colvin\n{long_line}\n")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["id"] == "marie-colvin"
    assert second["error"] == "usage"
    assert "the limit is 1,000" in second["message"]
    assert result.exit_code == 1
    assert "damaged" not in result.stderr
    assert run("who", "colvin").exit_code == 0


def test_stdin_misses_are_reported_and_exit_1() -> None:
    result = run("show", "-", "--json", input="homs\nnot-an-id\n")
    assert result.exit_code == 1
    answered, missed = (json.loads(line) for line in result.stdout.splitlines())
    assert answered["id"] == "homs"  # one line out for every line in, in order
    assert (missed["query"], missed["error"]) == ("not-an-id", "not-found")
    assert "no record has the id 'not-an-id'" in result.stderr
    assert "1 of 2 lines matched nothing" in result.stderr
    assert run("who", "-", input="\n").exit_code == 2


def test_a_line_asked_again_gets_the_same_answer_and_each_miss_counts() -> None:
    result = run("who", "-", "--json", input="colvin\nnobody at all\ncolvin\nnobody at all\n")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0] == lines[2]
    assert lines[1] == lines[3]
    assert json.loads(lines[0])["id"] == "marie-colvin"
    assert json.loads(lines[3])["query"] == "nobody at all"
    assert result.stderr.count("no person, organisation, group or movement matches") == 2
    assert "2 of 4 lines matched nothing" in result.stderr
    plain = run("show", "-", "--format", "plain", "--fields", "id",
                input="homs\nhoms\nsiege-death-toll\nhoms\n")
    assert plain.stdout == "homs\nhoms\nsiege-death-toll\nhoms\n"


def test_a_csv_batch_is_one_table_with_a_row_for_every_line() -> None:
    import csv
    import io

    result = run("who", "-", "--format", "csv", "--fields", "id,name",
                 input="colvin\nnobody at all\nochlik\n")
    assert result.exit_code == 1
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [["id", "name"], ["marie-colvin", "Marie Colvin"], ["", ""],
                    ["remi-ochlik", "Remi Ochlik"]]
    assert "1 of 3 lines matched nothing" in result.stderr
    # Without --fields the first answer's columns hold for all; a miss first still waits
    # for them, so the header comes first.
    whole = list(csv.reader(io.StringIO(
        run("who", "-", "--format", "csv", input="nobody at all\ncolvin\ncolvin\n").stdout)))
    assert whole[0][:4] == ["id", "type", "kind", "name"]
    assert [row[0] for row in whole[1:]] == ["", "marie-colvin", "marie-colvin"]
    assert len({len(row) for row in whole}) == 1


def test_a_csv_batch_of_different_kinds_of_record_needs_fields() -> None:
    mixed = run("show", "-", "--format", "csv", input="homs\nsiege-death-toll\n")
    assert mixed.exit_code == 2
    assert "csv holds one kind of record" in mixed.stderr
    chosen = run("show", "-", "--format", "csv", "--fields", "id,type",
                 input="homs\nsiege-death-toll\n")
    assert chosen.stdout == "id,type\nhoms,entity\nsiege-death-toll,figure\n"
    unknown = run("show", "-", "--format", "csv", "--fields", "id,nope", input="homs\n")
    assert unknown.exit_code == 2
    assert unknown.stdout == ""


@pytest.mark.parametrize(("given", "taken"), [
    ("reuters", ["reuters-2014-05-07"]), ("bbc", ["bbc-2014-05"]),
    ("afp", ["afp-2024-12-06", "naharnet-2014-05"]), ("guardian", ["guardian-2024-12-08"]),
    ("guard", ["guardian-2024-12-08"]),
])
def test_source_is_known_by_publisher_agency_or_prefix(given: str, taken: list[str]) -> None:
    # Issue 23, item 4: the names people use, and stderr says which sources were taken.
    result = run("timeline", "--source", given, "--json")
    assert result.exit_code == 0
    assert result.json()
    for event in result.json():
        assert {citation["source"] for citation in event["sources"]} & set(taken)
    assert f"--source {given}: " in result.stderr
    assert all(source_id in result.stderr for source_id in taken)


def test_an_unknown_source_is_a_miss_with_suggestions() -> None:
    result = run("figure", "--source", "zeppelin")
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert "no source matches 'zeppelin'" in result.stderr


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("May 2014", "May 2014", {"evacuation-begins-reuters", "troops-enter-old-city"}),
    ("2014-5", "2014-5", {"evacuation-begins-reuters", "troops-enter-old-city"}),
    ("8 Dec 2024", "8 Dec 2024", {"rebels-take-homs"}),
    ("spring 2014", "spring 2014", {"evacuation-begins-reuters", "troops-enter-old-city"}),
    ("Dec 7, 2024", "2024-12-07", {"army-withdraws-from-homs"}),
])
def test_from_and_to_read_dates_as_people_write_them(start: str, end: str,
                                                     expected: set[str]) -> None:
    # Issue 23, item 5: the dates `check` reads in a claim, and seasons.
    result = run("timeline", "--from", start, "--to", end, "--json")
    assert result.exit_code == 0, result.stderr
    assert expected <= {event["id"] for event in result.json()}


@pytest.mark.parametrize("text", ["abc", "May", "the spring", "14 May", "2014/2015"])
def test_a_date_that_cannot_be_read_gets_one_message(text: str) -> None:
    result = run("timeline", "--from", text)
    assert result.exit_code == ExitStatus.USAGE
    assert "is not a date: use a year (2014), a month (May 2014" in " ".join(
        result.stderr.replace("│", " ").split())


def test_timeline_before_the_common_era() -> None:
    # Issue 22: --from and --to read years BC; labels count them as a reader does, and the
    # JSON keeps the EDTF.
    result = run("timeline", "--from", "100 BC", "--to", "AD 300", "--json")
    assert result.exit_code == 0, result.stderr
    assert [event["id"] for event in result.json()] == [
        "homs-enters-history", "elagabalus-emperor", "aurelian-defeats-zenobia"]
    assert run("timeline", "--to", "2000 BCE", "--json").json()[0]["id"] == "homs-site-settled"
    assert [event["id"] for event in run("timeline", "--from=-0099", "--to", "1 BC",
                                         "--json").json()] == ["homs-enters-history"]
    plain = run("timeline", "--to", "0300").stdout.splitlines()
    assert [line.split("\t")[0] for line in plain] == ["2000 BCE", "within 100 – 1 BCE",
                                                       "AD 218", "AD 272"]
    shown = run("show", "homs-enters-history", "--json").json()
    assert (shown["date"], shown["end"], shown["edtf"], shown["one_of"]) == \
        ("-0099", "0000", "[-0099..0000]", True)
    assert run("timeline", "--from", "2000 BC", "--to", "3000 BC").exit_code == \
        ExitStatus.USAGE  # reversed


@pytest.mark.parametrize("word", ["al", "the", "of"])
def test_a_particle_or_stop_word_names_no_one(word: str) -> None:
    # "al" begins half the names of the base ("Al-Nusra Front", "al-Golani"): matching it
    # would call every one of them a match for a word that names none
    result = run("who", word)
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert f"no person, organisation, group or movement matches {word!r}" in result.stderr
