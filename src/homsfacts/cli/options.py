"""Options the commands share, the format each command writes, and shell completion."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from homsfacts.errors import HomsfactsError, NotFoundError, Suggestion
from homsfacts.output.environment import Environment
from homsfacts.output.formats import (
    FIGURE_FORMATS,
    QUERY_FORMATS,
    TIMELINE_FORMATS,
    VALIDATE_FORMATS,
    Answer,
    Format,
    Formats,
    choose_format,
)
from homsfacts.output.registry import render
from homsfacts.output.text import safe_text

if TYPE_CHECKING:  # kept out of start-up
    from homsfacts.base.dates import PartialDate
    from homsfacts.base.store import FactBase

JsonFlag = Annotated[bool, typer.Option("--json", help="Write JSON to stdout (as --format json).")]


def format_help(formats: Formats) -> str:
    return (f"Output format: {formats.names()}. Default: {formats.terminal.value} on a "
            f"terminal, {formats.pipe.value} in a pipe.")


def format_option(formats: Formats) -> Any:
    return typer.Option("--format", "-f", metavar="FORMAT", help=format_help(formats),
                        autocompletion=lambda: [fmt.value for fmt in formats.accepted])


FormatOption = Annotated[str | None, format_option(QUERY_FORMATS)]
TimelineFormatOption = Annotated[str | None, format_option(TIMELINE_FORMATS)]
FigureFormatOption = Annotated[str | None, format_option(FIGURE_FORMATS)]
ValidateFormatOption = Annotated[str | None, format_option(VALIDATE_FORMATS)]
AllOption = Annotated[bool, typer.Option(
    "--all", help="Every report of a figure or event that several sources give, each with "
    "its source and rank, instead of the preferred one and a count of the others.")]
SourceOption = Annotated[str | None, typer.Option(
    "--source", metavar="SOURCE", help="Only what this source says: its id, its publisher, "
    "the agency it carries, or a prefix only one has (reuters, bbc, afp); see `homsfacts "
    "sources`.",
    autocompletion=lambda: [])]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", metavar="A,B,...",
                 help="Only these fields (json, ndjson, csv and plain formats)."),
]


def output_format(env: Environment, formats: Formats, requested: str | None,
                  json_flag: bool = False, option: str = "--format") -> Format:
    try:
        return choose_format(requested, json_flag, env.stdout_isatty, formats)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint=option) from None


def emit(env: Environment, answer: Answer, fmt: Format, fields: str | None = None,
         *, empty_ok: bool = False) -> None:
    """Hand a complete answer to its renderer; an empty list is a miss (exit 1)."""
    render(answer, fmt, env, selected(answer, fields))
    if answer.is_list and not answer.data and not empty_ok:
        raise NotFoundError("nothing matched")


def one_or_many(env: Environment, query: str, found: list[Any], one: str, many: str,
                noun: str, *, alone: bool = True) -> Answer:
    """The one record a query means, or every record it matches as a list, with a word on
    stderr that it is a list to choose from. A line of a batch (not ``alone``) that matches
    several is a miss instead, so that each line still gets one answer."""
    if len(found) == 1:
        return Answer(one, found[0])
    from homsfacts.cli.exits import say

    if not alone:
        raise NotFoundError(f"{query!r} matches {len(found)} {noun}; ask for one by its id",
                            suggestions=[Suggestion(record["id"], record["name"])
                                         for record in found], ambiguous=True)

    say(env, f"homsfacts: {query!r} matches {len(found)} {noun}; `homsfacts show ID` shows one")
    return Answer(many, found)


def field_names(fields: str | None) -> list[str] | None:
    return [name.strip() for name in fields.split(",") if name.strip()] if fields else None


def selected(answer: Answer, fields: str | None) -> list[str] | None:
    """The ``--fields`` asked for, each one checked against what the answer has."""
    selected = field_names(fields)
    if selected:
        from homsfacts.output.plain import available_fields  # loaded to render, or here

        known = available_fields(answer)
        unknown = [name for name in selected if name not in known]
        if unknown and (answer.data or not answer.is_list):
            raise typer.BadParameter(
                f"unknown field {', '.join(map(repr, unknown))}; available: {', '.join(known)}",
                param_hint="--fields")
    return selected


def query_date(value: str | None, option: str) -> "PartialDate | None":
    """The date ``--from`` (its first day) or ``--to`` (its last) means, read as people write
    it (:func:`~homsfacts.base.dates.read_date`): ``May 2014``, ``2014-5``, ``spring 2014``."""
    if value is None:
        return None
    from homsfacts.base.dates import DateError
    from homsfacts.base.written_dates import read_date

    try:
        first, last = read_date(value)
    except DateError as error:
        raise typer.BadParameter(str(error), param_hint=option) from None
    return first if option == "--from" else last


COMPLETION_HELP_WIDTH = 60
"""Descriptions longer than this are cut, so a completion menu stays one line per record."""

Completer = Callable[[typer.Context, str], list[tuple[str, str]]]


def completer(record_type: str | None = None,
              kinds: frozenset[str] | None = None) -> Completer:
    """A completion callback offering the ids that start with what was typed, each described
    by its record's name. It reads the active base (``--data`` or ``HOMSFACTS_DATA``) through
    the cache and only its id index; it never renders, never shows progress and never fails
    aloud, since anything it printed would land in the user's command line."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        from homsfacts.base.loader import load

        options = ctx.find_root().params
        data = options.get("data")
        try:
            base = load(Path(data) if data else None, use_cache=not options.get("no_cache"))
            found = base.complete(incomplete, record_type=record_type, kinds=kinds)
        except HomsfactsError:
            return []
        return [(record_id, completion_help(title)) for record_id, title in found]

    return complete


def completion_help(title: str) -> str:
    text = safe_text(title, one_line=True)
    if len(text) > COMPLETION_HELP_WIDTH:
        text = text[:COMPLETION_HELP_WIDTH - 1].rstrip() + "…"
    return text


def source_id(base: "FactBase", source: str | None,
              env: Environment | None = None) -> tuple[str, ...] | None:
    """The ids of the sources ``--source`` names (an id, a publisher, the agency a page
    carries, or a unique prefix), said on stderr unless it was an id."""
    if source is None:
        return None
    found = base.find(source, "source")
    if env is not None and [record["id"] for record in found] != [source]:
        from homsfacts.cli.exits import say

        say(env, f"homsfacts: --source {source}: " + "; ".join(
            f"{record['id']} ({record['carries'] + ' via ' if record.get('carries') else ''}"
            f"{record['publisher']})" for record in found))
    return tuple(record["id"] for record in found)
