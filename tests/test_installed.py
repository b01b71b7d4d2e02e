"""The installed ``homsfacts`` script, for what only a real process shows: pipes, a terminal,
exit codes, and ``python -m``."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import synthetic_base

pytestmark = pytest.mark.installed

SCRIPT = shutil.which("homsfacts", path=str(Path(sys.executable).parent)) or shutil.which(
    "homsfacts")


def environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in {"HOMSFACTS_DATA", "NO_COLOR", "FORCE_COLOR"}}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def script() -> str:
    if SCRIPT is None:
        pytest.fail("the homsfacts console script is not installed")
    return SCRIPT


def test_timeline_piped_into_head_ends_quietly(script: str) -> None:
    result = subprocess.run(f"'{script}' timeline | head -1", shell=True, capture_output=True,
                            text=True, env=environment(), check=False)
    assert result.stdout.startswith("2011-03\tprotests-begin")
    assert result.stderr == ""


def test_a_large_output_into_a_closed_pipe_has_no_traceback(script: str) -> None:
    process = subprocess.Popen([script, "search", "the", "--json", "-n", "500"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment())
    assert process.stdout is not None
    process.stdout.read(10)
    process.stdout.close()
    _, stderr = process.communicate()
    assert b"Traceback" not in stderr
    assert b"BrokenPipeError" not in stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [(["who", "colvin"], 0), (["who", "colvn"], 1), (["timeline", "--from", "2012-13"], 2),
     (["--data", "/nonexistent/facts.toml", "timeline"], 3), (["validate"], 0)],
)
def test_exit_codes(script: str, args: list[str], code: int) -> None:
    result = subprocess.run([script, *args], capture_output=True, text=True,
                            env=environment(), check=False)
    assert result.returncode == code
    assert "Traceback" not in result.stderr


def test_json_is_one_document_on_stdout(script: str) -> None:
    import json

    result = subprocess.run([script, "figure", "judgement", "--json"], capture_output=True,
                            env=environment(), check=True)
    assert json.loads(result.stdout.decode("utf-8"))["value"] == 302500000
    assert result.stderr == b""


def test_python_dash_m_works() -> None:
    result = subprocess.run([sys.executable, "-m", "homsfacts", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.startswith("homsfacts ")


def _on_a_terminal(args: list[str], **extra: str) -> str:
    """What a terminal shows, without a pager (test_pager.py tests it): nothing reads keys."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(args, stdin=secondary, stdout=secondary, stderr=secondary,
                               env=environment(COLUMNS="100", TERM="xterm-256color",
                                               **{"HOMSFACTS_PAGER": "cat", **extra}),
                               close_fds=True)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=30)
    os.close(main)
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_a_terminal_gets_a_rich_table(script: str) -> None:
    screen = _on_a_terminal([script, "timeline"])
    assert "─" * 20 in screen
    assert "Timeline" in screen


def test_no_color_on_a_terminal_has_no_colour_codes(script: str) -> None:
    screen = _on_a_terminal([script, "who", "colvin"], NO_COLOR="1")
    assert "Marie Colvin" in screen
    assert not re.search("\x1b\\[(?:3[0-79]|38;|9[0-7])", screen), screen  # no colours


def test_ctrl_c_exits_130_without_a_traceback(script: str, tmp_path: Path) -> None:
    import signal
    import time

    path = tmp_path / "big.toml"
    path.write_text(synthetic_base(60_000), encoding="utf-8")
    process = subprocess.Popen([script, "--no-cache", "--data", str(path), "timeline"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=environment())
    time.sleep(0.8)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the command finished before the interrupt arrived")
    assert process.returncode == 130
    assert b"Traceback" not in stderr


def test_the_installed_command_completes_for_bash(script: str) -> None:
    line = "homsfacts where baba"
    result = subprocess.run(
        [script], check=False, capture_output=True, text=True, timeout=60,
        env=environment(_HOMSFACTS_COMPLETE="complete_bash", COMP_WORDS=line, COMP_CWORD="2"))
    assert (result.returncode, result.stdout.split(), result.stderr) == (0, ["baba-amr"], "")


def test_a_database_is_never_written_to_a_terminal(script: str) -> None:
    output = _on_a_terminal([script, "export", "--format", "sqlite"])
    assert "SQLite format" not in output
    assert "homsfacts: a SQLite database is binary" in output


def test_the_chart_on_a_terminal_draws_points_and_bars(script: str) -> None:
    output = _on_a_terminal([script, "timeline", "--chart"])
    assert "█" in output
    assert "●" in output
    assert "Traceback" not in output
