"""Bugs an independent check planted one at a time in a copy of the source, which no test
caught (issue 25). Each test is aimed at what a user sees: through ``homsfacts.load`` and,
where the command line shows it, through the command line. ``benchmarks/mutants.py`` plants
them again, with others, and checks that each one fails the suite."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from homsfacts import load

from .conftest import citation, event, figure, minimal, run, safe_text, source, to_json, write

# -- partial dates: a month sorts after its own days, before the next month -------------------

DATED = minimal(
    event("year", "2014", "Some time in 2014.")
    + event("month", "2014-05", "Some time in May 2014.")
    + event("may-9", "2014-05-09", "The ninth of May.")
    + event("may-7", "2014-05-07", "The seventh of May.")
    + event("april-30", "2014-04-30", "The last day of April.")
    + event("june", "2014-06", "Some time in June 2014."))
DATE_ORDER = ["april-30", "may-7", "may-9", "month", "june", "year"]


def test_a_month_is_listed_after_its_own_days(tmp_path: Path) -> None:
    path = write(tmp_path, DATED)
    assert [record["id"] for record in load(path).timeline()] == DATE_ORDER
    result = run("--data", str(path), "timeline", "--json")
    assert result.exit_code == 0
    assert [record["id"] for record in result.json()] == DATE_ORDER
    plain = run("--data", str(path), "timeline", "--all", "--from", "2014-05", "--to", "2014-05")
    assert plain.exit_code == 0
    assert [line.split("\t")[1] for line in plain.stdout.splitlines()] == [
        "may-7", "may-9", "month", "year"]


def test_the_shipped_evacuation_of_may_2014_reads_in_order() -> None:
    result = run("timeline", "--all", "--from", "2014-05", "--to", "2014-05", "--json")
    assert result.exit_code == 0
    ids = [record["id"] for record in result.json()]
    assert ids.index("evacuation-begins-reuters") < ids.index("siege-evacuation")


# -- hedges: an estimate is allowed its tolerance ---------------------------------------------


@pytest.mark.parametrize(("claim", "verdict", "code"), [
    # Within the 10% an estimate allows, so not refuted; at the edge of it, so not called
    # supported either (issue 21): without the tolerance it would be refuted.
    ("Homs had 870,000 people before the war", "not-enough-info", 1),
    ("Homs had 800,000 people before the war", "supported", 0),
    ("Homs had 2 million people before the war", "refuted", 1),
])
def test_an_estimate_supports_a_claim_within_its_tolerance(claim: str, verdict: str,
                                                           code: int) -> None:
    result = run("check", claim, "--json")
    assert result.exit_code == code, result.stderr
    assert result.json()["verdict"] == verdict
    if verdict == "supported":
        assert result.json()["evidence"][0]["id"] == "homs-prewar-population"


# -- --source: a record citing several sources is kept for each of them ------------------------

TWO_SOURCES = ("schema_version = 1\n" + source("a") + source("b", publisher="Other")
               + event("both", "2012", "Cited by a and b.",
                       sources=[citation("a", 1), citation("b", 2)])
               + event("only-b", "2013", "Cited by b alone.", sources=[citation("b", 1)])
               + figure("counted", 40, label="Counted by both",
                        sources=[citation("b", 3), citation("a", 2)])
               + figure("only-b-figure", 7, label="Counted by b",
                        sources=[citation("b", 4)]))


@pytest.mark.parametrize(("wanted", "events", "figures"), [
    ("a", ["both"], ["counted"]),
    ("b", ["both", "only-b"], ["counted", "only-b-figure"]),
])
def test_source_keeps_every_record_that_cites_it(tmp_path: Path, wanted: str,
                                                 events: list[str], figures: list[str]) -> None:
    path = write(tmp_path, TWO_SOURCES)
    opened = load(path)
    assert [record["id"] for record in opened.timeline(source=wanted)] == events
    assert [record["id"] for record in opened.figures(source=wanted)] == figures
    for command, expected in (("timeline", events), ("figure", figures)):
        result = run("--data", str(path), command, "--source", wanted, "--json")
        assert result.exit_code == 0, result.stderr
        assert [record["id"] for record in result.json()] == expected


# -- escaping: no raw control or direction character reaches a terminal -----------------------

UNSAFE = {"\x7f": "\\x7f", "\x85": "\\x85", "\x9b": "\\x9b", "\u2066": "\\u2066",
          "\u2067": "\\u2067", "\u2068": "\\u2068", "\u2069": "\\u2069", "\u202e": "\\u202e",
          "\x1b": "\\x1b"}
"""Each character a fact base may hold that must never reach a terminal raw, and what is
shown for it: DEL and the C1 controls (``\\x9b`` is an 8-bit CSI, which starts a terminal
escape sequence), and the direction isolates and overrides ("Trojan Source")."""


def _hostile(tmp_path: Path) -> Path:
    summary = "Text " + " ".join(f"{character}31m{index}" for index, character in
                                 enumerate(UNSAFE))
    return write(tmp_path, minimal(event("hostile", "2012", summary)))


def test_no_control_or_direction_character_reaches_the_output_raw(tmp_path: Path) -> None:
    path = _hostile(tmp_path)
    outputs = [run("--data", str(path), "show", "hostile", "--format", fmt,
                   env={"COLUMNS": "400"}) for fmt in ("table", "plain", "csv")]
    outputs.append(run("--data", str(path), "timeline"))
    outputs.append(run("--data", str(path), "search", "Text"))
    for result in outputs:
        assert result.exit_code == 0, result.stderr
        for character, shown in UNSAFE.items():
            assert character not in result.stdout, (character, result.stdout)
            assert shown in result.stdout, (shown, result.stdout)


def test_json_escapes_every_unsafe_character(tmp_path: Path) -> None:
    result = run("--data", str(_hostile(tmp_path)), "show", "hostile", "--json")
    assert result.exit_code == 0
    for character in UNSAFE:
        assert character not in result.stdout
        assert f"\\u{ord(character):04x}" in result.stdout
    assert result.json()["summary"].startswith("Text \x7f31m0")  # the data itself is kept


@pytest.mark.parametrize("character", sorted(UNSAFE))
def test_the_escaping_functions_escape_each_unsafe_character(character: str) -> None:
    assert safe_text(f"a{character}b") == f"a{UNSAFE[character]}b"
    assert json.loads(to_json(character)) == character
    assert character not in to_json(character)


def test_ordinary_text_is_left_alone() -> None:
    text = "Homs — حمص, Bāb ʿAmr, «quoted», 20\u00a0000 ¶7"
    assert safe_text(text) == text
    assert to_json(text) == json.dumps(text, ensure_ascii=False)


# -- survivors of benchmarks/mutants.py that changed a verdict ---------------------------------

CLAIMED = minimal(
    figure("flood-deaths", 2000, label="People killed in the flood")
    + figure("fighters-north", 100, label="Fighters in the northern camp")
    + figure("fighters-south", 500, label="Fighters in the southern camp"))


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # "exactly" allows nothing either way, not a rounding's 5%
    ("exactly 2,050 people were killed in the flood", "refuted", "not exactly 2,050 people"),
    ("exactly 2,000 people were killed in the flood", "supported", "agrees with"),
    # a number that could mean either of two figures, which disagree: neither is chosen
    ("there were 100 fighters in the camp", "not-enough-info", "could be any of"),
])
def test_verdicts_on_a_small_base(tmp_path: Path, claim: str, verdict: str,
                                  reason: str) -> None:
    result = run("--data", str(write(tmp_path, CLAIMED)), "check", claim, "--json")
    assert result.exit_code == (0 if verdict == "supported" else 1)
    assert result.json()["verdict"] == verdict
    assert reason in result.json()["reason"]


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # a figure dated 2012-02-22 refutes a claim dated before it, not only one after it
    ("2 Western journalists were killed in Homs in 2010", "refuted", "is dated 2012-02-22"),
    # a bare number is a count of people; it is never compared with an amount of money
    ("A US court ordered Syria to pay 302.5 million in 2019", "not-enough-info",
     "no figure about what '302.5 million' counts"),
])
def test_verdicts_on_the_shipped_base(claim: str, verdict: str, reason: str) -> None:
    result = run("check", claim, "--json")
    assert result.exit_code == 1
    assert result.json()["verdict"] == verdict
    assert reason in result.json()["reason"]


def test_every_planted_bug_still_applies() -> None:
    """A mutant whose line moved would stop planting its bug and count as killed for nothing:
    ``mutants.py --check`` fails on any whose ``find`` no longer occurs exactly once."""
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "mutants.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
