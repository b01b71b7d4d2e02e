"""The list of what each source states and where the base records it (tests/coverage.toml) is
complete: every source, every paragraph, and every citation of the base is in it, and every
record it names cites that source and paragraph (issue 22, "cover every source whole")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import tomli

from .conftest import BASE_PATH

COVERAGE_PATH = Path(__file__).resolve().parent / "coverage.toml"

Citations = dict[str, dict[int, set[str]]]
"""Source id, then paragraph, then the references ("record-id" or "record-id/N") citing it."""


def _holders(record: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    yield record["id"], record
    for number, statement in enumerate(record.get("statements", []), start=1):
        yield f"{record['id']}/{number}", statement


def citations(base: Mapping[str, Any]) -> Citations:
    """Every citation in a base document, as ``tests/coverage.toml`` names it."""
    found: Citations = {source["id"]: {} for source in base["sources"]}
    for table in ("entities", "events", "figures"):
        for record in base.get(table, []):
            for reference, holder in _holders(record):
                for citation in holder.get("sources", []):
                    for paragraph in citation["paragraphs"]:
                        found.setdefault(citation["source"], {}).setdefault(
                            paragraph, set()).add(reference)
    return found


def problems(base: Mapping[str, Any], coverage: Mapping[str, Any]) -> list[str]:
    """What keeps ``coverage`` from being a complete and true list for ``base``."""
    found = citations(base)
    counts = {source["id"]: source.get("paragraphs") for source in base["sources"]}
    wrong = [f"{source}: not a source of the base" for source in coverage if source not in counts]
    for source, count in counts.items():
        if source not in coverage:
            wrong.append(f"{source}: no entry")
            continue
        entries = {int(number): entry for number, entry in coverage[source].items()}
        last = count or max(entries, default=0)
        wrong += [f"{source} ¶{number}: no entry" for number in range(1, last + 1)
                  if number not in entries]
        wrong += [f"{source} ¶{number}: the source has {count} paragraphs"
                  for number in entries if not 1 <= number <= last]
        for number, entry in sorted(entries.items()):
            cited = found[source].get(number, set())
            if isinstance(entry, str):
                if not entry.strip():
                    wrong.append(f"{source} ¶{number}: an empty reason")
                wrong += [f"{source} ¶{number}: {reference} cites it, but the entry is a reason"
                          for reference in sorted(cited)]
                continue
            if not entry:
                wrong.append(f"{source} ¶{number}: neither records nor a reason")
            wrong += [f"{source} ¶{number}: {reference} does not cite it (or does not exist)"
                      for reference in entry if reference not in cited]
            wrong += [f"{source} ¶{number}: {reference} cites it but is not listed"
                      for reference in sorted(cited - set(entry))]
        wrong += [f"{source} ¶{number}: cited by {sorted(found[source][number])}, not listed"
                  for number in sorted(found[source]) if number not in entries]
    return wrong


@pytest.fixture(scope="module")
def documents() -> tuple[dict[str, Any], dict[str, Any]]:
    return (tomli.loads(BASE_PATH.read_text(encoding="utf-8")),
            tomli.loads(COVERAGE_PATH.read_text(encoding="utf-8")))


def test_the_coverage_list_is_complete_and_true(
        documents: tuple[dict[str, Any], dict[str, Any]]) -> None:
    base, coverage = documents
    assert problems(base, coverage) == []


def test_a_missing_source_is_found(documents: tuple[dict[str, Any], dict[str, Any]]) -> None:
    base, coverage = documents
    partial = {source: entries for source, entries in coverage.items()
               if source != "britannica-hims"}
    assert problems(base, partial) == ["britannica-hims: no entry"]


def test_a_missing_paragraph_is_found(documents: tuple[dict[str, Any], dict[str, Any]]) -> None:
    base, coverage = documents
    reuters = {number: entry for number, entry in coverage["reuters-2014-05-07"].items()
               if number != "16"}
    assert problems(base, {**coverage, "reuters-2014-05-07": reuters}) == [
        "reuters-2014-05-07 ¶16: no entry"]


def test_a_citation_left_out_is_found(documents: tuple[dict[str, Any], dict[str, Any]]) -> None:
    base, coverage = documents
    *kept, left_out = coverage["britannica-hims"]["2"]
    britannica = {**coverage["britannica-hims"], "2": kept}
    assert problems(base, {**coverage, "britannica-hims": britannica}) == [
        f"britannica-hims ¶2: {left_out} cites it but is not listed"]


@pytest.mark.parametrize("reference", ["no-such-record", "homs/999", "old-city"])
def test_a_record_that_does_not_cite_the_paragraph_is_found(
        documents: tuple[dict[str, Any], dict[str, Any]], reference: str) -> None:
    base, coverage = documents
    travel = {"1": [*coverage["travel2unlimited"]["1"], reference]}
    assert problems(base, {**coverage, "travel2unlimited": travel}) == [
        f"travel2unlimited ¶1: {reference} does not cite it (or does not exist)"]


def test_a_reason_given_for_a_cited_paragraph_is_found(
        documents: tuple[dict[str, Any], dict[str, Any]]) -> None:
    base, coverage = documents
    guardian = {**coverage["guardian-2024-12-08"], "1": "a byline"}
    cited = coverage["guardian-2024-12-08"]["1"]
    assert problems(base, {**coverage, "guardian-2024-12-08": guardian}) == [
        f"guardian-2024-12-08 ¶1: {reference} cites it, but the entry is a reason"
        for reference in sorted(cited)]
