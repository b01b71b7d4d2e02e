"""Read a fact-base file safely (a regular file, not too large, UTF-8, no NUL), parse and
check it whole, reporting every problem with its line, and index a checked base in memory."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from homsfacts.errors import FactBaseError, Finding

MAX_BASE_BYTES = 256 * 1024 * 1024
"""Bases larger than this are refused with a message instead of exhausting memory."""


Progress = Callable[[str], None]


def default_path() -> Path:
    """The fact base that ships with homsfacts (``data/facts.toml`` in the repository).

    A wheel carries it as ``homsfacts/data/facts.toml``; a source checkout or an editable
    install reads it from the top of the repository.
    """
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "data" / "facts.toml",
                      package.parents[1] / "data" / "facts.toml"):
        if candidate.is_file():
            return candidate
    raise FactBaseError("the default fact base is missing from this installation of homsfacts")


def read_bytes(path: Path) -> bytes:
    """The raw bytes of a base, or a FactBaseError that says plainly what is wrong."""
    return read_with_status(path)[0]


def is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def require_nul_free(path: Path) -> None:
    # No file name holds a NUL, and the os functions raise ValueError, not OSError, for one.
    if "\0" in str(path):
        raise FactBaseError(f"{str(path)!r}: a file name cannot contain a NUL character")


def read_with_status(path: Path) -> tuple[bytes, os.stat_result]:
    """The bytes of a base and the status of the file they were read from."""
    name = str(path)
    if path.is_dir():
        raise FactBaseError(f"{name}: is a directory, not a fact-base file")
    try:
        with path.open("rb") as handle:
            status = os.fstat(handle.fileno())
            size = status.st_size
            if size > MAX_BASE_BYTES:
                raise FactBaseError(
                    f"{name}: is {size / 2**20:,.0f} MiB; homsfacts reads bases of up to "
                    f"{MAX_BASE_BYTES // 2**20} MiB"
                )
            data = handle.read(MAX_BASE_BYTES + 1)
    except FileNotFoundError:
        raise FactBaseError(f"{name}: no such file") from None
    except PermissionError:
        raise FactBaseError(f"{name}: permission denied") from None
    except OSError as error:
        raise FactBaseError(f"{name}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BASE_BYTES:
        raise FactBaseError(f"{name}: is larger than {MAX_BASE_BYTES // 2**20} MiB")
    return data, status


def decode(data: bytes, name: str) -> str:
    if not data or data.isspace():  # strip() would copy a large base to find out
        raise FactBaseError(f"{name}: is empty; a fact base needs at least schema_version "
                            "and one source")
    if b"\x00" in data:
        raise FactBaseError(f"{name}: is a binary file, not a TOML fact base")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        finding = Finding(file=name, line=line, column=column, code="encoding",
                          message=f"is not UTF-8 (byte 0x{data[error.start]:02x})")
        raise FactBaseError(f"{name}: is not UTF-8 text", [finding]) from None
    return text.removeprefix("\ufeff")


def parse(text: str, name: str) -> dict[str, Any]:
    import tomli

    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        message = getattr(error, "msg", str(error))
        finding = Finding(file=name, line=getattr(error, "lineno", None),
                          column=getattr(error, "colno", None), code="toml",
                          message=f"TOML syntax error: {message}")
        raise FactBaseError(f"{name}: is not valid TOML", [finding]) from None
    except RecursionError:
        raise FactBaseError(f"{name}: is nested too deeply to read") from None


def parse_whole(text: str, name: str, progress: Progress | None) -> dict[str, Any]:
    if progress:
        progress(f"reading {name} ({len(text) / 2**20:,.1f} MiB)")
    return parse(text, name)


class Checks:
    """The checks of a parsed base, run once however many paths ask for them: before its
    cache file is written, and again (doing nothing) before it is indexed in memory when the
    cache could not be written. Raises FactBaseError, listing every problem, for an invalid
    base."""

    def __init__(self, document: dict[str, Any], text: str | Callable[[], str], name: str,
                 progress: Progress | None) -> None:
        self.document, self.text, self.name, self.progress = document, text, name, progress
        self.done = False

    def findings(self) -> list[Finding]:
        """Every problem in the base, warnings included; an empty list means it is valid."""
        # Imported after parsing: the schema's imports are not held beside a parse at its
        # peak.
        from homsfacts.base.validate import check

        if self.progress:
            self.progress("checking every record")
        return check(self.document, self.text, self.name)

    def __call__(self) -> None:
        if self.done:
            return
        self.done = True
        errors = [finding for finding in self.findings() if finding.is_error]
        if errors:
            count = len(errors)
            raise FactBaseError(f"{self.name}: is not a valid fact base ({count} problem"
                                f"{'s' if count != 1 else ''})", errors)


def check_file(path: Path | str) -> list[Finding]:
    """Every problem in a base file; an empty list means it is valid. Never raises for a
    bad base: the problems come back as findings."""
    path = Path(path)
    try:
        require_nul_free(path)
        text = decode(read_bytes(path), str(path))
        return Checks(parse_whole(text, str(path), None), text, str(path), None).findings()
    except FactBaseError as error:
        return error.findings or [Finding(file=str(path), message=_without_name(error, path),
                                          code="unreadable")]


def _without_name(error: FactBaseError, path: Path) -> str:
    return error.message.removeprefix(f"{path}: ")


def validated(text: str, name: str, progress: Progress | None) -> dict[str, Any]:
    document = parse_whole(text, name, progress)
    Checks(document, text, name, progress)()
    return document


def memory_index(document: dict[str, Any], meta: dict[str, str],
                  progress: Progress | None = None) -> sqlite3.Connection:
    """The index of a validated base, built in memory: for a base that is not cached, or
    whose cache turned out damaged."""
    from homsfacts.base.writer import build

    connection = memory_connection()
    build(connection, document, {**meta, "complete": "1"}, progress)
    return connection


def memory_connection() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    # Its staging tables and sorts stay in memory too: this is the path taken when the disk
    # cannot be written, so it must not need the disk.
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection
