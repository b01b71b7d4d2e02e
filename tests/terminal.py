"""What a person sees on a terminal, rendered without a pty through the real Rich console.

The command line takes the parts of its :class:`~homsfacts.output.environment.Environment` a test
fixes (``obj={"stdout_isatty": True, "width": 80}``), so a render at any width is one
``CliRunner`` call. Used by ``tests/test_terminal.py``, and by ``python -m tests.terminal``,
which rewrites the reviewed snapshots in ``tests/snapshots/`` and the README's pictures in
``docs/`` after an intended change of output.
"""

from __future__ import annotations

import io
import os
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
PICTURES = ROOT / "docs"

SAMPLES: dict[str, list[str]] = {
    "timeline": ["timeline", "timeline --chart", "timeline --about 'baba amr'",
                 "timeline --all --from 2014 --to 2014"],
    "who": ["who colvin", "who hts", "who 'syrian observatory for human rights'"],
    "where": ["where homs", "where 'baba amr'", "where damascus"],
    "figure": ["figure", "figure --all", "figure population", "figure 'death toll'",
               "figure 'siege length'", "figure evacuees-bbc"],
    "search": ["search siege", "search 'press centre'"],
    "show": ["show old-city-siege", "show offensive-launched", "show siege-death-toll",
             "show homs", "show afp-2024-12-06"],
    "sources": ["sources"],
    "conflicts": ["conflicts"],
    "check": ["check 'Homs had 2 million people before the war'",
              "check 'The siege killed around 2,200 people'",
              "check 'Homs has 800,000 people today'"],
    "diff": ["diff tests/fixtures/facts-before-many-sources.toml data/facts.toml"],
    "validate": ["validate tests/fixtures/invalid.toml"],
    "export": ["export --format markdown --type figures"],
    "schema": ["schema"],
}
"""Command lines that show what each command draws on a terminal. A test checks that every
command of the Typer app has at least one."""

MACHINE_OUTPUT = {"export", "schema"}
"""Commands whose terminal output is a document for another program (JSON, Markdown): they
are written as they are, never wrapped to the window, so only the missing-traceback and exit
checks apply to them."""

SNAPSHOT_RENDERS = {
    "timeline-80": ("timeline", 80),
    "timeline-60": ("timeline --to 2012", 60),
    "who-colvin-60": ("who colvin", 60),
    "who-colvin-120": ("who colvin", 120),
    "figure-100": ("figure", 100),
    "where-baba-amr-80": ("where 'baba amr'", 80),
    "chart-100": ("timeline --chart", 100),
    "figure-population-60": ("figure population", 60),
    "figure-chart-60": ("figure population --chart", 60),
}
"""Renders kept as reviewed snapshots: read each one before accepting a change to it."""

PICTURES_RENDERS = {
    "who-colvin.svg": ("who colvin", 100),
    "timeline-chart.svg": ("timeline --chart", 100),
}


def render(command: str, width: int, *, color: bool = False) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``homsfacts COMMAND`` on a terminal ``width`` wide."""
    from typer.testing import CliRunner

    from homsfacts.cli import app

    result = CliRunner().invoke(
        app, shlex.split(command),
        obj={"stdout_isatty": True, "stderr_isatty": False, "width": width, "color": color})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback for {command!r}") from result.exception
    return result.exit_code, result.stdout, result.stderr


def picture(command: str, width: int) -> str:
    """An SVG of ``homsfacts COMMAND`` as a colour terminal ``width`` wide shows it."""
    from rich.console import Console
    from rich.text import Text

    # Rich picks its palette from the terminal's variables; the pictures must not depend on
    # the machine that draws them.
    saved = {name: os.environ.pop(name, None) for name in ("COLORTERM", "TERM")}
    os.environ["COLORTERM"] = "truecolor"
    try:
        _, shown, _ = render(command, width, color=True)
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value
    console = Console(record=True, width=width, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", legacy_windows=False)
    console.print(Text.from_ansi(shown), end="", soft_wrap=True)
    return console.export_svg(title=f"homsfacts {command}")


def refresh() -> None:
    os.chdir(ROOT)
    SNAPSHOTS.mkdir(exist_ok=True)
    for name, (command, width) in SNAPSHOT_RENDERS.items():
        text = f"$ homsfacts {command}   # {width} columns\n" + render(command, width)[1]
        (SNAPSHOTS / f"{name}.txt").write_text(text, encoding="utf-8")
    PICTURES.mkdir(exist_ok=True)
    for name, (command, width) in PICTURES_RENDERS.items():
        (PICTURES / name).write_text(picture(command, width), encoding="utf-8")


if __name__ == "__main__":
    refresh()
