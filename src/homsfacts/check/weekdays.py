"""The day of the week a claim gives ("on a Sunday in May 2014", "on Saturday 6 December
2024"), against the day an event is dated: a day the calendar puts on another weekday
refutes it; a day the base derived ("on Wednesday" in a dispatch dated Thursday) makes it
not-enough-info, as the night of one day may be the morning of the next."""

from __future__ import annotations

import datetime
import functools
import re

from homsfacts.base.dates import MONTH_NAMES
from homsfacts.base.views import Record
from homsfacts.check.acts import acts, said
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")s?\b", re.IGNORECASE)
_MONTH = "(?:" + "|".join(MONTH_NAMES) + r")\b"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@functools.lru_cache(maxsize=64)
def named_weekdays(claim: str) -> frozenset[str]:
    """The weekdays a claim names, read once a claim, not once each of its dates; not one
    that begins a name ("The Sunday Times"), as a word with a capital after it does."""
    return frozenset(match[1].lower() for match in _WEEKDAY.finditer(claim)
                     if not re.match(rf"\s+(?!{_MONTH})[A-Z]", claim[match.end():]))


def other_weekday(claim: str, event: Record) -> tuple[str, str] | None:
    """The verdict and reason where the one weekday a claim names is not the weekday of the
    event's one day, or the event is not dated to one day; or None."""
    named = named_weekdays(claim)
    edtf = str(event.get("edtf") or "")
    if len(named) != 1:
        return None
    (claimed,) = named
    if not _DAY.match(edtf) or event.get("approximate") or event.get("uncertain"):
        return (NOT_ENOUGH_INFO, f"the claim names a day of the week ({claimed.title()}), "
                f"and the source dates the event {event['id']} only as {edtf}")
    actual = _WEEKDAYS[datetime.date.fromisoformat(edtf).weekday()]
    if claimed == actual:
        return None
    reason = (f"the event {event['id']} is dated {edtf}, a {actual.title()}, not a "
              f"{claimed.title()}")
    if event.get("derived"):
        return NOT_ENOUGH_INFO, f"{reason}; the base derived that day"
    return REFUTED, reason


def weekday_kept(claim: str, record: Record) -> frozenset[str]:
    """The weekday a claim names where it is the day of the week of the event's one day
    ("took control on Thursday" of an event dated Thursday 8 May 2014) and the claim says
    the event's own act, its first: a part the event speaks to; else none."""
    named = named_weekdays(claim)  # other_weekday reads the event's one day, if it has one
    if record["type"] != "event" or len(named) != 1:
        return frozenset()
    first = acts(str(record.get("summary") or ""))[:1]  # its own act, not a clause's
    if not first or first[0].act not in said(acts(claim)):
        return frozenset()  # "the rebels began leaving on Thursday": not the taking of control
    return named if other_weekday(claim, record) is None else frozenset()


def undated_weekday(claim: str, figures: list[Record]) -> str:
    """Why a count backs no claim that names a day of the week ("by late afternoon on
    Thursday") where none of its figures is dated to a day of that weekday, or ""."""
    named = named_weekdays(claim)
    if len(named) != 1:
        return ""
    (claimed,) = named
    days = [str(figure.get("as_of") or "") for figure in figures]
    if any(_DAY.match(day) and _WEEKDAYS[datetime.date.fromisoformat(day).weekday()] == claimed
           for day in days):
        return ""
    return (f"the claim names a day of the week ({claimed.title()}), and the source does not "
            f"date {figures[0].get('label')!r} to one" if figures else "")


__all__ = ["named_weekdays", "other_weekday", "undated_weekday", "weekday_kept"]
