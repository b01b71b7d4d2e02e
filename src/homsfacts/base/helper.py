"""A second process that indexes a large base while this one is still reading and checking
it (issue 14): the records go to it over a pipe, and it writes them with the same
:class:`~homsfacts.base.writer.Writer`. Only a cache miss imports this module.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from homsfacts.base.writer import (
    RecordWriter,
    Writer,
    cyclic_gc_paused,
    open_for_writing,
    stored_form,
)
from homsfacts.vocabulary import RECORD_TYPES

if TYPE_CHECKING:
    import subprocess

PARALLEL_RECORDS = 20_000
"""From this many records up, a cache file is indexed and written by a helper process, fed
the records as they are read and checked, if the process may run on a second core: the
build then runs there. Below it, starting that process costs more than it saves; and on one
core it only adds the cost of sending the records (at 100,000 records the two processes
together run 9% more instructions than one, measured with ``perf stat``)."""


def cores() -> int:
    """How many cores this process may run on."""
    import os

    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@contextlib.contextmanager
def file_writer(path: str, counts: dict[str, int], *,
                helper: bool = True) -> Iterator[RecordWriter]:
    """A writer of a new cache file at ``path``: a helper process for a large base on more
    than one core, this one otherwise. Raises OSError or sqlite3.Error when the file cannot
    be written, the helper's failure included; the helper is stopped on every exit path."""
    parallel = helper and sum(counts.values()) >= PARALLEL_RECORDS and cores() > 1
    started = Helper.start(path, counts) if parallel else None
    if started is not None:
        try:
            yield started
        finally:
            started.stop()
        return
    connection = open_for_writing(path)
    try:
        yield Writer(connection, counts)
    finally:
        connection.close()


HELPER_CODE = ("import sys; sys.path.insert(0, sys.argv[2]); "
                "from homsfacts.base.helper import serve; serve()")
"""The helper's program. It runs isolated (``-I``: no working directory or script folder on
the import path, no ``PYTHON*`` variables, no user site-packages), so a ``homsfacts/``
folder planted in the working directory is never imported; the folder that holds this very
homsfacts (``argv[2]``) comes first, so a source checkout imports itself too. It runs in the
root folder, so even a Python that put its working directory on the path would find nothing
planted there."""

BEHIND = 0
"""How many messages may wait for the helper before this process takes on part of its work
(``Helper.add``). The pipe holds less than one message, so any message waiting means the
helper has not taken the last one yet."""


class HelperFailed(sqlite3.OperationalError):
    """The helper process stopped before the cache file was complete."""


class Helper:
    """A Writer in a second process (``serve``), sent the records over a pipe (``framed``).
    Its failure, however it fails, is a write error here: the caller builds in this process
    instead. It never prints: its stderr goes nowhere.

    A thread of this process feeds the pipe, so reading and checking never wait for the
    helper to take the records: when it falls behind, they wait in memory, serialised (about
    the size of the text they came from, at 100,000 records 17 MB for 18 MB; about twice
    that with what they store)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        import queue
        import threading

        self.process = process
        self.outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.failed = False
        self.feeder = threading.Thread(target=self._feed, name="homsfacts-feed", daemon=True)
        self.feeder.start()

    @classmethod
    def start(cls, path: str, counts: dict[str, int]) -> Helper | None:
        import os
        import subprocess
        from pathlib import Path

        if not sys.executable:
            return None
        root = str(Path(__file__).resolve().parents[2])
        try:
            process = subprocess.Popen(
                [sys.executable, "-I", "-c", HELPER_CODE, os.path.abspath(path), root],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                cwd=os.path.abspath(os.sep))
        except OSError:
            return None
        helper = cls(process)
        helper._send(counts)
        return helper

    def _feed(self) -> None:
        assert self.process.stdin is not None
        with contextlib.suppress(OSError, ValueError):  # the helper stopped: `finish` says so
            while (data := self.outbox.get()) is not None:
                self.process.stdin.write(data)
            self.process.stdin.close()
            return
        self.failed = True

    def _send(self, message: object) -> None:
        if self.failed:  # no use reading on for a helper that has gone
            raise HelperFailed("the indexing process stopped")
        try:
            self.outbox.put(framed(message))
        except ValueError as error:  # a value marshal cannot send
            raise HelperFailed(f"the records cannot be sent ({error})") from None

    def add(self, table: str, records: list[dict[str, Any]]) -> None:
        if self.outbox.qsize() > BEHIND:
            # The helper is behind: this process, which would wait for it at the end, makes
            # what these records store (a sixth of the helper's instructions on them).
            kind = RECORD_TYPES[table]
            self._send((table, records, [stored_form(kind, record) for record in records]))
        else:
            self._send((table, records))

    def finish(self, meta: dict[str, str], progress: Callable[[str], None] | None = None
               ) -> None:
        """The last message: the helper indexes what it has left and commits; then wait
        for it."""
        self._send(meta)
        self.outbox.put(None)
        if progress:
            progress("indexing the last records")
        self.feeder.join()
        if self.process.wait() != 0 or self.failed:
            raise HelperFailed("the indexing process could not write the cache")

    def stop(self) -> None:
        """End the process if it is still running (after a failure, or Ctrl-C)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.outbox.put(None)  # the feeder, if it still waits for work, stops
        self.feeder.join()
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()


def framed(message: Any) -> bytes:
    """A message to the helper: its length, then the message in marshal's format. Both ends
    run the same Python, for which marshal is made; it writes and reads the plain values of
    a parsed base in fewer instructions than pickle (at 100,000 records, measured with
    ``perf stat``: 0.6 billion fewer to write, 0.3 billion fewer to read)."""
    import marshal

    data = marshal.dumps(message)
    return len(data).to_bytes(8, "little") + data


def unframed(stream: BinaryIO) -> Any:
    """The next message ``framed`` wrote to ``stream``; EOFError if it ends first."""
    import marshal

    head = stream.read(8)
    size = int.from_bytes(head, "little")
    data = stream.read(size)
    if len(head) < 8 or len(data) < size:
        raise EOFError("the message was cut short")
    return marshal.loads(data)


def serve() -> None:
    """The helper process: index the records read from stdin (the counts, then each table's
    records, then the metadata) into the file named on the command line."""
    try:
        with cyclic_gc_paused():
            connection = open_for_writing(sys.argv[1])
            writer = Writer(connection, unframed(sys.stdin.buffer))
            while True:
                message = unframed(sys.stdin.buffer)
                if isinstance(message, tuple):
                    writer.add(*message)
                    continue
                writer.finish(message)
                connection.close()
                return
    except BaseException:  # the parent learns it from the exit status
        sys.exit(1)
