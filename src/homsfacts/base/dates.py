"""Dates in the subset of EDTF (ISO 8601-2) that a fact base uses.

A date is a year, a year and month, or a full day: ``2011``, ``2011-03``, ``2012-02-22``.
A trailing ``~`` marks it approximate and ``?`` uncertain (``%`` both). Two dates joined by
``/`` make a span, such as the siege: ``2012/2014``. Nothing here is more precise than what was
written: a year stays a year. Years run from 0001 to 9999 (the years of Python's ``datetime``,
which the timeline chart draws with); ``0000`` is refused.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

_PART = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<flag>[~?%])?$")


class DateError(ValueError):
    """A string that is not a date in the supported EDTF subset."""


class PartialDate(NamedTuple):
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """The ISO 8601 partial form: ``2012``, ``2012-03`` or ``2012-02-22``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def earliest(self) -> str:
        """The first day this date may mean, as ``YYYY-MM-DD``."""
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}"

    def latest(self) -> str:
        """The last day this date may mean, as ``YYYY-MM-DD``."""
        import calendar  # lazily: only indexing a base and date filters need it

        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return f"{self.year:04d}-{month:02d}-{day:02d}"

    def sort_key(self) -> str:
        # A date known only to the year sorts after the dated days of that year: "2011" (some
        # time in 2011) reads best after "2011-03", and the siege ("2012/2014") after March 2012.
        return f"{self.year:04d}-{self.month or 13:02d}-{self.day or 32:02d}"


class Edtf(NamedTuple):
    """A parsed EDTF date or span."""

    text: str
    start: PartialDate
    end: PartialDate | None = None
    approximate: bool = False
    uncertain: bool = False

    @property
    def earliest(self) -> str:
        return self.start.earliest()

    @property
    def latest(self) -> str:
        return (self.end or self.start).latest()


def _parse_part(text: str, whole: str) -> tuple[PartialDate, bool, bool]:
    match = _PART.match(text)
    if not match:
        raise DateError(
            f"{whole!r} is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD, "
            "optionally ending in ~ (approximate) or ? (uncertain), or two of them joined by /"
        )
    import calendar

    year = int(match["year"])
    if year == 0:
        raise DateError(f"{whole!r} is not a valid date: there is no year 0000; years run "
                        "from 0001 to 9999")
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{whole!r} is not a valid date: there is no month {month}")
    if month is not None and day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise DateError(
                f"{whole!r} is not a valid date: {calendar.month_name[month]} {year} "
                f"has {last} days"
            )
    flag = match["flag"]
    return PartialDate(year, month, day), flag in ("~", "%"), flag in ("?", "%")


def parse_edtf(text: str) -> Edtf:
    """Parse ``2011``, ``2011-03~``, ``2012-02-22`` or a span ``2012/2014``.

    Raises :class:`DateError` with a message fit to show a user.
    """
    if not isinstance(text, str) or not text.strip():
        raise DateError("the date is empty")
    return _parse_edtf(text.strip())


@functools.lru_cache(maxsize=4096)
def _parse_edtf(text: str) -> Edtf:
    # Remembered: a base of many events repeats its dates, and a first run reads each date
    # twice (to check it, then to index it). A date that fails is raised again each time.
    if text.count("/") > 1:
        raise DateError(f"{text!r} is not a valid date: a span has one '/'")
    if "/" in text:
        first, second = text.split("/")
        start, approx_a, unsure_a = _parse_part(first, text)
        end, approx_b, unsure_b = _parse_part(second, text)
        if end.latest() < start.earliest():
            raise DateError(f"{text!r} ends ({end.iso()}) before it starts ({start.iso()})")
        return Edtf(text, start, end, approx_a or approx_b, unsure_a or unsure_b)
    start, approximate, uncertain = _parse_part(text, text)
    return Edtf(text, start, None, approximate, uncertain)
