"""What a person sees: every command on a terminal 60 to 250 columns wide keeps every word
whole, every citation whole, and no line wider than the window."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from typing import Any

import pytest
from rich.cells import cell_len

from homsfacts.base.views import cite_lines
from homsfacts.cli import app

from .conftest import command_names
from .terminal import (
    MACHINE_OUTPUT,
    PICTURES,
    PICTURES_RENDERS,
    ROOT,
    SAMPLES,
    SNAPSHOT_RENDERS,
    SNAPSHOTS,
    picture,
    render,
)

WIDTHS = [60, 80, 100, 120, 200]
TEXT_FIELDS = {"summary", "label", "display", "text", "description", "title", "publisher",
               "name", "attribution", "message", "words"}
"""The fields whose every word a reader must see whole; one record's card adds the rest of
its text (an event's ``date_note``)."""
CARD_FIELDS = {"date_note", "as_of", "period"}

DRAWN = [(command, code, width) for name, commands in SAMPLES.items()
         if name not in MACHINE_OUTPUT for command, code in commands for width in WIDTHS]


@pytest.fixture(autouse=True)
def _at_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the samples name fixtures by their path in the repository


def test_every_command_has_a_terminal_sample() -> None:
    assert set(SAMPLES) == set(command_names())


def _strings(value: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(value, str) and key in TEXT_FIELDS:
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)
    elif isinstance(value, dict):
        for name, item in value.items():
            if name != "group":  # the other reports: a count on a list, in full with --all
                yield from _strings(item, name)


def _citations(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for name, item in value.items():
            if name == "sources" and isinstance(item, list) and item and "paragraphs" in item[0]:
                yield from cite_lines(item)
            elif name != "group":
                yield from _citations(item)
    elif isinstance(value, list):
        for item in value:
            yield from _citations(item)


def _address(line: str) -> bool:
    """A web address whole on a line of its own: the one line that may pass the window's
    width, since the terminal wraps it and a break would cut the link (issue 23)."""
    return re.fullmatch(r"https?://\S+", line.strip()) is not None


_EDGES = "[](){}\"'“”‘’,.;:!?…"


def _tokens(text: str) -> set[str]:
    return {word.strip(_EDGES) for word in text.split()} - {""}


def _answer(command: str) -> Any:
    from typer.testing import CliRunner

    words = shlex.split(command)
    if "--chart" in words:
        words.remove("--chart")
    result = CliRunner().invoke(app, [*words, "--json"])
    return json.loads(result.stdout)


@pytest.mark.parametrize(("command", "code", "width"), DRAWN)
def test_nothing_is_cut_broken_or_too_wide(command: str, code: int, width: int) -> None:
    exit_code, shown, _ = render(command, width)
    assert exit_code == code, shown
    lines = shown.splitlines()
    assert lines, command
    too_wide = [line for line in lines if cell_len(line) > width and not _address(line)]
    assert not too_wide, too_wide
    assert "…" not in shown  # Rich's mark for text it cut
    if "--chart" in command:
        return  # a chart shows dates on an axis; the words are checked in the list
    answer = _answer(command)
    seen = _tokens(shown)
    if command.startswith("search") or (command.startswith("ask") and isinstance(answer, list)
                                        and answer and "score" in answer[0]):
        # a hit (or an unsure answer's candidate) shows its title and what it is
        answer = [{"title": hit["title"], "display": hit.get("display"),
                   "description": hit.get("description")} for hit in answer]
    if command.startswith("diff"):  # a change shows its summary; the records are in JSON
        answer = [{"text": change["summary"]} for change in answer]
    texts = list(_strings(answer))
    if isinstance(answer, dict):
        texts += [answer[name] for name in CARD_FIELDS if answer.get(name)]
    for text in texts:
        missing = _tokens(text) - seen
        assert not missing, (text, missing)
    flat = [re.sub(r"\s+", " ", line.strip(" │")) for line in lines]
    for citation in _citations(answer):
        assert any(citation in line for line in flat), citation


@pytest.mark.parametrize(("command", "code"), [sample for name in sorted(MACHINE_OUTPUT)
                                              for sample in SAMPLES[name]])
def test_a_document_for_a_program_is_written_on_a_terminal_too(command: str, code: int) -> None:
    exit_code, shown, _ = render(command, 80)
    assert exit_code == code, shown
    assert shown.strip()


@pytest.mark.parametrize("width", range(60, 251, 19))
def test_every_list_fits_any_width_between(width: int) -> None:
    for command in ("timeline", "figure", "search siege", "sources", "who colvin"):
        code, shown, _ = render(command, width)
        assert code == 0
        assert max(cell_len(line) for line in shown.splitlines() if not _address(line)) <= width


def test_a_wide_window_gets_a_table_and_a_narrow_one_gets_blocks() -> None:
    wide = render("figure", 200)[1]
    assert re.search(r"^id\s+figure\s+value\s+as of\s+attribution\s+sources", wide, re.M)
    narrow = render("figure", 60)[1]
    assert "─" * 20 not in narrow  # no table rule: one block per figure
    assert "homs-prewar-population · afp-2024-12-06 ¶7" in narrow


def test_the_timeline_gives_the_summary_the_room_at_80_columns() -> None:
    shown = render("timeline", 80)[1]
    assert "Non-violent protests inspired by the Arab Spring begin" in shown
    assert "protests-begin · afp-2024-12-06 ¶9" in shown  # id and citation folded below


@pytest.mark.parametrize("width", range(60, 251, 10))
def test_a_year_before_the_common_era_is_never_broken_from_its_era(width: int) -> None:
    # Issue 22: a table wraps a date only after a span's dash or before "(derived)".
    shown = render("timeline --to 0300", width)[1]
    assert re.search(r"^2000 BCE ", shown, re.M), shown
    assert re.search(r"^within 100 – 1 BCE |^within 100 –\s.*\n1 BCE ", shown, re.M), shown
    assert not re.search(r"^BCE\b", shown, re.M)  # never "2000" over "BCE"


def test_cards_do_not_stretch_across_a_wide_window() -> None:
    shown = render("figure population", 200)[1]
    assert max(cell_len(line) for line in shown.splitlines()) <= 100


@pytest.mark.parametrize("name", sorted(SNAPSHOT_RENDERS))
def test_reviewed_snapshots_are_current(name: str) -> None:
    command, width = SNAPSHOT_RENDERS[name]
    expected = (SNAPSHOTS / f"{name}.txt").read_text(encoding="utf-8")
    actual = f"$ homsfacts {command}   # {width} columns\n" + render(command, width)[1]
    assert actual == expected, \
        "run `python -m tests.terminal`, read the diff, then --write and commit"


@pytest.mark.parametrize("name", sorted(PICTURES_RENDERS))
def test_the_readme_pictures_are_current(name: str) -> None:
    command, width = PICTURES_RENDERS[name]
    assert (PICTURES / name).read_text(encoding="utf-8") == picture(command, width), \
        "run `python -m tests.terminal`, read the diff, then --write to redraw the pictures"
    assert f"docs/{name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_colour_is_off_with_no_color() -> None:
    code, shown, _ = render("who colvin", 80, color=False)
    assert code == 0
    assert "\x1b[" not in shown
    assert "\x1b[" in render("who colvin", 80, color=True)[1]


@pytest.mark.parametrize("width", [40, 60, 80])
def test_the_status_of_a_build_is_one_line_at_any_width(width: int) -> None:
    # Each update of the status redraws one line; one that wrapped would leave its first
    # line behind, once per update.
    import io
    import sys

    from homsfacts.cli.app import Progress
    from homsfacts.output.environment import Environment

    stderr = io.StringIO()
    env = Environment(stdin=sys.stdin, stdout=io.StringIO(), stderr=stderr,
                      stdout_isatty=True, stderr_isatty=True, width=width, color=False)
    with Progress(env) as progress:
        progress("checked 999,999 of 1,000,000 records")
    frames = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", frame)
              for frame in re.split(r"[\r\n]", stderr.getvalue())]
    shown = [frame for frame in frames if frame.strip()]
    assert any("homsfacts: checked" in frame for frame in shown), shown
    assert all("homsfacts:" in frame for frame in shown), shown  # no line carried over
    assert all(cell_len(frame) <= width for frame in shown), shown


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_sources_show_each_address_whole_on_its_own_line(width: int) -> None:
    # Issue 23, item 8: never broken across lines, whatever the width.
    _, shown, _ = render("sources", width)
    urls = [source["url"] for source in _answer("sources") if source["url"]]
    lines = [line.strip() for line in shown.splitlines()]
    assert all(url in lines for url in urls)


def test_a_colour_terminal_gets_clickable_addresses() -> None:
    from typer.testing import CliRunner

    url = "https://www.naharnet.com/stories/en/129506-rebels-start-evacuation-from-syria-s-homs"
    shown = CliRunner().invoke(app, ["sources"], obj={
        "stdout_isatty": True, "width": 80, "color": True, "hyperlinks": True}).stdout
    assert "\x1b]8;id=" in shown
    assert f";{url}\x1b\\{url}\x1b]8;;" in shown
    plain = CliRunner().invoke(app, ["sources"], obj={
        "stdout_isatty": True, "width": 80, "color": True, "hyperlinks": False}).stdout
    assert "\x1b]8;" not in plain
