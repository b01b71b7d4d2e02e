"""Open a fact base: read it safely, validate it, and keep the validated index in a cache.

A cache hit (same file bytes, same schema, same homsfacts version) opens the SQLite index
read-only and skips parsing and validation entirely, so it never imports pydantic. Anything
wrong with the cache (corrupt, truncated, foreign, stale, unwritable) makes homsfacts build
the index again, in memory if it must: the cache can slow nothing down and break nothing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from homsfacts import __version__
from homsfacts.errors import FactBaseError, Finding
from homsfacts.store import FORMAT_VERSION, FactBase, build
from homsfacts.vocabulary import SCHEMA_VERSION

MAX_BASE_BYTES = 256 * 1024 * 1024
"""Bases larger than this are refused with a message instead of exhausting memory."""

Progress = Callable[[str], None]


def default_path() -> Path:
    """The fact base that ships with homsfacts (``data/facts.toml`` in the repository).

    A wheel carries it as ``homsfacts/data/facts.toml``; a source checkout or an editable
    install reads it from the top of the repository.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "data" / "facts.toml", here.parents[1] / "data" / "facts.toml"):
        if candidate.is_file():
            return candidate
    raise FactBaseError("the default fact base is missing from this installation of homsfacts")


def cache_dir() -> Path:
    """Where validated bases are kept: ``$HOMSFACTS_CACHE_DIR`` or the user's cache folder."""
    override = os.environ.get("HOMSFACTS_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("homsfacts", appauthor=False))


def read_bytes(path: Path) -> bytes:
    """The raw bytes of a base, or a FactBaseError that says plainly what is wrong."""
    name = str(path)
    if path.is_dir():
        raise FactBaseError(f"{name}: is a directory, not a fact-base file")
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
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
    return data


def decode(data: bytes, name: str) -> str:
    if not data.strip():
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


def _parse_and_check(data: bytes, name: str,
                     progress: Progress | None = None) -> tuple[dict[str, Any], list[Finding]]:
    """The parsed document and every problem in it. An unreadable text (not UTF-8, not TOML)
    raises FactBaseError, since there is no document to check."""
    from homsfacts.validate import check

    if progress:
        progress(f"reading {name} ({len(data) / 2**20:,.1f} MiB)")
    text = decode(data, name)
    document = parse(text, name)
    if progress:
        progress("checking every record")
    return document, check(document, text, name)


def check_file(path: Path | str) -> list[Finding]:
    """Every problem in a base file; an empty list means it is valid. Never raises for a
    bad base: the problems come back as findings."""
    path = Path(path)
    try:
        return _parse_and_check(read_bytes(path), str(path))[1]
    except FactBaseError as error:
        return error.findings or [Finding(file=str(path), message=_without_name(error, path),
                                          code="unreadable")]


def _without_name(error: FactBaseError, path: Path) -> str:
    return error.message.removeprefix(f"{path}: ")


def _cache_key(data: bytes) -> str:
    digest = hashlib.sha256(data)
    digest.update(f"\0schema={SCHEMA_VERSION};format={FORMAT_VERSION};v={__version__}".encode())
    return digest.hexdigest()


def _path_tag(path: Path) -> str:
    return hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]


def _open_cached(file: Path, key: str, name: str, *, cached: bool = True) -> FactBase | None:
    """The index in ``file`` if it is complete and built from these exact bytes, else None."""
    if not file.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        meta = {}
    if meta.get("key") != key or meta.get("complete") != "1":
        connection.close()
        return None
    return FactBase(connection, name, cached=cached)


def _validated(data: bytes, name: str, progress: Progress | None) -> dict[str, Any]:
    document, findings = _parse_and_check(data, name, progress)
    if findings:
        count = len(findings)
        raise FactBaseError(
            f"{name}: is not a valid fact base ({count} problem{'s' if count != 1 else ''})",
            findings)
    return document


def _write_cache(folder: Path, tag: str, key: str, document: dict[str, Any], name: str,
                 progress: Progress | None) -> Path | None:
    """Build the index into a temporary file and rename it into place; None if the cache
    folder cannot be used."""
    import tempfile  # only a cache miss writes

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{tag}-", suffix=".tmp")
        os.close(handle)
    except OSError:
        return None
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            build(connection, document, {"key": key, "source": name}, progress)
            connection.execute("INSERT INTO meta VALUES ('complete', '1')")
            connection.commit()
        finally:
            connection.close()
        final = folder / f"{tag}-{key[:32]}.sqlite"
        os.replace(temporary, final)
    except (OSError, sqlite3.Error):
        Path(temporary).unlink(missing_ok=True)
        return None
    for stale in folder.glob(f"{tag}-*.sqlite"):
        if stale != final:
            stale.unlink(missing_ok=True)
    return final


def load(path: Path | str | None = None, *, use_cache: bool = True,
         progress: Progress | None = None) -> FactBase:
    """Open and validate a fact base (the packaged one when ``path`` is None).

    Raises FactBaseError, listing every problem found, when the file is missing, unreadable
    or invalid. The file itself is only ever read.
    """
    path = Path(path) if path is not None else default_path()
    name = str(path)
    data = read_bytes(path)
    key = _cache_key(data)
    folder = cache_dir() if use_cache else None
    tag = _path_tag(path)
    if folder is not None:
        cached = _open_cached(folder / f"{tag}-{key[:32]}.sqlite", key, name)
        if cached is not None:
            return cached
    document = _validated(data, name, progress)
    if folder is not None:
        written = _write_cache(folder, tag, key, document, name, progress)
        if written is not None:
            fresh = _open_cached(written, key, name, cached=False)
            if fresh is not None:
                return fresh
    connection = sqlite3.connect(":memory:")
    build(connection, document, {"key": key, "source": name, "complete": "1"}, progress)
    return FactBase(connection, name)
