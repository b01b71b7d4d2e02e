"""``export --format csv``: one CSV file per record type, ready for a spreadsheet.

Each file has a header row of field names in schema order. A record's citations are text a
person reads (``afp-2024-12-06 ¶12; reuters-2014-05-07 ¶3, 4``) in ``sources``, and the same
citations in their structured form, as JSON, in ``sources_json``. An entity's statements get
a file of their own, ``statements.csv``, one row a statement with its entity's id and its
position, so their citations read the same way; ``entities.csv`` keeps them whole as JSON.

With ``--out DIR`` every file is written into the folder DIR (created if missing), each
through ``write_atomically`` (:mod:`homsfacts.output.export`), and none over an existing file
without ``--force``; on stdout there is room for one file, so ``--type`` chooses it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from homsfacts.base.views import cite_label
from homsfacts.errors import OutputError, QueryError
from homsfacts.output.formats import Export
from homsfacts.output.text import csv_cell, safe_text, to_json
from homsfacts.vocabulary import FIELD_ORDER, RECORD_TYPES

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment

STRUCTURED_CITATIONS = "sources_json"
"""The column beside ``sources`` that holds the citations as JSON:
``[{"source": "afp-2024-12-06", "paragraphs": [12]}]``."""

STATEMENT_KEYS = ("entity_id", "position")
"""The columns of ``statements.csv`` that say whose statement a row is, and which."""


def csv_files(document: dict[str, Any], tables: Iterable[str]) -> dict[str, str]:
    """File name to CSV text for each record type asked for (and ``statements.csv`` with
    ``entities``), in the order of the base."""
    files: dict[str, str] = {}
    for table in tables:
        files[f"{table}.csv"] = _csv(FIELD_ORDER[RECORD_TYPES[table]], document[table])
        if table == "entities":
            statements = [{"entity_id": entity["id"], "position": position, **statement}
                          for entity in document["entities"]
                          for position, statement in enumerate(entity["statements"], 1)]
            files["statements.csv"] = _csv((*STATEMENT_KEYS, *FIELD_ORDER["statement"]),
                                           statements)
    return files


def _csv(fields: Sequence[str], records: list[dict[str, Any]]) -> str:
    columns = list(fields)
    if "sources" in columns:
        columns.insert(columns.index("sources") + 1, STRUCTURED_CITATIONS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_cell(record, name) for name in columns] for record in records)
    return buffer.getvalue()


def _cell(record: dict[str, Any], name: str) -> str:
    if name == "sources":
        return safe_text(cite_label(record["sources"]), one_line=True)
    if name == STRUCTURED_CITATIONS:
        return safe_text(to_json(record["sources"], indent=None))
    return csv_cell(record.get(name))


def render_csv_export(export: Export, env: Environment) -> None:
    """One record type's CSV on stdout; the whole base needs a folder (``--out DIR``)."""
    if len(export.tables) != 1:
        raise QueryError("csv is one file per record type: give --out DIR to write them all "
                         "into the folder DIR (sources.csv, entities.csv, statements.csv, "
                         "events.csv, figures.csv), or --type TYPE "
                         f"({', '.join(RECORD_TYPES)}) for one of them on stdout")
    env.stdout.write(csv_files(export.document, export.tables)[f"{export.tables[0]}.csv"])


def folder_files(export: Export, folder: Path, *, force: bool) -> dict[Path, str]:
    """The path and text of the CSV of each record type in ``folder``, creating the folder
    if it is missing. Every file is checked before any is written, so that a refusal leaves
    the folder as it was."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is not a folder; csv of several record types is "
                          "written into a folder, one file per type (or choose one with --type)")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot be created ({error.strerror or error})") from None
    texts = csv_files(export.document, export.tables)
    files = {folder / name: text for name, text in texts.items()}
    existing = [path.name for path in files if path.exists() or path.is_symlink()]
    if existing and not force:
        raise OutputError(f"{folder}: {', '.join(existing)} already "
                          f"{'exists' if len(existing) == 1 else 'exist'}; "
                          "pass --force to replace them")
    return files
