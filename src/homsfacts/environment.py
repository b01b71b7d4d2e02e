"""Where output goes and what it goes to: the one place that asks about the terminal.

Modelled on httpie's ``Environment``. The command line builds one per run from the process
(:meth:`Environment.detect`); renderers and commands read it and never call ``isatty()`` or
look at ``COLUMNS`` themselves. Tests build their own, so "an 80-column terminal" needs no pty.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO

MIN_WIDTH = 20
MAX_WIDTH = 1000
"""The width is clamped to this range: ``COLUMNS=0`` must still print, and
``COLUMNS=99999999`` must not draw a chart of hundreds of megabytes."""

PIPE_WIDTH = 100
"""A pipe has no width; drawings (``timeline --chart``) use ``COLUMNS`` or this."""


def clamp_width(width: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, width))


class Environment:
    """The streams of one run, whether stdout and stderr are terminals, the width and colour.

    Every argument left out is read from the process when the environment is detected.
    """

    __slots__ = ("color", "stderr", "stderr_isatty", "stdin", "stdout", "stdout_isatty",
                 "width")

    def __init__(self, *, stdin: TextIO, stdout: TextIO, stderr: TextIO, stdout_isatty: bool,
                 stderr_isatty: bool, width: int, color: bool) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.stdout_isatty = stdout_isatty
        """True when stdout is a terminal: tables and colour instead of plain lines."""
        self.stderr_isatty = stderr_isatty
        """True when stderr is a terminal: a progress line may be drawn there."""
        self.width = clamp_width(width)
        """Columns of the terminal, or ``COLUMNS`` (else :data:`PIPE_WIDTH`) in a pipe."""
        self.color = color
        """Whether the terminal output may be coloured (``NO_COLOR`` turns it off)."""

    @classmethod
    def detect(cls, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
               stderr: TextIO | None = None, stdout_isatty: bool | None = None,
               stderr_isatty: bool | None = None, width: int | None = None,
               color: bool | None = None) -> Environment:
        """The environment of this process, with any of its parts overridden."""
        stdout = stdout or sys.stdout
        stderr = stderr or sys.stderr
        if stdout_isatty is None:
            stdout_isatty = _isatty(stdout)
        if stderr_isatty is None:
            stderr_isatty = _isatty(stderr)
        if width is None:
            width = _width(stdout if stdout_isatty else None)
        if color is None:
            color = stdout_isatty and "NO_COLOR" not in os.environ \
                and os.environ.get("TERM") != "dumb"
        for stream in (stdout, stderr):
            _replace_unencodable(stream)
        return cls(stdin=stdin or sys.stdin, stdout=stdout, stderr=stderr,
                   stdout_isatty=stdout_isatty, stderr_isatty=stderr_isatty, width=width,
                   color=color)

    def writing_to(self, stdout: TextIO) -> Environment:
        """The same environment with stdout sent elsewhere (a file, never a terminal)."""
        return Environment(stdin=self.stdin, stdout=stdout, stderr=self.stderr,
                           stdout_isatty=False, stderr_isatty=self.stderr_isatty,
                           width=self.width, color=False)


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # a closed stream is not a terminal
        return False


def _width(terminal: TextIO | None) -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.strip().isdigit():
        return int(columns)
    if terminal is not None:
        try:
            return os.get_terminal_size(terminal.fileno()).columns or PIPE_WIDTH
        except (OSError, ValueError):
            pass
    return PIPE_WIDTH


def _replace_unencodable(stream: TextIO) -> None:
    # PYTHONIOENCODING=ascii, or a C locale: '¶' and '–' cannot be encoded. Print a
    # replacement rather than fail halfway through an answer.
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    if reconfigure is not None and encoding not in ("utf-8", "utf8"):
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")
