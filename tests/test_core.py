"""The core as a library, with no CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import homsfacts
from homsfacts import FactBase, NotFoundError, QueryError
from homsfacts.base.match import fold, initials
from homsfacts.base.views import format_quantity
from homsfacts.base.written_dates import parse_query_date
from tests.conftest import minimal, write


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("colvin", "marie-colvin"),
        ("Marie Colvin", "marie-colvin"),
        ("MARIE COLVIN", "marie-colvin"),
        ("ochlik", "remi-ochlik"),
        ("Rémi", "remi-ochlik"),
        ("Rémi Ochlik", "remi-ochlik"),
        ("hts", "hayat-tahrir-al-sham"),
        ("HTS", "hayat-tahrir-al-sham"),
        ("nusra", "al-nusra-front"),
        ("assad", "bashar-al-assad"),
        ("fsa", "free-syrian-army"),
        ("sohr", "syrian-observatory-for-human-rights"),
        ("baba amr", "baba-amr"),
        ("Baba-Amr", "baba-amr"),
        ("the army", "syrian-army"),
        ("alawites", "alawite-community"),
        ("marie-colvin", "marie-colvin"),
    ],
)
def test_names_match_by_id_name_alias_initials_and_surname(
    base: FactBase, query: str, expected: str
) -> None:
    assert base.resolve(query)["id"] == expected


def test_an_ambiguous_word_lists_the_candidates(base: FactBase) -> None:
    with pytest.raises(NotFoundError) as raised:
        base.resolve("syrian")
    assert raised.value.ambiguous
    ids = {suggestion.id for suggestion in raised.value.suggestions}
    assert {"syrian-army", "syrian-government", "free-syrian-army"} <= ids


def test_a_close_typo_gets_a_suggestion_not_an_answer(base: FactBase) -> None:
    with pytest.raises(NotFoundError) as raised:
        base.resolve("colvn")
    assert not raised.value.ambiguous
    assert raised.value.suggestions[0].id == "marie-colvin"


def test_kinds_limit_what_a_name_can_mean(base: FactBase) -> None:
    with pytest.raises(NotFoundError, match="is a city") as raised:
        base.resolve("homs", kinds=frozenset({"person"}), noun="person")
    assert raised.value.wrong_kind == "city"
    assert [suggestion.id for suggestion in raised.value.suggestions] == ["homs"]


def test_blank_queries_are_usage_errors(base: FactBase) -> None:
    for text in ("", "   "):
        with pytest.raises(QueryError):
            base.resolve(text)
        with pytest.raises(QueryError):
            base.search(text)


def test_timeline_is_in_chronological_order(base: FactBase) -> None:
    events = base.timeline(every_report=True)
    keys = [event["id"] for event in events]
    assert keys.index("protests-begin") < keys.index("crackdown-sparks-war")
    assert keys.index("journalists-killed") < keys.index("baba-amr-recaptured")
    assert keys.index("baba-amr-recaptured") < keys.index("old-city-siege")
    assert keys.index("old-city-siege") < keys.index("siege-evacuation")
    assert keys[-1] == "rebels-take-homs"
    # The city's history before the war, from before the common era (issue 22): 2000 BCE, the
    # 1st century BCE, then AD 218.
    assert keys[:3] == ["homs-site-settled", "homs-enters-history", "elagabalus-emperor"]
    assert keys.index("syrian-independence") < keys.index("protests-begin")


def test_spans_overlap_a_date_range(base: FactBase) -> None:
    ids = [event["id"] for event in base.timeline(parse_query_date("2013"),
                                                   parse_query_date("2013"))]
    assert ids == ["old-city-siege"]


def test_from_and_to_are_inclusive_of_partial_dates(base: FactBase) -> None:
    ids = [event["id"] for event in base.timeline(parse_query_date("2012-03"),
                                                   parse_query_date("2012-03"))]
    assert ids == ["first-armed-factions", "baba-amr-recaptured", "old-city-siege"]


def test_a_reversed_range_is_a_usage_error(base: FactBase) -> None:
    with pytest.raises(QueryError, match="reversed"):
        base.timeline(parse_query_date("2014"), parse_query_date("2012"))


def test_about_a_place_includes_the_places_inside_it(base: FactBase) -> None:
    in_baba_amr = {event["id"] for event in base.timeline(about="baba amr")}
    assert in_baba_amr == {"journalists-killed", "baba-amr-recaptured"}
    in_homs = {event["id"] for event in base.timeline(about="homs")}
    assert {"journalists-killed", "waer-retaken", "old-city-siege"} <= in_homs
    assert "offensive-launched" not in in_homs


@pytest.mark.parametrize(
    ("query", "expected"),
    [("prewar population", "homs-prewar-population"), ("deaths", "siege-death-toll"),
     ("judgement", "colvin-judgement-amount"),
     # a figure several sources give answers with the value ranked preferred
     ("siege-length", "siege-length-naharnet"), ("siege length", "siege-length-naharnet")],
)
def test_figures_are_found_by_words_of_their_label(
    base: FactBase, query: str, expected: str
) -> None:
    assert base.resolve(query, record_type="figure")["id"] == expected


def test_figures_keep_the_source_hedge(base: FactBase) -> None:
    shown = {figure["id"]: figure["display"] for figure in base.figures()}
    assert shown["homs-prewar-population"] == "an estimated 800,000 people"
    assert shown["siege-death-toll"] == "about 2,200 people"
    assert shown["colvin-judgement-amount"] == "$302.5 million"
    assert shown["returnees"] == "tens of thousands"
    assert shown["homs-city-rank"] == "3rd"


def test_words_only_figures_have_no_number(base: FactBase) -> None:
    returnees = base.show("returnees")
    assert returnees["value"] is None
    assert returnees["words"] == "tens of thousands"


def test_related_records_of_an_entity(base: FactBase) -> None:
    events, figures = base.related("marie-colvin")
    assert [event["id"] for event in events] == ["journalists-killed", "colvin-judgement"]
    assert {figure["id"] for figure in figures} == {
        "colvin-judgement-amount", "journalists-killed-count"}


def test_search_ranks_the_best_hit_first(base: FactBase) -> None:
    hits = base.search("press centre")
    assert hits[0]["id"] == "opposition-press-centre"
    # A source is a hit too (AFP's name holds "Presse"); it is its own citation.
    assert all("score" in hit and ("sources" in hit or hit["type"] == "source") for hit in hits)
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)


def test_search_ignores_accents_and_word_endings(base: FactBase) -> None:
    assert base.search("Rémi")[0]["id"] == "remi-ochlik"
    assert any(hit["id"] == "siege-death-toll" for hit in base.search("deaths"))


def test_sources_count_the_records_citing_them(base: FactBase) -> None:
    counts = {source["id"]: source["records"] for source in base.sources()}
    records = base.of_type("entity") + base.of_type("event") + base.of_type("figure")
    for source_id, count in counts.items():
        citing = [record for record in records if source_id in
                  {c["source"] for holder in [record, *record.get("statements", [])]
                   for c in holder["sources"]}]
        assert count == len(citing), source_id


def test_show_suggests_ids(base: FactBase) -> None:
    assert base.show("old-city-siege")["type"] == "event"
    with pytest.raises(NotFoundError) as raised:
        base.show("old-city-seige")
    assert raised.value.suggestions[0].id == "old-city-siege"


def test_folding_and_initials() -> None:
    assert fold("  Rémi   Ochlik! ") == "remi ochlik"
    assert initials("Hayat Tahrir al-Sham") == "hts"
    assert initials("Syrian Observatory for Human Rights") == "sohr"
    assert initials("Homs") is None


def test_quantities_read_as_people_say_them() -> None:
    assert format_quantity(302_500_000, "USD") == "$302.5 million"
    assert format_quantity(1_000_000_000, "USD") == "$1 billion"
    assert format_quantity(2200, "people") == "2,200 people"
    assert format_quantity(1, "people") == "1 person"
    assert format_quantity(11, "rank") == "11th"
    assert format_quantity(22, "rank") == "22nd"
    assert format_quantity(2.5, "years") == "2.5 years"


def test_the_core_imports_no_terminal_library() -> None:
    code = (
        "import sys, homsfacts\n"
        "base = homsfacts.load(use_cache=False)\n"
        "base.resolve('colvin'); base.timeline(); base.search('siege')\n"
        "bad = {'typer', 'rich', 'click'} & {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(bad))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert output.stdout.strip() == "[]"


def test_a_record_read_again_is_a_fresh_copy_of_the_same_answer(base: FactBase) -> None:
    first = base.show("old-city-siege")
    first["within"] = "changed by a caller"
    first["summary"] = "changed by a caller"
    again = base.show("old-city-siege")
    assert "within" not in again
    assert again["summary"] != "changed by a caller"
    assert again is not first
    card = base.who("colvin")
    card["events"].clear()
    assert base.who("colvin")["events"]


def test_an_id_that_is_not_its_own_slug_is_found_by_its_words(tmp_path: Path) -> None:
    # Most ids read as their words joined by hyphens and are looked up among the ids; one
    # with `_` or `.` keeps its words in the names index, and is found either way.
    path = write(tmp_path, minimal('''
[[entities]]
id = "x_ray.unit"
kind = "group"
name = "Something Else"
description = "A group whose id is not its name."
sources = [{ source = "src", paragraphs = [1] }]

[[entities]]
id = "plain-group"
kind = "group"
name = "Another Name"
description = "A group whose id is its own slug."
sources = [{ source = "src", paragraphs = [1] }]
'''))
    for use_cache in (True, False):
        base = homsfacts.load(path, use_cache=use_cache)
        assert base.resolve("x ray unit")["id"] == "x_ray.unit"
        assert base.resolve("X_RAY.UNIT")["id"] == "x_ray.unit"
        assert base.show("x_ray.unit")["name"] == "Something Else"
        assert base.resolve("plain group")["id"] == "plain-group"
        assert base.resolve("Plain-Group")["id"] == "plain-group"
        with pytest.raises(NotFoundError) as missed:
            base.resolve("plain grop")
        assert [item.id for item in missed.value.suggestions] == ["plain-group"]


def test_an_infinite_number_is_refused_with_its_record_and_field(tmp_path: Path) -> None:
    # TOML can write `inf` and `nan`; JSON cannot, so `--json` would print what no parser
    # reads. The base is refused instead, saying where.
    path = write(tmp_path, minimal('''
[[figures]]
id = "unbounded"
label = "A figure with no upper bound"
low = 10
high = inf
unit = "people"
qualifier = "estimate"
sources = [{ source = "src", paragraphs = [1] }]
'''))
    with pytest.raises(homsfacts.FactBaseError) as refused:
        homsfacts.load(path)
    [finding] = refused.value.findings
    assert (finding.line, finding.record, finding.field) == (14, "figures[0] 'unbounded'", "high")
    assert "finite" in finding.message
