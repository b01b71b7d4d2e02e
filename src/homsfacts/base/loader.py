"""Open a fact base: from the cache (:mod:`homsfacts.base.cache`) when it holds the file's
index, else read (:mod:`homsfacts.base.reading`), checked and indexed, a part at a time where
that provably gives what reading it whole gives (:mod:`homsfacts.base.parts`), so that its
parsed whole is never held; a large one is indexed by a helper process meanwhile
(:func:`homsfacts.base.helper.file_writer`). A base that cannot be read in parts, or is
invalid, is read whole, which reports every problem.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from homsfacts.base.cache import (
    cache_folder,
    cache_key,
    entry_meta,
    open_cached,
    open_unchanged,
    open_written,
    path_tag,
    record_signature,
    settled_signature,
    write_cache,
)
from homsfacts.base.reading import (
    Checks,
    Progress,
    decode,
    default_path,
    is_regular,
    memory_connection,
    memory_index,
    parse_whole,
    read_bytes,
    read_with_status,
    require_nul_free,
)
from homsfacts.base.store import FactBase
from homsfacts.errors import FactBaseError

if TYPE_CHECKING:
    from homsfacts.base.writer import RecordWriter


def _text_again(path: Path, key: str) -> Callable[[], str]:
    """The text of a base read again, for the lines of its problems, once the text read
    first has been let go; empty (no lines) if the file has changed since."""

    def read() -> str:
        try:
            data = read_bytes(path)
        except FactBaseError:
            return ""
        return decode(data, str(path)) if cache_key(data) == key else ""

    return read


def _build_in_parts(text: str, name: str, meta: dict[str, str], progress: Progress | None,
                    writer_for: Callable[[dict[str, int]], AbstractContextManager[RecordWriter]]
                    ) -> None:
    """Check and index a base a part at a time, never holding its parsed whole (issue 14),
    with the writer that ``writer_for`` gives for the records each table has. Raises
    NotInParts or Invalid when it cannot: the base is then read whole, which also reports
    every problem of an invalid one."""
    from homsfacts.base.parts import in_parts
    from homsfacts.base.stream import RecordStream
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
    """Write the cache of a base read in parts (see ``write_cache``): with a helper process
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

    written = write_cache(folder, tag, meta, signature,
                           functools.partial(fill, helper=True))
    if written is None and failed:
        written = write_cache(folder, tag, meta, signature,
                               functools.partial(fill, helper=False))
    return written


def _memory_in_parts(text: str, name: str, meta: dict[str, str],
                     progress: Progress | None) -> sqlite3.Connection | None:
    """The index of a base that is not cached, built in memory a part at a time; None if
    the base must be read whole."""
    from homsfacts.base.parts import NotInParts
    from homsfacts.base.stream import Invalid
    from homsfacts.base.writer import Writer

    connection = memory_connection()
    try:
        _build_in_parts(text, name, {**meta, "complete": "1"}, progress,
                        lambda counts: contextlib.nullcontext(Writer(connection, counts)))
    except (NotInParts, Invalid):
        connection.close()
        return None
    return connection


def load(path: Path | str | None = None, *, use_cache: bool = True,
         progress: Progress | None = None) -> FactBase:
    """Open and validate a fact base (the packaged one when ``path`` is None).

    Raises FactBaseError, listing every problem found, when the file is missing, unreadable
    or invalid. The file itself is only ever read.
    """
    path = Path(path) if path is not None else default_path()
    name = str(path)
    require_nul_free(path)
    # A pipe or a device (`--data /dev/stdin`, `<(...)`) is read afresh each time: caching
    # it would only pile up entries that no later run can match.
    regular = is_regular(path)
    folder = cache_folder() if use_cache and regular else None
    tag = path_tag(path)
    if folder is not None:
        unchanged = open_unchanged(folder, tag, path, name)
        if unchanged is not None:
            return unchanged
    read_at_ns = time.time_ns()
    data, status = read_with_status(path)
    key = cache_key(data)
    signature = settled_signature(status, read_at_ns)
    if folder is not None:
        file = folder / f"{tag}-{key[:32]}.sqlite"
        cached = open_cached(file, {"key": key}, path)
        if cached is not None:
            if signature:
                record_signature(file, signature)
            return cached
    text = decode(data, name)
    del data  # freed before parsing: a large base is not held twice at the parser's peak
    meta = entry_meta(key, path)
    readable_in_parts = True
    if folder is not None:
        from homsfacts.base.parts import NotInParts
        from homsfacts.base.stream import Invalid

        try:
            written = _cache_in_parts(folder, tag, meta, signature, text, name, progress)
        except (NotInParts, Invalid):
            # Read whole below, which says what is wrong if anything is.
            written, readable_in_parts = None, False
        fresh = open_written(written, key, path)
        if fresh is not None:
            return fresh
    if readable_in_parts:  # no cache, or none could be written
        connection = _memory_in_parts(text, name, meta, progress)
        if connection is not None:
            return FactBase(connection, name)
    document = parse_whole(text, name, progress)
    if len(text) >= LARGE_TEXT and regular:  # a pipe cannot be read again
        checks = Checks(document, _text_again(path, key), name, progress)
        del text
        _give_back_freed_memory()
    else:
        checks = Checks(document, text, name, progress)
    if folder is not None:
        from homsfacts.base.writer import build_file

        written = write_cache(folder, tag, meta, signature, lambda file, full: build_file(
            file, document, full, progress, checks))
        fresh = open_written(written, key, path)
        if fresh is not None:
            return fresh
    checks()
    return FactBase(memory_index(document, meta, progress), name)


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
