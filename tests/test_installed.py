"""The installed ``homsfacts`` script, for what only a real process shows: pipes, a terminal,
exit codes, and ``python -m``."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import synthetic_base

pytestmark = pytest.mark.installed


def environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in {"HOMSFACTS_DATA", "NO_COLOR", "FORCE_COLOR"}}
    env.update(extra)
    return env


def test_timeline_piped_into_head_ends_quietly(script: str) -> None:
    result = subprocess.run(["bash", "-c", f"'{script}' timeline | head -1; "
                             'echo "exit ${PIPESTATUS[0]}" >&2'], capture_output=True,
                            text=True, env=environment(), check=False)
    assert result.stdout.startswith("2000 BCE\thoms-site-settled")
    # 0 if the whole timeline fitted in the pipe before head left, 141 if it did not; quiet
    # either way.
    assert result.stderr in ("exit 0\n", "exit 141\n"), result.stderr


def test_a_large_output_into_a_closed_pipe_has_no_traceback(script: str) -> None:
    import fcntl

    read_end, write_end = os.pipe()
    # A pipe smaller than the answer (over 100 kB), so the command is still writing when the
    # reader goes away, however fast it is.
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    process = subprocess.Popen([script, "figure", "--all", "--json"],
                               stdout=write_end, stderr=subprocess.PIPE, env=environment())
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        assert reader.read(10)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 141, stderr
    assert stderr == b""


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


def _on_a_terminal(args: list[str], code: int = 0, **extra: str) -> str:
    """What ``args`` writes to a terminal (a pty), without a pager (test_pager.py tests it):
    nothing reads keys; its exit code must be ``code``."""
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
    screen = b"".join(chunks).decode("utf-8", errors="replace")
    assert process.returncode == code, screen
    return screen


def test_a_terminal_gets_a_rich_table(script: str) -> None:
    screen = _on_a_terminal([script, "timeline"])
    assert "─" * 20 in screen
    assert "Timeline" in screen


def test_no_color_on_a_terminal_has_no_colour_codes(script: str) -> None:
    screen = _on_a_terminal([script, "who", "colvin"], NO_COLOR="1")
    assert "Marie Colvin" in screen
    assert not re.search("\x1b\\[(?:3[0-79]|38;|9[0-7])", screen), screen  # no colours


def test_ctrl_c_exits_130_without_a_traceback(script: str, tmp_path: Path) -> None:
    # The base is a FIFO this test writes: the command is interrupted while it waits for the
    # rest of the base, a point known to be mid-run however fast the machine is.
    import signal
    import time

    fifo = tmp_path / "base.toml"
    os.mkfifo(fifo)
    # As in a shell's foreground, where Ctrl-C is pressed: a test run in the background
    # (``&``, nohup, some CI runners) inherits SIGINT ignored, and so would the command.
    foreground = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                  "os.execv(sys.argv[1], sys.argv[1:])")
    process = subprocess.Popen([sys.executable, "-c", foreground, script, "--no-cache",
                                "--data", str(fifo), "timeline"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=environment())
    try:
        with fifo.open("w", encoding="utf-8") as writer:  # returns once the command opens it
            writer.write(synthetic_base(50)[:2000])
            writer.flush()
            time.sleep(0.3)
            assert process.poll() is None, "the command ended before the base was written"
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    assert b"Traceback" not in stderr


def test_the_installed_command_completes_for_bash(script: str) -> None:
    line = "homsfacts where baba"
    result = subprocess.run(
        [script], check=False, capture_output=True, text=True, timeout=60,
        env=environment(_HOMSFACTS_COMPLETE="complete_bash", COMP_WORDS=line, COMP_CWORD="2"))
    assert (result.returncode, result.stdout.split(), result.stderr) == (0, ["baba-amr"], "")


def test_a_database_is_never_written_to_a_terminal(script: str) -> None:
    output = _on_a_terminal([script, "export", "--format", "sqlite"], code=4)
    assert "SQLite format" not in output
    assert "homsfacts: a SQLite database is binary" in output


def test_the_chart_on_a_terminal_draws_points_and_bars(script: str) -> None:
    output = _on_a_terminal([script, "timeline", "--chart"])
    assert "█" in output
    assert "●" in output
    assert "Traceback" not in output
