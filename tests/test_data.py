"""The shipped fact base: valid, and every citation points at a real paragraph."""

from __future__ import annotations

import re

import pytest

from homsfacts.loader import check_file
from homsfacts.store import FactBase

from .conftest import BASE_PATH, SOURCE_TEXT


def _paragraphs() -> list[str]:
    if not SOURCE_TEXT.is_file():
        pytest.skip(f"the source text is not beside the repository ({SOURCE_TEXT})")
    blocks = [block.strip() for block in SOURCE_TEXT.read_text(encoding="utf-8").split("\n\n")]
    return [block for block in blocks if block][1:]  # the headline is not a paragraph


def _citations(base: FactBase) -> list[tuple[str, int]]:
    found = []
    for record in base.document()["entities"] + base.document()["events"] + \
            base.document()["figures"]:
        for holder in [record, *record.get("statements", [])]:
            for citation in holder["sources"]:
                found.extend((holder.get("id", record["id"]), number)
                             for number in citation["paragraphs"])
    return found


def test_the_shipped_base_is_valid() -> None:
    assert check_file(BASE_PATH) == []


def test_the_source_has_nineteen_paragraphs() -> None:
    assert len(_paragraphs()) == 19


def test_every_citation_points_at_an_existing_paragraph(base: FactBase) -> None:
    count = len(_paragraphs())
    (source,) = base.sources()
    assert source["paragraphs"] == count
    for record_id, number in _citations(base):
        assert 1 <= number <= count, (record_id, number)


def test_every_paragraph_is_cited(base: FactBase) -> None:
    cited = {number for _, number in _citations(base)}
    assert cited == set(range(1, len(_paragraphs()) + 1))


@pytest.mark.parametrize(
    ("figure_id", "number"),
    [("homs-prewar-population", "800,000"), ("siege-death-toll", "2,200"),
     ("colvin-judgement-amount", "302.5 million"), ("siege-length", "two years"),
     ("homs-city-rank", "third city"), ("returnees", "tens of thousands"),
     ("journalists-killed-count", "two Western journalists")],
)
def test_each_figure_is_in_the_paragraph_it_cites(
    base: FactBase, figure_id: str, number: str
) -> None:
    paragraphs = _paragraphs()
    figure = base.show(figure_id)
    cited = " ".join(paragraphs[n - 1] for c in figure["sources"] for n in c["paragraphs"])
    assert number in cited


def test_every_dated_event_date_appears_in_its_paragraphs_or_is_derived(base: FactBase) -> None:
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    paragraphs = _paragraphs()
    for event in base.timeline():
        if event["derived"]:
            assert event["date_note"], event["id"]
            continue
        cited = " ".join(paragraphs[n - 1] for c in event["sources"] for n in c["paragraphs"])
        year, *rest = event["date"].split("-")
        if event["id"] == "rebels-reach-homs":
            assert "on Friday" in cited  # the dispatch's own date, 6 December 2024
            continue
        assert year in cited, event["id"]
        if rest:
            assert months[int(rest[0]) - 1] in cited, event["id"]
        if len(rest) == 2:
            assert re.search(rf"\b{int(rest[1])}\b", cited), event["id"]


def test_the_key_facts_of_the_brief_are_present(base: FactBase) -> None:
    killed = base.show("journalists-killed")
    assert killed["date"] == "2012-02-22"
    assert set(killed["entities"]) >= {"marie-colvin", "remi-ochlik"}
    assert "widely blamed on the army" in killed["attribution"]
    siege = base.show("old-city-siege")
    assert (siege["date"], siege["end"], siege["derived"]) == ("2012", "2014", True)
    offensive = base.show("offensive-launched")
    assert (offensive["date"], offensive["end"]) == ("2024-11-25", "2024-12-01")
    assert offensive["derived"] is True
    toll = base.show("siege-death-toll")
    assert toll["attributed_to"] == "syrian-observatory-for-human-rights"
    assert toll["qualifier"] == "approximate"
    assert base.show("homs-prewar-population")["qualifier"] == "estimate"
    assert base.show("colvin-judgement-amount")["value"] == 302_500_000


def test_names_carry_over_exactly_from_the_source(base: FactBase) -> None:
    text = " ".join(_paragraphs())
    for entity in base.of_type("entity"):
        if entity["kind"] == "person":
            assert entity["name"] in text, entity["name"]
