"""The README tells the truth: its examples print what it shows, its commands match CI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from homsfacts.errors import ExitStatus

from .conftest import ROOT, command_names
from .readme import README, actual_output, examples

TEXT = README.read_text(encoding="utf-8")


@pytest.mark.parametrize(("command", "shown"), examples(TEXT))
def test_each_console_example_prints_what_the_readme_shows(command: str, shown: str) -> None:
    assert actual_output(command) == shown


def test_every_command_has_an_example() -> None:
    shown = {command.split()[1] for command, _ in examples(TEXT)}
    for block in re.findall(r"```sh\n(.*?)```", TEXT, re.DOTALL):  # shown, not run
        shown.update(re.findall(r"^homsfacts ([a-z]+)", block, re.MULTILINE))
    assert set(command_names()) <= shown


def test_the_quick_start_is_two_lines_and_ci_runs_the_second() -> None:
    quick_start = TEXT.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    lines = re.findall(r"```sh\n(.*?)\n```", quick_start)
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert lines == [venv + 'pip install . && homsfacts timeline',
                     venv + 'pip install ".[test]" && python -m pytest']
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci.splitlines()


def test_the_exit_code_table_matches_the_code() -> None:
    table = TEXT.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)}
    assert documented == {int(status) for status in ExitStatus}


def test_the_python_example_runs() -> None:
    block = TEXT.split("## Using homsfacts from Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", block, re.DOTALL)
    assert code is not None
    exec(compile(code.group(1), "README.md", "exec"), {})


def test_the_example_base_in_the_readme_is_valid(tmp_path: Path) -> None:
    from homsfacts.base.reading import check_file

    block = TEXT.split("## Writing or extending a fact base", 1)[1]
    example = re.search(r"```toml\n(.*?)```", block, re.DOTALL)
    assert example is not None
    path = tmp_path / "example.toml"
    path.write_text(example.group(1), encoding="utf-8")
    assert [str(finding) for finding in check_file(path)] == []


def test_the_field_table_is_generated_from_the_schema() -> None:
    from .readme import with_field_table

    assert with_field_table(TEXT) == TEXT, \
        "run `python -m tests.readme`, read the diff, then --write"
