"""The command line: thin commands over the core, one place that picks the output format, and
one place that turns errors into messages and exit codes (see :class:`ExitStatus`)."""


import contextlib
import functools
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from typer.core import TyperCommand

from homsfacts import __version__
from homsfacts.errors import (
    ExitStatus,
    FactBaseError,
    FoundError,
    HomsfactsError,
    NotFoundError,
    OutputError,
    QueryError,
)
from homsfacts.output.environment import Environment
from homsfacts.output.render import (
    CHECK_FORMATS,
    DIFF_FORMATS,
    EXPORT_FORMATS,
    QUERY_FORMATS,
    TIMELINE_FORMATS,
    VALIDATE_FORMATS,
    Answer,
    Format,
    Formats,
    available_fields,
    choose_format,
    render,
    safe_text,
)
from homsfacts.vocabulary import RECORD_TYPES, WHERE_KINDS, WHO_KINDS

if TYPE_CHECKING:  # kept out of start-up
    from homsfacts.base.dates import PartialDate
    from homsfacts.base.store import FactBase

MAX_FINDINGS_SHOWN = 5

class Command(TyperCommand):
    """A command whose usage line reads ``who [OPTIONS] NAME``, as the README writes it,
    rather than Typer's ``{NAME}``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [piece.replace("{", "").replace("}", "")
                for piece in super().collect_usage_pieces(ctx)]


app = typer.Typer(
    name="homsfacts",
    help="Sourced, checkable facts about the Syrian city of Homs.\n\n"
    "Every answer cites the paragraphs of the source that support it.",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="markdown",
)


# -- the session: global options, the environment, the base --------------------------------


class Session:
    """One run: the global options, the environment output goes to, and the base they
    select, opened on first use."""

    def __init__(self, env: Environment, data: Path | None = None,
                 use_cache: bool = True) -> None:
        self.env = env
        self.data = data
        self.use_cache = use_cache
        self._base: FactBase | None = None

    def base(self) -> "FactBase":
        if self._base is None:
            from homsfacts.base.loader import load

            with _Progress(self.env) as progress:
                self._base = load(self.data, use_cache=self.use_cache, progress=progress)
        return self._base


class _Progress:
    """A Rich status line on stderr while a base is built; silent when stderr is a pipe."""

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._status: Any = None

    def __call__(self, stage: str) -> None:
        if not self._env.stderr_isatty:
            return
        from rich.text import Text

        # One line however narrow the terminal: a status that wraps leaves its first line
        # behind at every update. The spinner and its space take two cells.
        line = Text(f"homsfacts: {stage}…")
        line.truncate(self._env.width - 2, overflow="ellipsis")
        if self._status is None:
            from rich.console import Console

            console = Console(file=self._env.stderr, force_terminal=True,
                              no_color=not self._env.color, width=self._env.width)
            self._status = console.status(line)
            self._status.start()
        else:
            self._status.update(line)

    def __enter__(self) -> "_Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._status is not None:
            self._status.stop()


def _session(ctx: typer.Context) -> Session:
    root = ctx.find_root()
    if not isinstance(root.obj, Session):
        # Tests pass the parts of the environment they fix (``obj={"width": 80}``).
        overrides = root.obj if isinstance(root.obj, dict) else {}
        root.obj = Session(Environment.detect(**overrides))
    return root.obj


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"homsfacts {__version__}\n")
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    data: Annotated[
        str | None,
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
    session = _session(ctx)
    session.data, session.use_cache = (Path(data) if data else None), not no_cache
    if ctx.invoked_subcommand is None:
        # As gh does: with no command, the help is the answer (on stdout, exit 0).
        typer.echo(ctx.get_help())
        raise typer.Exit()


# -- errors: the one place that maps them to messages and exit codes -----------------------


def _say(env: Environment, message: str) -> None:
    # With stderr closed or gone (`2>&-`) there is no one to tell; the exit status still says.
    with contextlib.suppress(OSError, ValueError):
        env.stderr.write(safe_text(message) + "\n")
        env.stderr.flush()


def fail(env: Environment, error: HomsfactsError) -> NoReturn:
    _say(env, f"homsfacts: {error.message}")
    if isinstance(error, FactBaseError):
        for finding in error.findings[:MAX_FINDINGS_SHOWN]:
            _say(env, f"  {finding}")
        hidden = len(error.findings) - MAX_FINDINGS_SHOWN
        if hidden > 0:
            _say(env, f"  ... and {hidden} more")
        if error.findings:
            _say(env, "Run `homsfacts validate PATH` to list every problem.")
    if isinstance(error, NotFoundError) and error.wrong_kind is not None:
        # The name is right and the command wrong: point at the command, not at the name.
        other = "where" if error.wrong_kind in WHERE_KINDS else "who"
        _say(env, f"Try: homsfacts {other} {error.suggestions[0].id}")
    elif isinstance(error, NotFoundError) and error.suggestions:
        names = ", ".join(f"{item.label} ({item.id})" for item in error.suggestions)
        _say(env, ("one of: " if error.ambiguous else "did you mean: ") + names + "?")
    for hint in error.hints:
        _say(env, hint)
    raise typer.Exit(int(error.exit_status))


F = TypeVar("F", bound=Callable[..., None])


def reports_errors(command: F) -> F:
    """Run a command so that no traceback reaches the user."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        env = _session(kwargs["ctx"]).env
        try:
            command(*args, **kwargs)
            env.stdout.flush()
        except OutputError as error:
            _discard_output(env)
            fail(env, error)
        except HomsfactsError as error:
            fail(env, error)
        except KeyboardInterrupt:
            _say(env, "homsfacts: interrupted")
            raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
        except BrokenPipeError:
            # The reader has gone (`| head -1`): leave quietly with the conventional status.
            _discard_output(env)
            raise typer.Exit(int(ExitStatus.BROKEN_PIPE)) from None

    return run  # type: ignore[return-value]


def _discard_output(env: Environment) -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be
    written cannot fail again and print an error of its own."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, env.stdout.fileno())


# -- output: the one place that picks a renderer -------------------------------------------

JsonFlag = Annotated[bool, typer.Option("--json", help="Write JSON to stdout (as --format json).")]


def _format_help(formats: Formats) -> str:
    return (f"Output format: {formats.names()}. Default: {formats.terminal.value} on a "
            f"terminal, {formats.pipe.value} in a pipe.")


def _format_option(formats: Formats) -> Any:
    return typer.Option("--format", "-f", metavar="FORMAT", help=_format_help(formats),
                        autocompletion=lambda: [fmt.value for fmt in formats.accepted])


FormatOption = Annotated[str | None, _format_option(QUERY_FORMATS)]
TimelineFormatOption = Annotated[str | None, _format_option(TIMELINE_FORMATS)]
ValidateFormatOption = Annotated[str | None, _format_option(VALIDATE_FORMATS)]
AllOption = Annotated[bool, typer.Option(
    "--all", help="Every report of a figure or event that several sources give, each with "
    "its source and rank, instead of the preferred one and a count of the others.")]
SourceOption = Annotated[str | None, typer.Option(
    "--source", metavar="ID", help="Only what this source says (see `homsfacts sources`).",
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
    render(answer, fmt, env, _selected(answer, fields))
    if answer.is_list and not answer.data and not empty_ok:
        raise NotFoundError("nothing matched")


def _field_names(fields: str | None) -> list[str] | None:
    return [name.strip() for name in fields.split(",") if name.strip()] if fields else None


def _selected(answer: Answer, fields: str | None) -> list[str] | None:
    """The ``--fields`` asked for, each one checked against what the answer has."""
    selected = _field_names(fields)
    if selected:
        known = available_fields(answer)
        unknown = [name for name in selected if name not in known]
        if unknown and (answer.data or not answer.is_list):
            raise typer.BadParameter(
                f"unknown field {', '.join(map(repr, unknown))}; available: {', '.join(known)}",
                param_hint="--fields")
    return selected


def _date(value: str | None, option: str) -> "PartialDate | None":
    if value is None:
        return None
    from homsfacts.base.dates import DateError, parse_query_date

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
        from homsfacts.base.loader import load

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


@app.command(cls=Command)
@reports_errors
def timeline(
    ctx: typer.Context,
    start: Annotated[str | None, typer.Option("--from", metavar="DATE",
                     help="Only events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
                     ] = None,
    end: Annotated[str | None, typer.Option("--to", metavar="DATE",
                   help="Only events that start on or before DATE.")] = None,
    about: Annotated[str | None, typer.Option("--about", metavar="NAME",
                     help="Only events involving NAME, or happening in place NAME.",
                     autocompletion=completer("entity"))] = None,
    chart: Annotated[bool, typer.Option(
        "--chart", help="Draw the events on a year axis: days as points, spans as bars "
        "(as --format chart).")] = False,
    every_report: AllOption = False,
    source: SourceOption = None,
    json_flag: JsonFlag = False,
    fmt: TimelineFormatOption = None,
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
    env = _session(ctx).env
    if chart:
        if json_flag or fmt is not None or fields:
            raise typer.BadParameter("--chart draws the timeline; leave out --json, --format "
                                     "and --fields, or leave out --chart", param_hint="--chart")
        fmt = Format.chart.value
    chosen = output_format(env, TIMELINE_FORMATS, fmt, json_flag)
    if chosen is Format.chart and fields:
        raise typer.BadParameter("a chart has no fields; leave out --fields",
                                 param_hint="--fields")
    base = _session(ctx).base()
    events = base.timeline(_date(start, "--from"), _date(end, "--to"), about,
                           every_report=every_report, source=_source(base, source))
    emit(env, Answer("events", events), chosen, fields)


@app.command(cls=Command)
@reports_errors
def who(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(
        metavar="NAME",
        help="A name, surname, alias, initials or id; - reads one per line from stdin.",
        autocompletion=completer("entity", WHO_KINDS))],
    every_report: AllOption = False,
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
    session = _session(ctx)
    _answer_each(session, name, lambda query: Answer(
        "entity", session.base().who(query, every_report=every_report)), fmt, json_flag, fields)


@app.command(cls=Command)
@reports_errors
def where(
    ctx: typer.Context,
    place: Annotated[str, typer.Argument(metavar="PLACE", help="A place name, alias or id.",
                                         autocompletion=completer("entity", WHERE_KINDS))],
    every_report: AllOption = False,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """A place card: what the place is, what lies in it, and what happened there.

    Examples:

        homsfacts where "baba amr"

        homsfacts where "old city" --json
    """
    session = _session(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    card = session.base().where(place, every_report=every_report)
    emit(session.env, Answer("place", card), chosen, fields)


def _source(base: "FactBase", source: str | None) -> str | None:
    """The id of the source ``--source`` names, checked against the base."""
    if source is None:
        return None
    return str(base.resolve(source, record_type="source", noun="source")["id"])


REPEATS_REMEMBERED = 4096
"""How many distinct lines of a ``who -`` or ``show -`` batch keep their answer for when they
come again: a list of names from a set of articles repeats the same few hundred."""


def _answer_each(session: Session, query: str, answer: Callable[[str], Answer],
                 fmt: str | None, json_flag: bool, fields: str | None) -> None:
    """Answer one query, or with ``-`` each line of stdin (as NDJSON when JSON is asked for),
    so lookups chain in pipes. Misses are reported as they come; any miss means exit 1."""
    env = session.env
    chosen = output_format(env, QUERY_FORMATS, fmt, json_flag)
    if query != "-":
        emit(env, answer(query), chosen, fields)
        return
    queries, chosen = _stdin_lines(env, chosen, "names")
    if chosen is Format.csv:
        _answer_each_as_csv(env, queries, answer, fields)
        return
    # The base does not change under a run, so a line asked again gets the text it got the
    # first time. A terminal, or colour asked for, is drawn for directly and not remembered.
    remember = not (env.stdout_isatty or env.color)
    answered: dict[str, tuple[str, str | None]] = {}
    missed = 0
    for number, each in enumerate(queries):
        if number and chosen in (Format.plain, Format.table) and not fields:
            env.stdout.write("\n")  # records apart, as `check -` keeps its verdicts
        if each in answered:
            text, complaint = answered[each]
        else:
            buffer = io.StringIO()
            text, complaint = "", _answer_line(env.writing_to(buffer) if remember else env,
                                               each, answer, chosen, fields)
            if remember:
                text = buffer.getvalue()
                if len(answered) < REPEATS_REMEMBERED:
                    answered[each] = (text, complaint)
        if complaint is not None:
            missed += 1
            _say(env, complaint)
        env.stdout.write(text)
    _fail_on_misses(missed, len(queries))


def _fail_on_misses(missed: int, lines: int) -> None:
    """Exit 1 after a batch in which any line matched nothing, saying how many."""
    if missed:
        raise NotFoundError(f"{missed} of {lines} lines matched nothing")


def _answer_each_as_csv(env: Environment, queries: list[str],
                        answer: Callable[[str], Answer], fields: str | None) -> None:
    """A batch as one CSV table (see ``CsvTable``): misses are told on stderr and exit 1."""
    from homsfacts.output.render import CsvTable

    table = CsvTable(env, _field_names(fields))
    missed = 0
    for each in queries:
        try:
            found = answer(each)
        except (NotFoundError, QueryError) as error:
            missed += 1
            _say(env, f"homsfacts: {error.message}")
            table.add_miss()
            continue
        _selected(found, fields)
        table.add(found)
    _fail_on_misses(missed, len(queries))


def _answer_line(env: Environment, query: str, answer: Callable[[str], Answer], chosen: Format,
                 fields: str | None) -> str | None:
    """Write the answer to one line of a batch; on a miss, what to tell stderr."""
    try:
        emit(env, answer(query), chosen, fields)
        return None
    except (NotFoundError, QueryError) as error:
        # One line out for every line in, so a script can pair them: a miss is an object
        # (NDJSON) or an `error` line (plain) in the place of the answer.
        render(Answer("miss", _miss(query, error)), chosen, env, None)
        return f"homsfacts: {error.message}"


def _stdin_lines(env: Environment, chosen: Format, what: str) -> tuple[list[str], Format]:
    """The non-blank lines of stdin, for a command given ``-``, and the format to answer
    them in: one answer per line, so JSON becomes NDJSON."""
    lines = [line.strip() for line in env.stdin if line.strip()]
    if not lines:
        raise QueryError(f"no {what} on stdin")
    return lines, Format.ndjson if chosen is Format.json else chosen


def _miss(query: str, error: HomsfactsError) -> dict[str, Any]:
    """The documented stand-in for an answer that `who -` or `show -` could not give."""
    kind = "usage" if isinstance(error, QueryError) else (
        "ambiguous" if getattr(error, "ambiguous", False) else "not-found")
    suggestions = getattr(error, "suggestions", [])
    return {"query": query, "error": kind, "message": error.message,
            "suggestions": [{"id": item.id, "name": item.label} for item in suggestions]}


@app.command(cls=Command)
@reports_errors
def figure(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(
        metavar="[NAME]",
        help="A figure's id or words from its label; leave out for every figure.",
        autocompletion=completer("figure"))] = None,
    every_report: AllOption = False,
    source: SourceOption = None,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Figures as the source gives them: its hedge, who it credits, and when.

    Examples:

        homsfacts figure

        homsfacts figure population

        homsfacts figure judgement --json

        homsfacts figure "siege length" --all
    """
    session = _session(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    base = session.base()
    if name is None:
        answer = Answer("figures", base.figures(every_report=every_report,
                                                source=_source(base, source)))
    else:
        answer = Answer("record", base.resolve(name, record_type="figure", noun="figure"))
    emit(session.env, answer, chosen, fields)


@app.command(cls=Command)
@reports_errors
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(metavar="WORDS",
                                        help="Words to look for in every record.")],
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
    session = _session(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    emit(session.env, Answer("search", session.base().search(text, limit)), chosen, fields)


@app.command(cls=Command)
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
    session = _session(ctx)
    _answer_each(session, record_id, lambda query: Answer("record", session.base().show(query)),
                 fmt, json_flag, fields)


@app.command(cls=Command)
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
    session = _session(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    emit(session.env, Answer("sources", session.base().sources()), chosen, fields)


@app.command(cls=Command)
@reports_errors
def check(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(
        metavar="CLAIM", help="A sentence to check; - reads one claim per line from stdin.")],
    json_flag: JsonFlag = False,
    fmt: Annotated[str | None, _format_option(CHECK_FORMATS)] = None,
) -> None:
    """Test a claim against the sourced base: supported, refuted or not-enough-info.

    Reads the numbers, amounts, ranks, durations, dates and names in the claim, compares
    each with the sourced facts about the same thing, and says why, with the evidence and
    its citations. Exit 0 when every claim is supported, 1 when any is refuted or has not
    enough info. With -, one verdict per input line, in order (NDJSON with --json).
    --format claimreview writes schema.org ClaimReview JSON-LD, one object a line.

    Examples:

        homsfacts check "Homs had 2 million people before the war"

        homsfacts check "Colvin was killed in 2013" --json

        printf '%s\\n' "The siege killed 2,200" | homsfacts check - --json

        homsfacts check "Colvin was killed in 2012" --format claimreview
    """
    from homsfacts.check.judge import SUPPORTED, Checker, claim_review

    session = _session(ctx)
    env = session.env
    chosen = output_format(env, CHECK_FORMATS, fmt, json_flag)
    if claim == "-":
        claims, chosen = _stdin_lines(env, chosen, "claims")
    elif not claim.strip():
        raise QueryError("a claim is required and must not be blank")
    else:
        claims = [claim]
    base = session.base()
    checker = Checker(base)
    unsupported = 0
    for number, each in enumerate(claims):
        result = checker.check(each)
        if number and chosen is Format.plain:
            env.stdout.write("\n")  # a blank line between the verdicts of `check -`
        answer = (Answer("claimreview", claim_review(base, result))
                  if chosen is Format.claimreview else Answer("verdict", result))
        render(answer, chosen, env)
        unsupported += result["verdict"] != SUPPORTED
    if unsupported:
        raise FoundError(f"{unsupported} of {len(claims)} claim"
                         f"{'s are' if len(claims) != 1 else ' is'} not supported")


@app.command(cls=Command)
@reports_errors
def conflicts(
    ctx: typer.Context,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Figures and events whose sources cannot all be right, and how each was ranked.

    Lists every group of values (figures that measure the same thing, reports of the same
    happening) that do not overlap, with the sources on each side and the ranking decision.
    Exit 0 when there is none and 1 when there is any, so CI can run it.

    Examples:

        homsfacts conflicts

        homsfacts conflicts --json | jq '.[] | select(.status == "disputed") | .id'
    """
    session = _session(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    found = session.base().conflicts()
    emit(session.env, Answer("conflicts", found), chosen, fields, empty_ok=True)
    disputed = sum(1 for group in found if group["status"] == "disputed")
    if found:
        one = len(found) == 1
        raise FoundError(
            f"{len(found)} group{'' if one else 's'} of reports disagree{'s' if one else ''}; "
            + (f"{disputed} with nothing ranked preferred" if disputed
               else ("it has" if one else "each has") + " a value ranked preferred"))
    _say(session.env, "homsfacts: no sources disagree")


@app.command(cls=Command)
@reports_errors
def diff(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier fact-base file.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later fact-base file.")],
    json_flag: JsonFlag = False,
    fmt: Annotated[str | None, _format_option(DIFF_FORMATS)] = None,
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

    session = _session(ctx)
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
    from homsfacts.output.export import export_answer, write_atomically

    session = _session(ctx)
    chosen = output_format(session.env, EXPORT_FORMATS, fmt)
    base = session.base()
    answer = export_answer(base, table)
    if out is None or out == "-":
        render(answer, chosen, session.env)
        return

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            render(answer, chosen, session.env.writing_to(stream))

    write_atomically(Path(out), write, force=force, protected=Path(base.path))


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
    from homsfacts.base.loader import check_file, default_path

    session = _session(ctx)
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
        _say(session.env, f"{path}: valid" + (
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
    from homsfacts.base.validate import json_schema

    session = _session(ctx)
    render(Answer("document", json_schema()), Format.json, session.env)


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
