"""Dates in the subset of EDTF (ISO 8601-2) that a fact base uses.

A date is a year, a year and month, or a full day: ``2011``, ``2011-03``, ``2012-02-22``.
A trailing ``~`` marks it approximate and ``?`` uncertain (``%`` both). Two dates joined by
``/`` make a span, such as the siege: ``2012/2014``. Nothing here is more precise than what was
written: a year stays a year.

Years run from -9999 to 9999 and are numbered as ISO 8601 and EDTF number them
(astronomically): ``0000`` is 1 BCE, ``-0099`` is 100 BCE, ``-1999`` is 2000 BCE, so the
first century BCE is ``-0099/0000``. The calendar is the proleptic Gregorian one, before
1582 as after it, and its arithmetic is done here (Python's ``datetime`` and ``calendar``
stop at year 1).

A day is compared as a **day number** (:func:`day_number`: 1 January of year 1 is day 1, as
``datetime.date.toordinal`` counts, and the days before it count down through 0): every
comparison, sort and index of dates uses these integers, or a date's integer
:meth:`PartialDate.sort_key`, never the text, which sorts wrongly once a year has a sign.
The text (``-0099``, :func:`day_iso`) is for display and JSON.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

_PART = re.compile(
    r"^(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<flag>[~?%])?$")

MIN_YEAR, MAX_YEAR = -9999, 9999
"""The years a date may have: 10000 BCE to 9999."""

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = tuple(sum(_MONTH_DAYS[:month]) for month in range(12))
_YEAR_HELP = "years run from -9999 to 9999, and 0000 is 1 BCE, -0099 100 BCE"


class DateError(ValueError):
    """A string that is not a date in the supported EDTF subset."""


def is_leap(year: int) -> bool:
    """Whether a year of the proleptic Gregorian calendar has 366 days (0000, 1 BCE, has)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and is_leap(year) else _MONTH_DAYS[month - 1]


def day_number(year: int, month: int = 1, day: int = 1) -> int:
    """The day's number: 1 January of year 1 is 1 (``datetime.date.toordinal``), 31
    December 1 BCE is 0, and earlier days are negative. Floor division keeps the leap years
    right on both sides of year 0."""
    before = year - 1
    return (before * 365 + before // 4 - before // 100 + before // 400
            + _DAYS_BEFORE_MONTH[month - 1] + (month > 2 and is_leap(year)) + day)


def year_of(number: int) -> int:
    """The year a day number falls in."""
    year = (number - 1) * 400 // 146_097 + 1  # 146,097 days make 400 Gregorian years
    while day_number(year + 1) <= number:
        year += 1
    while day_number(year) > number:
        year -= 1
    return year


def date_of(number: int) -> tuple[int, int, int]:
    """The (year, month, day) of a day number."""
    year = year_of(number)
    days = number - day_number(year)
    month = 1
    while month < 12 and days >= _DAYS_BEFORE_MONTH[month] + (month >= 2 and is_leap(year)):
        month += 1
    return year, month, number - day_number(year, month) + 1


def year_iso(year: int) -> str:
    """``2012``, ``0218``, ``0000``, ``-0099``: a year as EDTF writes it."""
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def day_iso(number: int) -> str:
    """A day number as ISO 8601 text: ``2012-02-22``, ``-0099-01-01``."""
    year, month, day = date_of(number)
    return f"{year_iso(year)}-{month:02d}-{day:02d}"


def year_label(year: int) -> str:
    """A year as a reader counts it: ``2012``, ``218``, ``1 BCE`` (0000), ``100 BCE``."""
    return f"{1 - year} BCE" if year < 1 else str(year)


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
        """The ISO 8601 partial form: ``2012``, ``2012-03``, ``2012-02-22``, ``-0099``."""
        text = year_iso(self.year)
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def label(self) -> str:
        """The date for a reader: the ISO form from year 1000 on (``2012-03``); before it the
        year as people write it, ``AD 218``, and before year 1 counted back from 1 BCE:
        ``100 BCE``, ``March 100 BCE``, ``22 March 100 BCE``. "0218" reads as no year."""
        if self.year >= 1000:
            return self.iso()
        words = [] if self.day is None else [str(self.day)]
        if self.month is not None:
            words.append(MONTH_NAMES[self.month - 1])
        year = f"AD {self.year}" if self.year >= 1 else year_label(self.year)
        return " ".join([*words, year])

    def earliest(self) -> int:
        """The first day this date may mean, as a day number (:func:`day_number`)."""
        return day_number(self.year, self.month or 1, self.day or 1)

    def latest(self) -> int:
        """The last day this date may mean, as a day number."""
        month = self.month or 12
        return day_number(self.year, month, self.day or days_in_month(self.year, month))

    def sort_key(self) -> int:
        """An integer that sorts dates in time order, signed years included. A date known
        only to the year sorts after the dated days of that year: "2011" (some time in 2011)
        reads best after "2011-03", and the siege ("2012/2014") after March 2012."""
        return self.year * 10_000 + (self.month or 13) * 100 + (self.day or 32)


class Edtf(NamedTuple):
    """A parsed EDTF date or span. ``one_of`` marks EDTF's "one of a range",
    ``[2011-03..2012-03]``: one date some time inside it, where a span (``2012/2014``)
    lasts from its start to its end."""

    text: str
    start: PartialDate
    end: PartialDate | None = None
    approximate: bool = False
    uncertain: bool = False
    one_of: bool = False

    @property
    def earliest(self) -> int:
        """The first day the date may mean, as a day number."""
        return self.start.earliest()

    @property
    def latest(self) -> int:
        """The last day the date may mean, as a day number."""
        return (self.end or self.start).latest()

    def label(self) -> str:
        """The date or span for a reader (:meth:`PartialDate.label`), without its flags: a
        span of years before year 1 names the era once, ``100 – 1 BCE``."""
        if self.end is None:
            return self.start.label()
        within = "within " if self.one_of else ""
        if self.end.year < 1 and self.start.precision == self.end.precision == "year":
            return f"{within}{1 - self.start.year} – {self.end.label()}"
        return f"{within}{self.start.label()} – {self.end.label()}"


def _parse_part(text: str, whole: str) -> tuple[PartialDate, bool, bool]:
    match = _PART.match(text)
    if not match:
        raise DateError(
            f"{whole!r} is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD ({_YEAR_HELP}), "
            "optionally ending in ~ (approximate) or ? (uncertain), two of them joined by / "
            "(a span) or one of a range, [START..END]"
        )
    if match["year"] == "-0000":
        raise DateError(f"{whole!r} is not a valid date: there is no year -0000; "
                        f"{_YEAR_HELP}")
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{whole!r} is not a valid date: there is no month {month}")
    if month is not None and day is not None:
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise DateError(
                f"{whole!r} is not a valid date: {MONTH_NAMES[month - 1]} {year_label(year)} "
                f"has {last} days"
            )
    flag = match["flag"]
    return PartialDate(year, month, day), flag in ("~", "%"), flag in ("?", "%")


def parse_edtf(text: str) -> Edtf:
    """Parse ``2011``, ``2011-03~``, ``2012-02-22``, ``-0099``, a span ``2012/2014`` or one
    date of a range, ``[-0099..0000]``.

    Raises :class:`DateError` with a message fit to show a user.
    """
    if not isinstance(text, str) or not text.strip():
        raise DateError("the date is empty")
    return _parse_edtf(text.strip())


@functools.lru_cache(maxsize=4096)
def _parse_edtf(text: str) -> Edtf:
    # Remembered: a base of many events repeats its dates, and a first run reads each date
    # twice (to check it, then to index it). A date that fails is raised again each time.
    if text.startswith("[") and text.endswith("]"):  # one date some time in the range
        inner = text[1:-1]
        if inner.count("..") != 1 or "/" in inner:
            raise DateError(f"{text!r} is not a valid date: one date of a range is written "
                            "[START..END], such as [2011-03..2012-03]")
        span = inner.replace("..", "/")
        try:
            return _parse_edtf(span)._replace(text=text, one_of=True)
        except DateError as error:
            raise DateError(str(error).replace(repr(span), repr(text))) from None
    if text.count("/") > 1:
        raise DateError(f"{text!r} is not a valid date: a span has one '/'")
    if "/" in text:
        first, second = text.split("/")
        start, approx_a, unsure_a = _parse_part(first, text)
        end, approx_b, unsure_b = _parse_part(second, text)
        if end.latest() < start.earliest():
            raise DateError(f"{text!r} ends ({end.label()}) before it starts "
                            f"({start.label()})")
        return Edtf(text, start, end, approx_a or approx_b, unsure_a or unsure_b)
    start, approximate, uncertain = _parse_part(text, text)
    return Edtf(text, start, None, approximate, uncertain)
