"""Exports of a whole base, or of one record type, in the forms other tools read.

``json`` is the base in its file form and converts back to TOML losslessly. ``ndjson`` is one
record per line for jq and sqlite-utils, ``csv`` one record type per file for spreadsheets,
``markdown`` a fact sheet with a citation after every item, and ``sqlite`` a database with one
table per record type, foreign keys and link tables, for Datasette and sqlite-utils.

Writing goes through :func:`write_atomically`: a temporary file in the destination folder,
renamed into place, never over an existing file unless asked, never over the base being read.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from homsfacts import __version__
from homsfacts.base.dates import parse_edtf
from homsfacts.base.store import FactBase
from homsfacts.base.views import (
    cite_label,
    cited_paragraphs,
    date_label,
    event_view,
    figure_display,
)
from homsfacts.errors import OutputError, QueryError
from homsfacts.output.columns import with_attribution
from homsfacts.output.formats import Answer, Export, Format
from homsfacts.output.text import safe_text
from homsfacts.vocabulary import RECORD_TYPES, SCHEMA_VERSION, WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment

TABLES = tuple(RECORD_TYPES)
"""What ``--type`` accepts: the top-level tables of a base."""


def export_answer(base: FactBase, table: str | None = None) -> Answer:
    """The whole base, or one record type of it, for the export renderers."""
    if table is None:
        tables = TABLES
    elif table in TABLES:
        tables = (table,)
    else:
        raise QueryError(f"unknown record type {table!r}; use one of {', '.join(TABLES)}")
    return Answer("export", Export(base.document(), tables, Path(base.path).name))


# -- markdown ----------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|#~&!:@"})
"""Every character that can start Markdown syntax in the middle of a line, escaped: emphasis,
code, links and images, HTML and entities, table cells, strikethrough, and the ``:`` and ``@``
of an address that GitHub's Markdown would otherwise make a link of (``https://``,
``mailto:``, ``name@example.org``)."""

_WWW = re.compile(r"(?i)(www)\.")
"""``www.`` starts a link in GitHub's Markdown without any scheme."""

_BLOCK_START = re.compile(r"^(\s*)([-+](?=\s|$|[-\s]+$)|\d+(?=[.)](?:\s|$)))")
"""What makes a list item or a rule of text that starts a line (``- ``, ``1. ``, ``---``);
``*``, ``_``, ``#`` and ``>`` are escaped everywhere."""


def _md(text: object) -> str:
    """Fact text as inert Markdown: no emphasis, link, HTML, table cell or list it did not
    mean. Every character that could start Markdown syntax is escaped, so the text shows as
    written and no address in it becomes a link."""
    escaped = safe_text(text, one_line=True).translate(_MARKDOWN_SPECIAL)
    escaped = _WWW.sub(r"\1\\.", escaped)
    return _BLOCK_START.sub(lambda match: match[1] + (
        match[2] + "\\" if match[2].isdigit() else "\\" + match[2]), escaped)


_LINK_SAFE = "".join(char for char in string.punctuation if char not in "<>\\`")


def _link(url: object) -> str:
    """An ``http`` or ``https`` address as a link (``<https://...>``); any other (``javascript:``,
    ``data:``, ``file:``) as inert text."""
    text = safe_text(url, one_line=True)
    scheme, _, rest = text.partition(":")
    if scheme.lower() in ("http", "https") and rest.startswith("//") and len(rest) > 2:
        # An autolink takes no escapes: what could end it or break it is percent-encoded.
        return f"<{quote(text, safe=_LINK_SAFE)}>"
    return _md(text)


def _cited(text: str, record: dict[str, Any]) -> str:
    return f"{text} ({_md(cite_label(record['sources']))})"


def render_markdown(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """A fact sheet to paste into an article or a wiki, with a citation after every item."""
    export: Export = answer.data
    env.stdout.write(_markdown(export.document, export.tables, export.name))


def _markdown(document: dict[str, Any], tables: tuple[str, ...], name: str) -> str:
    lines = ["# Homs: a sourced fact sheet", "",
             f"Exported by homsfacts {__version__} from {_md(name)}. Every item ends "
             "with its source and the paragraphs that support it (¶); the sources are listed "
             "at the end.", ""]
    if "entities" in tables:
        lines += _entity_section(document["entities"])
    if "events" in tables:
        lines += ["## Timeline", ""]
        for event in document["events"]:
            summary = with_attribution(event["summary"], event["attribution"])
            lines.append(_cited(f"- **{_md(date_label(event_view(event)))}**: {_md(summary)}"
                                + _ranked(event), event))
        lines.append("")
    if "figures" in tables:
        lines += ["## Figures", ""]
        for figure in document["figures"]:
            text = f"- **{_md(figure['label'])}**: {_md(figure_display(figure))}"
            when = figure["as_of"] or figure["period"]
            if when:
                text += f", {_md(when)}"
            if figure["attribution"]:
                text += f" ({_md(figure['attribution'])})"
            text += _ranked(figure)
            lines.append(_cited(text, figure))
        lines.append("")
    if "sources" in tables:
        lines += ["## Sources", ""]
        for source in document["sources"]:
            text = (f"- **{_md(source['id'])}**: {_md(source['publisher'])}, "
                    f"\"{_md(source['title'])}\", {_md(source['published'])}")
            if source["url"]:
                text += f", {_link(source['url'])}"
            lines.append(text + ".")
        lines.append("")
    return "\n".join(lines)


def _ranked(record: dict[str, Any]) -> str:
    """`` [preferred: why]`` for a value ranked among others' reports of the same thing."""
    if record["rank"] == "normal":
        return ""
    return f" \\[{record['rank']}: {_md(record['rank_reason'])}\\]"


def _entity_section(entities: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for heading, is_place in (("People, organisations and groups", False), ("Places", True)):
        chosen = [entity for entity in entities if (entity["kind"] in WHERE_KINDS) == is_place]
        if not chosen:
            continue
        lines += [f"## {heading}", ""]
        for entity in chosen:
            lines.append(_cited(f"- **{_md(entity['name'])}** ({_md(entity['kind'])}): "
                                f"{_md(entity['description'])}", entity))
            for statement in entity["statements"]:
                text = with_attribution(statement["text"], statement["attribution"])
                lines.append(_cited(f"  - {_md(text)}", statement))
        lines.append("")
    return lines


# -- sqlite ------------------------------------------------------------------------------------


def _schema(tables: tuple[str, ...]) -> str:
    """Tables for the exported record types. A reference to a table that is not exported
    stays a plain column, so every declared foreign key holds."""

    def ref(table: str) -> str:
        return f" REFERENCES {table}(id)" if table in tables else ""

    parts = []
    if "sources" in tables:
        parts.append("CREATE TABLE sources(id TEXT PRIMARY KEY, publisher TEXT NOT NULL, "
                     "title TEXT NOT NULL, published TEXT NOT NULL, paragraphs INTEGER, "
                     "url TEXT, carries TEXT, primary_sources TEXT NOT NULL, note TEXT)")
    if "entities" in tables:
        parts.append("CREATE TABLE entities(id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                     "name TEXT NOT NULL, aliases TEXT NOT NULL, description TEXT NOT NULL, "
                     f"located_in TEXT{ref('entities')})")
        parts.append("CREATE TABLE statements(entity_id TEXT NOT NULL REFERENCES entities(id), "
                     "position INTEGER NOT NULL, text TEXT NOT NULL, attribution TEXT, "
                     f"attributed_to TEXT{ref('entities')}, PRIMARY KEY(entity_id, position))")
    if "events" in tables:
        parts.append('CREATE TABLE events(id TEXT PRIMARY KEY, date TEXT NOT NULL, '
                     '"start" TEXT NOT NULL, "end" TEXT, approximate INTEGER NOT NULL, '
                     'uncertain INTEGER NOT NULL, derived INTEGER NOT NULL, date_note TEXT, '
                     'summary TEXT NOT NULL, attribution TEXT, happening TEXT, '
                     "rank TEXT NOT NULL CHECK (rank IN ('preferred', 'normal', 'deprecated')), "
                     'rank_reason TEXT, sort_key INTEGER NOT NULL)')
    if "events" in tables and "entities" in tables:
        parts.append("CREATE TABLE event_entities("
                     "event_id TEXT NOT NULL REFERENCES events(id), "
                     "entity_id TEXT NOT NULL REFERENCES entities(id), "
                     "role TEXT NOT NULL CHECK (role IN ('entity', 'place')), "
                     "PRIMARY KEY(event_id, entity_id, role))")
    if "figures" in tables:
        parts.append("CREATE TABLE figures(id TEXT PRIMARY KEY, label TEXT NOT NULL, "
                     "value NUMERIC, words TEXT, unit TEXT NOT NULL, qualifier TEXT NOT NULL, "
                     "low NUMERIC, high NUMERIC, as_of TEXT, period TEXT, "
                     f"attributed_to TEXT{ref('entities')}, attribution TEXT, "
                     "display TEXT NOT NULL, measures TEXT, rank TEXT NOT NULL CHECK "
                     "(rank IN ('preferred', 'normal', 'deprecated')), rank_reason TEXT)")
        parts.append("CREATE TABLE figure_about("
                     "figure_id TEXT NOT NULL REFERENCES figures(id), "
                     f"entity_id TEXT{ref('entities')}, event_id TEXT{ref('events')}, "
                     "CHECK ((entity_id IS NULL) <> (event_id IS NULL)))")
    parts.append("CREATE TABLE citations(record_type TEXT NOT NULL, record_id TEXT NOT NULL, "
                 f"source_id TEXT NOT NULL{ref('sources')}, paragraph INTEGER NOT NULL)")
    parts.append("CREATE INDEX citations_by_record ON citations(record_id)")
    return ";\n".join(parts) + ";\n"


def _rows(document: dict[str, Any], tables: tuple[str, ...],
          entity_ids: set[str]) -> Iterator[tuple[str, tuple[object, ...]]]:
    """(table, row) for every row of the export."""

    def cite(kind: str, record_id: str,
             record: dict[str, Any]) -> Iterator[tuple[str, tuple[object, ...]]]:
        for source_id, paragraph in cited_paragraphs(record):
            yield "citations", (kind, record_id, source_id, paragraph)

    for source in document["sources"] if "sources" in tables else []:
        yield "sources", (source["id"], source["publisher"], source["title"],
                          source["published"], source["paragraphs"], source["url"],
                          source["carries"],
                          json.dumps(source["primary_sources"], ensure_ascii=False),
                          source["note"])
    for entity in document["entities"] if "entities" in tables else []:
        yield "entities", (entity["id"], entity["kind"], entity["name"],
                           json.dumps(entity["aliases"], ensure_ascii=False),
                           entity["description"], entity["located_in"])
        yield from cite("entity", entity["id"], entity)
        for position, statement in enumerate(entity["statements"], 1):
            yield "statements", (entity["id"], position, statement["text"],
                                 statement["attribution"], statement["attributed_to"])
            yield from cite("statement", f"{entity['id']}#{position}", statement)
    for event in document["events"] if "events" in tables else []:
        view = event_view(event)
        yield "events", (event["id"], event["date"], view["date"], view["end"],
                         view["approximate"], view["uncertain"], event["derived"],
                         event["date_note"], event["summary"], event["attribution"],
                         event["happening"], event["rank"], event["rank_reason"],
                         parse_edtf(event["date"]).start.sort_key())
        yield from cite("event", event["id"], event)
        if "entities" in tables:
            for role, key in (("entity", "entities"), ("place", "places")):
                for entity_id in dict.fromkeys(event[key]):
                    yield "event_entities", (event["id"], entity_id, role)
    for figure in document["figures"] if "figures" in tables else []:
        yield "figures", (figure["id"], figure["label"], figure["value"], figure["words"],
                          figure["unit"], figure["qualifier"], figure["low"], figure["high"],
                          figure["as_of"], figure["period"], figure["attributed_to"],
                          figure["attribution"], figure_display(figure), figure["measures"],
                          figure["rank"], figure["rank_reason"])
        yield from cite("figure", figure["id"], figure)
        for about in figure["about"]:
            is_entity = about in entity_ids
            yield "figure_about", (figure["id"], about if is_entity else None,
                                   None if is_entity else about)


def render_sqlite(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """The base as a SQLite database, written to stdout as bytes (never to a terminal)."""
    import tempfile

    if env.stdout_isatty:
        raise OutputError("a SQLite database is binary: give --out PATH or redirect stdout")
    export: Export = answer.data
    with tempfile.TemporaryDirectory(prefix="homsfacts-export-") as folder:
        database = Path(folder) / "export.db"
        write_sqlite(export.document, export.tables, database)
        env.stdout.flush()
        env.stdout.buffer.write(database.read_bytes())
        env.stdout.flush()


def write_sqlite(document: dict[str, Any], tables: tuple[str, ...], path: Path) -> None:
    """Write record types of a base as a new SQLite database at ``path``."""
    entity_ids = {entity["id"] for entity in document["entities"]}
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            connection.executescript(_schema(tables))
            connection.execute("BEGIN")
            # Records may point at records further down the base (a place inside one listed
            # later), so keys are checked once everything is in, at COMMIT.
            connection.execute("PRAGMA defer_foreign_keys = ON")
            for name, row in _rows(document, tables, entity_ids):
                marks = ", ".join("?" * len(row))
                # Table names come from _rows, never from the base or the command line.
                connection.execute(f"INSERT INTO {name} VALUES ({marks})", row)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute("COMMIT")
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise OutputError(f"{path}: cannot be written ({error})") from None


# -- writing -----------------------------------------------------------------------------------


def write_export(answer: Answer, fmt: Format, env: Environment, path: Path, *,
                 force: bool = False, protected: Path | None = None) -> None:
    """Write an export to ``path``: one file, or for a format of one record type a file
    (CSV) the whole base, or any of it into an existing folder, as one file per type."""
    from homsfacts.output.registry import render

    export: Export = answer.data
    if fmt.file_per_type and (len(export.tables) > 1 or path.is_dir()):
        from homsfacts.output.spreadsheet import folder_files

        for file, text in folder_files(export, path, force=force).items():
            write_atomically(file, _text_writer(text), force=force, protected=protected)
        return

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            render(answer, fmt, env.writing_to(stream))

    write_atomically(path, write, force=force, protected=protected)


def _text_writer(text: str) -> Callable[[Path], None]:
    def write(temporary: Path) -> None:
        temporary.write_text(text, encoding="utf-8", newline="")
    return write


def write_atomically(path: Path, write: Callable[[Path], None], *, force: bool = False,
                     protected: Path | None = None) -> None:
    """Create ``path`` through ``write(temporary)`` and a rename, so no reader ever sees half
    a file. Only a regular file (or a symbolic link, itself) is ever replaced, and only with
    ``force``; a device, a FIFO or a folder never is, nor ``protected`` (the base being read).
    The new file gets the permissions the umask gives, as ``cp`` would."""
    import tempfile

    if "\0" in str(path):
        raise OutputError(f"{str(path)!r}: a file name cannot contain a NUL character")
    try:
        status: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error.strerror or error})") from None
    if protected is not None and status is not None and path.resolve() == protected.resolve():
        raise OutputError(f"{path}: is the fact base being read; homsfacts never writes to it")
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(f"{path}: is a directory; give a file name")
    if status is not None and not (stat.S_ISREG(status.st_mode) or stat.S_ISLNK(status.st_mode)):
        raise OutputError(f"{path}: is not a regular file (a device, a FIFO or a socket); "
                          "homsfacts replaces only regular files")
    if status is not None and not force:
        raise OutputError(f"{path}: already exists; pass --force to replace it")
    folder = path.parent
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error.strerror or error})") from None
    temporary = Path(name)
    try:
        write(temporary)  # SQLite takes an empty file as an empty database
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error.strerror or error})") from None
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
