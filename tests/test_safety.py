"""Text from a fact base is shown literally and safely; the base is never written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from homsfacts.output.text import safe_text, to_json

from .conftest import BASE_PATH, event, minimal, run, write

HOSTILE = ('[bold red]loud[/bold red] [link=http://evil.example]click[/link] '
           '\\u001b[31mred\\u001b[0m \\u0007bell \\u202eevil')


def hostile_base(tmp_path: Path) -> Path:
    return write(tmp_path, minimal(f'''
[[events]]
id = "hostile"
date = "2012"
summary = "{HOSTILE}"
sources = [{{ source = "src", paragraphs = [1] }}]
'''))


def test_markup_is_printed_literally_and_controls_are_escaped(tmp_path: Path) -> None:
    path = hostile_base(tmp_path)
    for fmt in ("table", "plain", "csv"):
        result = run("--data", str(path), "show", "hostile", "--format", fmt,
                     env={"COLUMNS": "400"})
        assert result.exit_code == 0
        assert "\x1b" not in result.stdout, fmt
        assert "\x07" not in result.stdout, fmt
        assert "\u202e" not in result.stdout, fmt
        assert "\\x1b[31mred" in result.stdout, fmt
    table = run("--data", str(path), "show", "hostile", "-f", "table", env={"COLUMNS": "400"})
    assert "[bold red]loud[/bold red]" in table.stdout
    assert "[link=http://evil.example]click[/link]" in table.stdout


def test_json_escapes_control_characters(tmp_path: Path) -> None:
    result = run("--data", str(hostile_base(tmp_path)), "show", "hostile", "--json")
    assert "\x1b" not in result.stdout
    assert "\\u001b" in result.stdout
    assert "\u202e" not in result.stdout
    assert "\\u202e" in result.stdout
    assert json.loads(result.stdout)["summary"].startswith("[bold red]")


def test_safe_text_and_json_helpers() -> None:
    assert safe_text("a\x1b[0mb") == "a\\x1b[0mb"
    assert safe_text("a\tb\nc", one_line=True) == "a b; c"  # lines of a cell stay apart
    assert safe_text("\u202e") == "\\u202e"
    assert to_json("\x85") == '"\\u0085"'


def test_no_colour_codes_in_a_pipe_or_with_no_color() -> None:
    for env in ({}, {"NO_COLOR": "1"}):
        result = run("who", "colvin", env=env)
        assert "\x1b[" not in result.stdout
        assert "─" not in result.stdout
        assert "│" not in result.stdout


def test_no_command_writes_to_the_base(tmp_path: Path) -> None:
    copy = tmp_path / "facts.toml"
    copy.write_bytes(BASE_PATH.read_bytes())
    before = (hashlib.sha256(copy.read_bytes()).hexdigest(), copy.stat().st_mtime_ns)
    for args in (["timeline"], ["who", "colvin"], ["where", "homs"], ["figure"],
                 ["figure", "deaths"], ["search", "siege"], ["show", "homs"], ["sources"],
                 ["who", "nobody-at-all"]):
        run("--data", str(copy), *args)
    run("validate", str(copy))
    run("--no-cache", "--data", str(copy), "timeline")
    after = (hashlib.sha256(copy.read_bytes()).hexdigest(), copy.stat().st_mtime_ns)
    assert after == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["facts.toml"]


@pytest.mark.parametrize("char", ["\u061c", "\u200b", "\u2028", "\u2029", "\u2060", "\ufeff"])
def test_invisible_format_characters_are_escaped_on_a_terminal_and_in_plain(
        tmp_path: Path, char: str) -> None:
    # Issue 24, defect 9: U+2028 and U+2029 split lines for readers that split on them,
    # and the others hide in a line; all are shown as escapes, as controls are.
    path = write(tmp_path, minimal(event("hidden", "2012", f"before{char}after")))
    escaped = f"\\u{ord(char):04x}"
    for fmt in ("table", "plain", "csv", "json"):
        result = run("--data", str(path), "show", "hidden", "--format", fmt,
                     env={"COLUMNS": "200"})
        assert result.exit_code == 0, fmt
        assert char not in result.stdout, fmt
        assert f"before{escaped}after" in result.stdout, fmt
    assert json.loads(run("--data", str(path), "show", "hidden", "--json").stdout)[
        "summary"] == f"before{char}after"  # JSON keeps the value; only its text escapes


def test_joiners_that_names_spell_with_are_kept() -> None:
    assert safe_text("\u0645\u200c\u0646") == "\u0645\u200c\u0646"
