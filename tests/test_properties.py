"""Property-based: nothing a user types, and no mutation of the base, produces a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homsfacts.base.match import _fold_unicode, fold
from homsfacts.base.reading import check_file
from homsfacts.errors import ExitStatus

from .conftest import BASE_LINES, MUTATIONS, command_names, mutated_base, run

COMMANDS = command_names()
OPTIONS = ["--json", "--from", "--to", "--about", "--format", "--fields", "-f", "-n", "--help"]
word = st.text(min_size=0, max_size=20)
token = st.one_of(st.sampled_from(COMMANDS + OPTIONS), word,
                  st.sampled_from(["2012", "2012-13", "json", "csv", "table", "colvin", "-"]))

EXPECTED = {int(status) for status in ExitStatus}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(token, max_size=6))
def test_random_command_lines_never_raise(args: list[str]) -> None:
    result = run(*args)  # run() fails the test on any uncaught exception
    assert result.exit_code in EXPECTED


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["who", "where", "figure", "search", "show"]), word)
def test_random_queries_never_raise(command: str, query: str) -> None:
    result = run(command, query, "--json")
    assert result.exit_code in {0, 1, 2}


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=len(BASE_LINES) - 1), st.sampled_from(MUTATIONS),
       st.text(max_size=8))
def test_mutations_of_the_real_base_are_valid_or_cleanly_refused(
    line: int, mutation: str, noise: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.toml"
        path.write_text(mutated_base(line, mutation, noise), encoding="utf-8")
        findings = check_file(path)  # must return, never raise
        result = run("--data", str(path), "timeline", "--json")
        # A warning (the shipped base's disputed buses) leaves the base usable; an error does not.
        if [finding for finding in findings if finding.is_error]:
            assert result.exit_code == ExitStatus.BAD_BASE
        else:
            assert result.exit_code in {0, 1}


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_any_text_does(text: str) -> None:
    assert fold(text) == _fold_unicode(text)
