"""Every kind of bad input gets a clear message naming the problem and exit 3 (2 for usage),
never a traceback. Small fixture files live in tests/fixtures/."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsfacts.base.loader import load
from homsfacts.base.reading import check_file
from homsfacts.errors import ExitStatus, FactBaseError

from .conftest import FIXTURES, citation, event, figure, minimal, run, write


def assert_refused(path: Path, fragment: str) -> None:
    for args in (["--data", str(path), "timeline"], ["validate", str(path)]):
        result = run(*args)
        assert result.exit_code == ExitStatus.BAD_BASE, args
        assert fragment in result.stderr + result.stdout, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_a_missing_path(tmp_path: Path) -> None:
    assert_refused(tmp_path / "nope.toml", "no such file")


def test_a_directory(tmp_path: Path) -> None:
    assert_refused(tmp_path, "is a directory")


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, minimal())

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, which reads any file whatever its mode: simulate the refusal.
    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(FactBaseError, match="permission denied"):
        load(path)


def test_an_empty_file() -> None:
    assert_refused(FIXTURES / "empty.toml", "is empty")


def test_a_binary_file() -> None:
    assert_refused(FIXTURES / "binary.toml", "binary file")


def test_a_file_that_is_not_utf8() -> None:
    assert_refused(FIXTURES / "not-utf8.toml", "not UTF-8")
    (finding,) = check_file(FIXTURES / "not-utf8.toml")
    assert (finding.line, finding.column) == (4, 10)


def test_a_toml_syntax_error_gives_line_and_column() -> None:
    (finding,) = check_file(FIXTURES / "syntax-error.toml")
    assert finding.line == 2
    assert finding.column is not None
    assert "TOML syntax error" in finding.message
    assert_refused(FIXTURES / "syntax-error.toml", "syntax-error.toml:2:")


def test_schema_errors_name_line_record_and_field() -> None:
    findings = [str(finding) for finding in check_file(FIXTURES / "invalid.toml")]
    path = str(FIXTURES / "invalid.toml")
    assert f"{path}:20: events[0] 'siege-begins': date: '2012-13' is not a valid date: " \
           "there is no month 13" in findings
    assert any("sumary: unknown field" in finding for finding in findings)
    assert any("duplicate id 'a': already used by entities[0]" in finding for finding in findings)
    assert any("'b' does not match any record" in finding for finding in findings)
    assert any("ends (2012) before it starts (2014)" in finding for finding in findings)
    assert any("value: expected int or float, got '12'" in finding for finding in findings)
    assert any("cites unknown source 'srx'; did you mean 'src'?" in finding
               for finding in findings)


def test_an_unknown_key_gets_a_did_you_mean(tmp_path: Path) -> None:
    path = write(tmp_path, minimal("""
[[events]]
id = "e"
date = "2012"
sumary = "typo"
sources = [{ source = "src", paragraphs = [1] }]
"""))
    messages = [finding.message for finding in check_file(path)]
    assert "unknown field; did you mean 'summary'?" in messages
    assert "required field is missing" in messages


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (figure("f", 5, low=9, high=1), "low bound 9 is above high bound 1"),
        (event("e", sources=[citation("src", 6)]),
         "paragraph 6 does not exist in 'src' (1 to 5)"),
        (event("e", places=["src"]), "'src' is a sources, not a place"),
        (event("Bad Id"), "is not a valid id"),
        ('[[events]]\nid = "e"\ndate = 2012\nsummary = "s"\n'
         'sources = [{ source = "src", paragraphs = [1] }]', "input should be a valid string"),
        ('[[events]]\nid = "e"\ndate = "2012"\nsummary = "s"\nsources = []',
         "should have at least 1 item"),
        (figure("f", None), "needs a value, a range (low and high) or the source's words"),
    ],
)
def test_each_integrity_rule(tmp_path: Path, record: str, message: str) -> None:
    path = write(tmp_path, minimal("\n" + record + "\n"))
    messages = " | ".join(str(finding) for finding in check_file(path))
    assert message in messages


def test_many_problems_are_all_reported_and_commands_show_the_first_few() -> None:
    assert len(check_file(FIXTURES / "invalid.toml")) >= 9
    result = run("--data", str(FIXTURES / "invalid.toml"), "who", "colvin")
    assert result.exit_code == ExitStatus.BAD_BASE
    assert "... and" in result.stderr
    assert "homsfacts validate" in result.stderr


def test_a_very_large_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: no real disk or memory used
    assert_refused(path, "homsfacts reads bases of up to 256 MiB")


def test_a_very_long_string_is_fine(tmp_path: Path) -> None:
    long = "x" * 2_000_000
    path = write(tmp_path, minimal(event("e", "2012", long)))
    result = run("--data", str(path), "show", "e", "--json")
    assert result.exit_code == 0
    assert len(result.json()["summary"]) == 2_000_000


def test_deep_nesting_is_refused_cleanly(tmp_path: Path) -> None:
    path = write(tmp_path, minimal("\nextra = " + "[" * 5000 + "]" * 5000 + "\n"))
    result = run("validate", str(path))
    assert result.exit_code == ExitStatus.BAD_BASE
    assert "Traceback" not in result.stderr
    assert "nested too deeply" in result.stdout + result.stderr, (result.stdout, result.stderr)


def test_an_empty_query_is_a_usage_error() -> None:
    for args, message in (
            (["who", ""], "a name is required and must not be blank"),
            (["where", " "], "a name is required and must not be blank"),
            (["search", "  "], "search text is required and must not be blank"),
            (["show", ""], "an id is required and must not be blank"),
            (["figure", " "], "a name is required and must not be blank"),
            (["search", "?!"], "'?!' has no words to search for")):
        result = run(*args)
        assert result.exit_code == ExitStatus.USAGE, args
        assert f"homsfacts: {message}" in result.stderr, (args, result.stderr)


def test_an_unknown_option_is_a_usage_error() -> None:
    option = run("timeline", "--frm", "2012")
    assert option.exit_code == ExitStatus.USAGE
    assert "--frm" in option.stderr
    command = run("nonsense")
    assert command.exit_code == ExitStatus.USAGE
    assert "nonsense" in command.stderr
