"""The cache of validated indexes: where it lives, how an entry is keyed, sealed, found
again and written, and which files in it are homsfacts' own.

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
import os
import re
import sqlite3
import stat
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from homsfacts import __version__
from homsfacts.base.layout import FORMAT_VERSION
from homsfacts.base.reading import decode, memory_index, read_bytes, validated
from homsfacts.base.store import FactBase
from homsfacts.vocabulary import SCHEMA_VERSION

SETTLE_NS = 2_000_000_000
"""How long a file must have been unchanged before it was read for its stat signature to be
trusted: longer than the coarsest timestamp tick of common filesystems (FAT's 2 s)."""


VERSIONS = f"schema={SCHEMA_VERSION};format={FORMAT_VERSION};v={__version__}"
"""Everything besides the file's bytes that decides what a cached index contains."""


def cache_dir() -> Path:
    """Where validated bases are kept: ``$HOMSFACTS_CACHE_DIR`` or the user's cache folder."""
    override = os.environ.get("HOMSFACTS_CACHE_DIR")
    if override:
        return Path(override).absolute()
    import platformdirs

    return Path(platformdirs.user_cache_dir("homsfacts", appauthor=False))


def cache_key(data: bytes) -> str:
    import hashlib  # loading OpenSSL costs 2 ms, which an unchanged file never pays

    digest = hashlib.sha256(data)
    digest.update(f"\0{VERSIONS}".encode())
    return digest.hexdigest()


def path_tag(path: Path) -> str:
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


def settled_signature(status: os.stat_result, read_at_ns: int) -> str:
    """The signature to record for a file read at ``read_at_ns``, or "" if it changed too
    recently for its signature to prove that it is unchanged later."""
    if max(status.st_mtime_ns, status.st_ctime_ns) < read_at_ns - SETTLE_NS:
        return _signature(status)
    return ""


def open_unchanged(folder: Path, tag: str, path: Path, name: str) -> FactBase | None:
    """The cached index of ``path`` if the file's signature shows it has not changed."""
    try:
        signature = _signature(path.stat())
    except OSError:
        return None  # reading the file will report what is wrong with it
    for file in _entries(folder, tag):
        base = open_cached(file, {"versions": VERSIONS}, path, base_signature=signature)
        if base is not None:
            return base
    return None


def open_cached(file: Path, expected: dict[str, str], path: Path, *, cached: bool = True,
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


def _seal_path(file: Path) -> Path:
    return file.with_name(file.name + ".seal")


def _crc_of(file: Path) -> int:
    crc = 0
    with file.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


TEMPORARY_PREFIX = ".homsfacts-"
"""Every temporary file homsfacts makes in the cache folder starts with this, then the tag of
the base and a random part (``tempfile.mkstemp``): nobody else's file has such a name, so
sweeping leftovers can never delete one (issue 24, defect 6)."""

_OWN_TEMPORARY = re.compile(r"\.homsfacts-[0-9a-f]{8}-[a-z0-9_]{8}\.tmp")
_OWN_ENTRY = re.compile(r"[0-9a-f]{8}-[0-9a-f]{32}\.sqlite")


def _entries(folder: Path, tag: str) -> list[Path]:
    """The cache entries of the file with this tag: named as homsfacts names them (the tag,
    then 32 hexadecimal digits of the key), and nothing else the folder holds."""
    return [file for file in folder.glob(f"{tag}-*.sqlite") if _OWN_ENTRY.fullmatch(file.name)]


def _temporary(folder: Path, tag: str) -> Path:
    """A new, empty, private file in ``folder`` that only homsfacts names so."""
    import tempfile

    handle, name = tempfile.mkstemp(dir=folder, prefix=f"{TEMPORARY_PREFIX}{tag}-",
                                    suffix=".tmp")
    os.close(handle)
    return Path(name)


def _write_seal(file: Path, seal: dict[str, Any]) -> None:
    import json

    target = _seal_path(file)
    try:
        temporary = _temporary(file.parent, file.name[:8])
    except OSError:
        return
    try:
        with temporary.open("w", encoding="utf-8") as handle:
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
        key = cache_key(data)
        text = decode(data, str(path))
        del data
        return memory_index(validated(text, str(path), None), entry_meta(key, path))

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


def cache_folder() -> Path | None:
    """The cache folder, created private (0700) if missing; None if it cannot be trusted."""
    folder = cache_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, ValueError):
        return None
    return folder if _private(folder, folder=True) else None


def record_signature(file: Path, signature: str) -> None:
    """Let later runs recognise the file unchanged without hashing it: it has settled since
    the entry was built, or it was touched without being changed."""
    seal = _check_seal(file)
    if seal is not None and seal.get("stat") != signature:
        _write_seal(file, {**seal, "stat": signature})


STALE_TEMPORARY_S = 600
"""A half-built cache file this old was left by a run that died: swept by the next build."""


def write_cache(folder: Path, tag: str, meta: dict[str, str], signature: str,
                 fill: Callable[[str, dict[str, str]], None]) -> Path | None:
    """Build the index into a temporary file with ``fill`` (which checks the base and
    raises if it is invalid), and rename the file into place; None if the cache folder
    cannot be used (the base may not have been checked then). The temporary file goes on
    every exit path, Ctrl-C and an invalid base included."""
    _sweep_temporaries(folder)
    try:
        temporary = str(_temporary(folder, tag))
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
    for stale in _entries(folder, tag):
        if stale != final:
            _drop(stale)
    return final


def _sweep_temporaries(folder: Path) -> None:
    """Delete what a build that died left behind: only files named as homsfacts names its
    temporaries, and only when they are old."""
    cutoff = time.time() - STALE_TEMPORARY_S
    for leftover in folder.glob(f"{TEMPORARY_PREFIX}*.tmp"):
        if not _OWN_TEMPORARY.fullmatch(leftover.name):
            continue
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def open_written(written: Path | None, key: str, path: Path) -> FactBase | None:
    """The cache entry this run has just written, if it wrote one and it opens."""
    if written is None:
        return None
    return open_cached(written, {"key": key}, path, cached=False)


def entry_meta(key: str, path: Path) -> dict[str, str]:
    """What a cache entry records of the base it indexes."""
    return {"key": key, "source": str(path), "versions": VERSIONS}
