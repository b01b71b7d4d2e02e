"""Exit codes and the exceptions the core raises.

This module is the one source of truth for exit codes: the CLI maps each exception to
``error.exit_status`` in one place, and the README's table is checked against ``ExitStatus``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class ExitStatus(IntEnum):
    """Every exit code homsfacts uses."""

    OK = 0
    """The question was answered (or the base is valid)."""
    NOT_FOUND = 1
    """Nothing matched, or a name matched several records; suggestions go to stderr. For
    ``conflicts`` and ``diff``, as for ``diff(1)``: something was found."""
    USAGE = 2
    """The command line was wrong: an unknown option, an empty query, an impossible date."""
    BAD_BASE = 3
    """The fact base is missing, unreadable or invalid."""
    OUTPUT = 4
    """The answer could not be written: stdout failed (a full disk, a closed stream), or an
    export's path exists (pass --force), is not a regular file, or refuses it."""
    INTERRUPTED = 130
    """Interrupted with Ctrl-C."""
    BROKEN_PIPE = 141
    """The reader of stdout went away early (for example ``| head -1``); nothing is printed."""


class Finding(NamedTuple):
    """One problem in a fact base, located as precisely as the file allows."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    record: str | None = None
    """Where the record sits, with its id when it has one: ``events[12] 'siege-begins'``."""
    field: str | None = None
    """The offending field inside the record, such as ``sources[0].paragraphs``."""
    code: str = "invalid"
    """A short, stable name for the kind of problem (``toml``, ``duplicate-id``...)."""
    severity: str = "error"
    """``error`` makes the base invalid; a ``warning`` (sources that disagree with nothing
    ranked) is reported and the base is still used."""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        parts = [place]
        if self.record:
            parts.append(self.record)
        if self.field:
            parts.append(self.field)
        parts.append(self.message if self.is_error else f"warning: {self.message}")
        return ": ".join(parts)

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "record": self.record,
            "field": self.field,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


class HomsfactsError(Exception):
    """Base class for every error homsfacts reports to a user."""

    exit_status = ExitStatus.USAGE

    def __init__(self, message: str, *, hints: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hints: list[str] = hints or []


class QueryError(HomsfactsError):
    """The question itself is malformed: an empty name, a date such as ``2012-13``."""

    exit_status = ExitStatus.USAGE


class Suggestion(NamedTuple):
    id: str
    label: str


class NotFoundError(HomsfactsError):
    """Nothing matched the question, or it matched more than one record."""

    exit_status = ExitStatus.NOT_FOUND

    def __init__(
        self,
        message: str,
        *,
        suggestions: list[Suggestion] | None = None,
        ambiguous: bool = False,
        wrong_kind: str | None = None,
        hints: list[str] | None = None,
    ) -> None:
        super().__init__(message, hints=hints)
        self.suggestions = suggestions or []
        self.ambiguous = ambiguous
        self.wrong_kind = wrong_kind
        """Set when the name does match a record, but of this other kind (a city for ``who``)."""


class FoundError(HomsfactsError):
    """``conflicts`` or ``diff`` found what it looks for: the answer is on stdout, and the
    exit status says so to a script (as ``diff`` exits 1 when files differ)."""

    exit_status = ExitStatus.NOT_FOUND


class FactBaseError(HomsfactsError):
    """The fact base cannot be used: missing, unreadable, or invalid.

    ``findings`` lists every problem found, each with its file, line, record and field.
    """

    exit_status = ExitStatus.BAD_BASE

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings: list[Finding] = findings or []


class OutputError(HomsfactsError):
    """An export cannot be written where it was asked to go."""

    exit_status = ExitStatus.OUTPUT
