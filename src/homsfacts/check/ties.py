"""How ``ask`` breaks a near tie between records that hold about as much of a question:
by the one that fits it most tightly (a count's label that says least besides), the one that
is the beginning or end it asks of, or the one whose doer it names."""

from __future__ import annotations

import re
from collections.abc import Callable

from homsfacts.base.match import id_words
from homsfacts.base.views import Record
from homsfacts.check.acts import acts, said
from homsfacts.check.question import EVENT, FIGURE, WHO, Question
from homsfacts.check.settle import Scored
from homsfacts.check.stems import Stemmer
from homsfacts.vocabulary import WHO_KINDS

_ENDS_ASKED = {"begin": re.compile(r"\b(?:begin|began|begun|begins|start|started|starts)\b"),
               "end": re.compile(r"\b(?:end|ended|ends|finish|finished)\b|\bover\s*\??$")}


def one_that_ends_as_asked(asked: Question, close: list[Scored],
                           stemmer: Stemmer) -> Scored | None:
    """Of events that hold about as much of a "when did it start/end" question, the one
    whose id says it is the beginning (or end) of what is asked, if only one does: "when did
    the protests start?" is the protests' beginning, not the crackdown on them; else None."""
    for term, asking in _ENDS_ASKED.items():
        if asked.kind == EVENT and asking.search(asked.text.lower()):
            saying = [item for item in close if item.passage.record["type"] == "event"
                      and _ends_as_asked(asked, item.passage.record, term, stemmer)]
            return saying[0] if len(saying) == 1 else None
    return None


def one_event_as_asked(asked: Question, close: list[Scored],
                       stemmer: Stemmer) -> Scored | None:
    """Of events that hold about as much of a "when did ..." question, the one that is the
    beginning or end asked of (:func:`one_that_ends_as_asked`), else the one whose doer is
    a name the question gives, if only one's is: "when did the Syrian army leave Homs?" is
    the army's withdrawal, not the rebels' taking of the city it left."""
    ending = one_that_ends_as_asked(asked, close, stemmer)
    if ending is not None or asked.kind != EVENT:
        return ending
    done = [item for item in close if item.passage.record["type"] == "event"
            and set(item.passage.record.get("agents") or []) & set(asked.names)]
    return done[0] if len(done) == 1 else None


def done_as_asked(asked: Question, able: list[Scored]) -> Scored | None:
    """Of events that hold about as much of a "when did ..." question and may answer it, the
    one whose summary has the question's doer do the question's act, if only one does: "when
    did the rebels leave the Old City?" is the rebels' leaving, not the troops' entering once
    a last convoy had left."""
    if asked.kind != EVENT or _WHOLE.search(asked.text):  # "when had all the rebels left":
        return None  # the end, which no summary's act says
    doing = {(each.act, each.agent) for each in acts(asked.text) if each.agent}
    doers = [item for item in able if item.passage.record["type"] == "event" and doing & {
        (each.act, each.agent) for each in acts(_main_clause(str(item.passage.record[
            "summary"])))}]
    return doers[0] if len(doers) == 1 else None


_WHOLE = re.compile(r"\b(?:all|every|last|finally|complete|completed|whole)\b", re.IGNORECASE)
"""Words of a question that asks when something was over ("when had all the rebels left"),
which the act of a beginning's summary does not answer."""
_TIMING_CLAUSE = re.compile(r"(?:^|(?<=[,;])|(?<=\s))\s*(?:once|after|when|as|before|while|until|"
                            r"since)\b[^,;.]*[,;.]?", re.IGNORECASE)
"""A clause that says when or as what the main one happened."""


def _main_clause(summary: str) -> str:
    """A summary without the clauses that time its own ("Once a last convoy of rebels has
    left, ... government troops move in": the troops' entry; "Rebels take Homs once the
    army has left": the rebels' taking)."""
    return _TIMING_CLAUSE.sub(" ", summary)


def _ends_as_asked(asked: Question, event: Record, term: str, stemmer: Stemmer) -> bool:
    """Whether an event's id says it is the beginning (or end) of what the question asks
    of: "protests-begin" for "when did the protests start?", not "evacuation-begins" for
    "when did the siege begin?"."""
    (named,) = stemmer.terms([id_words(event["id"])])
    return term in named and bool(named & asked.terms)


FITTER_BY = 2
"""How many fewer words the question does not ask a passage must hold than every near rival
of it to be the one that fits the question most tightly."""


SPECIFIC = 3
"""The least a question's near answers must each hold of it (and all the same) to be
settled by fit: "how many people were evacuated?" (one word) fits every count of evacuees
alike, and "when did the Syrian uprising start?" (two) the independence and the siege."""


def tightest(asked: Question, close: list[Scored]) -> Scored | None:
    """Of records that hold about as much of a question, the one whose passage says least
    besides (a figure's label of what it counts, not when): "the population of Homs in the
    2004 census" is the city's count, not the metropolitan area's. Only counts are settled so:
    a summary or a card's prose is long or short by its style, not by what it answers. None
    when no passage says :data:`FITTER_BY` fewer unasked words than each of the others."""
    if asked.kind != FIGURE or any(
            len(item.held) < SPECIFIC or item.held != close[0].held for item in close):
        return None
    asked_terms = set(asked.terms).union(*(written or set() for written in
                                           asked.name_terms.values()))
    extra = sorted((len((item.passage.measures or item.passage.terms) - asked_terms), at)
                   for at, item in enumerate(close))
    if len(extra) < 2 or extra[1][0] - extra[0][0] < FITTER_BY:
        return None
    return close[extra[0][1]]


def the_doer(asked: Question, close: list[Scored]) -> Scored | None:
    """Of an event and the one person or group that did it, tied for a "who" question, the
    doer: "who besieged the Old City?" is the army, not the siege it laid."""
    if asked.kind != WHO:
        return None
    cards = [item for item in close if item.passage.record["type"] == "entity"]
    events = [item.passage.record for item in close if item.passage.record["type"] == "event"]
    if len(cards) != 1 or len(cards) + len(events) != len(close) or not events:
        return None
    doer = cards[0].passage.record["id"]
    return cards[0] if all(doer in (event.get("agents") or []) for event in events) else None


def beginning_for_an_end(asked: Question, record: Record) -> str:
    """Why an event that begins something does not answer when it ended ("when was the
    evacuation over?" is not the day it began), as a reason; or ""."""
    if asked.kind != EVENT or record["type"] != "event" or \
            not _ENDS_ASKED["end"].search(asked.text.lower()) or \
            _ENDS_ASKED["begin"].search(asked.text.lower()):
        return ""
    begins = _ENDS_ASKED["begin"].search(f"{id_words(record['id'])} {record['summary']}")
    return f"is when it began ({begins.group()!r}), and the question asks when it ended" \
        if begins else ""


def doer_written(asked: Question, top: Scored, ranked: list[Scored],
                 names_in: Callable[[list[str]], dict[str, str]]) -> Scored | None:
    """For a "who" question an event answers, the one person or group that its summary
    writes as the doer of the act asked ("a deal ... overseen by the UN" for "who oversaw
    the evacuation deal?"), where that record is among the candidates; else None."""
    record = top.passage.record
    if asked.kind != WHO or record["type"] != "event":
        return None
    asking = said(acts(asked.text))
    doers = {record_id for each in acts(record["summary"]) if each.act in asking
             for record_id in names_in(list(each.agent_words))}
    found = [item for item in ranked if item.passage.record["id"] in doers
             and item.passage.record.get("kind") in WHO_KINDS]
    return found[0] if len(doers) == 1 and found else None


__all__ = ["FITTER_BY", "SPECIFIC", "beginning_for_an_end", "doer_written", "done_as_asked",
           "one_event_as_asked", "one_that_ends_as_asked", "the_doer", "tightest"]
