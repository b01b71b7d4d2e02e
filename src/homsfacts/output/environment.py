"""Where output goes and what it goes to: the one place that asks about the terminal.

Modelled on httpie's ``Environment``. The command line builds one per run from the process
(:meth:`Environment.detect`); renderers and commands read it and never call ``isatty()`` or
look at ``COLUMNS`` themselves. Tests build their own, so "an 80-column terminal" needs no pty.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
import typing
from typing import Any, BinaryIO, TextIO

MIN_WIDTH = 20
MAX_WIDTH = 1000
"""The width is clamped to this range: ``COLUMNS=0`` must still print, and
``COLUMNS=99999999`` must not draw a chart of hundreds of megabytes."""

WRITE_CHUNK = 1024
"""The most characters (or bytes) written to a stream at once: even at four bytes a
character, no more than half the default buffer of 8,192 bytes."""

DEFAULT_HEIGHT = 24
"""The lines of a terminal that does not say."""

PIPE_WIDTH = 100
"""A pipe has no width; drawings (``timeline --chart``) use ``COLUMNS`` or this."""


def clamp_width(width: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, width))


class Environment:
    """The streams of one run, whether stdout and stderr are terminals, the width and colour.

    Every argument left out is read from the process when the environment is detected.
    """

    __slots__ = ("color", "height", "hyperlinks", "pager", "stderr", "stderr_isatty", "stdin",
                 "stdout", "stdout_isatty", "width")

    def __init__(self, *, stdin: TextIO, stdout: TextIO, stderr: TextIO, stdout_isatty: bool,
                 stderr_isatty: bool, width: int, color: bool,
                 hyperlinks: bool = False, pager: str | None = None,
                 height: int = DEFAULT_HEIGHT) -> None:
        self.stdin = stdin
        self.stdout: TextIO = stdout
        self.stderr = stderr
        self.stdout_isatty = stdout_isatty
        """True when stdout is a terminal: tables and colour instead of plain lines."""
        self.stderr_isatty = stderr_isatty
        """True when stderr is a terminal: a progress line may be drawn there."""
        self.width = clamp_width(width)
        """Columns of the terminal, or ``COLUMNS`` (else :data:`PIPE_WIDTH`) in a pipe."""
        self.color = color
        """Whether the terminal output may be coloured (``NO_COLOR`` turns it off)."""
        self.hyperlinks = hyperlinks and color
        """Whether a web address may be drawn as a clickable link (an OSC 8 hyperlink): on a
        coloured terminal but the Linux console, unless ``FORCE_HYPERLINK=0``."""
        self.pager = pager if stdout_isatty else None
        """The command an answer taller than the window is piped to (:meth:`page`), or None:
        never in a pipe, and off with ``--no-pager``."""
        self.height = max(1, height)
        """Lines of the terminal: an answer of fewer prints straight through."""

    @classmethod
    def detect(cls, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
               stderr: TextIO | None = None, stdout_isatty: bool | None = None,
               stderr_isatty: bool | None = None, width: int | None = None,
               color: bool | None = None, hyperlinks: bool | None = None,
               pager: str | None = None, height: int | None = None) -> Environment:
        """The environment of this process, with any of its parts overridden. A stream the
        process was started without (``>&-``) is replaced by one that says so."""
        stdout = stdout or sys.stdout or typing.cast(TextIO, _Closed("stdout"))
        stderr = stderr or sys.stderr or io.StringIO()  # nowhere to say anything
        stdin = stdin or sys.stdin or typing.cast(TextIO, _Closed("stdin"))
        if stdout_isatty is None:
            stdout_isatty = _isatty(stdout)
        if stderr_isatty is None:
            stderr_isatty = _isatty(stderr)
        if width is None:
            width = _width(stdout if stdout_isatty else None)
        if color is None:
            color = stdout_isatty and "NO_COLOR" not in os.environ \
                and os.environ.get("TERM") != "dumb"
        if pager is None and _isatty(stdout):
            # The real stream, not a test's stdout_isatty: a test never starts a pager.
            pager = choose_pager(os.environ)
        if height is None:
            height = _height(stdout if stdout_isatty else None)
        if hyperlinks is None:
            hyperlinks = os.environ.get("FORCE_HYPERLINK", "1") != "0" \
                and os.environ.get("TERM") != "linux"
        _reconfigure(stdout, errors="replace")
        _reconfigure(stderr, errors="backslashreplace")
        _reconfigure(stdin, errors="replace")  # `show - < /dev/urandom` reads, and misses
        return cls(stdin=stdin, stdout=_Guarded(stdout), stderr=stderr,  # type: ignore[arg-type]
                   stdout_isatty=stdout_isatty, stderr_isatty=stderr_isatty, width=width,
                   color=color, hyperlinks=hyperlinks, pager=pager, height=height)

    def drawing_to(self, stdout: TextIO) -> Environment:
        """The same terminal, drawn into ``stdout`` (a buffer), for a pager to show."""
        return Environment(stdin=self.stdin, stdout=stdout, stderr=self.stderr,
                           stdout_isatty=self.stdout_isatty, stderr_isatty=self.stderr_isatty,
                           width=self.width, color=self.color, hyperlinks=self.hyperlinks,
                           height=self.height)

    def page(self, text: str) -> None:
        """Write ``text`` to stdout, through the pager when it is taller than the window,
        as git and gh do; a pager that cannot be started is passed by."""
        if self.pager is None or text.count("\n") < self.height:
            self.stdout.write(text)
            return
        import subprocess

        self.stdout.flush()
        environ = dict(os.environ)
        # less's -F -R -X, as git sets them: quit when the text fits, keep colours and
        # links, leave the text on the screen afterwards.
        environ.setdefault("LESS", "FRX")
        environ.setdefault("LV", "-c")
        try:
            subprocess.run(self.pager, shell=True, input=text.encode(
                getattr(self.stdout, "encoding", None) or "utf-8", "replace"),
                env=environ, check=False)
        except OSError:
            self.stdout.write(text)

    def writing_to(self, stdout: TextIO) -> Environment:
        """The same environment with stdout sent elsewhere (a file, never a terminal)."""
        return Environment(stdin=self.stdin, stdout=_Guarded(stdout),  # type: ignore[arg-type]
                           stderr=self.stderr,
                           stdout_isatty=False, stderr_isatty=self.stderr_isatty,
                           width=self.width, color=False)


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # a closed stream is not a terminal
        return False


def choose_pager(environ: typing.Mapping[str, str]) -> str | None:
    """The pager to use on a terminal: ``HOMSFACTS_PAGER``, else ``PAGER``, else ``less``;
    None when it is empty or ``cat``."""
    chosen = environ.get("HOMSFACTS_PAGER", environ.get("PAGER", "less")).strip()
    return None if chosen in ("", "cat") else chosen


def _height(terminal: TextIO | None) -> int:
    return _size(terminal, "LINES", "lines", DEFAULT_HEIGHT)


def _width(terminal: TextIO | None) -> int:
    return _size(terminal, "COLUMNS", "columns", PIPE_WIDTH)


def _size(terminal: TextIO | None, variable: str, dimension: str, default: int) -> int:
    """One dimension of the window: the environment variable (``LINES``, ``COLUMNS``) when it
    is a number, else the terminal's own, else ``default``."""
    given = os.environ.get(variable, "")
    if given.strip().isdigit():
        return int(given)
    if terminal is not None:
        try:
            measured: int = getattr(os.get_terminal_size(terminal.fileno()), dimension)
            return measured or default
        except (OSError, ValueError):
            pass
    return default


def _reconfigure(stream: TextIO, *, errors: str) -> None:
    # PYTHONIOENCODING=ascii, a C locale ('¶' and '–' cannot be encoded), or a name typed
    # in another encoding ($'\xff'): print a replacement rather than fail halfway through.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
            reconfigure(errors=errors)


def _output_error(error: OSError) -> Exception:
    from homsfacts.errors import OutputError

    if error.errno == errno.EPIPE:
        return BrokenPipeError(error.errno, error.strerror)
    return OutputError(f"cannot write the answer to stdout: {error.strerror or error}")


class _Guarded:
    """stdout, with its failures made plain: a full disk or a closed descriptor is an
    OutputError (exit 4, with a message) and a reader that went away a BrokenPipeError
    (exit 141), never a traceback or a silent, truncated answer."""

    def __init__(self, stream: TextIO | BinaryIO) -> None:
        self._stream = stream

    def write(self, data: Any) -> int:
        # One large write that the device takes only part of can be reported as a success
        # (CPython's buffered writer keeps quiet about a short write followed by ENOSPC or
        # EPIPE). Pieces no larger than the buffer make every failure raise.
        try:
            for start in range(0, len(data), WRITE_CHUNK):
                self._stream.write(data[start:start + WRITE_CHUNK])
        except OSError as error:
            raise _output_error(error) from None
        return len(data)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise _output_error(error) from None

    @property
    def buffer(self) -> _Guarded:
        return _Guarded(self._stream.buffer)  # type: ignore[union-attr]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _Closed(io.TextIOBase):
    """A standard stream the process was started without."""

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def readable(self) -> bool:
        return False

    def isatty(self) -> bool:
        return False

    def __iter__(self) -> Any:
        from homsfacts.errors import QueryError

        raise QueryError(f"{self.name} is closed: there is nothing to read")
