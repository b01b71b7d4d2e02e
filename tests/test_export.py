"""export: json that converts back to the same base, ndjson, csv, a cited markdown fact sheet
and a SQLite database with foreign keys; written atomically and never over a file unasked."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from homsfacts import load
from homsfacts.base.model import FIELD_ORDER
from homsfacts.base.store import FactBase
from homsfacts.cli import app
from homsfacts.errors import ExitStatus

from .conftest import BASE_PATH, minimal, run, write

TABLES = ("sources", "entities", "events", "figures")


def without_nulls(value: Any) -> Any:
    """TOML has no null: a field left out means the same as null in a base."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def test_json_converts_back_to_toml_that_validates_as_the_same_base(
        base: FactBase, tmp_path: Path) -> None:
    exported = run("export", "--format", "json")
    assert exported.exit_code == 0
    document = json.loads(exported.stdout)
    assert document == base.document()
    path = tmp_path / "round-trip.toml"
    path.write_text(tomli_w.dumps(without_nulls(document)), encoding="utf-8")
    again = load(path, use_cache=False)
    assert again.document() == base.document()
    assert run("--data", str(path), "export").stdout == exported.stdout


def test_json_of_one_type_is_an_array_of_its_records(base: FactBase) -> None:
    result = run("export", "--type", "events")
    assert json.loads(result.stdout) == base.document()["events"]


def test_ndjson_is_one_typed_record_per_line(base: FactBase) -> None:
    lines = [json.loads(line) for line in run("export", "-f", "ndjson").stdout.splitlines()]
    document = base.document()
    assert len(lines) == sum(len(document[table]) for table in TABLES)
    for table in TABLES:
        kind = {"sources": "source", "entities": "entity", "events": "event",
                "figures": "figure"}[table]
        records = [{k: v for k, v in line.items() if k != "type"} for line in lines
                   if line["type"] == kind]
        assert records == document[table]


def test_csv_has_the_schema_columns_and_one_row_per_record(base: FactBase) -> None:
    result = run("export", "-f", "csv", "--type", "figures")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [*FIELD_ORDER["figure"], "sources_json"]
    figures = base.document()["figures"]
    assert [row["id"] for row in rows] == [figure["id"] for figure in figures]
    population = next(row for row in rows if row["id"] == "homs-prewar-population")
    assert (population["value"], population["qualifier"]) == ("800000", "estimate")


def test_csv_of_the_whole_base_on_stdout_says_how_to_get_it() -> None:
    result = run("export", "-f", "csv")
    assert result.exit_code == ExitStatus.USAGE
    assert "--out DIR" in result.stderr
    assert "--type" in result.stderr
    assert result.stdout == ""


def test_csv_into_a_folder_is_one_file_per_type_with_readable_citations(
        base: FactBase, tmp_path: Path) -> None:
    folder = tmp_path / "homs-csv"
    result = run("export", "-f", "csv", "--out", str(folder))
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in folder.iterdir()) == [
        "entities.csv", "events.csv", "figures.csv", "sources.csv", "statements.csv"]
    document = base.document()
    for table in TABLES:
        with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert [row["id"] for row in rows] == [record["id"] for record in document[table]]
        for row, record in zip(rows, document[table], strict=True):
            if "sources" in record:
                assert json.loads(row["sources_json"]) == record["sources"]
                assert "{" not in row["sources"]
    figures = {row["id"]: row for row in csv.DictReader(io.StringIO(
        (folder / "figures.csv").read_text(encoding="utf-8")))}
    assert figures["homs-prewar-population"]["sources"] == "afp-2024-12-06 ¶7"
    with (folder / "statements.csv").open(encoding="utf-8", newline="") as stream:
        statements = list(csv.DictReader(stream))
    assert len(statements) == sum(len(entity["statements"]) for entity in document["entities"])
    assert list(statements[0])[:3] == ["entity_id", "position", "text"]
    assert re.fullmatch(r"[a-z0-9-]+ ¶\d+.*", statements[0]["sources"])


def test_csv_into_a_folder_never_replaces_a_file_unasked(tmp_path: Path) -> None:
    folder = tmp_path / "homs-csv"
    folder.mkdir()
    (folder / "events.csv").write_text("mine\n", encoding="utf-8")
    refused = run("export", "-f", "csv", "--out", str(folder))
    assert refused.exit_code == ExitStatus.OUTPUT
    assert "events.csv" in refused.stderr
    assert "--force" in refused.stderr
    assert [path.name for path in folder.iterdir()] == ["events.csv"]
    assert (folder / "events.csv").read_text(encoding="utf-8") == "mine\n"
    assert run("export", "-f", "csv", "--out", str(folder), "--force").exit_code == 0
    assert (folder / "events.csv").read_text(encoding="utf-8").startswith("id,date,")
    assert len(list(folder.iterdir())) == 5
    one = run("export", "-f", "csv", "--type", "sources", "--out", str(tmp_path))
    assert one.exit_code == 0
    assert (tmp_path / "sources.csv").is_file()
    afile = tmp_path / "sources.csv"
    assert run("export", "-f", "csv", "--out", str(afile)).exit_code == ExitStatus.OUTPUT


def test_an_unknown_type_lists_the_known_ones() -> None:
    result = run("export", "--type", "people")
    assert result.exit_code == ExitStatus.USAGE
    assert "sources, entities, events, figures" in result.stderr


def test_markdown_cites_every_item(base: FactBase) -> None:
    text = run("export", "-f", "markdown").stdout
    items = [line for line in text.splitlines() if line.lstrip().startswith("- ")]
    document = base.document()
    statements = sum(len(entity["statements"]) for entity in document["entities"])
    assert len(items) == sum(len(document[table]) for table in TABLES) + statements
    sources_section = text.split("## Sources", 1)[1]
    cited = [line for line in items if line not in sources_section]
    assert all(line.endswith(")") and " ¶" in line.rsplit("(", 1)[1] for line in cited)
    assert ("**Pre-war population of Homs**: an estimated 800,000 people, before the conflict "
            "(afp-2024-12-06 ¶7)") in text


def test_markdown_keeps_hostile_text_inert(tmp_path: Path) -> None:
    path = write(tmp_path, minimal(
        '\n[[entities]]\nid = "x"\nkind = "person"\nname = "<script>alert(1)</script>"\n'
        'description = "*not bold* [a link](http://evil) | cell"\n'
        'sources = [{ source = "src", paragraphs = [1] }]\n'))
    text = run("--data", str(path), "export", "-f", "markdown").stdout
    assert "<script>" not in text
    assert r"\<script\>" in text
    assert r"\*not bold\* \[a link\](http\://evil) \| cell" in text


HOSTILE_PIECES = ["https://", "http://", "www.", "WWW.", "@", "<", ">", "](", "[", "![", "`",
                  "*", "_", "~~", "&lt;", "&#60;", "|", "#", "javascript:", "mailto:", "- ",
                  "1. ", "2) ", "+ ", "0.5", "-1", "---", "<script>",
                  "<img src=x onerror=alert(1)>", "\\", " ",
                  "evil.example", "a", "(", ")", "!"]
INERT = re.compile(r"\\(.)")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HOSTILE_PIECES), max_size=12).map("".join))
def test_markdown_text_makes_no_link_html_or_list_and_reads_as_written(text: str) -> None:
    from homsfacts.output.export import _md

    escaped = _md(text)
    bare = INERT.sub("", escaped)  # what is left once every escaped character is taken out
    for syntax in "<>[]`*_~&|#!@":
        assert syntax not in bare, (text, escaped)
    assert "www." not in bare.lower()
    assert ":" not in bare  # no scheme (https://, mailto:, javascript:)
    assert not re.match(r"\s*([-+](\s|$|[-\s]+$)|\d+[.)](\s|$))", escaped), escaped  # no list
    assert INERT.sub(r"\1", escaped) == " ".join(text.split("\n"))  # shown as written


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
    "http:evil.example", "//evil.example", "evil.example", "mailto:a@evil.example"])
def test_markdown_links_no_address_but_http_and_https(tmp_path: Path, url: str) -> None:
    path = write(tmp_path, minimal(f"url = {json.dumps(url)}\n"))
    sources = run("--data", str(path), "export", "-f", "markdown").stdout.split("## Sources")[1]
    bare = INERT.sub("", sources)
    assert "<" not in bare
    assert "](" not in bare
    assert ":" not in bare.split("**:", 1)[1]


def test_markdown_links_http_and_https_addresses_encoded_to_stay_one_link(
        tmp_path: Path) -> None:
    for url, link in [("https://example.org/a_b?c=1&d=2#e", "<https://example.org/a_b?c=1&d=2#e>"),
                      ("HTTP://example.org/a b<c>\\d`", "<HTTP://example.org/a%20b%3Cc%3E%5Cd%60>")]:
        path = write(tmp_path, minimal(f"url = {json.dumps(url)}\n"))
        text = run("--data", str(path), "export", "-f", "markdown").stdout
        assert f", {link}." in text


# -- sqlite ------------------------------------------------------------------------------------


def sqlite_export(tmp_path: Path, *args: str) -> sqlite3.Connection:
    out = tmp_path / "homs.db"
    result = run("export", "-f", "sqlite", "--out", str(out), *args)
    assert result.exit_code == 0, result.stderr
    connection = sqlite3.connect(out)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def references(connection: sqlite3.Connection, table: str) -> set[tuple[str, str]]:
    """(column, referenced table) for each foreign key of ``table``."""
    return {(row[3], row[2])
            for row in connection.execute(f"PRAGMA foreign_key_list({table})")}


def test_sqlite_has_a_table_per_type_with_foreign_keys_that_hold(
        base: FactBase, tmp_path: Path) -> None:
    connection = sqlite_export(tmp_path)
    document = base.document()
    for table in TABLES:
        (count,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert count == len(document[table]), table
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert references(connection, "event_entities") == {("event_id", "events"),
                                                        ("entity_id", "entities")}
    assert ("source_id", "sources") in references(connection, "citations")
    assert ("located_in", "entities") in references(connection, "entities")


def test_sqlite_link_table_answers_who_was_involved(base: FactBase, tmp_path: Path) -> None:
    connection = sqlite_export(tmp_path)
    events = [row[0] for row in connection.execute(
        "SELECT e.id FROM events e JOIN event_entities l ON l.event_id = e.id "
        "WHERE l.entity_id = 'marie-colvin' ORDER BY e.id")]
    expected = sorted(event["id"] for event in base.document()["events"]
                      if "marie-colvin" in event["entities"])
    assert events == expected
    assert events  # the base does link her to events
    (display,) = connection.execute(
        "SELECT display FROM figures WHERE id = 'homs-prewar-population'").fetchone()
    assert display == "an estimated 800,000 people"


def test_sqlite_events_sort_in_time_order_across_the_era(base: FactBase,
                                                          tmp_path: Path) -> None:
    # Issue 22: "start" is EDTF text, which sorts -1999 after -0099; sort_key is the integer
    # the timeline sorts by.
    connection = sqlite_export(tmp_path, "--type", "events")
    ordered = [row[0] for row in connection.execute(
        "SELECT id FROM events ORDER BY sort_key, rowid")]
    assert ordered[:3] == ["homs-site-settled", "homs-enters-history", "elagabalus-emperor"]
    assert ordered == [event["id"] for event in base.timeline(every_report=True)]


def test_sqlite_of_one_type_declares_no_key_to_a_missing_table(tmp_path: Path) -> None:
    connection = sqlite_export(tmp_path, "--type", "events")
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"events", "citations"}
    assert references(connection, "citations") == set()
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_on_stdout_goes_to_a_pipe_as_a_database() -> None:
    result = CliRunner().invoke(app, ["export", "-f", "sqlite"])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"SQLite format 3\x00")


# -- writing safely ------------------------------------------------------------------------


def test_an_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    out.write_text("precious")
    refused = run("export", "--out", str(out))
    assert refused.exit_code == ExitStatus.OUTPUT
    assert str(out) in refused.stderr
    assert "--force" in refused.stderr
    assert out.read_text() == "precious"
    assert run("export", "--out", str(out), "--force").exit_code == 0
    assert json.loads(out.read_text())["schema_version"] == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["facts.json"]


def test_the_base_being_read_is_never_overwritten(tmp_path: Path) -> None:
    path = write(tmp_path, BASE_PATH.read_text(encoding="utf-8"))
    before = path.read_bytes()
    result = run("--data", str(path), "export", "--out", str(path), "--force")
    assert result.exit_code == ExitStatus.OUTPUT
    assert "never writes" in result.stderr
    assert path.read_bytes() == before


def test_a_missing_folder_is_named_in_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "out.json"
    result = run("export", "--out", str(out))
    assert result.exit_code == ExitStatus.OUTPUT
    assert result.stderr == f"homsfacts: {out}: cannot be written (No such file or directory)\n"
    assert result.stdout == ""


def test_a_folder_is_not_an_output_file(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path))
    assert result.exit_code == ExitStatus.OUTPUT
    assert "is a directory" in result.stderr


def test_dash_means_stdout(base: FactBase) -> None:
    result = run("export", "--out", "-")
    assert json.loads(result.stdout) == base.document()
