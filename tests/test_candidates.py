"""Issue 21: a claim is compared only with the figures and events that share a word with it
or involve what it names, found through the index, so its time does not grow with the base.
The speed itself is measured in benchmarks/check_scale.py; these tests pin what is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsfacts import load
from homsfacts.base.search import Matching
from homsfacts.base.store import FactBase
from homsfacts.base.views import Record
from homsfacts.check import Checker
from homsfacts.check.words import spellings, terms
from tests.conftest import entity, event, figure, minimal, write

UNRELATED = 300


def grown(tmp_path: Path) -> Path:
    """Two facts about a siege, a person, and many records that share no word with them."""
    text = minimal(
        entity("colvin", "Marie Colvin")
        + figure("toll", 2200, label="Deaths in the siege", qualifier="approximate")
        + event("siege", "2012/2014", "The army besieges the Old City.")
        + event("killed", "2012-02-22", "A shell kills a reporter.", entities=["colvin"])
        + "".join(figure(f"count-{n}", n, label=f"Tally number {n}") for n in range(UNRELATED))
        + "".join(event(f"event-{n}", "2001", f"Ordinary happening number {n}.")
                  for n in range(UNRELATED)))
    return write(tmp_path, text)


def test_spellings_are_every_word_whose_terms_meet_the_ones_asked() -> None:
    found = spellings({"death"})
    assert {"death", "deaths", "died", "dead", "die", "lives", "toll"} <= found
    for word in found:
        assert terms(word) & {"death"}, word
    assert "killed" not in found  # killed is a term of its own, kill


def test_matching_admits_by_word_and_by_link(tmp_path: Path) -> None:
    base = load(grown(tmp_path), use_cache=False)
    by_word = base.figures(every_report=True, matching=Matching(("deaths",)))
    assert [record["id"] for record in by_word] == ["toll"]
    by_link = base.timeline(every_report=True, matching=Matching((), ("colvin",)))
    assert [record["id"] for record in by_link] == ["killed"]
    both = base.timeline(every_report=True, matching=Matching(("besieges",), ("colvin",)))
    # in date order: a span known to the year sorts after the dated days of its first year
    assert [record["id"] for record in both] == ["killed", "siege"]
    assert base.figures(every_report=True, matching=Matching()) == []
    limited = base.figures(every_report=True, matching=Matching(("tally",), limit=7))
    assert len(limited) == 7


def counting(base: FactBase, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    read: list[int] = []
    for name in ("figures", "timeline"):
        original = getattr(base, name)

        def counted(*args: object, _original: object = original, **kwargs: object
                    ) -> list[Record]:
            records: list[Record] = _original(*args, **kwargs)  # type: ignore[operator]
            read.append(len(records))
            return records

        monkeypatch.setattr(base, name, counted)
    return read


@pytest.mark.parametrize(("claim", "verdict"), [
    ("About 2,200 people died in the siege.", "supported"),
    ("About 5,000 people died in the siege.", "refuted"),
    ("The army besieged the Old City in 2013.", "supported"),
    ("Marie Colvin was killed on 22 February 2012.", "supported"),
])
def test_a_claim_reads_only_its_candidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           claim: str, verdict: str) -> None:
    base = load(grown(tmp_path), use_cache=False)
    read = counting(base, monkeypatch)
    assert Checker(base).check(claim)["verdict"] == verdict
    assert read
    assert sum(read) <= 4, read  # of the 604 figures and events, only its own
