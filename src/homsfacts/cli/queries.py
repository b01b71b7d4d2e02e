"""The commands that ask the base about Homs: timeline, who, where, figure, search, show,
sources, check and conflicts. Each parses, calls the core and hands the answer to output."""

from typing import Annotated

import typer

from homsfacts.cli.app import Command, app, session_of
from homsfacts.cli.batch import answer_each, check_each
from homsfacts.cli.exits import reports_errors, say
from homsfacts.cli.options import (
    AllOption,
    FieldsOption,
    FigureFormatOption,
    FormatOption,
    JsonFlag,
    SourceOption,
    TimelineFormatOption,
    completer,
    emit,
    format_option,
    one_or_many,
    output_format,
    query_date,
    source_id,
)
from homsfacts.errors import FoundError, NotFoundError
from homsfacts.output.formats import (
    CHECK_FORMATS,
    FIGURE_FORMATS,
    QUERY_FORMATS,
    TIMELINE_FORMATS,
    Answer,
    Format,
)
from homsfacts.vocabulary import WHERE_KINDS, WHO_KINDS


@app.command(cls=Command)
@reports_errors
def timeline(
    ctx: typer.Context,
    start: Annotated[str | None, typer.Option("--from", metavar="DATE",
                     help="Only events that end on or after DATE: 2014, May 2014, 2014-5, "
                     "8 Dec 2024 or spring 2014.")
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
    env = session_of(ctx).env
    if chart:
        if json_flag or fmt is not None or fields:
            raise typer.BadParameter("--chart draws the timeline; leave out --json, --format "
                                     "and --fields, or leave out --chart", param_hint="--chart")
        fmt = Format.chart.value
    chosen = output_format(env, TIMELINE_FORMATS, fmt, json_flag)
    if chosen is Format.chart and fields:
        raise typer.BadParameter("a chart has no fields; leave out --fields",
                                 param_hint="--fields")
    base = session_of(ctx).base()
    events = base.timeline(query_date(start, "--from"), query_date(end, "--to"), about,
                           every_report=every_report, source=source_id(base, source, env))
    emit(env, Answer("events", events), chosen, fields)


@app.command(cls=Command)
@reports_errors
def who(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(
        metavar="[NAME]",
        help="A name, surname, alias, initials or id; - reads one per line from stdin; "
        "leave out for every person, organisation and group.",
        autocompletion=completer("entity", WHO_KINDS))] = None,
    every_report: AllOption = False,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """A person, organisation or group: who they are, what the source says, and where.

    Names match without regard to case or accents, by surname or initials too. A name that
    fits several lists them all; with no name, every actor the base holds is listed.

    Examples:

        homsfacts who

        homsfacts who colvin

        homsfacts who hts --json

        printf 'colvin\\nochlik\\n' | homsfacts who - --json
    """
    session = session_of(ctx)
    if name is None:
        chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
        emit(session.env, Answer("entities", session.base().find(None, "who")), chosen, fields)
        return
    answer_each(session, name, lambda query: one_or_many(
        session.env, query, session.base().find(query, "who", every_report=every_report),
        "entity", "entities", "people, organisations and groups", alone=name != "-"),
        fmt, json_flag, fields)


@app.command(cls=Command)
@reports_errors
def where(
    ctx: typer.Context,
    place: Annotated[str | None, typer.Argument(
        metavar="[PLACE]", help="A place name, alias or id; leave out for every place.",
        autocompletion=completer("entity", WHERE_KINDS))] = None,
    every_report: AllOption = False,
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """A place card: what the place is, what lies in it, and what happened there.

    With no place, every place the base holds is listed.

    Examples:

        homsfacts where

        homsfacts where "baba amr"

        homsfacts where "old city" --json
    """
    session = session_of(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    base = session.base()
    if place is None:
        answer = Answer("entities", base.find(None, "where"))
    else:
        answer = one_or_many(session.env, place,
                             base.find(place, "where", every_report=every_report),
                             "place", "entities", "places")
    emit(session.env, answer, chosen, fields)


@app.command(cls=Command)
@reports_errors
def figure(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(
        metavar="[NAME]",
        help="A figure's id or words from its label; leave out for every figure.",
        autocompletion=completer("figure"))] = None,
    every_report: AllOption = False,
    chart: Annotated[bool, typer.Option(
        "--chart", help="Draw the values of NAME over time, where there are three or more "
        "(as --format chart).")] = False,
    source: SourceOption = None,
    json_flag: JsonFlag = False,
    fmt: FigureFormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Figures as the source gives them: its hedge, who it credits, and when.

    A quantity with values for different times (the city's population) answers with its
    latest value; --all lists every value in date order, --chart draws them.

    Examples:

        homsfacts figure

        homsfacts figure population

        homsfacts figure population --all

        homsfacts figure population --chart

        homsfacts figure judgement --json
    """
    session = session_of(ctx)
    if chart:
        if json_flag or fmt is not None or fields:
            raise typer.BadParameter("--chart draws the values; leave out --json, --format "
                                     "and --fields, or leave out --chart", param_hint="--chart")
        fmt = Format.chart.value
    chosen = output_format(session.env, FIGURE_FORMATS, fmt, json_flag)
    if chosen is Format.chart and name is None:
        raise typer.BadParameter("a chart draws the values of one figure: name it",
                                 param_hint="--chart")
    base = session.base()
    if name is None:
        answer = Answer("figures", base.figures(every_report=every_report,
                                                source=source_id(base, source, session.env)))
    elif every_report:
        answer = Answer("figures", base.figures(of=name))
    else:
        answer = one_or_many(session.env, name, base.find(name, "figure"), "record",
                             "figures", "figures")
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
    session = session_of(ctx)
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
    session = session_of(ctx)
    answer_each(session, record_id, lambda query: Answer("record", session.base().show(query)),
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
    session = session_of(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    emit(session.env, Answer("sources", session.base().sources()), chosen, fields)


@app.command(cls=Command)
@reports_errors
def check(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(
        metavar="CLAIM", help="A sentence to check; - reads one claim per line from stdin.")],
    json_flag: JsonFlag = False,
    fmt: Annotated[str | None, format_option(CHECK_FORMATS)] = None,
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
    session = session_of(ctx)
    check_each(session, claim, output_format(session.env, CHECK_FORMATS, fmt, json_flag))


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
    session = session_of(ctx)
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
    say(session.env, "homsfacts: no sources disagree")


@app.command(cls=Command)
@reports_errors
def ask(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(metavar="QUESTION",
                                            help="A question in plain words.")],
    json_flag: JsonFlag = False,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
) -> None:
    """Answer a question in plain words with the records that answer it, and their sources.

    The question is read as `check` reads a claim: its first words say what kind of record
    answers it (how many: a figure; when: an event; who: a person, group or event; where: a
    place or event), its names, dates and words which one. When no record is clearly the
    answer, the best candidates are listed, it says so on stderr, and exits 1.

    Examples:

        homsfacts ask "how many people died in the siege?"

        homsfacts ask "who is Golani?"

        homsfacts ask "what happened in May 2014?" --json
    """
    from homsfacts.check.ask import ask as answer_question

    session = session_of(ctx)
    chosen = output_format(session.env, QUERY_FORMATS, fmt, json_flag)
    result = answer_question(session.base(), question)
    if result["sure"]:
        emit(session.env, Answer(result["answer"]["kind"], result["answer"]["data"]), chosen,
             fields)
        if result["because"]:  # which of a card's sentences answers the question
            say(session.env, f"homsfacts: answered by: {result['because']}")
        return
    if result["candidates"]:
        emit(session.env, Answer("candidates", result["candidates"]), chosen, fields)
        raise NotFoundError(f"not sure of the answer: {result['reason']}; the best "
                            "candidates are listed")
    raise NotFoundError(f"no record answers {question!r}: {result['reason']}")
