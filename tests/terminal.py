"""What a person sees on a terminal, rendered without a pty through the real Rich console.

The command line takes the parts of its :class:`~homsfacts.output.environment.Environment` a test
fixes (``obj={"stdout_isatty": True, "width": 80}``), so a render at any width is one
``CliRunner`` call. Used by ``tests/test_terminal.py``, and by ``python -m tests.terminal``,
which shows as a diff how the reviewed snapshots in ``tests/snapshots/`` and the README's
pictures in ``docs/`` differ from what the code draws now, and with ``--write`` rewrites them
after an intended change of output (never from a test).
"""

from __future__ import annotations

import io
import os
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
PICTURES = ROOT / "docs"

SAMPLES: dict[str, list[tuple[str, int]]] = {
    "timeline": [("timeline", 0), ("timeline --chart", 0), ("timeline --about 'baba amr'", 0),
                 ("timeline --all --from 2014 --to 2014", 0)],
    "who": [("who colvin", 0), ("who hts", 0), ("who 'syrian observatory for human rights'", 0)],
    "where": [("where homs", 0), ("where 'baba amr'", 0), ("where damascus", 0)],
    "figure": [("figure", 0), ("figure --all", 0), ("figure population", 0),
               ("figure 'death toll'", 0), ("figure 'siege length'", 0),
               ("figure evacuees-bbc", 0)],
    "search": [("search siege", 0), ("search 'press centre'", 0)],
    "show": [("show old-city-siege", 0), ("show offensive-launched", 0),
             ("show siege-death-toll", 0), ("show homs", 0), ("show afp-2024-12-06", 0)],
    "sources": [("sources", 0)],
    "conflicts": [("conflicts", 1)],  # as diff(1): 1 when there is any
    "check": [("check 'Homs had 2 million people before the war'", 1),  # refuted
              ("check 'The siege killed around 2,200 people'", 0),  # supported
              ("check 'Homs has 800,000 people today'", 1)],  # not enough info
    "diff": [("diff tests/fixtures/facts-before-many-sources.toml data/facts.toml", 1)],
    "validate": [("validate tests/fixtures/invalid.toml", 3)],
    "export": [("export --format markdown --type figures", 0)],
    "schema": [("schema", 0)],
    "ask": [("ask 'how many people died in the siege?'", 0), ("ask 'who is Golani?'", 0),
            ("ask 'how many people were evacuated?'", 1),  # not sure: candidates
            ("ask 'what happened in May 2014?'", 0)],
}
"""Command lines that show what each command draws on a terminal, each with the exit code it
must give. A test checks that every command of the Typer app has at least one."""

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


def refresh(*, write: bool) -> int:
    """Show, as a unified diff, how each reviewed snapshot and README picture differs from
    what the code draws now; with ``write``, also rewrite them. The number of files that
    differ. Never called by a test: a refresh from the code under test would remove the only
    guard, so read the diff before you pass ``--write`` and commit."""
    import difflib
    import sys

    if "PYTEST_CURRENT_TEST" in os.environ:
        raise RuntimeError("snapshots are refreshed by hand (python -m tests.terminal), "
                           "never inside the tests")
    os.chdir(ROOT)
    wanted = {SNAPSHOTS / f"{name}.txt":
              f"$ homsfacts {command}   # {width} columns\n" + render(command, width)[1]
              for name, (command, width) in SNAPSHOT_RENDERS.items()}
    wanted.update({PICTURES / name: picture(command, width)
                   for name, (command, width) in PICTURES_RENDERS.items()})
    changed = 0
    for path, text in wanted.items():
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old == text:
            continue
        changed += 1
        name = str(path.relative_to(ROOT))
        sys.stdout.writelines(difflib.unified_diff(
            old.splitlines(keepends=True), text.splitlines(keepends=True),
            f"a/{name}", f"b/{name}"))
        if write:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    verb = "rewrote" if write else "would rewrite (pass --write)"
    print(f"{verb} {changed} file{'s' if changed != 1 else ''}", file=sys.stderr)
    return changed


if __name__ == "__main__":
    import sys

    refresh(write="--write" in sys.argv[1:])
