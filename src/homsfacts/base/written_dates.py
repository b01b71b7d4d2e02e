"""Dates as people write them (``8 Dec 2024``, ``May 2014``, ``2014-5``, ``spring 2014``,
``100 BC``): the one reader for ``--from`` and ``--to``, and the patterns ``check`` finds in a
claim. Kept apart from :mod:`homsfacts.base.dates`, which every command loads, since only these
need these patterns."""

from __future__ import annotations

import re

from homsfacts.base.dates import MONTH_NAMES, DateError, PartialDate, days_in_month, year_label

MONTHS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)},
    "sept": 9,
}
"""Every month name and abbreviation people write, lower-cased, with its number (English
whatever the locale: ``calendar``'s names follow it)."""


MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
"""A month by name, as a regular expression with the group ``month``."""


WRITTEN_DATES = (
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH
               + r",?\s+(?P<year>\d{4})\b", re.IGNORECASE),
    re.compile(r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b",
               re.IGNORECASE),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b" + MONTH + r",?\s+(?:of\s+)?(?P<year>\d{4})\b", re.IGNORECASE),
)
"""Dates as people write them, most precise first: ``8 December 2024`` (or ``the 8th of
December 2024``), ``Dec 8, 2024``,
``2024-12-08``, ``May 2014``. ``check`` finds them inside a claim, and ``--from`` and ``--to``
read them whole."""


ERA = r"(?P<era>B\.?\s?C\.?(?:\s?E\.?)?|C\.?\s?E\.?|A\.?\s?D\.?)(?!\w)"
"""An era after a year, as a regular expression with the group ``era``: BC, BCE, AD, CE."""
ERA_YEARS = (
    re.compile(r"\b(?P<year>\d{1,4})\s*" + ERA, re.IGNORECASE),
    re.compile(r"\b(?P<era>A\.?\s?D\.?)\s*(?P<year>\d{1,4})\b", re.IGNORECASE),
)
"""A year with its era: ``100 BC``, ``2000 BCE``, ``100 B.C.``, ``218 CE``, ``AD 218``."""


def era_year(match: re.Match[str]) -> int | None:
    """The year an :data:`ERA_YEARS` match names, numbered as the base numbers years (100 BC
    is -0099, 1 BC is 0000); None for a year 0, which neither era has."""
    number = int(match["year"])
    if number == 0:
        return None
    return 1 - number if match["era"].upper().startswith("B") else number


SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 14)}
"""The months of each season, as northern meteorology counts them; winter 2014 runs from
December 2014 to February 2015."""


_QUERY_FORMS = (
    re.compile(r"(?P<year>-?\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?"),
    *ERA_YEARS,
    re.compile(r"(?P<season>" + "|".join(SEASONS) + r")\s+(?:of\s+)?(?P<year>\d{4})",
               re.IGNORECASE),
    *WRITTEN_DATES,
)


QUERY_DATE_HELP = ("use a year (2014), a month (May 2014 or 2014-05), a day (8 Dec 2024 or "
                   "2024-12-08), a season (spring 2014) or a year before the common era "
                   "(100 BC)")


def read_date(text: str) -> tuple[PartialDate, PartialDate]:
    """The first and last dates a date as people write it may mean: ``May 2014`` is May
    2014 both, ``spring 2014`` March to May 2014, ``2014-5`` and ``8 Dec 2024`` as they say,
    ``100 BC`` the year -0099.

    Raises :class:`DateError`, with one message for anything it cannot read.
    """
    cleaned = " ".join(text.split())
    for form in _QUERY_FORMS:
        match = form.fullmatch(cleaned)
        if match is None:
            continue
        parts = match.groupdict()
        if parts.get("era"):
            year = era_year(match)
            if year is None:
                break  # "0 BC": no such year
            return PartialDate(year), PartialDate(year)
        if parts["year"] == "-0000":
            break
        year = int(parts["year"])
        if parts.get("season"):
            first, last = SEASONS[parts["season"].lower()]
            return (PartialDate(year, first),
                    PartialDate(year + (last - 1) // 12, (last - 1) % 12 + 1))
        month_text, day_text = parts.get("month"), parts.get("day")
        month = None if month_text is None else (
            int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()])
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r} is not a date: there is no month {month}")
        day = int(day_text) if day_text else None
        if month is not None and day is not None:
            days = days_in_month(year, month)
            if not 1 <= day <= days:
                raise DateError(f"{text!r} is not a date: {MONTH_NAMES[month - 1]} "
                                f"{year_label(year)} has {days} days")
        date = PartialDate(year, month, day)
        return date, date
    raise DateError(f"{text!r} is not a date: {QUERY_DATE_HELP}")


def parse_query_date(text: str) -> PartialDate:
    """The first date a ``--from`` value may mean (:func:`read_date`)."""
    return read_date(text)[0]
