"""The command line: thin commands over the core, one place that picks the output format, and
one place that turns errors into messages and exit codes (see :class:`ExitStatus`)."""


import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from homsfacts import __version__
from homsfacts.errors import (
    ExitStatus,
    FactBaseError,
    HomsfactsError,
    NotFoundError,
    QueryError,
)
from homsfacts.render import (
    RENDERERS,
    Answer,
    ExportFormat,
    Format,
    available_fields,
    choose_format,
    safe_text,
)
from homsfacts.vocabulary import RECORD_TYPES, WHERE_KINDS, WHO_KINDS

if TYPE_CHECKING:  # kept out of start-up
    from homsfacts.dates import PartialDate
    from homsfacts.store import FactBase

MAX_FINDINGS_SHOWN = 5

app = typer.Typer(
    name="homsfacts",
    help="Sourced, checkable facts about the Syrian city of Homs.\n\n"
    "Every answer cites the paragraphs of the source that support it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="markdown",
)


# -- the session: global options, the base, where output goes ------------------------------


class Session:
    """The global options of one run, and the base they select, opened on first use."""

    def __init__(self, data: Path | None = None, use_cache: bool = True) -> None:
        self.data = data
        self.use_cache = use_cache
        self._base: FactBase | None = None

    def base(self) -> "FactBase":
        if self._base is None:
            from homsfacts.loader import load

            with _Progress() as progress:
                self._base = load(self.data, use_cache=self.use_cache, progress=progress)
        return self._base


class _Progress:
    """A Rich status line on stderr while a base is built; silent when stderr is a pipe."""

    def __init__(self) -> None:
        self._status: Any = None

    def __call__(self, stage: str) -> None:
        if not sys.stderr.isatty():
            return
        if self._status is None:
            from rich.console import Console

            self._status = Console(stderr=True).status(f"homsfacts: {stage}…")
            self._status.start()
        else:
            self._status.update(f"homsfacts: {stage}…")

    def __enter__(self) -> "_Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._status is not None:
            self._status.stop()


def _session(ctx: typer.Context) -> Session:
    if not isinstance(ctx.obj, Session):
        ctx.obj = Session()
    return ctx.obj


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"homsfacts {__version__}\n")
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option("--data", envvar="HOMSFACTS_DATA", metavar="PATH",
                     help="Read this fact base instead of the one that ships with homsfacts.",
                     show_envvar=True),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", envvar="HOMSFACTS_NO_CACHE",
                     help="Validate the base on every run instead of using the cache.",
                     show_envvar=True),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True,
                           help="Print the version and exit.")
    ] = False,
) -> None:
    """Sourced, checkable facts about the Syrian city of Homs."""
    ctx.obj = Session(data=data, use_cache=not no_cache)


# -- errors: the one place that maps them to messages and exit codes -----------------------


def _say(message: str) -> None:
    sys.stderr.write(safe_text(message) + "\n")


def fail(error: HomsfactsError) -> NoReturn:
    if isinstance(error, FactBaseError):
        _say(f"homsfacts: {error.message}")
        for finding in error.findings[:MAX_FINDINGS_SHOWN]:
            _say(f"  {finding}")
        hidden = len(error.findings) - MAX_FINDINGS_SHOWN
        if hidden > 0:
            _say(f"  ... and {hidden} more")
        if error.findings:
            _say("Run `homsfacts validate PATH` to list every problem.")
    else:
        _say(f"homsfacts: {error.message}")
    if isinstance(error, NotFoundError) and error.suggestions:
        names = ", ".join(f"{item.label} ({item.id})" for item in error.suggestions)
        _say(("one of: " if error.ambiguous else "did you mean: ") + names + "?")
    for hint in error.hints:
        _say(hint)
    raise typer.Exit(int(error.exit_status))


F = TypeVar("F", bound=Callable[..., None])


def reports_errors(command: F) -> F:
    """Run a command so that no traceback reaches the user."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
            sys.stdout.flush()
        except HomsfactsError as error:
            fail(error)
        except KeyboardInterrupt:
            _say("homsfacts: interrupted")
            raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
        except BrokenPipeError:
            _quiet_broken_pipe()

    return run  # type: ignore[return-value]


def _quiet_broken_pipe() -> NoReturn:
    # The reader has gone (`| head -1`): point stdout at /dev/null so the interpreter's final
    # flush cannot fail again, and leave with the conventional status.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(int(ExitStatus.BROKEN_PIPE))


# -- output: the one place that picks a renderer -------------------------------------------

JsonFlag = Annotated[bool, typer.Option("--json", help="Write JSON to stdout (as --format json).")]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", case_sensitive=False,
                 help="Output format. Default: table on a terminal, plain in a pipe."),
]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", metavar="A,B,...",
                 help="Only these fields (json, ndjson, csv and plain formats)."),
]


def emit(answer: Answer, fmt: Format | None, json_flag: bool, fields: str | None = None,
         *, empty_ok: bool = False) -> None:
    try:
        chosen = choose_format(fmt, json_flag, sys.stdout.isatty())
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    selected = [name.strip() for name in fields.split(",") if name.strip()] if fields else None
    if selected:
        known = available_fields(answer)
        unknown = [name for name in selected if name not in known]
        if unknown and (answer.data or not answer.is_list):
            raise typer.BadParameter(
                f"unknown field {', '.join(map(repr, unknown))}; available: {', '.join(known)}",
                param_hint="--fields")
    if chosen is Format.table:
        from homsfacts.tables import render_table

        render_table(answer, sys.stdout, selected)
    else:
        RENDERERS[chosen](answer, sys.stdout, selected)
    if answer.is_list and not answer.data and not empty_ok:
        raise NotFoundError("nothing matched")


def _date(value: str | None, option: str) -> "PartialDate | None":
    if value is None:
        return None
    from homsfacts.dates import DateError, parse_query_date

    try:
        return parse_query_date(value)
    except DateError as error:
        raise typer.BadParameter(str(error), param_hint=option) from None


# -- shell completion ------------------------------------------------------------------------

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
        from homsfacts.loader import load

        options = ctx.find_root().params
        data = options.get("data")
        try:
            base = load(Path(data) if data else None, use_cache=not options.get("no_cache"))
            found = base.complete(incomplete, record_type=record_type, kinds=kinds)
        except HomsfactsError:
            return []
        return [(record_id, _completion_help(title)) for record_id, title in found]

    return complete


def _completion_help(title: str) -> str:
    text = safe_text(title, one_line=True)
    if len(text) > COMPLETION_HELP_WIDTH:
        text = text[:COMPLETION_HELP_WIDTH - 1].rstrip() + "…"
    return text


# -- commands --------------------------------------------------------------------------------


@app.command()
@reports_errors
def timeline(
    ctx: typer.Context,
    start: Annotated[str | None, typer.Option("--from", metavar="DATE",
                     help="Only events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
                     ] = None,
    end: Annotated[str | None, typer.Option("--to", metavar="DATE",
                   help="Only events that start on or before DATE.")] = None,
    about: Annotated[str | None, typer.Option("--about", metavar="NAME",
                     help="Only events involving NAME, or happening in place NAME.")] = None,
    chart: Annotated[bool, typer.Option(
        "--chart", help="Draw the events on a year axis: days as points, spans as bars.")
    ] = False,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Events in date order, with their sources.

    Dates keep the source's precision: a year, a month or a day. Spans show their end;
    approximate dates start with ~, and dates worked out rather than reported say (derived).

    Examples:

        homsfacts timeline

        homsfacts timeline --from 2012 --to 2014 --about "baba amr"

        homsfacts timeline --chart
    """
    if chart and (json_flag or fmt is not None or fields):
        raise typer.BadParameter("--chart draws the timeline; leave out --json, --format "
                                 "and --fields, or leave out --chart", param_hint="--chart")
    base = _session(ctx).base()
    events = base.timeline(_date(start, "--from"), _date(end, "--to"), about)
    if not chart:
        emit(Answer("events", events), fmt, json_flag, fields)
        return
    if not events:
        raise NotFoundError("nothing matched")
    if sys.stdout.isatty():
        from homsfacts.tables import render_chart

        render_chart(events, sys.stdout)
        return
    import shutil

    from homsfacts.chart import layout, plain_chart

    # A pipe has no width: COLUMNS if the caller set it, else 100, the README's width.
    width = shutil.get_terminal_size((100, 24)).columns
    sys.stdout.write("\n".join(plain_chart(layout(events, width))) + "\n")


def _card(base: "FactBase", entity: dict[str, Any]) -> dict[str, Any]:
    events, figures = base.related(entity["id"])
    return {**entity, "events": events, "figures": figures, "cited": base.cited_sources(entity)}


@app.command()
@reports_errors
def who(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(
        help="A name, surname, alias, initials or id; - reads one per line from stdin.",
        autocompletion=completer("entity", WHO_KINDS))],
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """A person, organisation or group: who they are, what the source says, and where.

    Names match without regard to case or accents, by surname or initials too.

    Examples:

        homsfacts who colvin

        homsfacts who hts --json

        printf 'colvin\\nochlik\\n' | homsfacts who - --json
    """
    base = _session(ctx).base()

    def answer(query: str) -> Answer:
        entity = _resolve(base, query, WHO_KINDS, "person, organisation, group or movement",
                          "where")
        return Answer("entity", _card(base, entity))

    _answer_each(name, answer, fmt, json_flag, fields)


@app.command()
@reports_errors
def where(
    ctx: typer.Context,
    place: Annotated[str, typer.Argument(help="A place name, alias or id.",
                                         autocompletion=completer("entity", WHERE_KINDS))],
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """A place card: what the place is, what lies in it, and what happened there.

    Examples:

        homsfacts where "baba amr"

        homsfacts where "old city" --json
    """
    base = _session(ctx).base()
    found = _resolve(base, place, WHERE_KINDS, "place", "who")
    card = _card(base, found)
    card["part_of"] = [_brief(item) for item in base.containing(found["id"])]
    card["contains"] = [_brief(item) for item in base.contained(found["id"])]
    emit(Answer("place", card), fmt, json_flag, fields)


def _brief(entity: dict[str, Any]) -> dict[str, Any]:
    return {"id": entity["id"], "name": entity["name"], "kind": entity["kind"]}


def _answer_each(query: str, answer: Callable[[str], Answer], fmt: Format | None,
                 json_flag: bool, fields: str | None) -> None:
    """Answer one query, or with ``-`` each line of stdin (as NDJSON when JSON is asked for),
    so lookups chain in pipes. Misses are reported as they come; any miss means exit 1."""
    if query != "-":
        emit(answer(query), fmt, json_flag, fields)
        return
    if json_flag or fmt is Format.json:
        fmt, json_flag = Format.ndjson, False
    queries = [line.strip() for line in sys.stdin if line.strip()]
    missed = 0
    for each in queries:
        try:
            emit(answer(each), fmt, json_flag, fields)
        except NotFoundError as error:
            missed += 1
            _say(f"homsfacts: {error.message}")
    if missed:
        raise NotFoundError(f"{missed} of {len(queries)} lines matched nothing")
    if not queries:
        raise QueryError("no names on stdin")


def _resolve(base: "FactBase", name: str, kinds: frozenset[str], noun: str,
             other_command: str) -> dict[str, Any]:
    """The entity ``name`` means; a name of the wrong kind points to the other command."""
    try:
        return base.resolve(name, kinds=kinds, noun=noun)
    except NotFoundError as error:
        if error.wrong_kind is not None:
            error.hints.append(f"Try: homsfacts {other_command} {error.suggestions[0].id}")
        raise


@app.command()
@reports_errors
def figure(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(
        help="A figure's id or words from its label; leave out for every figure.",
        autocompletion=completer("figure"))] = None,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Figures as the source gives them: its hedge, who it credits, and when.

    Examples:

        homsfacts figure

        homsfacts figure population

        homsfacts figure judgement --json
    """
    base = _session(ctx).base()
    if name is None:
        emit(Answer("figures", base.figures()), fmt, json_flag, fields)
    else:
        found = base.resolve(name, record_type="figure", noun="figure")
        emit(Answer("record", found), fmt, json_flag, fields)


@app.command()
@reports_errors
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words to look for in every record.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=10_000,
                                       help="At most this many hits.")] = 20,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Ranked hits across people, places, events, figures and sources.

    Every word must match (ignoring case, accents and word endings); if no record has them
    all, records with any of them are ranked instead.

    Examples:

        homsfacts search siege

        homsfacts search "press centre" --json
    """
    hits = _session(ctx).base().search(text, limit)
    emit(Answer("search", hits), fmt, json_flag, fields)


@app.command()
@reports_errors
def show(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(
        metavar="ID", help="The id of any record; - reads one per line from stdin.",
        autocompletion=completer())],
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Any one record in full, with its citations.

    Examples:

        homsfacts show old-city-siege

        homsfacts show siege-death-toll --json

        homsfacts search siege -f plain --fields id | homsfacts show - --json
    """
    base = _session(ctx).base()
    _answer_each(record_id, lambda query: Answer("record", base.show(query)), fmt, json_flag,
                 fields)


@app.command()
@reports_errors
def sources(
    ctx: typer.Context,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """The sources, and how many records cite each.

    Example:

        homsfacts sources
    """
    emit(Answer("sources", _session(ctx).base().sources()), fmt, json_flag, fields)


@app.command()
@reports_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", case_sensitive=False, help="What to write.")] = ExportFormat.json,
    table: Annotated[str | None, typer.Option(
        "--type", metavar="TYPE", autocompletion=lambda: list(RECORD_TYPES),
        help="Only this record type: sources, entities, events or figures.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", metavar="PATH", dir_okay=False,
        help="Write to PATH (atomically) instead of stdout; - is stdout.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """Write the whole base, or one record type, for other tools.

    json is the base in its file form and converts back to TOML; ndjson is one record per
    line; csv is one record type (with --type); markdown is a fact sheet with a citation after
    every item; sqlite is a database with foreign keys, ready for Datasette or sqlite-utils.

    Examples:

        homsfacts export --format sqlite --out homs.db

        homsfacts export --format csv --type events > events.csv

        homsfacts export --format markdown --type figures
    """
    from homsfacts.errors import OutputError
    from homsfacts.export import export_sqlite, export_text, text_writer, write_atomically

    base = _session(ctx).base()
    text = None if fmt is ExportFormat.sqlite else export_text(base, fmt, table)
    if out is not None and str(out) != "-":
        write = (text_writer(text) if text is not None
                 else functools.partial(export_sqlite, base, table=table))
        write_atomically(out, write, force=force, protected=Path(base.path))
    elif text is not None:
        sys.stdout.write(text)
    elif sys.stdout.isatty():
        raise OutputError("a SQLite database is binary: give --out PATH or redirect stdout")
    else:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="homsfacts-export-") as folder:
            database = Path(folder) / "export.db"
            export_sqlite(base, database, table)
            sys.stdout.flush()
            sys.stdout.buffer.write(database.read_bytes())
            sys.stdout.flush()


@app.command()
@reports_errors
def validate(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="[PATH]...", help="Fact-base files; default: --data, or the shipped base.")
    ] = None,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Check fact-base files and report every problem, compiler style.

    Each problem names the file, the line, the record and the field. Exit 0 when every file
    is valid, 3 when any is not. Nothing is ever written to the files.

    Examples:

        homsfacts validate data/facts.toml

        homsfacts validate my-base.toml --json
    """
    from homsfacts.loader import check_file, default_path

    session = _session(ctx)
    targets = paths or [session.data or default_path()]
    findings = [finding for path in targets for finding in check_file(path)]
    chosen = choose_format(fmt, json_flag, sys.stdout.isatty())
    if chosen is Format.plain and not fields:
        for finding in findings:  # compiler style: FILE:LINE: record: field: message
            sys.stdout.write(safe_text(finding, one_line=True) + "\n")
    elif findings or chosen is not Format.table:
        answer = Answer("findings", [finding.as_dict() for finding in findings])
        emit(answer, fmt, json_flag, fields, empty_ok=True)
    if findings:
        files = len({finding.file for finding in findings})
        raise FactBaseError(
            f"{len(findings)} problem{'s' if len(findings) != 1 else ''} in {files} "
            f"file{'s' if files != 1 else ''}")
    for path in targets:
        _say(f"{path}: valid")


@app.command()
@reports_errors
def schema() -> None:
    """Print the JSON Schema of the fact-base format, generated from the model.

    Editors with a TOML language server (Taplo, Even Better TOML) use it to check a base as
    you type; see the README.

    Example:

        homsfacts schema > schema.json
    """
    from homsfacts.render import to_json
    from homsfacts.validate import json_schema

    sys.stdout.write(to_json(json_schema()) + "\n")


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="homsfacts")
    except KeyboardInterrupt:  # pragma: no cover - raised outside a command, while parsing
        sys.stderr.write("homsfacts: interrupted\n")
        sys.exit(int(ExitStatus.INTERRUPTED))
    finally:
        # The process is about to end. Shutting down runs a full garbage collection over
        # every object Typer and the core created, about 6 ms of a 60 ms lookup (issue 4);
        # frozen objects are skipped. Nothing of ours relies on a collector finaliser: output
        # is flushed at exit as usual, and the cache connection is read-only.
        import gc

        gc.freeze()
