"""Dates as people say them, as intervals: parts of a year ("late 2014", "the summer of
2012", "the winter of 2012", read both ways), parts of a month ("late November 2024"), and
dates related to others ("before 2011", "since 2016"). Each has what it surely covers
(``earliest``-``latest``) and what it may reach (``outer``): a source refutes a claim only
outside the reach, and supports it only inside what it surely covers."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from homsfacts.base.dates import (
    MAX_YEAR,
    MIN_YEAR,
    PartialDate,
    day_iso,
    day_number,
    days_in_month,
    year_iso,
)
from homsfacts.base.written_dates import ERA, MONTH, MONTHS

MONTH_NAMES = MONTHS
"""Month names and abbreviations (:data:`homsfacts.base.dates.MONTHS`, the one date reader's)."""


_CLAUSE_BREAK = re.compile(
    r"\b(?:when|while|which|who|whom|whose|where|because|although|"
    r"(?:days|weeks|months|years|shortly|soon|long)\s+(?:before|after))\b", re.IGNORECASE)
"""Words that begin a clause with a happening of its own. Not commas nor "and": "Syria's
protests, inspired by the Arab Spring, began in March 2011" dates the protests."""


@functools.lru_cache(maxsize=1_024)
def date_clause(claim: str, date_text: str) -> str:
    """The clause of a claim a date stands in: from the last break before it ("which",
    "weeks before" ...) to the first after it."""
    at = claim.lower().find(date_text.lower().split()[0]) if date_text.split() else -1
    if at < 0:
        return claim
    if claim[:at].rstrip().endswith("("):  # "the First World War (1914-18)" dates the war
        return " ".join(claim[:at].rstrip()[:-1].split()[-6:] + [date_text])
    start = max((match.end() for match in _CLAUSE_BREAK.finditer(claim, 0, at)), default=0)
    after = _CLAUSE_BREAK.search(claim, at + len(date_text))
    return claim[start:after.start() if after else len(claim)]


class ClaimDate(NamedTuple):
    """A date in a claim, to the precision the claim gives. A part of a year ("late 2014",
    "the summer of 2012") has fuzzy edges: ``earliest``–``latest`` is what it surely covers,
    ``outer`` what it may reach; and "the winter of 2012" may mean either winter that year
    touches (``alternative``)."""

    text: str
    iso: str
    """``2012``, ``2012-02`` or ``2012-02-22``; ``2012-06/2012-08`` for a part of a year."""
    earliest: int
    latest: int
    """The first and last day the claim surely covers, as day numbers
    (:func:`homsfacts.base.dates.day_number`), compared as the base's dates are."""
    outer: tuple[int, int] | None = None
    alternative: ClaimDate | None = None

    def reach(self) -> tuple[int, int]:
        """The widest stretch the claim's words may mean: what refutes must lie outside it."""
        return self.outer or (self.earliest, self.latest)

    def as_dict(self) -> dict[str, object]:
        """The date for JSON, its days as ISO text (``2012-02-01``)."""
        found: dict[str, object] = {"text": self.text, "date": self.iso,
                                    "earliest": day_iso(self.earliest),
                                    "latest": day_iso(self.latest)}
        if self.outer:
            found["reach"] = [day_iso(day) for day in self.outer]
        if self.alternative:
            found["or"] = self.alternative.as_dict()
        return found


# Parts of a year as people say them: what each surely covers and what it may reach, as
# (month, day) pairs. Seasons are the northern, meteorological ones; they reach to the
# astronomical season's end, and no earlier than their own first day: 22 February is in no
# one's spring.
_PARTS = {
    "early": ((1, 1), (4, 30), (1, 1), (6, 30)),
    "mid": ((5, 1), (8, 31), (3, 1), (10, 31)),
    "late": ((9, 1), (12, 31), (7, 1), (12, 31)),
    "spring": ((3, 1), (5, 31), (3, 1), (6, 20)),
    "summer": ((6, 1), (8, 31), (6, 1), (9, 22)),
    "autumn": ((9, 1), (11, 30), (9, 1), (12, 21)),
    "fall": ((9, 1), (11, 30), (9, 1), (12, 21)),
    # quarters and halves have edges of their own: they reach no further than they cover
    "first quarter": ((1, 1), (3, 31), (1, 1), (3, 31)),
    "second quarter": ((4, 1), (6, 30), (4, 1), (6, 30)),
    "third quarter": ((7, 1), (9, 30), (7, 1), (9, 30)),
    "fourth quarter": ((10, 1), (12, 31), (10, 1), (12, 31)),
    "last quarter": ((10, 1), (12, 31), (10, 1), (12, 31)),
    "first half": ((1, 1), (6, 30), (1, 1), (6, 30)),
    "second half": ((7, 1), (12, 31), (7, 1), (12, 31)),
}
_PART_PHRASES = {
    "early": r"the\s+(?:beginning|start|first\s+{units})\s+of",
    "late": r"the\s+(?:end|close|last\s+{units})\s+of",
    "mid": r"the\s+middle\s+of",
}
"""Phrases for a part of a year or month: "the first days of March 2012" is early March,
"the end of 2014" late 2014; a year's first days or weeks are no part of it these name."""


def _parts(units: str) -> str:
    return "|".join(f"(?P<{name}>{phrase.replace('{units}', units)})"
                    for name, phrase in _PART_PHRASES.items())


PART_OF_YEAR = re.compile(
    r"\b(?:(?:the\s+)?(?P<part>(?:first|second|third|fourth|last)\s+(?:quarter|half)|early|mid|"
    r"late|spring|summer|autumn|fall|winter)|"
    + _parts("months") + r")(?:[\s-]+(?:of\s+|in\s+)?)(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE)


def part_of(match: re.Match[str]) -> str:
    """The part of a year or month a match names: early, mid, late or a season."""
    return " ".join((match["part"] or next(name for name in _PART_PHRASES if match[name])
                     ).lower().split())


def _day(year: int, month_day: tuple[int, int]) -> int:
    month, day = month_day
    return day_number(year, month, min(day, days_in_month(year, month)))


def _month(year: int, month_day: tuple[int, int]) -> str:
    return f"{year:04d}-{month_day[0]:02d}"


def part_of_year(match: re.Match[str]) -> ClaimDate:
    part, year = part_of(match), int(match["year"])
    if part == "winter":  # December of one year to February of the next: which one is meant?
        before, after = (_winter(match.group(), year - 1), _winter(match.group(), year))
        return before._replace(alternative=after)
    first, last, reach_first, reach_last = _PARTS[part]
    return ClaimDate(match.group(), f"{_month(year, first)}/{_month(year, last)}",
                     _day(year, first), _day(year, last),
                     (_day(year, reach_first), _day(year, reach_last)))


def _winter(text: str, year: int) -> ClaimDate:
    return ClaimDate(text, f"{_month(year, (12, 1))}/{_month(year + 1, (2, 1))}",
                     _day(year, (12, 1)), _day(year + 1, (2, 29)),
                     (_day(year, (12, 1)), _day(year + 1, (3, 20))))


_CENTURY_WORDS = {word: number for number, word in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"], 1)}
_SPAN_PART = r"(?:(?P<part>early|mid|late)[\s-]+)?"
CENTURY = re.compile(
    r"\b" + _SPAN_PART + r"(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>"
    + "|".join(_CENTURY_WORDS) + r"))[\s-]+century(?:\s+" + ERA + ")?", re.IGNORECASE)
DECADE = re.compile(r"\b" + _SPAN_PART + r"(?P<decade>1\d{2}0|20[0-2]0|[2-9]\d0)s\b",
                    re.IGNORECASE)
_SPAN_PARTS = {"early": ((0, 0.3), (0, 0.5)), "mid": ((0.4, 0.6), (0.25, 0.75)),
               "late": ((0.7, 1), (0.5, 1))}
"""Of a century or decade, the share "early", "mid" and "late" surely cover, then may
reach: "the late 1st century BC" is its last years, not the whole hundred."""


NUMERIC_DATE = re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>\d{4})\b|"
                          r"\b(?P<year_first>\d{4})(?P<mark>[/.-])(?P<month>\d{1,2})"
                          r"(?:(?P=mark)(?P<day>\d{1,2}))?\b(?![/.-]\d)|"
                          r"\b(?P<month_first>\d{1,2})[/.](?P<month_year>\d{4})\b(?![/.-]?\d)")
"""A date in figures: day and month either way round before the year ("22/02/2012"), the
year first, then month and day ("2012/02/22", "2012.02.22", "2012-02-22") or the month alone
("2012/04", "2016-11"), or a month before its year ("06/2016", "8.2012")."""


def numeric_date(match: re.Match[str]) -> ClaimDate | None:
    """"22/02/2012" (day first, as most of the world writes it) or "02/22/2012" (month
    first, as the United States does): where both numbers could be the month ("03/05/2014"),
    the date may be either day, and stands only where both give the same verdict, as "the
    winter of 2012" does. None for a day no calendar has."""
    if match["month_first"]:  # "06/2016": the month before its year
        return _in_figures(match.group(), int(match["month_year"]), int(match["month_first"]))
    if match["year_first"]:  # "2012/02/22", "2012/04": year, month, day, as ISO orders them
        year, month = int(match["year_first"]), int(match["month"])
        day = int(match["day"]) if match["day"] else None
        if match["mark"] == "-" and day is None and not match["month"].startswith("0") \
                and month > year % 100:
            return None  # "2011-12" is more often two years than a month
        return _in_figures(match.group(), year, month, day)
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    readings = [(day, month) for day, month in ((first, second), (second, first))
                if 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)]
    if not readings:
        return None
    dates = [_day_date(match.group(), year, month, day) for day, month in dict.fromkeys(readings)]
    return dates[0]._replace(alternative=dates[1]) if len(dates) > 1 else dates[0]


def _in_figures(text: str, year: int, month: int, day: int | None = None) -> ClaimDate | None:
    """A month, or a day of it, written in figures; None for one no calendar has."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= days_in_month(year, month)):
        return None
    date = PartialDate(year, month, day)
    return ClaimDate(text, date.iso(), date.earliest(), date.latest())


def _day_date(text: str, year: int, month: int, day: int) -> ClaimDate:
    number = day_number(year, month, day)
    return ClaimDate(text, day_iso(number), number, number)


def century(match: re.Match[str]) -> ClaimDate:
    """"The 7th century" is the years 601 to 700; "the 1st century BC" 100 to 1 BC, the base's
    -0099 to 0000."""
    number = int(match["digits"]) if match["digits"] else _CENTURY_WORDS[match["word"].lower()]
    if match["era"] and match["era"].upper().startswith("B"):
        first, last = 1 - number * 100, -(number - 1) * 100
    else:
        first, last = (number - 1) * 100 + 1, number * 100
    return _part_of(match, _years(match.group().rstrip("."), first, last))


def decade(match: re.Match[str]) -> ClaimDate:
    """"The 1960s": 1960 to 1969; "the 1500s" the hundred years from 1500 (but "the 2000s"
    is a decade, as people of this century say it)."""
    first = int(match["decade"])
    hundreds = first % 100 == 0 and first < 2000
    return _part_of(match, _years(match.group(), first, first + (99 if hundreds else 9)))


def _part_of(match: re.Match[str], whole: ClaimDate) -> ClaimDate:
    """The part of a century or decade its "early", "mid" or "late" names, if any."""
    if not match["part"]:
        return whole
    length = whole.latest - whole.earliest
    (core_from, core_to), (outer_from, outer_to) = _SPAN_PARTS[match["part"].lower()]
    earliest, latest = (whole.earliest + round(length * core_from),
                        whole.earliest + round(length * core_to))
    return whole._replace(iso=f"{day_iso(earliest)}/{day_iso(latest)}", earliest=earliest,
                          latest=latest, outer=(whole.earliest + round(length * outer_from),
                                                whole.earliest + round(length * outer_to)))


def _years(text: str, first: int, last: int) -> ClaimDate:
    return ClaimDate(text, f"{year_iso(first)}/{year_iso(last)}", day_number(first),
                     day_number(last, 12, 31))


# Parts of a month: (first day, last day) surely covered, then reached.
_MONTH_PARTS = {"early": ((1, 10), (1, 15)), "mid": ((11, 20), (5, 25)),
                "late": ((21, 31), (15, 31))}
PART_OF_MONTH = re.compile(
    r"\b(?:(?P<part>early|mid|late)|" + _parts("(?:days|weeks)") + r")[\s-]+(?P<month>"
    + "|".join(
        sorted(MONTH_NAMES, key=len, reverse=True)) + r")\.?,?\s+(?:of\s+)?(?P<year>\d{4})\b",
    re.IGNORECASE)


def part_of_month(match: re.Match[str]) -> ClaimDate:
    """"Late November 2024": the 21st to the month's end, reaching back to the 15th."""
    year, month = int(match["year"]), MONTH_NAMES[match["month"].lower()]
    (first, last), (reach_first, reach_last) = _MONTH_PARTS[part_of(match)]
    return ClaimDate(match.group(), f"{year:04d}-{month:02d}", _day(year, (month, first)),
                     _day(year, (month, last)),
                     (_day(year, (month, reach_first)), _day(year, (month, reach_last))))


DAY_SPAN = re.compile(
    r"\b(?:between\s+|from\s+)?(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)"
    r"\s*(?P<last>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>"
    + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\.?,?\s+(?P<year>\d{4})\b",
    re.IGNORECASE)


def day_span(match: re.Match[str]) -> ClaimDate | None:
    """"Between 7 and 9 May 2014", "7-9 May 2014": the days from the first to the last;
    None for days no calendar has, or the wrong way round."""
    year, month = int(match["year"]), MONTH_NAMES[match["month"].lower()]
    first, last = int(match["first"]), int(match["last"])
    if not 1 <= first < last <= days_in_month(year, month):
        return None
    return ClaimDate(match.group(), f"{year:04d}-{month:02d}-{first:02d}/{year:04d}-"
                     f"{month:02d}-{last:02d}", _day(year, (month, first)),
                     _day(year, (month, last)))



YEAR_SPAN = re.compile(r"\bbetween\s+(?P<first>\d{4})\s+and\s+(?P<last>\d{4})\b", re.IGNORECASE)


def year_span(match: re.Match[str]) -> ClaimDate | None:
    """"Between 2011 and 2013": some time in the years from the first to the last; None
    the wrong way round."""
    first, last = int(match["first"]), int(match["last"])
    if not MIN_YEAR <= first < last <= MAX_YEAR:
        return None
    return ClaimDate(match.group(), f"{first:04d}/{last:04d}", day_number(first),
                     day_number(last, 12, 31))


_RELATION = re.compile(r"\b(?P<word>before|prior to|after|since|from|until|till|by|"
                       r"no later than)"
                       r"\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_UNTIL = re.compile(r"(?:\bnot|n[’']t|\bnever)\b[^.;:]*\b(?:until|till)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_DATES_FROM = re.compile(r"\b(?:dates|dated|date|dating)\s*$", re.IGNORECASE)
"""A thing that "dates from" a time was made then: the time is its date, not the start of
a state that lasts."""
_RELATION_REACH = 20  # how far before a date the word relating it starts: "no later than the "
OPEN_START, OPEN_END = day_number(MIN_YEAR), day_number(MAX_YEAR, 12, 31)
"""The first and last days a date may have: the ends of "before 2011" and "since 2016"."""


def related(text: str, start: int, date: ClaimDate) -> ClaimDate:
    """A date as the words before it relate it: "before 2011" is every day before 2011,
    "since 2016" every day from 2016 on, "by 2014" every day up to its end."""
    match = _RELATION.search(text[max(0, start - _RELATION_REACH):start])
    if match is None:
        return date
    word = match["word"].lower()
    if word in ("until", "till") and _NOT_UNTIL.search(text[:start]):
        return date  # "did not retake it until 2014" says it was retaken in 2014
    if word == "from" and _DATES_FROM.search(text[:max(0, start - _RELATION_REACH)
                                                  + match.start()]):
        return date  # "the tomb dates from the 11th century": when it was made
    first, last = date.reach()
    if word in ("before", "prior to"):
        earliest, latest, reach = OPEN_START, date.earliest - 1, (OPEN_START, first - 1)
    elif word == "after":
        earliest, latest, reach = date.latest + 1, OPEN_END, (last + 1, OPEN_END)
    elif word in ("since", "from"):  # "besieged from 2013": since 2013
        word = "since"
        earliest, latest, reach = date.earliest, OPEN_END, (first, OPEN_END)
    else:  # until, till, by, no later than
        earliest, latest, reach = OPEN_START, date.latest, (OPEN_START, last)
    return ClaimDate(f"{match.group().strip()} {date.text}", f"{word} {date.iso}", earliest,
                     latest, reach)


DAYS_OF_MONTH = (
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"(?!\w)",
               re.IGNORECASE),
    re.compile(r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE),
)
"""A day of a month with no year ("7 May", "December 8th"): the year is the one other year
the claim names ("in 2014 ... on 7 May"), or unknown."""


def day_of_month(match: re.Match[str], years: set[str]) -> ClaimDate | None:
    """The day a claim means by "7 May", in the one year it names elsewhere; None where it
    names no year, or several, or no such day."""
    if len(years) != 1:
        return None
    year, month, day = int(next(iter(years))), MONTHS[match["month"].lower()], int(match["day"])
    if not 1 <= day <= days_in_month(year, month):
        return None
    date = PartialDate(year, month, day)
    return ClaimDate(f"{match.group().rstrip('.')} {year}", date.iso(), date.earliest(),
                     date.latest())


__all__ = ["DAYS_OF_MONTH", "MONTH_NAMES", "OPEN_END", "OPEN_START", "PART_OF_MONTH",
           "PART_OF_YEAR", "YEAR_SPAN", "ClaimDate", "day_of_month", "part_of_month",
           "part_of_year", "related", "year_span"]
