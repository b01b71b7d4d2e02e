"""A base read, checked and indexed a part at a time (issue 14) gives exactly what reading it
whole gives: the same records, the same verdict, the same cache; and where that cannot be
shown, the base is read whole."""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
import tomli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homsfacts.base import helper, loader, reading, store, writer
from homsfacts.base.parts import NotInParts, in_parts
from homsfacts.base.stream import Invalid
from homsfacts.base.validate import check
from homsfacts.errors import FactBaseError

from .conftest import BASE_LINES, BASE_PATH, MUTATIONS, minimal, mutated_base, write

BASE_TEXT = BASE_PATH.read_text(encoding="utf-8")
META = {"key": "k", "source": "base.toml", "versions": "v", "complete": "1"}


def merged(text: str, part_chars: int = 1) -> dict[str, Any]:
    """What reading ``text`` in parts gives, put back together; NotInParts if it cannot."""
    layout = in_parts(text, part_chars)
    document = dict(layout.head)
    for part in layout.parts:
        for table, records in part.items():
            document.setdefault(table, []).extend(records)
    counted = {table: len(value) for table, value in document.items() if type(value) is list}
    assert layout.counts == counted
    return document


def parsed_whole(text: str) -> dict[str, Any] | None:
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError:
        return None


# -- reading in parts ------------------------------------------------------------------------


@pytest.mark.parametrize("part_chars", [1, 500, 1 << 18])
@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_the_real_base_reads_the_same_in_parts(part_chars: int, line_end: str) -> None:
    text = BASE_TEXT.replace("\n", line_end)
    assert merged(text, part_chars) == tomli.loads(text)


def test_a_base_with_indented_and_spaced_headers_is_read_in_parts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = BASE_TEXT.replace("\n[[events]]", "\n  [[ events ]]").replace(
        "\n[[figures]]", "\n\t[[figures ]]")
    assert text != BASE_TEXT
    assert merged(text, 500) == tomli.loads(text)

    def never(*_: object) -> None:
        raise AssertionError("the base was parsed whole")

    monkeypatch.setattr(loader, "parse_whole", never)
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    assert loader.load(write(tmp_path, text)).document() == loader.load(BASE_PATH).document()


def test_a_base_whose_tables_alternate_reads_the_same_in_parts() -> None:
    text = minimal("".join(f'\n[[{table}]]\nid = "{table}-{number}"\n'
                           for number in range(3) for table in ("events", "figures")))
    assert merged(text) == tomli.loads(text)
    assert in_parts(text).counts == {"sources": 1, "events": 3, "figures": 3}


@pytest.mark.parametrize("text", [
    # A header line inside a multi-line string, basic or literal, is no header.
    'schema_version = 1\n[[a]]\nx = """\n[[a]]\n"""\n[[a]]\nx = 2\n',
    "[[a]]\nx = '''\n[[b]]\ny = 1\n'''\n",
    # Nor is one inside a multi-line array.
    "[[a]]\nx = [\n[[1]]\n]\n",
    # A part that extends the last record of the part before it.
    "[[a]]\nx = 1\n[[b]]\ny = 1\n[a.more]\nz = 1\n",
    "[[a]]\nx = 1\n[[b]]\n[[a.inner]]\nz = 1\n",
    # A table the head defines, added to by a part.
    "a = [{ x = 1 }]\n[[a]]\nx = 2\n",
    "[a]\nx = 1\n[[a]]\nx = 2\n",
    # A part whose header line for a table is quoted in a string, and which makes that
    # table a table, not a list of records: a later part cannot add records to it.
    '[[b]]\ns = """\n[[a]]\n"""\n[a.x]\ny = 1\n[[a]]\nz = 1\n',
    # Records that the header lines do not account for: a quoted table name.
    '[[a]]\nx = 1\n[["a"]]\nx = 2\n',
    "[[a]]\nx = 1\n[[ 'a' ]]\nx = 2\n",
])
@pytest.mark.parametrize("part_chars", [1, 30])
def test_what_cannot_be_shown_the_same_in_parts_is_refused(text: str,
                                                           part_chars: int) -> None:
    whole = parsed_whole(text)
    try:
        document = merged(text, part_chars)
    except NotInParts:
        return
    # Accepted only where it is exactly what one parse gives.
    assert document == whole


def test_a_part_refused_after_others_were_read_stops_the_reading() -> None:
    layout = in_parts('[[a]]\nx = 1\n[[a]]\ns = """\n[[a]]\n"""\n', part_chars=1)
    parts = layout.parts
    assert next(parts) == {"a": [{"x": 1}]}
    with pytest.raises(NotInParts):
        list(parts)


LINES = st.sampled_from([
    "[[a]]", "[[b]]", "[[ a ]]", "[a.sub]", "[[a.list]]", "[a]", "[c]", "x = 1", "y = 'two'",
    "z = 3", 'm = """', '"""', "n = '''", "'''", "v = [", "[[1]]", "]", "a = [{ x = 1 }]",
    "# [[b]]", "", "k = { p = 1 }", "[[b]] # a comment", "[[a]]x", "  [[a]]", "\t[[ b ]] ",
    '[["a"]]', "[[a ]]",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=14), st.sampled_from([1, 8, 40]))
def test_reading_in_parts_is_what_one_parse_gives_or_refused(lines: list[str],
                                                             part_chars: int) -> None:
    text = "\n".join(lines) + "\n"
    whole = parsed_whole(text)
    try:
        document = merged(text, part_chars)
    except NotInParts:
        return
    assert whole is not None, "a text tomli refuses was read in parts"
    assert document == whole


# -- checking and indexing in parts ------------------------------------------------------------


def built_in_parts(text: str, folder: Path) -> Path | None:
    """The cache file a build in parts writes, or None if it refused the base."""
    file = folder / "parts.sqlite"
    file.unlink(missing_ok=True)
    try:
        loader._build_in_parts(text, "base.toml", META, None,
                               lambda counts: helper.file_writer(str(file), counts))
    except (NotInParts, Invalid):
        return None
    return file


def built_whole(document: dict[str, Any], folder: Path) -> Path:
    file = folder / "whole.sqlite"
    file.unlink(missing_ok=True)
    connection = writer.open_for_writing(str(file))
    writer.build(connection, document, META)
    connection.close()
    return file


def dump(file: Path) -> list[str]:
    connection = sqlite3.connect(file)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def whole_errors(text: str) -> list[Any] | None:
    """The errors of a base read whole; None if it is not TOML."""
    document = parsed_whole(text)
    if document is None:
        return None
    return [finding for finding in check(document, text, "base.toml") if finding.is_error]


def test_the_real_base_built_in_parts_is_the_cache_built_whole(tmp_path: Path) -> None:
    file = built_in_parts(BASE_TEXT, tmp_path)
    assert file is not None
    assert dump(file) == dump(built_whole(tomli.loads(BASE_TEXT), tmp_path))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(BASE_LINES) - 1), st.sampled_from(MUTATIONS),
       st.text(max_size=8))
def test_checking_in_parts_gives_the_verdict_of_checking_whole(line: int, mutation: str,
                                                               noise: str) -> None:
    text = mutated_base(line, mutation, noise)
    errors = whole_errors(text)
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "parts.sqlite"
        try:
            loader._build_in_parts(text, "base.toml", META, None,
                                   lambda counts: helper.file_writer(str(file), counts))
        except NotInParts:
            return  # read whole, which reports the errors or builds the cache
        except Invalid:
            assert errors, "refused in parts as invalid, but whole it is valid"
            return
        assert errors == [], f"accepted in parts, but whole it has {errors}"
        assert dump(file) == dump(built_whole(tomli.loads(text), Path(folder)))


def blocks(text: str) -> tuple[str, list[str]]:
    """The text before the first record, and each record's block."""
    head, *rest = text.split("\n[[")
    return head + "\n", ["[[" + block + "\n" for block in rest]


def test_records_may_refer_to_what_comes_later_in_the_file(tmp_path: Path) -> None:
    # Sources last, places after the events that name them: every reference and citation
    # is checked once the whole base has been read.
    head, records = blocks(BASE_TEXT)
    text = head + "".join(reversed(records))
    assert whole_errors(text) == []
    file = built_in_parts(text, tmp_path)
    assert file is not None
    parts_base = store.FactBase(sqlite3.connect(file), "base.toml")
    whole_base = store.FactBase(sqlite3.connect(built_whole(tomli.loads(text), tmp_path)),
                                "base.toml")
    assert parts_base.document() == whole_base.document()
    assert parts_base.who("colvin")["id"] == "marie-colvin"
    assert parts_base.search("siege")[0]["id"] == whole_base.search("siege")[0]["id"]


@pytest.mark.parametrize(("old", "new"), [
    ('id = "marie-colvin"', 'id = "remi-ochlik"'),  # a duplicate id, in another part
    ('paragraphs = [1]', 'paragraphs = [999]'),  # a paragraph the source does not have
    ('schema_version = 1', 'schema_version = 2'),
    ('schema_version = 1', 'schema_version = 1\ntitle = "stray"'),
    ('[[figures]]', '[[figure]]'),  # a table the schema does not have
    ('rank_reason = "Reported as', '# rank_reason = "Reported as'),  # a rank, no reason
    ('unit = "years"', 'unit = "months"'),  # one report of a group in another unit
])
def test_an_invalid_base_is_refused_in_parts_and_reported_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> None:
    text = BASE_TEXT.replace(old, new, 1)
    assert text != BASE_TEXT
    assert built_in_parts(text, tmp_path) is None
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path, text)
    with pytest.raises(FactBaseError) as refused:
        loader.load(path)
    assert refused.value.findings == [finding for finding in reading.check_file(path)
                                      if finding.is_error]
    assert not list((tmp_path / "cache").glob("*.sqlite"))
    assert not list((tmp_path / "cache").glob(".*.tmp"))


def test_a_valid_base_that_cannot_be_read_in_parts_is_read_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = minimal('\n[[events]]\nid = "e"\ndate = "2012"\n'
                   'summary = """A summary that quotes a header:\n[[events]]\n"""\n'
                   'sources = [{ source = "src", paragraphs = [1] }]\n')
    with pytest.raises(NotInParts):
        merged(text)
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path, text)
    assert loader.load(path).show("e")["summary"].endswith("[[events]]\n")
    assert loader.load(path).cached


# -- the helper process ------------------------------------------------------------------------


@pytest.fixture
def helper_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every base is written by a helper process, however small, on however many cores."""
    monkeypatch.setattr(helper, "PARALLEL_RECORDS", 0)
    monkeypatch.setattr(helper, "cores", lambda: 2)


@pytest.mark.parametrize("behind", [-1, 10**9], ids=["forms made here", "forms made there"])
def test_a_cache_written_by_the_helper_is_the_cache_written_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_always: None,
        behind: int) -> None:
    # What each record stores is made by whichever process is ahead: here when the helper
    # is behind (always, at -1), in the helper otherwise (never behind, at 10**9).
    monkeypatch.setattr(helper, "BEHIND", behind)
    made_here: list[str] = []
    real_stored_form = helper.stored_form

    def stored_form(kind: str, record: dict[str, Any]) -> writer.StoredForm:
        made_here.append(record["id"])
        return real_stored_form(kind, record)

    monkeypatch.setattr(helper, "stored_form", stored_form)
    file = built_in_parts(BASE_TEXT, tmp_path)
    assert file is not None
    records = sum(len(value) for value in tomli.loads(BASE_TEXT).values()
                  if isinstance(value, list))
    assert len(made_here) == (records if behind < 0 else 0)
    monkeypatch.setattr(helper, "stored_form", real_stored_form)
    assert dump(file) == dump(built_whole(tomli.loads(BASE_TEXT), tmp_path))


def test_a_helper_that_fails_leaves_the_base_read_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_always: None) -> None:
    monkeypatch.setattr(helper, "HELPER_CODE", "import sys; sys.exit(3)")
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    base = loader.load(BASE_PATH)
    assert base.who("colvin")["id"] == "marie-colvin"
    assert loader.load(BASE_PATH).cached  # written in this process instead
    assert not list((tmp_path / "cache").glob(".*.tmp"))


def test_records_the_helper_cannot_be_sent_are_written_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_always: None) -> None:
    import datetime

    monkeypatch.setattr(helper, "BEHIND", 10**9)  # the records are sent as they are
    started = helper.Helper.start(str(tmp_path / "sent.sqlite"), {"entities": 1})
    assert started is not None
    try:
        # A value marshal cannot write, standing for one no valid base has.
        with pytest.raises(helper.HelperFailed, match="cannot be sent"):
            started.add("entities", [{"id": "a", "when": datetime.date(2012, 2, 22)}])
    finally:
        started.stop()

    def unmarshallable(message: object) -> bytes:
        raise ValueError("unmarshallable object")

    monkeypatch.setattr(helper, "framed", unmarshallable)
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    assert loader.load(BASE_PATH).who("colvin")["id"] == "marie-colvin"
    assert loader.load(BASE_PATH).cached  # written in this process instead


def test_a_message_to_the_helper_reads_back_whole_or_not_at_all() -> None:
    import io

    message = ("entities", [{"id": "a", "aliases": ["b"], "value": 1.5, "derived": True}])
    stream = io.BytesIO(helper.framed(message) + helper.framed({"key": "k"}))
    assert helper.unframed(stream) == message
    assert helper.unframed(stream) == {"key": "k"}
    framed = helper.framed(message)
    for cut in (0, 5, 8, len(framed) - 1):
        with pytest.raises(EOFError):
            helper.unframed(io.BytesIO(framed[:cut]))


def test_an_invalid_base_stops_the_helper_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_always: None,
        started: list[subprocess.Popen[bytes]]) -> None:
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path, BASE_TEXT.replace("paragraphs = [1]", "paragraphs = [999]", 1))
    with pytest.raises(FactBaseError):
        loader.load(path)
    assert started
    assert all(process.poll() is not None for process in started)
    assert not list((tmp_path / "cache").iterdir())


def test_a_base_read_without_a_cache_is_indexed_in_parts_in_memory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*_: object) -> None:
        raise AssertionError("the base was parsed whole")

    monkeypatch.setattr(loader, "parse_whole", never)
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    base = loader.load(BASE_PATH, use_cache=False)
    assert not base.cached
    assert base.document() == loader.load(BASE_PATH).document()


def test_the_cycle_collector_is_paused_only_while_a_base_is_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from homsfacts.base import stream

    seen: list[bool] = []
    original = stream.RecordStream.feed

    def feed(self: stream.RecordStream, table: str, records: list[Any]) -> None:
        seen.append(gc.isenabled())
        original(self, table, records)

    monkeypatch.setattr(stream.RecordStream, "feed", feed)
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    loader.load(BASE_PATH)
    assert seen
    assert not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        loader.load(BASE_PATH, use_cache=False)
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_on_one_core_there_is_no_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         helper_always: None) -> None:
    def never(path: str, counts: dict[str, int]) -> None:
        raise AssertionError("a helper was started on one core")

    monkeypatch.setattr(helper, "cores", lambda: 1)
    monkeypatch.setattr(helper.Helper, "start", never)
    file = built_in_parts(BASE_TEXT, tmp_path)
    assert file is not None
    assert dump(file) == dump(built_whole(tomli.loads(BASE_TEXT), tmp_path))


def test_a_base_whose_cache_cannot_be_written_is_still_indexed_in_parts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile as tempfile_module

    def full_disk(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    def never(*_: object) -> None:
        raise AssertionError("the base was parsed whole")

    monkeypatch.setattr(tempfile_module, "mkstemp", full_disk)
    monkeypatch.setattr(loader, "parse_whole", never)
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    base = loader.load(BASE_PATH)
    assert not base.cached
    assert base.who("colvin")["id"] == "marie-colvin"
