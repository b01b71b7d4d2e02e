"""What a command hands to output: an :class:`Answer` (what kind of thing it found, and the
records in their public form), and the :class:`Format` to write it in, chosen in one place,
:func:`choose_format`. Commands never branch on the format."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, NamedTuple

from homsfacts.vocabulary import RECORD_TYPES

if TYPE_CHECKING:  # a command that fails early never needs the views
    from homsfacts.base.views import Record


class Format(str, enum.Enum):
    """Every way an answer can be written. Each command accepts some of them (a
    :class:`Formats`); :data:`RENDERERS` has one renderer for each."""

    table = "table"
    plain = "plain"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    chart = "chart"
    findings = "findings"
    markdown = "markdown"
    sqlite = "sqlite"
    claimreview = "claimreview"

    # What a batch (``who -``, ``show -``, ``check -``) needs of a format is said here, with
    # the format, so that the batch engine never names one.

    @property
    def one_document(self) -> bool:
        """A batch is one document in this format: CSV has one header for every line."""
        return self is Format.csv

    @property
    def for_reading(self) -> bool:
        """Answers in this format are read by a person, a blank line apart in a batch."""
        return self in (Format.plain, Format.table)

    @property
    def file_per_type(self) -> bool:
        """An export in this format holds one record type a file, so the whole base is a
        folder of files: CSV."""
        return self is Format.csv

    def per_line(self) -> Format:
        """The format for one answer a line: JSON becomes NDJSON."""
        return Format.ndjson if self is Format.json else self


class Formats(NamedTuple):
    """The formats one command accepts, and its defaults on a terminal and in a pipe."""

    accepted: tuple[Format, ...]
    terminal: Format
    pipe: Format

    def names(self) -> str:
        return ", ".join(fmt.value for fmt in self.accepted)


QUERY_FORMATS = Formats((Format.table, Format.plain, Format.json, Format.ndjson, Format.csv),
                        terminal=Format.table, pipe=Format.plain)
TIMELINE_FORMATS = QUERY_FORMATS._replace(accepted=(*QUERY_FORMATS.accepted, Format.chart))
FIGURE_FORMATS = TIMELINE_FORMATS
"""``figure NAME --chart`` draws a series' values over time."""
VALIDATE_FORMATS = Formats((*QUERY_FORMATS.accepted, Format.findings), terminal=Format.table,
                           pipe=Format.findings)
CHECK_FORMATS = Formats((Format.table, Format.plain, Format.json, Format.ndjson,
                         Format.claimreview), terminal=Format.table, pipe=Format.plain)
DIFF_FORMATS = Formats((Format.table, Format.plain, Format.ndjson, Format.json, Format.csv),
                       terminal=Format.table, pipe=Format.ndjson)
EXPORT_FORMATS = Formats((Format.json, Format.ndjson, Format.csv, Format.markdown,
                          Format.sqlite), terminal=Format.json, pipe=Format.json)


class Answer(NamedTuple):
    """What a command found. ``kind`` names the shape: a list (``events``, ``figures``,
    ``search``, ``sources``, ``findings``), one thing (``entity``, ``place``, ``record``), a
    whole base to export (``export``, whose data is an :class:`Export`), or any JSON
    ``document``."""

    kind: str
    data: Any

    @property
    def is_list(self) -> bool:
        return isinstance(self.data, list)

    @property
    def items(self) -> list[Record]:
        """The records, as a list even for a single-record answer."""
        if isinstance(self.data, Export):
            return self.data.typed_records()
        return self.data if self.is_list else [self.data]


class Export(NamedTuple):
    """A whole base, or some of its record types, in its file form (for ``export``)."""

    document: dict[str, Any]
    tables: tuple[str, ...]
    """The record types asked for, such as ``("events",)``; every type by default."""
    name: str
    """The base's file name, for the fact sheet's heading."""

    def as_json(self) -> Any:
        """The base itself (it converts back to TOML), or one type's array of records."""
        if len(self.tables) == len(RECORD_TYPES):
            return self.document
        if len(self.tables) == 1:
            return self.document[self.tables[0]]
        return {table: self.document[table] for table in self.tables}

    def typed_records(self) -> list[Record]:
        return [{"type": RECORD_TYPES[table], **record}
                for table in self.tables for record in self.document[table]]


def choose_format(requested: str | None, json_flag: bool, stdout_isatty: bool,
                  formats: Formats) -> Format:
    """``--json`` is ``--format json``; with neither, the command's default for a terminal
    or a pipe. Raises ValueError, with the formats the command accepts, for anything else."""
    if json_flag:
        if requested is not None and requested.lower() != Format.json.value:
            raise ValueError("--json and --format are exclusive; use one of them")
        requested = Format.json.value
    if requested is None:
        return formats.terminal if stdout_isatty else formats.pipe
    try:
        chosen = Format(requested.strip().lower())
    except ValueError:
        chosen = None
    if chosen not in formats.accepted:
        raise ValueError(f"{requested!r} is not a format of this command; use one of: "
                         f"{formats.names()}")
    return chosen
