"""The commands that work on fact-base files: diff, export, validate and schema."""

from pathlib import Path
from typing import Annotated

import typer

from homsfacts.cli.app import Command, app, session_of
from homsfacts.cli.exits import reports_errors, say
from homsfacts.cli.options import (
    FieldsOption,
    JsonFlag,
    ValidateFormatOption,
    emit,
    format_option,
    output_format,
)
from homsfacts.errors import FactBaseError, FoundError
from homsfacts.output.formats import DIFF_FORMATS, EXPORT_FORMATS, VALIDATE_FORMATS, Answer, Format
from homsfacts.output.registry import render
from homsfacts.vocabulary import RECORD_TYPES


@app.command(cls=Command)
@reports_errors
def diff(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier fact-base file.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later fact-base file.")],
    json_flag: JsonFlag = False,
    fmt: Annotated[str | None, format_option(DIFF_FORMATS)] = None,
    fields: FieldsOption = None,
) -> None:
    """What changed between two fact bases: records, values and citations.

    Lists each record added (+), removed (-) or changed (~), and for a change the field with
    its old and new value. Plain text on a terminal, NDJSON in a pipe. Exit 0 when the bases
    hold the same facts and 1 when they differ, as diff does.

    Examples:

        homsfacts diff old.toml data/facts.toml

        homsfacts diff old.toml new.toml | jq -r 'select(.change == "added") | .id'
    """
    from homsfacts.base.diff import diff_documents
    from homsfacts.base.loader import load

    session = session_of(ctx)
    chosen = output_format(session.env, DIFF_FORMATS, fmt, json_flag)
    before, after = (load(path, use_cache=session.use_cache) for path in (old, new))
    changes = diff_documents(before.document(), after.document())
    emit(session.env, Answer("changes", changes), chosen, fields, empty_ok=True)
    if changes:
        raise FoundError(f"{len(changes)} change{'s' if len(changes) != 1 else ''}")


@app.command(cls=Command)
@reports_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help=f"What to write: {EXPORT_FORMATS.names()}. Default: json.",
        autocompletion=lambda: [fmt.value for fmt in EXPORT_FORMATS.accepted])] = None,
    table: Annotated[str | None, typer.Option(
        "--type", metavar="TYPE", autocompletion=lambda: list(RECORD_TYPES),
        help="Only this record type: sources, entities, events or figures.")] = None,
    out: Annotated[str | None, typer.Option(
        "--out", "-o", metavar="PATH",
        help="Write to PATH (atomically) instead of stdout; - is stdout; csv: a folder.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """Write the whole base, or one record type, for other tools.

    json is the base in its file form and converts back to TOML; ndjson is one record per
    line; csv is a folder of files, one per record type (--out DIR), or one type (--type);
    markdown is a fact sheet with a citation after every item; sqlite is a database with
    foreign keys, ready for Datasette or sqlite-utils.

    Examples:

        homsfacts export --format sqlite --out homs.db

        homsfacts export --format csv --out homs-csv

        homsfacts export --format csv --type events > events.csv

        homsfacts export --format markdown --type figures
    """
    from homsfacts.output.export import export_answer, write_export

    session = session_of(ctx)
    chosen = output_format(session.env, EXPORT_FORMATS, fmt)
    base = session.base()
    answer = export_answer(base, table)
    if out is None or out == "-":
        render(answer, chosen, session.env)
        return
    write_export(answer, chosen, session.env, Path(out), force=force, protected=Path(base.path))


@app.command(cls=Command)
@reports_errors
def validate(
    ctx: typer.Context,
    paths: Annotated[list[str] | None, typer.Argument(
        metavar="[PATH]...", help="Fact-base files; default: --data, or the shipped base.")
    ] = None,
    json_flag: JsonFlag = False,
    fmt: ValidateFormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Check fact-base files and report every problem, compiler style.

    Each problem names the file, the line, the record and the field. Exit 0 when every file
    is valid, 3 when any is not. Nothing is ever written to the files.

    Examples:

        homsfacts validate data/facts.toml

        homsfacts validate my-base.toml --json
    """
    from homsfacts.base.reading import check_file, default_path

    session = session_of(ctx)
    chosen = output_format(session.env, VALIDATE_FORMATS, fmt, json_flag)
    targets = [Path(path) for path in paths] if paths else [session.data or default_path()]
    findings = [finding for path in targets for finding in check_file(path)]
    answer = Answer("findings", [finding.as_dict() for finding in findings])
    emit(session.env, answer, chosen, fields, empty_ok=True)
    errors = [finding for finding in findings if finding.is_error]
    if errors:
        files = len({finding.file for finding in errors})
        raise FactBaseError(
            f"{len(errors)} problem{'s' if len(errors) != 1 else ''} in {files} "
            f"file{'s' if files != 1 else ''}")
    for path in targets:
        warned = sum(1 for finding in findings if finding.file == str(path))
        say(session.env, f"{path}: valid" + (
            f" ({warned} warning{'s' if warned != 1 else ''})" if warned else ""))


@app.command(cls=Command)
@reports_errors
def schema(ctx: typer.Context) -> None:
    """Print the JSON Schema of the fact-base format, generated from the model.

    Editors with a TOML language server (Taplo, Even Better TOML) use it to check a base as
    you type; see the README.

    Example:

        homsfacts schema > schema.json
    """
    from homsfacts.base.schemas import json_schema

    session = session_of(ctx)
    render(Answer("document", json_schema()), Format.json, session.env)
