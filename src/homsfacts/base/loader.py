"""Open a fact base: read it safely, validate it, and keep the validated index in a cache.

A base is read, checked and indexed a part at a time where that provably gives what reading
it whole gives (:mod:`homsfacts.base.parts`), so that its parsed whole is never held; a large one
is indexed by a helper process meanwhile (:func:`homsfacts.base.helper.file_writer`). A base that
cannot be read in parts, or is invalid, is read whole, which reports every problem.

A cache entry is keyed by the SHA-256 of the file's bytes plus the schema, index-format and
homsfacts versions. A hit opens the SQLite index read-only and skips parsing and validation
entirely, so it never imports pydantic. Anything wrong with the cache (corrupt, truncated,
foreign, stale, unwritable) makes homsfacts build the index again, in memory if it must: the
cache can slow nothing down and break nothing.

Like git's index, an entry also records the file's stat signature (device, inode, size,
modification and change times), so an unchanged file is recognised without reading or hashing
it. Every write to a file moves its change time, which no user can set back; the one gap is a
second write inside the same tick of the filesystem's clock, so the signature is only recorded
for a file that had not changed for ``SETTLE_NS`` before it was read (git's "racily clean"
rule). Any other file is hashed on every run, which is slower and just as correct.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import sqlite3
import stat
import sys
import time
import zlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from homsfacts import __version__
from homsfacts.base.layout import FORMAT_VERSION
from homsfacts.base.store import FactBase
from homsfacts.errors import FactBaseError, Finding
from homsfacts.vocabulary import SCHEMA_VERSION

if TYPE_CHECKING:
    from homsfacts.base.writer import RecordWriter

MAX_BASE_BYTES = 256 * 1024 * 1024
"""Bases larger than this are refused with a message instead of exhausting memory."""

SETTLE_NS = 2_000_000_000
"""How long a file must have been unchanged before it was read for its stat signature to be
trusted: longer than the coarsest timestamp tick of common filesystems (FAT's 2 s)."""

VERSIONS = f"schema={SCHEMA_VERSION};format={FORMAT_VERSION};v={__version__}"
"""Everything besides the file's bytes that decides what a cached index contains."""

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


def cache_dir() -> Path:
    """Where validated bases are kept: ``$HOMSFACTS_CACHE_DIR`` or the user's cache folder."""
    override = os.environ.get("HOMSFACTS_CACHE_DIR")
    if override:
        return Path(override).absolute()
    import platformdirs

    return Path(platformdirs.user_cache_dir("homsfacts", appauthor=False))


def read_bytes(path: Path) -> bytes:
    """The raw bytes of a base, or a FactBaseError that says plainly what is wrong."""
    return _read(path)[0]


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def _require_nul_free(path: Path) -> None:
    # No file name holds a NUL, and the os functions raise ValueError, not OSError, for one.
    if "\0" in str(path):
        raise FactBaseError(f"{str(path)!r}: a file name cannot contain a NUL character")


def _read(path: Path) -> tuple[bytes, os.stat_result]:
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


def _parsed(text: str, name: str, progress: Progress | None) -> dict[str, Any]:
    if progress:
        progress(f"reading {name} ({len(text) / 2**20:,.1f} MiB)")
    return parse(text, name)


class _Checks:
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


def _text_again(path: Path, key: str) -> Callable[[], str]:
    """The text of a base read again, for the lines of its problems, once the text read
    first has been let go; empty (no lines) if the file has changed since."""

    def read() -> str:
        try:
            data = read_bytes(path)
        except FactBaseError:
            return ""
        return decode(data, str(path)) if _cache_key(data) == key else ""

    return read


def check_file(path: Path | str) -> list[Finding]:
    """Every problem in a base file; an empty list means it is valid. Never raises for a
    bad base: the problems come back as findings."""
    path = Path(path)
    try:
        _require_nul_free(path)
        text = decode(read_bytes(path), str(path))
        return _Checks(_parsed(text, str(path), None), text, str(path), None).findings()
    except FactBaseError as error:
        return error.findings or [Finding(file=str(path), message=_without_name(error, path),
                                          code="unreadable")]


def _without_name(error: FactBaseError, path: Path) -> str:
    return error.message.removeprefix(f"{path}: ")


def _cache_key(data: bytes) -> str:
    import hashlib  # loading OpenSSL costs 2 ms, which an unchanged file never pays

    digest = hashlib.sha256(data)
    digest.update(f"\0{VERSIONS}".encode())
    return digest.hexdigest()


def _path_tag(path: Path) -> str:
    # Names the cache entry of one file. Two paths that share a tag only evict each other's
    # entries: every hit is still checked against the key or the file's own signature.
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL: reading will say
        resolved = str(path.absolute())
    return f"{zlib.crc32(os.fsencode(resolved.replace(chr(0), ''))):08x}"


def _signature(status: os.stat_result) -> str:
    return (f"{status.st_dev}:{status.st_ino}:{status.st_size}:"
            f"{status.st_mtime_ns}:{status.st_ctime_ns}")


def _settled_signature(status: os.stat_result, read_at_ns: int) -> str:
    """The signature to record for a file read at ``read_at_ns``, or "" if it changed too
    recently for its signature to prove that it is unchanged later."""
    if max(status.st_mtime_ns, status.st_ctime_ns) < read_at_ns - SETTLE_NS:
        return _signature(status)
    return ""


def _open_unchanged(folder: Path, tag: str, path: Path, name: str) -> FactBase | None:
    """The cached index of ``path`` if the file's signature shows it has not changed."""
    try:
        signature = _signature(path.stat())
    except OSError:
        return None  # reading the file will report what is wrong with it
    for file in folder.glob(f"{tag}-*.sqlite"):
        base = _open_cached(file, {"versions": VERSIONS}, path, base_signature=signature)
        if base is not None:
            return base
    return None


def _open_cached(file: Path, expected: dict[str, str], path: Path, *, cached: bool = True,
                 base_signature: str | None = None) -> FactBase | None:
    """The index in ``file`` if it is ours, unaltered since it was sealed, complete, and its
    metadata has the ``expected`` values (the key of these exact bytes) or its seal the
    ``base_signature`` of this unchanged file; else None. Should a row turn out damaged
    later all the same, the base is rebuilt from ``path``."""
    if not _private(file, folder=False):
        return None
    seal = _check_seal(file)
    if seal is None or (base_signature is not None and seal.get("stat") != base_signature):
        return None
    try:
        connection = sqlite3.connect(f"{file.as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        meta = {}
    if meta.get("complete") != "1" or any(meta.get(field) != value
                                          for field, value in expected.items()):
        connection.close()
        return None
    return FactBase(connection, str(path), cached=cached, rebuild=_rebuilder(path, file))


# -- the seal: a cache file is used only as it was written -------------------------------------
#
# Beside each cache file, ``NAME.seal`` records the file's stat signature and CRC-32 when it was
# written. Any write to the file changes its modification and change times (which no one can
# set back), so a file whose signature still matches is unaltered and is not even read; one
# whose signature moved is read and checked against the CRC, and dropped if it differs. The
# seal also holds the signature of the base file itself, for the unchanged-file fast path.


def _seal_path(file: Path) -> Path:
    return file.with_name(file.name + ".seal")


def _crc_of(file: Path) -> int:
    crc = 0
    with file.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _write_seal(file: Path, seal: dict[str, Any]) -> None:
    import json

    target = _seal_path(file)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(seal, handle)
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)


def _seal(file: Path, base_signature: str) -> None:
    _write_seal(file, {"cache": _signature(file.stat()), "crc": _crc_of(file),
                       "stat": base_signature})


def _check_seal(file: Path) -> dict[str, Any] | None:
    """The seal of an unaltered cache file; None (and the file dropped) otherwise."""
    import json

    seal_file = _seal_path(file)
    try:
        if not _private(seal_file, folder=False):
            raise ValueError("not ours")
        seal: dict[str, Any] = json.loads(seal_file.read_text(encoding="utf-8"))
        now = _signature(file.stat())
        if seal["cache"] != now:
            if _crc_of(file) != seal["crc"]:
                raise ValueError("altered")
            seal["cache"] = now  # copied or touched, but the same bytes
            _write_seal(file, seal)
        return seal
    except (OSError, ValueError, KeyError, TypeError):
        _drop(file)
        return None


def _drop(file: Path) -> None:
    file.unlink(missing_ok=True)
    _seal_path(file).unlink(missing_ok=True)


def _rebuilder(path: Path, damaged: Path) -> Callable[[], sqlite3.Connection]:
    """Drop a damaged cache entry and index the file again, in memory, for this run."""

    def rebuild() -> sqlite3.Connection:
        _drop(damaged)
        data = read_bytes(path)
        key = _cache_key(data)
        text = decode(data, str(path))
        del data
        return _memory_index(_validated(text, str(path), None), _meta(key, path))

    return rebuild


def _private(path: Path, *, folder: bool) -> bool:
    """Whether a cache file or folder is one we can trust: ours, of the right kind, and
    writable by no one else (as ssh treats its keys, and git ``safe.directory``)."""
    try:
        status = os.lstat(path)
    except (OSError, ValueError):
        return False
    kind_ok = stat.S_ISDIR(status.st_mode) if folder else stat.S_ISREG(status.st_mode)
    owner_ok = not hasattr(os, "geteuid") or status.st_uid == os.geteuid()
    return kind_ok and owner_ok and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _cache_folder() -> Path | None:
    """The cache folder, created private (0700) if missing; None if it cannot be trusted."""
    folder = cache_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, ValueError):
        return None
    return folder if _private(folder, folder=True) else None


def _record_signature(file: Path, signature: str) -> None:
    """Let later runs recognise the file unchanged without hashing it: it has settled since
    the entry was built, or it was touched without being changed."""
    seal = _check_seal(file)
    if seal is not None and seal.get("stat") != signature:
        _write_seal(file, {**seal, "stat": signature})


def _validated(text: str, name: str, progress: Progress | None) -> dict[str, Any]:
    document = _parsed(text, name, progress)
    _Checks(document, text, name, progress)()
    return document


STALE_TEMPORARY_S = 600
"""A half-built cache file this old was left by a run that died: swept by the next build."""


def _write_cache(folder: Path, tag: str, meta: dict[str, str], signature: str,
                 fill: Callable[[str, dict[str, str]], None]) -> Path | None:
    """Build the index into a temporary file with ``fill`` (which checks the base and
    raises if it is invalid), and rename the file into place; None if the cache folder
    cannot be used (the base may not have been checked then). The temporary file goes on
    every exit path, Ctrl-C and an invalid base included."""
    import tempfile  # only a cache miss writes

    _sweep_temporaries(folder)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{tag}-", suffix=".tmp")
        os.close(handle)
    except OSError:
        return None
    final = folder / f"{tag}-{meta['key'][:32]}.sqlite"
    try:
        fill(temporary, {**meta, "complete": "1"})
        os.replace(temporary, final)
        _seal(final, signature)
    except (OSError, sqlite3.Error):
        return None
    finally:
        Path(temporary).unlink(missing_ok=True)  # gone already when it was renamed
    for stale in folder.glob(f"{tag}-*.sqlite"):
        if stale != final:
            _drop(stale)
    return final


def _build_in_parts(text: str, name: str, meta: dict[str, str], progress: Progress | None,
                    writer_for: Callable[[dict[str, int]], AbstractContextManager[RecordWriter]]
                    ) -> None:
    """Check and index a base a part at a time, never holding its parsed whole (issue 14),
    with the writer that ``writer_for`` gives for the records each table has. Raises
    NotInParts or Invalid when it cannot: the base is then read whole, which also reports
    every problem of an invalid one."""
    from homsfacts.base.parts import in_parts
    from homsfacts.base.validate import RecordStream
    from homsfacts.base.writer import cyclic_gc_paused

    layout = in_parts(text)
    stream = RecordStream(name)
    with cyclic_gc_paused(), writer_for(layout.counts) as writer:
        total, done = sum(layout.counts.values()), 0
        for part in itertools.chain([{key: value for key, value in layout.head.items()
                                      if type(value) is list}], layout.parts):
            for table, records in part.items():
                stream.feed(table, records)
                writer.add(table, records)
                done += len(records)
            if progress:
                progress(f"checked {done:,} of {total:,} records")
        stream.finish(layout.head)
        writer.finish(meta, progress)


def _cache_in_parts(folder: Path, tag: str, meta: dict[str, str], signature: str,
                    text: str, name: str, progress: Progress | None) -> Path | None:
    """Write the cache of a base read in parts (see ``_write_cache``): with a helper process
    if that pays, and once more without one if the helper failed, so that a helper that
    cannot run never keeps a base from its cache."""
    from homsfacts.base.helper import HelperFailed, file_writer

    failed: list[HelperFailed] = []

    def fill(file: str, full: dict[str, str], *, helper: bool) -> None:
        try:
            _build_in_parts(text, name, full, progress,
                            lambda counts: file_writer(file, counts, helper=helper))
        except HelperFailed as error:
            failed.append(error)
            raise

    written = _write_cache(folder, tag, meta, signature,
                           functools.partial(fill, helper=True))
    if written is None and failed:
        written = _write_cache(folder, tag, meta, signature,
                               functools.partial(fill, helper=False))
    return written


def _memory_in_parts(text: str, name: str, meta: dict[str, str],
                     progress: Progress | None) -> sqlite3.Connection | None:
    """The index of a base that is not cached, built in memory a part at a time; None if
    the base must be read whole."""
    from homsfacts.base.parts import NotInParts
    from homsfacts.base.validate import Invalid
    from homsfacts.base.writer import Writer

    connection = _memory_connection()
    try:
        _build_in_parts(text, name, {**meta, "complete": "1"}, progress,
                        lambda counts: contextlib.nullcontext(Writer(connection, counts)))
    except (NotInParts, Invalid):
        connection.close()
        return None
    return connection


def _sweep_temporaries(folder: Path) -> None:
    cutoff = time.time() - STALE_TEMPORARY_S
    for leftover in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def load(path: Path | str | None = None, *, use_cache: bool = True,
         progress: Progress | None = None) -> FactBase:
    """Open and validate a fact base (the packaged one when ``path`` is None).

    Raises FactBaseError, listing every problem found, when the file is missing, unreadable
    or invalid. The file itself is only ever read.
    """
    path = Path(path) if path is not None else default_path()
    name = str(path)
    _require_nul_free(path)
    # A pipe or a device (`--data /dev/stdin`, `<(...)`) is read afresh each time: caching
    # it would only pile up entries that no later run can match.
    regular = _regular(path)
    folder = _cache_folder() if use_cache and regular else None
    tag = _path_tag(path)
    if folder is not None:
        unchanged = _open_unchanged(folder, tag, path, name)
        if unchanged is not None:
            return unchanged
    read_at_ns = time.time_ns()
    data, status = _read(path)
    key = _cache_key(data)
    signature = _settled_signature(status, read_at_ns)
    if folder is not None:
        file = folder / f"{tag}-{key[:32]}.sqlite"
        cached = _open_cached(file, {"key": key}, path)
        if cached is not None:
            if signature:
                _record_signature(file, signature)
            return cached
    text = decode(data, name)
    del data  # freed before parsing: a large base is not held twice at the parser's peak
    meta = _meta(key, path)
    readable_in_parts = True
    if folder is not None:
        from homsfacts.base.parts import NotInParts
        from homsfacts.base.validate import Invalid

        try:
            written = _cache_in_parts(folder, tag, meta, signature, text, name, progress)
        except (NotInParts, Invalid):
            # Read whole below, which says what is wrong if anything is.
            written, readable_in_parts = None, False
        fresh = _open_written(written, key, path)
        if fresh is not None:
            return fresh
    if readable_in_parts:  # no cache, or none could be written
        connection = _memory_in_parts(text, name, meta, progress)
        if connection is not None:
            return FactBase(connection, name)
    document = _parsed(text, name, progress)
    if len(text) >= LARGE_TEXT and regular:  # a pipe cannot be read again
        checks = _Checks(document, _text_again(path, key), name, progress)
        del text
        _give_back_freed_memory()
    else:
        checks = _Checks(document, text, name, progress)
    if folder is not None:
        from homsfacts.base.writer import build_file

        written = _write_cache(folder, tag, meta, signature, lambda file, full: build_file(
            file, document, full, progress, checks))
        fresh = _open_written(written, key, path)
        if fresh is not None:
            return fresh
    checks()
    return FactBase(_memory_index(document, meta, progress), name)


def _open_written(written: Path | None, key: str, path: Path) -> FactBase | None:
    """The cache entry this run has just written, if it wrote one and it opens."""
    if written is None:
        return None
    return _open_cached(written, {"key": key}, path, cached=False)


LARGE_TEXT = 4 * 2**20
"""A base file this large (in characters) gives its text back before it is checked and
indexed: below it, the text is too small to matter and importing ctypes would cost more than
it saves."""


def _give_back_freed_memory() -> None:
    """Return the freed text of a large base to the system before the index is built.

    The text is one large block that glibc keeps for reuse after it is freed, while the
    build's many small objects come from elsewhere; so without this the build's memory is
    added on top of the parser's peak instead of filling the space the text left (at 100,000
    records: 19 MB of a 171 MB parse). Elsewhere than glibc there is nothing to do."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):  # musl has no malloc_trim
        ctypes.CDLL(None).malloc_trim(0)


def _meta(key: str, path: Path) -> dict[str, str]:
    """What a cache entry records of the base it indexes."""
    return {"key": key, "source": str(path), "versions": VERSIONS}


def _memory_index(document: dict[str, Any], meta: dict[str, str],
                  progress: Progress | None = None) -> sqlite3.Connection:
    """The index of a validated base, built in memory: for a base that is not cached, or
    whose cache turned out damaged."""
    from homsfacts.base.writer import build

    connection = _memory_connection()
    build(connection, document, {**meta, "complete": "1"}, progress)
    return connection


def _memory_connection() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    # Its staging tables and sorts stay in memory too: this is the path taken when the disk
    # cannot be written, so it must not need the disk.
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection
