"""Issue 24, defect 9: ids that differ only in punctuation are refused as confusable, and
``show`` never answers for one id with another."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsfacts.errors import ExitStatus

from .conftest import minimal, run, write


def entity(record_id: str, name: str) -> str:
    return (f'\n[[entities]]\nid = "{record_id}"\nkind = "person"\nname = "{name}"\n'
            f'description = "Someone."\nsources = [{{ source = "src", paragraphs = [1] }}]\n')


@pytest.mark.parametrize(("first", "second"), [
    ("x-y", "x.y"), ("x.y", "x-y"), ("x_y", "x.y"), ("a-b.c", "a.b-c"), ("x-y", "x_y")])
def test_ids_that_differ_only_in_punctuation_are_refused_naming_both(
        tmp_path: Path, first: str, second: str) -> None:
    path = write(tmp_path, minimal(entity(first, "First") + entity(second, "Second")))
    result = run("validate", str(path))
    assert result.exit_code == ExitStatus.BAD_BASE
    assert (f"base.toml:18: entities[1] '{second}': id: '{second}' differs from '{first}' "
            "(entities[0]) only in punctuation") in result.stdout
    shown = run("--data", str(path), "show", second)
    assert shown.exit_code == ExitStatus.BAD_BASE


def test_ids_that_differ_otherwise_are_kept(tmp_path: Path) -> None:
    path = write(tmp_path, minimal(entity("x-y", "First") + entity("x.y2", "Second")
                                   + entity("xy", "Third")))
    assert run("validate", str(path)).exit_code == 0


@pytest.mark.parametrize(("present", "asked"), [
    ("x-y", "x.y"), ("x-y", "x_y"), ("x-y", "X.Y"), ("x.y", "x_y"), ("x.y", "x-y"),
    ("x.y", "x y")])
def test_show_never_answers_for_an_id_with_another(tmp_path: Path, present: str,
                                                   asked: str) -> None:
    path = write(tmp_path, minimal(entity(present, "Someone")))
    result = run("--data", str(path), "show", asked, "--json")
    assert result.exit_code == ExitStatus.NOT_FOUND
    assert f"no record has the id {asked!r}" in result.stderr


@pytest.mark.parametrize(("present", "asked"), [
    ("x-y", "x-y"), ("x-y", "X-Y"), ("x-y", "x y"), ("x-y", " X Y "), ("x.y", "x.y"),
    ("x.y", "X.Y"), ("x_y", "X_Y")])
def test_show_still_reads_an_id_in_any_case_and_words_as_a_hyphenated_id(
        tmp_path: Path, present: str, asked: str) -> None:
    path = write(tmp_path, minimal(entity(present, "Someone")))
    assert run("--data", str(path), "show", asked, "--json").json()["id"] == present
