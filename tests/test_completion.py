"""Shell completion offers the real ids of the active base, described by their names."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from homsfacts.base.store import FactBase
from homsfacts.cli import app
from homsfacts.cli.options import COMPLETION_HELP_WIDTH
from homsfacts.vocabulary import WHERE_KINDS, WHO_KINDS

from .conftest import minimal, write


def ids_of(base: FactBase, table: str, kinds: frozenset[str] | None = None) -> list[str]:
    return [record["id"] for record in base.document()[table]
            if kinds is None or record.get("kind") in kinds]


def complete(shell: str, line: str, **env: str) -> Result:
    """What homsfacts prints when ``shell`` asks it to complete ``line``, in-process."""
    words = line.split(" ")
    variables = {"_HOMSFACTS_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line,
                 "COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1),
                 "_TYPER_COMPLETE_FISH_ACTION": "get-args", **env}
    result = CliRunner().invoke(app, [], env=variables, prog_name="homsfacts")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result


def offered(line: str, **env: str) -> list[str]:
    return complete("bash", line, **env).stdout.split()


# -- the core ----------------------------------------------------------------------------------


def test_complete_offers_every_id_with_the_prefix_and_nothing_else(base: FactBase) -> None:
    every_id = [record_id for table in ("sources", "entities", "events", "figures")
                for record_id in ids_of(base, table)]
    for prefix in ("", "s", "siege-", "homs", "marie-colvin", "zzz"):
        found = [record_id for record_id, _title in base.complete(prefix)]
        ids = [word for word in found if word in every_id]
        # Ids in file order, at most the limit of 100 (a blank prefix has more).
        assert ids == [i for i in every_id if i.startswith(prefix)][:100]
        words = found[len(ids):]  # then the words of names that name one record each
        assert all(word.startswith(prefix) and word not in every_id for word in words)


def test_complete_offers_the_words_people_type(base: FactBase) -> None:
    assert base.complete("col", record_type="entity", kinds=WHO_KINDS) == [
        ("colvin", "Marie Colvin")]
    assert ("amr", "Baba Amr") in base.complete("amr", record_type="entity",
                                                 kinds=WHERE_KINDS)
    assert "syrian" not in [word for word, _ in base.complete("syr")]  # names several
    assert offered("homsfacts who col") == ["colvin"]


def test_complete_keeps_to_the_record_type_and_kinds_asked_for(base: FactBase) -> None:
    who = [record_id for record_id, _ in base.complete("", record_type="entity",
                                                        kinds=WHO_KINDS)]
    assert who == ids_of(base, "entities", WHO_KINDS)
    figures = [record_id for record_id, _ in base.complete("", record_type="figure")]
    assert figures == ids_of(base, "figures")


def test_complete_describes_each_id_by_its_title_and_stops_at_the_limit(base: FactBase) -> None:
    titles = dict(base.complete("", record_type="entity"))
    assert titles["marie-colvin"] == base.show("marie-colvin")["name"]
    assert len(base.complete("", limit=3)) == 3


# -- through the shells' protocols ---------------------------------------------------------


def test_who_where_figure_and_show_offer_ids_of_their_own_kind(base: FactBase) -> None:
    assert offered("homsfacts who ") == ids_of(base, "entities", WHO_KINDS)
    assert offered("homsfacts where ") == ids_of(base, "entities", WHERE_KINDS)
    assert offered("homsfacts figure ") == ids_of(base, "figures")
    assert offered("homsfacts show siege-") == [
        record_id for record_id, _ in base.complete("siege-")]
    assert offered("homsfacts who mar") == ["marie-colvin"]


def test_zsh_and_fish_get_the_names_as_descriptions() -> None:
    zsh = complete("zsh", "homsfacts who mar").stdout
    assert '"marie-colvin":"Marie Colvin"' in zsh
    fish = complete("fish", "homsfacts who mar").stdout
    assert fish.strip() == "marie-colvin\tMarie Colvin"


def test_completion_reads_the_base_given_by_data_or_its_variable(tmp_path: Path) -> None:
    path = write(tmp_path, minimal(
        '\n[[entities]]\nid = "mira-example"\nkind = "person"\nname = "Mira Example"\n'
        'description = "d"\nsources = [{ source = "src", paragraphs = [1] }]\n'))
    assert offered(f"homsfacts --data {path} who m") == ["mira-example"]
    assert offered("homsfacts who m", HOMSFACTS_DATA=str(path)) == ["mira-example"]


def test_a_broken_base_completes_nothing_and_says_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "this is = = not toml")
    assert offered(f"homsfacts --data {path} who ") == []
    assert offered(f"homsfacts --data {tmp_path / 'missing.toml'} who ") == []


def test_descriptions_from_a_hostile_base_are_escaped_and_cut(tmp_path: Path) -> None:
    # A terminal title escape sequence, then a name far too long for one menu line.
    name = "Evil \\u001b]0;owned\\u0007 " + "x" * 200
    path = write(tmp_path, minimal(
        f'\n[[entities]]\nid = "evil"\nkind = "person"\nname = "{name}"\n'
        'description = "d"\nsources = [{ source = "src", paragraphs = [1] }]\n'))
    fish = complete("fish", f"homsfacts --data {path} who e").stdout
    value, description = fish.rstrip("\n").split("\t")
    assert value == "evil"
    assert "\x1b" not in description
    assert "\x07" not in description
    assert len(description) <= COMPLETION_HELP_WIDTH
    assert description.endswith("…")


@pytest.mark.parametrize(("shell", "marker"), [
    ("bash", "complete -o default -F _homsfacts_completion homsfacts"),
    ("zsh", "#compdef homsfacts"),
    ("fish", "complete --command homsfacts"),
])
def test_the_completion_script_for_each_shell_names_homsfacts(
        shell: str, marker: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Typer otherwise detects the shell that started the tests (and finds none under nohup,
    # cron or some CI runners), ignoring the one named: every shell got the same script.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = CliRunner().invoke(app, ["--show-completion", shell], prog_name="homsfacts")
    assert result.exit_code == 0
    assert "_HOMSFACTS_COMPLETE" in result.stdout
    assert marker in result.stdout
