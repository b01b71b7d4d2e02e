"""Session 10's reading of numbers in ``check`` (issue 21), through the reader, the core and
once through the command line:

- a number in words is read whole ("two thousand two hundred", "three hundred and two and a
  half million"), and "and" joins only after a scale or before "a half";
- a lone "one" counts only what a unit after it names ("one day"), not "one student";
- a model's name ("AK-47") holds no number;
- "several hundred" and "a few thousand" are counts of an order, as "hundreds" is: at least
  two of the order ("thousands" is not 1,200), three for "several", five for "many";
- a count of a part of a whole ("several hundred of the fighters") cannot be refuted by a
  figure of the whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.store import FactBase
from homsfacts.check import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Checker
from homsfacts.check.reader import read
from homsfacts.check.spelled import spelled_value

from .conftest import entity, event, figure, minimal, run, write

BASE = minimal(
    entity("old-city", "Old City", "district")
    + event("siege", "2012/2014", "The army besieges the Old City.", places=["old-city"])
    + figure("siege-death-toll", 2200, label="Siege death toll", qualifier="approximate",
             about=["siege"])
    + figure("fighters-inside", 1200, label="Fighters in the Old City when the evacuation "
             "began", qualifier="approximate", about=["siege"]))


@pytest.fixture(scope="module")
def counted(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    return load(write(tmp_path_factory.mktemp("words"), BASE))


@pytest.mark.parametrize(("words", "value"), [
    ("two thousand two hundred", 2_200),
    ("three hundred and two and a half million", 302_500_000),
    ("eight hundred thousand", 800_000),
    ("half a million", 500_000),
    ("a million", 1_000_000),
    ("twenty-two", 22),
    ("two and a half", 2.5),
    ("one million two hundred thousand", 1_200_000),
])
def test_a_number_in_words_is_read_whole(words: str, value: float) -> None:
    assert spelled_value(words) == pytest.approx(value)
    (quantity,) = read(f"In all {words} people were there.").quantities
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "values"), [
    ("between two and three buses", [2.5]),  # one count, two to three (its middle)
    ("As one student put it, Homs rose first.", []),
    ("a court in the United States, not one in Syria", []),
    ("after just one day of fighting", [1 / 365.25]),
    ("one person was hurt", [1]),
    ("each could leave with a single weapon, usually an AK-47", []),
    ("the M-5 highway", []),
])
def test_which_words_are_numbers(text: str, values: list[float]) -> None:
    assert [quantity.value for quantity in read(text).quantities] == pytest.approx(values)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("several hundred fighters", 300, 999),
    ("a few thousand people", 2_000, 9_999),
    ("hundreds of people", 200, 999),
    ("many thousands of people", 5_000, 9_999),
    ("several hundred thousand people", 300_000, 999_999),
    ("hundreds of thousands of people", 200_000, 999_999),
    ("two hundred people", 190, 210),
])
def test_counts_of_an_order(text: str, low: float, high: float) -> None:
    (quantity,) = read(text).quantities
    assert (quantity.low, quantity.high) == (low, high)


def test_a_part_of_a_whole_is_marked() -> None:
    part, whole = read("around 400 of the 1,200 people had left").quantities
    assert (part.part, whole.part) == (True, False)
    (several,) = read("Several hundred of the fighters were from Nusra.").quantities
    assert several.part


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Some two thousand two hundred people died in the siege.", SUPPORTED),
    ("Some three thousand two hundred people died in the siege.", REFUTED),
    ("Several hundred of the fighters in the Old City when the evacuation began were "
     "from Nusra.", NOT_ENOUGH_INFO),
    ("Several hundred fighters were in the Old City when the evacuation began.", REFUTED),
])
def test_numbers_in_words_through_the_core(counted: FactBase, claim: str,
                                          verdict: str) -> None:
    assert Checker(counted).check(claim)["verdict"] == verdict


def test_the_command_line_reads_a_number_in_words(tmp_path: Path) -> None:
    path = write(tmp_path, BASE)
    result = run("--data", str(path), "check", "--json",
                 "Some two thousand two hundred people died in the siege.")
    answer = json.loads(result.stdout)
    assert (result.exit_code, answer["verdict"]) == (0, SUPPORTED)
    assert answer["evidence"][0]["id"] == "siege-death-toll"
