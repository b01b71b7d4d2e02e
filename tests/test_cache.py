"""The validated cache: used when it fits, rebuilt when it does not, never a cause of failure."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from homsfacts.base import cache as cache_entries
from homsfacts.base import loader
from homsfacts.base.loader import load
from homsfacts.errors import QueryError

from .conftest import BASE_PATH, event, minimal, modules_after, run, write


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sqlite"))


def test_the_second_load_is_a_cache_hit(cache: Path) -> None:
    first = load(BASE_PATH)
    assert not first.cached
    assert len(cache_files(cache)) == 1
    second = load(BASE_PATH)
    assert second.cached
    assert second.resolve("colvin") == first.resolve("colvin")


def test_a_cache_hit_imports_nothing_that_builds_or_checks(cache: Path) -> None:
    load(BASE_PATH)
    loaded = modules_after("assert homsfacts.load(sys.argv[1]).cached", BASE_PATH)
    assert not loaded & {"homsfacts.base.writer", "homsfacts.base.helper", "homsfacts.base.parts",
                         "homsfacts.base.validate", "tomli", "pydantic_core"}


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every file as long unchanged, so its stat signature is recorded and trusted."""
    monkeypatch.setattr(cache_entries, "SETTLE_NS", -(10**15))


def unreadable(path: Path) -> tuple[bytes, os.stat_result]:
    raise AssertionError(f"{path} was read although its signature shows it unchanged")


def summarised(summary: str) -> str:
    return event("e", "2012", summary)


@pytest.mark.parametrize("trust", ["settled", "fresh"])
def test_an_edited_base_is_revalidated_and_the_old_entry_dropped(
        cache: Path, tmp_path: Path, trust: str, request: pytest.FixtureRequest) -> None:
    if trust == "settled":
        request.getfixturevalue("settled")
    path = write(tmp_path, minimal())
    load(path)
    old = cache_files(cache)
    path.write_text(minimal(summarised("new")))
    edited = load(path)
    assert not edited.cached
    assert edited.show("e")["summary"] == "new"
    assert cache_files(cache) != old
    assert len(cache_files(cache)) == 1


def test_an_edit_that_breaks_the_base_is_caught_despite_the_cache(cache: Path,
                                                                  tmp_path: Path) -> None:
    path = write(tmp_path, minimal())
    assert run("--data", str(path), "sources").exit_code == 0
    path.write_text(minimal(event("e", "2012-13")))
    assert run("--data", str(path), "sources").exit_code == 3


@pytest.mark.parametrize("damage", ["garbage", "truncate", "foreign"])
def test_a_damaged_or_foreign_cache_file_is_rebuilt(cache: Path, damage: str) -> None:
    load(BASE_PATH)
    (file,) = cache_files(cache)
    if damage == "garbage":
        file.write_bytes(b"this is not sqlite at all" * 100)
    elif damage == "truncate":
        file.write_bytes(file.read_bytes()[:2048])
    else:
        file.unlink()
        connection = sqlite3.connect(file)
        connection.execute("CREATE TABLE meta(key TEXT, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('key', 'someone else'), ('complete', '1')")
        connection.commit()
        connection.close()
    rebuilt = load(BASE_PATH)
    assert not rebuilt.cached
    assert rebuilt.resolve("colvin")["id"] == "marie-colvin"
    assert load(BASE_PATH).cached


def test_a_read_only_cache_folder_means_no_cache_not_failure(cache: Path,
                                                             tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    os.environ["HOMSFACTS_CACHE_DIR"] = str(blocker / "cache")
    base = load(BASE_PATH)
    assert base.resolve("colvin")["id"] == "marie-colvin"
    assert not base.cached


def test_no_cache_by_option_and_environment_writes_nothing(cache: Path) -> None:
    assert run("--no-cache", "who", "colvin").exit_code == 0
    assert run("who", "colvin", env={"HOMSFACTS_NO_CACHE": "1"}).exit_code == 0
    assert not cache.exists() or cache_files(cache) == []
    assert run("who", "colvin").exit_code == 0
    assert len(cache_files(cache)) == 1


def test_no_temporary_files_are_left_behind(cache: Path) -> None:
    load(BASE_PATH)
    assert [path.name for path in cache.iterdir() if path.suffix == ".tmp"] == []


def test_a_settled_unchanged_file_is_answered_without_reading_it(
        cache: Path, tmp_path: Path, settled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, minimal(summarised("first")))
    assert not load(path).cached
    monkeypatch.setattr(loader, "read_with_status", unreadable)
    again = load(path)
    assert again.cached
    assert again.show("e")["summary"] == "first"


def test_a_file_that_changed_just_before_it_was_read_is_hashed_every_time(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The racy case: a same-size edit inside one tick of the filesystem clock, with the
    # modification time put back, leaves the stat signature as it was. A settling time far
    # longer than the test keeps "just written" true however slow the machine is.
    monkeypatch.setattr(cache_entries, "SETTLE_NS", 10**15)
    path = write(tmp_path, minimal(summarised("first")))
    before = path.stat()
    load(path)
    (seal,) = cache.glob("*.seal")
    assert json.loads(seal.read_text(encoding="utf-8"))["stat"] == ""  # not trusted yet
    path.write_text(minimal(summarised("other")), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert load(path).show("e")["summary"] == "other"


def test_a_replaced_file_with_the_same_size_and_modification_time_is_seen(
        cache: Path, tmp_path: Path, settled: None) -> None:
    path = write(tmp_path, minimal(summarised("first")))
    load(path)
    before = path.stat()
    replacement = write(tmp_path, minimal(summarised("other")), name="new.toml")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, path)
    edited = load(path)
    assert not edited.cached
    assert edited.show("e")["summary"] == "other"


def test_a_touched_file_is_hashed_once_then_recognised_again(
        cache: Path, tmp_path: Path, settled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, minimal())
    load(path)
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
    assert load(path).cached  # same bytes, so the same entry, found by its key
    monkeypatch.setattr(loader, "read_with_status", unreadable)
    assert load(path).cached


def test_a_large_base_read_whole_hands_its_text_back_before_the_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every base counts as large here, so the path that gives the freed text back to the
    # system (glibc's malloc_trim, or nothing elsewhere) runs before the cache is built. A
    # base read in parts never holds its parsed whole, so only one read whole (here, for a
    # header line quoted in a string) gets there.
    given_back = []
    real = loader._give_back_freed_memory
    monkeypatch.setattr(loader, "LARGE_TEXT", 0)
    monkeypatch.setattr(loader, "_give_back_freed_memory",
                        lambda: (given_back.append(True), real())[1])
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path, minimal('\n[[events]]\nid = "e"\ndate = "2012"\n'
                                   'summary = """Quotes a header:\n[[events]]\n"""\n'
                                   'sources = [{ source = "src", paragraphs = [1] }]\n'))
    base = loader.load(path)
    assert given_back == [True]
    assert base.show("e")["date"] == "2012"


def test_the_cache_gives_back_every_record_as_the_file_has_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Bodies are stored packed (values in schema order, no field names); what comes back
    # must be the file's records, every field filled, statements and citations included.
    import tomli

    from homsfacts.vocabulary import RECORD_TYPES, normalise

    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(tmp_path / "cache"))
    load(BASE_PATH)
    cached = load(BASE_PATH)
    assert cached.cached
    parsed = tomli.loads(BASE_PATH.read_text(encoding="utf-8"))
    document = cached.document()
    for table, kind in RECORD_TYPES.items():
        assert document[table] == [normalise(kind, record) for record in parsed[table]]
    assert any(entity["statements"] for entity in document["entities"])


@pytest.mark.parametrize(("date", "expected"), [
    ("2012-13", {(12, "date"), (14, "sources[0].paragraphs[0]")}),
    ("2012-02", {(14, "sources[0].paragraphs[0]")}),
])
def test_a_large_invalid_base_is_refused_with_lines_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date: str,
        expected: set[tuple[int, str]]) -> None:
    # A large base's text is let go once parsed; its problems still get their lines, read
    # again from the file, and nothing is left in the cache folder.
    monkeypatch.setattr(loader, "LARGE_TEXT", 0)
    cache = tmp_path / "cache"
    monkeypatch.setenv("HOMSFACTS_CACHE_DIR", str(cache))
    path = write(tmp_path, minimal(f'''
[[events]]
id = "e"
date = "{date}"
summary = "An event cited to a paragraph the source does not have."
sources = [{{ source = "src", paragraphs = [9] }}]
'''))
    with pytest.raises(loader.FactBaseError) as refused:
        load(path)
    assert {(finding.line, finding.field) for finding in refused.value.findings} == expected
    assert not list(cache.glob("*.sqlite"))
    assert not list(cache.glob(".*.tmp"))


def test_lines_are_never_read_from_a_file_changed_since_it_was_parsed(tmp_path: Path) -> None:
    path = write(tmp_path, minimal())
    read_again = loader._text_again(path, cache_entries.cache_key(path.read_bytes()))
    assert read_again() == minimal()
    path.write_text(minimal("# edited since\n"), encoding="utf-8")
    assert read_again() == ""  # no lines rather than the wrong ones


def test_a_large_invalid_base_from_a_pipe_keeps_its_lines(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A pipe cannot be read again, so its text is kept for the lines of its problems.
    monkeypatch.setattr(loader, "LARGE_TEXT", 0)
    text = minimal(event("e", "2012-13", "S."))
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w", encoding="utf-8") as writer:
        writer.write(text)
    with pytest.raises(loader.FactBaseError) as refused:
        load(f"/dev/fd/{read_end}")
    os.close(read_end)
    assert [finding.line for finding in refused.value.findings] == [12]


@pytest.mark.skipif(not hasattr(sqlite3.Connection, "setlimit"), reason="Python 3.11 sets limits")
def test_a_query_sqlite_refuses_is_not_taken_for_a_damaged_cache(cache: Path) -> None:
    # Issue 24, defect 5: an error of a sound index (here SQLite's limit on bound values)
    # is a usage error; the cache stays, since its own checks find nothing wrong.
    load(BASE_PATH)
    base = load(BASE_PATH)
    assert base.cached
    base.records.db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 1)
    with pytest.raises(QueryError, match="could not be answered"):
        base.who("syrian observatory")
    assert base.cached  # not rebuilt
    assert list(cache.glob("*.sqlite"))
    assert load(BASE_PATH).cached
