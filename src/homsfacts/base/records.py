"""The records of an index, read back checked and in their public form, and the recovery
from a damaged cache. Every query module reads records through :class:`Records`."""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from homsfacts.base.layout import TABLE_NAMES, CacheDamaged, title, verified
from homsfacts.base.views import Record, view
from homsfacts.errors import FactBaseError, QueryError
from homsfacts.vocabulary import RECORD_TYPES, SCHEMA_VERSION

OF_TYPE = ("FROM types t JOIN records r ON r.position BETWEEN t.first AND t.last "
           "WHERE t.type = ? ORDER BY r.position")
"""The records of one type, in file order: a range of positions."""

VIEWS_REMEMBERED = 20_000
"""How many records a run keeps decoded: every record of a base of ordinary size, and a
bound on the memory a long listing of a very large base can take."""


class Records:
    """The stored records of one index. The index does not change under a run: a card, a
    batch of ``who -`` or a group reads the same records again and again, and each is
    decoded and checked once."""

    def __init__(self, connection: sqlite3.Connection, path: str, *, cached: bool,
                 rebuild: Callable[[], sqlite3.Connection] | None) -> None:
        self.db = connection
        self.path = path
        self.cached = cached
        self._rebuild = rebuild
        self._viewed: dict[str, Record] = {}
        self.forget: list[Callable[[], None]] = [self._viewed.clear]
        """What each query module remembers of this index, forgotten when it is rebuilt."""

    def recover(self) -> None:
        """Replace a damaged cached index by one built from the file, or fail plainly."""
        if self._rebuild is None:
            raise FactBaseError(f"{self.path}: the index of this base is damaged")
        rebuild, self._rebuild = self._rebuild, None
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.db = rebuild()
        for forget in self.forget:
            forget()
        self.cached = False

    def intact(self) -> bool:
        """Whether the index passes SQLite's own check and has every table of the layout."""
        try:
            checked = self.db.execute("PRAGMA quick_check").fetchall()
            names = {name for (name,) in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        except sqlite3.DatabaseError:
            return False
        return checked == [("ok",)] and names >= TABLE_NAMES

    def rows(self, sql: str, parameters: tuple[object, ...] = ()) -> Iterator[Record]:
        """Records in their public form from ``sql``, which selects ``id, type, body,
        checksum``; a body that fails its checksum is never shown."""
        # Callers add keys to what they get (``group``, ``within``), so each gets a copy.
        for record_id, kind, body, stored in self.db.execute(sql, parameters):
            known = self._viewed.get(record_id)
            if known is None:
                known = view(kind, verified(record_id, kind, body, stored))
                if len(self._viewed) < VIEWS_REMEMBERED:
                    self._viewed[record_id] = known
            yield dict(known)

    def get(self, record_id: str) -> Record | None:
        """The record with this exact id, or None."""
        return next(self.rows(
            "SELECT id, type, body, checksum FROM records WHERE id = ?", (record_id,)), None)

    def one(self, record_id: str) -> Record:
        """The record with an id the index itself gave."""
        record = self.get(record_id)
        assert record is not None, record_id
        return record

    def of_type(self, record_type: str) -> list[Record]:
        return list(self.rows(f"SELECT r.id, r.type, r.body, r.checksum {OF_TYPE}",
                              (record_type,)))

    def title_of(self, record_id: str, kind: str, body: bytes, stored: int) -> str:
        return title(kind, verified(record_id, kind, body, stored))

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def document(self) -> dict[str, Any]:
        """The whole base in its file form, as it would be written to TOML or JSON."""
        document: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for table, kind in RECORD_TYPES.items():
            rows = self.db.execute(f"SELECT r.id, r.body, r.checksum {OF_TYPE}", (kind,))
            document[table] = [verified(record_id, kind, body, stored)
                               for record_id, body, stored in rows]
        return document


F = TypeVar("F", bound=Callable[..., Any])


def recovering(method: F) -> F:
    """Answer from the file when the cached index turns out damaged: a row that fails its
    checksum, a malformed page, a missing table. A damaged cache never prints a fact. The
    method's object has ``records``."""

    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except CacheDamaged:
            pass
        except sqlite3.DatabaseError as error:
            # Only the index's own checks say it is damaged: an error of a sound index (a
            # limit SQLite sets on one query) must not cost the user their cache.
            if self.records.intact():
                raise QueryError(f"the query could not be answered: {error}") from None
        self.records.recover()
        return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]


SourceFilter = str | tuple[str, ...] | None
"""What ``--source`` keeps: one source's id, several, or (None) every source."""


def citing(records: list[Record], source: SourceFilter) -> list[Record]:
    """The records that cite ``source``, or any of several (all of them when it is None)."""
    if source is None:
        return records
    wanted = {source} if isinstance(source, str) else set(source)
    return [record for record in records
            if any(citation["source"] in wanted for citation in record.get("sources") or [])]


MAX_QUERY_LENGTH = 1_000
"""The longest name, id or search text a query may be, in characters: far more than any
name, and a bound on what one query asks of SQLite (one bound value a word)."""


def require_text(text: str, what: str, limit: int = MAX_QUERY_LENGTH) -> str:
    """The query, with any byte that was not UTF-8 (a name typed in another encoding, read
    back as a surrogate) shown as U+FFFD; a blank one, or one longer than ``limit``
    characters, is a QueryError."""
    if not text or not text.strip():
        raise QueryError(f"{what} is required and must not be blank")
    if len(text) > limit:
        raise QueryError(f"{what} is {len(text):,} characters long; the limit is {limit:,}")
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace(
        "\ufffd\ufffd\ufffd", "\ufffd")
