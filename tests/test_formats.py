"""One rule for every machine format (issue 12): CSV and JSON carry field names and raw
values, with ``display`` a column of its own; plain keeps the qualifiers a table shows."""

from __future__ import annotations

import csv
import io

import pytest

from .conftest import BASE_PATH, FIXTURES, run

LISTS = [["timeline"], ["figure"], ["figure", "--all"], ["search", "siege"], ["sources"],
         ["conflicts"], ["diff", str(FIXTURES / "facts-before-many-sources.toml"),
                         str(BASE_PATH)]]


@pytest.mark.parametrize("command", LISTS, ids=[" ".join(c[:2]) for c in LISTS])
def test_csv_headers_are_the_json_field_names_and_values_are_raw(command: list[str]) -> None:
    records = run(*command, "--json").json()
    rows = list(csv.reader(io.StringIO(run(*command, "-f", "csv").stdout)))
    assert rows[0] == list(dict.fromkeys(name for record in records for name in record))
    assert len(rows) == len(records) + 1
    for row, record in zip(rows[1:], records, strict=True):
        for name, cell in zip(rows[0], row, strict=True):
            value = record.get(name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                assert float(cell) == value, name


def test_csv_is_the_same_with_and_without_fields() -> None:
    every = list(csv.reader(io.StringIO(run("figure", "-f", "csv").stdout)))
    some = list(csv.reader(io.StringIO(run("figure", "-f", "csv", "--fields",
                                           "id,value,display").stdout)))
    columns = [every[0].index(name) for name in ("id", "value", "display")]
    assert some == [[row[column] for column in columns] for row in every]


def test_plain_keeps_the_qualifiers_a_table_shows() -> None:
    dates = dict(line.split("\t") for line in run(
        "timeline", "-f", "plain", "--fields", "id,date").stdout.splitlines())
    assert dates["first-armed-factions"] == "within 2011-03 – 2012-03 (derived)"
    values = dict(line.split("\t") for line in run(
        "figure", "-f", "plain", "--fields", "id,value").stdout.splitlines())
    assert values["homs-prewar-population"] == "an estimated 800,000 people"
    raw = run("figure", "prewar", "--json", "--fields", "value").json()
    assert raw == {"value": 800000}
