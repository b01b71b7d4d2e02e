"""Dates that bound a state or mark a move: "in Homs until 1959", "besieged since 2011",
"moved to Homs in 1933". A bound is the end or the start of a span; a move is one end of a
stay, never a year inside it."""

from __future__ import annotations

import re

from homsfacts.base.dates import parse_edtf, year_of
from homsfacts.base.views import Record, date_label
from homsfacts.check.verdicts import NOT_ENOUGH_INFO
from homsfacts.check.when import ClaimDate

_MOVE = re.compile(r"\b(?:moved|came|arrived|relocated|transferred)\s+(?:\w+\s+){0,2}?"
                   r"(?:to|into)\b", re.IGNORECASE)
"""A move to a place ("moved to Homs", "came to Homs"): the start or end of a stay there."""
_BUILT = re.compile(r"\b(?:built|constructed|erected|rebuilt)\b", re.IGNORECASE)
"""A building, which a span of years dates from its start to its end: "built from 1908 to
1913" backs no "built in 1910", a year inside it."""
BOUND = re.compile(r"^(?P<word>until|till|since) (?P<iso>\S+)$")


def against_bound(date: ClaimDate, event: Record) -> tuple[str, str] | None:
    """A claim that bounds a state with a date ("in Homs until 1999", "besieged since
    2009") against an event: the date must be the end of the event's span ("until") or its
    start ("since"), or the one date of an event that is that bound; None for other dates.
    Another end, or one date of an event the state may outlast, leaves it not-enough-info:
    the claim may bound another state than the span's."""
    match = BOUND.match(date.iso)
    if match is None:
        return None
    edtf, bound = parse_edtf(event["edtf"]), parse_edtf(match["iso"])
    until = match["word"] != "since"
    end = (edtf.end if until else edtf.start) if edtf.end is not None else None
    first, last = (end.earliest(), end.latest()) if end is not None else (edtf.earliest,
                                                                          edtf.latest)
    said = "ends" if until else "begins"
    if bound.earliest <= first and last <= bound.latest:
        return None  # the bound is the event's own: compared as any other date
    if end is not None and (last < bound.earliest or first > bound.latest):
        # not refuted: the claim's state may be another than the span's ("in Mardin until
        # 1933" against the seat's years in Homs, 1933-1959)
        years = sorted({year_of(first), year_of(last)})
        return (NOT_ENOUGH_INFO, f"the event {event['id']}, dated {date_label(event)}, "
                f"{said} in {'–'.join(map(str, years))}, not {date.text}")
    return (NOT_ENOUGH_INFO, f"{date.text!r} bounds a state, and {event['id']}, dated "
            f"{date_label(event)}, does not {said.removesuffix('s')} then")


def moved_inside(date: ClaimDate, event: Record, claim: str) -> tuple[str, str] | None:
    """Not-enough-info, with why, where a claim dates a move ("moved to Homs in 1945") to a
    year of a stay that is neither its start nor its end; None otherwise."""
    edtf = parse_edtf(event["edtf"])
    moved, built = _MOVE.search(claim), _BUILT.search(claim)
    if edtf.end is None or not (moved or built):
        return None
    ends = [(edtf.start.earliest(), edtf.start.latest()), (edtf.end.earliest(), edtf.end.latest())]
    if any(date.earliest <= first and last <= date.latest for first, last in ends) or (
            not moved and not (edtf.earliest < date.earliest and date.latest < edtf.latest)):
        return None  # a building dated outside its span is compared as any other date
    return (NOT_ENOUGH_INFO, f"the claim dates a move or a building ({date.text}), and "
            f"{event['id']} spans {date_label(event)}: it is dated by its start or its end")


__all__ = ["BOUND", "against_bound", "moved_inside"]


def uncertain_end(event: Record, earliest: int, latest: int) -> str:
    """Which end of a span ("start" or "end") a time from ``earliest`` to ``latest`` (day
    numbers) falls in, where the source gives that end no closer than a longer time ("December
    2014" of a siege of 2012 to 2014): it may be before the span began or after it ended; or
    "" (no span, or no such end)."""
    edtf = parse_edtf(event["edtf"])
    if edtf.end is None:
        return ""
    return next((name for end, name in ((edtf.start, "start"), (edtf.end, "end"))
                 if end.earliest() <= earliest and latest <= end.latest()
                 and latest - earliest < end.latest() - end.earliest()), "")


def at_an_uncertain_end(date: ClaimDate, event: Record) -> tuple[str, str] | None:
    """A date in the time a span's start or end may lie in (:func:`uncertain_end`): the span
    backs it no more than it refutes it; None otherwise."""
    name = uncertain_end(event, date.earliest, date.latest)
    if not name:
        return None
    return (NOT_ENOUGH_INFO, f"{date.text!r} falls in the time in which the {name} of "
            f"{event['id']} ({date_label(event)}) lies, which the source gives no "
            f"closer: it may be before the {name} or after it")
