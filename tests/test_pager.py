"""A pager on a terminal, as git and gh have (issue 23, item 6): an answer taller than the
window goes through HOMSFACTS_PAGER, else PAGER, else less -FRX; a shorter one prints straight
through; never in a pipe; --no-pager turns it off. Run in a pseudo-terminal by script(1)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1)")

MARK = "sed 's/^/paged: /'"
"""A pager that shows it was used: every line it is given comes out marked."""


def on_a_terminal(command: str, *, lines: int, **environ: str) -> str:
    """What ``homsfacts COMMAND`` writes on a terminal of ``lines`` lines and 80 columns."""
    inner = f"{shlex.quote(sys.executable)} -m homsfacts {command}"
    env = {**{key: value for key, value in os.environ.items()
              if key not in ("PAGER", "HOMSFACTS_PAGER")},
           "LINES": str(lines), "COLUMNS": "80", "NO_COLOR": "1", **environ}
    shown = subprocess.run(["script", "-qec", inner, "/dev/null"], capture_output=True,
                           text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
                           check=False).stdout
    # Without the escapes of the progress line a first run draws on stderr, which the
    # pseudo-terminal holds too.
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)


def test_a_tall_answer_goes_through_the_pager() -> None:
    shown = on_a_terminal("where homs", lines=20, HOMSFACTS_PAGER=MARK)
    # The pty holds stderr too (a first run's progress line): the answer is what is marked.
    lines = shown.splitlines()
    start = next(index for index, line in enumerate(lines) if "─ Homs" in line)
    answer = [line for line in lines[start:] if line.strip()]
    assert len(answer) > 20
    assert all(line.startswith("paged: ") for line in answer)


def test_pager_is_read_when_homsfacts_pager_is_not_set() -> None:
    assert "paged: " in on_a_terminal("where homs", lines=20, PAGER=MARK)
    assert "paged: " not in on_a_terminal("where homs", lines=20, PAGER=MARK,
                                          HOMSFACTS_PAGER="cat")


def test_an_answer_that_fits_prints_straight_through() -> None:
    shown = on_a_terminal("who hts", lines=200, HOMSFACTS_PAGER=MARK)
    assert "Hayat Tahrir al-Sham" in shown
    assert "paged: " not in shown


def test_no_pager_turns_it_off() -> None:
    shown = on_a_terminal("--no-pager where homs", lines=20, HOMSFACTS_PAGER=MARK)
    assert "Homs" in shown
    assert "paged: " not in shown


def test_never_in_a_pipe() -> None:
    env = {**os.environ, "HOMSFACTS_PAGER": MARK, "LINES": "5"}
    shown = subprocess.run([sys.executable, "-m", "homsfacts", "where", "homs"],
                           capture_output=True, text=True, env=env, check=False).stdout
    assert shown.startswith("id\thoms")
    assert "paged: " not in shown
