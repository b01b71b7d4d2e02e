"""Batches: ``who -``, ``show -`` and ``check -`` answer each line of stdin in order, one
answer for every line, so a script can pair them; a miss is answered in its place."""

import io
from collections.abc import Callable
from typing import Any

from homsfacts.cli.app import Session
from homsfacts.cli.exits import say
from homsfacts.cli.options import emit, field_names, output_format, selected
from homsfacts.errors import FoundError, HomsfactsError, NotFoundError, QueryError
from homsfacts.output.environment import Environment
from homsfacts.output.formats import QUERY_FORMATS, Answer, Format
from homsfacts.output.registry import render

REPEATS_REMEMBERED = 4096
"""How many distinct lines of a ``who -`` or ``show -`` batch keep their answer for when they
come again: a list of names from a set of articles repeats the same few hundred."""


def answer_each(session: Session, query: str, answer: Callable[[str], Answer],
                 fmt: str | None, json_flag: bool, fields: str | None) -> None:
    """Answer one query, or with ``-`` each line of stdin (as NDJSON when JSON is asked for),
    so lookups chain in pipes. Misses are reported as they come; any miss means exit 1."""
    env = session.env
    chosen = output_format(env, QUERY_FORMATS, fmt, json_flag)
    if query != "-":
        emit(env, answer(query), chosen, fields)
        return
    queries, chosen = stdin_lines(env, chosen, "names")
    if chosen.one_document:
        answer_each_as_csv(env, queries, answer, fields)
        return
    # The base does not change under a run, so a line asked again gets the text it got the
    # first time. A terminal, or colour asked for, is drawn for directly and not remembered.
    remember = not (env.stdout_isatty or env.color)
    answered: dict[str, tuple[str, str | None]] = {}
    missed = 0
    for number, each in enumerate(queries):
        if number and chosen.for_reading and not fields:
            env.stdout.write("\n")  # records apart, as `check -` keeps its verdicts
        if each in answered:
            text, complaint = answered[each]
        else:
            buffer = io.StringIO()
            text, complaint = "", answer_line(env.writing_to(buffer) if remember else env,
                                               each, answer, chosen, fields)
            if remember:
                text = buffer.getvalue()
                if len(answered) < REPEATS_REMEMBERED:
                    answered[each] = (text, complaint)
        if complaint is not None:
            missed += 1
            say(env, complaint)
        env.stdout.write(text)
    fail_on_misses(missed, len(queries))


def fail_on_misses(missed: int, lines: int) -> None:
    """Exit 1 after a batch in which any line matched nothing, saying how many."""
    if missed:
        raise NotFoundError(f"{missed} of {lines} lines matched nothing")


def answer_each_as_csv(env: Environment, queries: list[str],
                        answer: Callable[[str], Answer], fields: str | None) -> None:
    """A batch as one CSV table (see ``CsvTable``): misses are told on stderr and exit 1."""
    from homsfacts.output.plain import CsvTable

    table = CsvTable(env, field_names(fields))
    missed = 0
    for each in queries:
        try:
            found = answer(each)
        except (NotFoundError, QueryError) as error:
            missed += 1
            say(env, f"homsfacts: {error.message}")
            table.add_miss()
            continue
        selected(found, fields)
        table.add(found)
    fail_on_misses(missed, len(queries))


def answer_line(env: Environment, query: str, answer: Callable[[str], Answer], chosen: Format,
                 fields: str | None) -> str | None:
    """Write the answer to one line of a batch; on a miss, what to tell stderr."""
    try:
        emit(env, answer(query), chosen, fields)
        return None
    except (NotFoundError, QueryError) as error:
        # One line out for every line in, so a script can pair them: a miss is an object
        # (NDJSON) or an `error` line (plain) in the place of the answer.
        render(Answer("miss", miss(query, error)), chosen, env, None)
        return f"homsfacts: {error.message}"


def stdin_lines(env: Environment, chosen: Format, what: str) -> tuple[list[str], Format]:
    """Every line of stdin, for a command given ``-``, and the format to answer them in: one
    answer per line, so JSON becomes NDJSON. A blank line is kept, and answered with a usage
    error in its place, so the answers still pair with the lines."""
    lines = [line.strip() for line in env.stdin]
    if not any(lines):
        raise QueryError(f"no {what} on stdin")
    return lines, chosen.per_line()


def miss(query: str, error: HomsfactsError) -> dict[str, Any]:
    """The documented stand-in for an answer that `who -` or `show -` could not give."""
    kind = "usage" if isinstance(error, QueryError) else (
        "ambiguous" if getattr(error, "ambiguous", False) else "not-found")
    suggestions = getattr(error, "suggestions", [])
    return {"query": query, "error": kind, "message": error.message,
            "suggestions": [{"id": item.id, "name": item.label} for item in suggestions]}


def check_each(session: Session, claim: str, chosen: Format) -> None:
    """Judge one claim, or with ``-`` each line of stdin, writing each verdict as it comes;
    exit 1 when any claim is not supported."""
    from homsfacts.check.judge import Checker
    from homsfacts.check.verdicts import SUPPORTED

    env = session.env
    if claim == "-":
        claims, chosen = stdin_lines(env, chosen, "claims")
    elif not claim.strip():
        raise QueryError("a claim is required and must not be blank")
    else:
        claims = [claim]
    base = session.base()
    checker = Checker(base)
    unsupported = 0
    for number, each in enumerate(claims):
        if number and chosen.for_reading:
            env.stdout.write("\n")  # a blank line between the verdicts of `check -`
        try:
            result = checker.check(each)
        except QueryError as error:  # a blank or overlong line: answered in its place
            render(Answer("miss", miss(each, error)), chosen, env)
            say(env, f"homsfacts: {error.message}")
            unsupported += 1
            continue
        render(Answer("verdict", result), chosen, env)
        unsupported += result["verdict"] != SUPPORTED
    if unsupported:
        raise FoundError(f"{unsupported} of {len(claims)} claim"
                         f"{'s are' if len(claims) != 1 else ' is'} not supported")
