"""Reading a claim as people write it: the numbers, dates, ranks and hedges in a sentence.

A small parser, written for the forms fact-checkers meet (see ``tests/claims.toml``): digits
with separators (``2,200``), scales (``800k``, ``2.2 thousand``, ``$302.5 million``), number
words (``two years``, ``a third``), ordinals (``third-largest``), dates to the year, month or
day (``22 February 2012``, ``Feb. 2012``, ``in 2012``), and the hedges that widen a number
(``about``, ``more than``, ``at least``). Libraries were weighed, by ``python -X importtime``
on the development machine: dateparser costs 120 ms to import and quantulum3 136 ms, each
more than a whole ``homsfacts`` lookup; word2number costs 1 ms but reads only whole number
words ("two hundred"), not hedges, scales, fractions or ordinals. The forms here are few, and
each is tested (``tests/test_check.py``).

No terminal, no network, no model: the same sentence always reads the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from homsfacts.base.dates import PartialDate, days_in_month
from homsfacts.base.written_dates import ERA_YEARS, MONTHS, WRITTEN_DATES, era_year
from homsfacts.check.copies import SOURCE_DATE
from homsfacts.check.hedging import allowed, hedge_before
from homsfacts.check.implied import implied_units
from homsfacts.check.negation import negation
from homsfacts.check.quantity import RANGE, Quantity, counts_a_part
from homsfacts.check.ranges import joined
from homsfacts.check.spelled import (
    COMPOUND_WORD,
    FRACTIONS,
    NUMBER_WORD,
    SCALES,
    SMALL,
    SPELLED,
    TENS,
    VAGUE,
    counts_one,
    lone_one,
    rounded_as,
    spelled_value,
    unhyphened,
    vague_range,
)
from homsfacts.check.units import PEOPLE_WORDS, unit_after, unit_after_whose
from homsfacts.check.when import (
    CENTURY,
    DAY_SPAN,
    DAYS_OF_MONTH,
    DECADE,
    NUMERIC_DATE,
    PART_OF_MONTH,
    PART_OF_YEAR,
    YEAR_SPAN,
    ClaimDate,
    century,
    day_of_month,
    day_span,
    decade,
    numeric_date,
    part_of_month,
    part_of_year,
    related,
    year_span,
)

_SCALE_WORDS = {**SCALES, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
NUMBER_WORDS = frozenset([*SMALL, *TENS, *_SCALE_WORDS, *_ORDINALS, "some", "about",
                          "around", "nearly", "almost", "over", "more", "fewer", "less",
                          "under", "up", "at", "exactly", "roughly", "approximately", "an",
                          "estimated", "a", "half", "tens", "thousands", "hundreds", "several",
                          "few", "many", "point", "quarter", "quarters", "thirds", "fifth",
                          "fifths", "above", "below"])
"""Words the parser reads as part of a number, which need not appear in the base."""
ORDINAL_WORDS = frozenset(_ORDINALS)
"""Ordinals: part of a number only in a rank ("third-largest"); else words of the claim."""
_PERCENT = re.compile(r"(?<![\d.,])(?P<digits>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)",
                      re.IGNORECASE)
"""A share as a percentage: "51.5%", "20 per cent" (a share of one, as fractions are)."""
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP"}
_NUMBER = re.compile(
    r"(?<![A-Za-z])(?<![A-Za-z]-)(?<!\d)(?P<currency>[$€£])?\s?(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>k|thousand|million|mn|m|billion|bn)\b)?", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?:(?P<hour>\d{1,2})(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|"
                    r"o['’]clock)(?!\w)"
                    r"|(?P<day_hour>\d{2})\d{2}\s*(?:gmt|utc|hrs)\b)", re.IGNORECASE)
"""A time of day: a quantity of its own unit ("clock"), which no figure counts."""
_NOT_A_COUNT = re.compile(
    r"\b(?:one|1)\s+of\b(?:\s+(?:the\s+)?(?:\d+|[a-z]+teen|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty)\b)?"  # "one of fourteen": a member, no count
    r"|\byears?\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"\d+)\s+months?\b"  # "two years and one month": the months are part of the years
    r"|\b(?:UTC|GMT)\s?[+-−]\s?\d+|\d+(?:\.\d+)?\s?°(?:\s?\d+(?:\.\d+)?\s?[′'])?"  # a zone,
    r"(?:\s?\d+(?:\.\d+)?\s?[″\"])?\s?[NSEW]?"  # a position
    r"|\bISO\s?\d+(?:-\d+)?|(?<![\d,.])0\d+\b"  # a standard's number, a dialling code
    r"|(?<=\d{4})\s*[-–]\s*\d{2}\b"  # "1914–18": the end of a span of years
    r"|\b\d[\d,.]*\s+(?:people\s+|inhabitants\s+)?(?:per|a|an)\s+(?:km2|km²|sq|square)\w*",
    re.IGNORECASE)  # a density
"""Numbers that count nothing a figure counts: read as words, never compared."""
_BOUND_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{COMPOUND_WORD}|{NUMBER_WORD}"
"""A bound of a range: digits, or a number word ("three", "twenty-five")."""
_SCALES = "|".join(SCALES)
_SPAN = re.compile(
    r"(?:\b(?P<between>between)\s+|\bfrom\s+)?(?<![\w.,])(?P<currency>[$€£])?"
    rf"(?P<first>{_BOUND_NUMBER})\b(?:\s?(?P<first_scale>{_SCALES})\b)?"
    r"(?:\s?(?:km|kilomet(?:re|er)s|metres|meters|m|years|miles|per cent|%))?"
    r"\s*(?P<joint>and|to|-|–)\s*[$€£]?"
    rf"(?P<digits>{_BOUND_NUMBER})\b(?!\d|[-–/]\d)"
    rf"(?:\s?(?P<scale>{_SCALES})\b(?:\s(?P<scale2>{_SCALES})\b)?)?", re.IGNORECASE)
"""Two numbers that bound one ("between 2,000 and 2,500", "150-170 km", "1.7 to 1.9
million", "seven to nine hundred thousand"): a range, which agrees with a figure inside it."""
_CHANGE = re.compile(r"\b(?:rose|risen|rising|grew|grown|increased|fell|fallen|dropped|"
                     r"declined|jumped|climbed|doubled|shrank|went|up|down)\b\W*(?:\w+\W+)?$",
                     re.IGNORECASE)
_ORDINAL = re.compile(
    r"\b(?:(?P<word>" + "|".join(_ORDINALS) + r")|(?P<digits>\d+)(?:st|nd|rd|th))"
    r"[\s-](?:largest|biggest|most populous|city|place|ranked)\b", re.IGNORECASE)
"""A rank ("third-largest", "3rd city"); an ordinal alone ("the first day", "the second
deal") ranks nothing the base counts, and is a word of the claim like any other."""
_FIRST_RANK = re.compile(r"(?<![\w-])(?:largest|biggest|most\s+populous)\s+(?:city|town)\b",
                         re.IGNORECASE)
"""A superlative with no ordinal before it: the first rank ("Homs is Syria's largest city"),
where "third-largest" is read as a rank of its own first."""
MONTH_WORDS = frozenset(MONTHS)
"""Every month name and abbreviation the parser reads as a date."""
YEAR_FOLLOWERS = ("and", "or", "when", "after", "before", "until", "as", "the", "to", "under",
                  "by", "with", "but", "while", "during", "at", "on", "in", "for", "from",
                  "is", "was", "were", "had", "which", "who", "that", "he", "she", "it",
                  "they", "its", "their", "his", "her", "a", "an", "where", "then", "says",
                  "said", "according", "about", "around", "roughly", "some", "nearly",
                  "almost", "over", "half", "more", "fewer", "less", "only", "just")
"""Words that may follow a year; a number before any other word ("around 400 of the
1,200") counts something."""
_YEAR_AFTER = ("in", "In", "since", "Since", "until", "till", "before", "after", "circa", "year")

_DATES = [
    *ERA_YEARS,
    *WRITTEN_DATES,
    re.compile(r"\b(?P<year>(?:19|20)\d{2})\b(?!\s*(?:people|years|dead|killed|\$))"),
    re.compile(r"(?<=\bfrom )(?P<year>[1-9]\d{3})(?=\s+(?:to|until|till|through)\s+"
               r"(?:the\s+)?[A-Z\d])"),  # "from 1516 to the First World War"
    re.compile(r"(?<=\bfrom )(?P<year>[1-9]\d{2,3})(?=\s*(?:[.;]|$)|\s+(?:until|till|"
               r"onwards|on)\b)"),  # "part of the Ottoman Empire from 1516"
    re.compile("(?:" + "|".join(rf"(?<=\b{word} )" for word in _YEAR_AFTER) + ")"
               r"(?P<year>[1-9]\d{2,3})\b(?![,.]\d|\s*%)"
               r"(?!\s+(?!(?:" + "|".join(YEAR_FOLLOWERS) + r")\b)[a-z])"),  # "in 1785 Homs"
    re.compile(r"(?:(?<=\b[Aa]round )|(?<=\b[Aa]bout )|(?<=\b[Cc]irca )|(?<=\bc\. ))"
               r"(?P<year>1\d{3}|20[0-2]\d)(?=\s*,|\s+[A-Z])"),  # "Around 1785, Homs"
    re.compile(r"(?:(?<=\baround )|(?<=\bcirca )|(?<=\bc\. ))(?P<year>1\d{3}|20[0-2]\d)"
               r"(?=[.;]?\s*$)"),  # "... around 1785.", not "said about 1200."
]
"""Years as people write them: a year from 1900 on alone, an earlier one after a word of
time ("in 1516", "since 636") and not before a noun it counts ("in 300 buses"), or after a
hedge where no noun follows ("Around 1785, Homs had", "in about 1785 Homs")."""




class Reading(NamedTuple):
    """Everything found in a claim."""

    claim: str
    quantities: list[Quantity]
    dates: list[ClaimDate]
    words: list[str]
    """The claim's other words, lower-cased: what it is about."""
    negated: str = ""
    """The word that negates the claim ("not", "never", "wasn't"), or ""."""


def read(claim: str, *, copies_apart: bool = True, copies_timed: bool = False) -> Reading:
    """The quantities, dates and words of a claim; a negated claim is read as the claim it
    denies, with the negating word kept in ``negated``. With ``copies_apart``, the date of a
    copy of a source is no date of the claim but whom it cites (:data:`SOURCE_DATE`), unless
    ``copies_timed`` and it is the only date: a question asks what the copy says of its own
    time ("the governor in the January 2024 copy"); a source's own sentence is read with
    every date it writes."""
    negated, text = negation(unhyphened(" ".join(claim.split())))
    # Which characters a date or number already took: a mask, so that asking whether a
    # match is free costs its own length, not the number of matches before it (issue 24).
    mask = bytearray(len(text))

    def free(start: int, end: int) -> bool:
        return not any(mask[start:end])

    def take(start: int, end: int) -> None:
        mask[start:end] = b"\1" * (end - start)

    copies = list(SOURCE_DATE.finditer(text))  # "the August 2020 copy": its voice
    if copies_apart and not (copies_timed and not re.search(r"\b\d{4}\b",
                                                            SOURCE_DATE.sub(" ", text))):
        for match in copies:
            take(match.start(), match.end())
    dates: list[ClaimDate] = []
    kept, last = [], 0  # the words left once parts of a year are read: "spring" names no one
    spans = []
    builders: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], ClaimDate | None]], ...]
    builders = ((NUMERIC_DATE, numeric_date), (DAY_SPAN, day_span), (YEAR_SPAN, year_span),
                (CENTURY, century), (DECADE, decade),
                (PART_OF_MONTH, part_of_month), (PART_OF_YEAR, part_of_year))
    for pattern, builder in builders:
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                found = builder(match)
                if found is not None:  # "31/02/2012" is no date, and no number either
                    dates.append(related(text, match.start(), found))
                take(match.start(), match.end())
                spans.append((match.start(), match.end()))
    for start, end in sorted(spans):
        kept.append(text[last:start])
        last = end
    spoken = " ".join([*kept, text[last:]])
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            found = _date(match)
            if found is not None:
                dates.append(related(text, match.start(), found))
            take(match.start(), match.end())  # "31 February 2012" is no date at all
    years = {date.iso for date in dates if len(date.iso) == 4}
    for pattern in DAYS_OF_MONTH:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            take(match.start(), match.end())  # a day, with a year or without: no number
            day = day_of_month(match, years)
            if day is not None:  # the day says more than the year it was dated by
                dates = [date for date in dates if date.iso != day.iso.rsplit("-", 2)[0]]
                dates.append(related(text, match.start(), day))
    counts: list[tuple[int, Quantity]] = []
    for pattern, build in _QUANTITIES:  # in this order: the first to read a span keeps it
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                quantity, taken = build(text, match, bool(dates))
                if quantity is not None:
                    counts.append((match.start(), quantity))
                if taken:
                    take(match.start(), match.end())
    words = [word.lower() for word in re.findall(r"[^\W\d_][\w'’-]*", spoken)]  # "Ḥimṣ"
    return Reading(text, joined(text, implied_units(text, counts)), dates, words, negated)


Built = tuple[Quantity | None, bool]
"""What a pattern found: the quantity, if it is one, and whether its span is taken, so that
no later pattern reads a number inside it."""


def _vague(text: str, match: re.Match[str], dated: bool) -> Built:
    least, most = vague_range(match)
    return Quantity(match.group(), least, "people", least, most, "vague",
                    counts_a_part(text, match.start(), match.end())), True


def _fraction(share: float) -> Callable[[str, re.Match[str], bool], Built]:
    def build(text: str, match: re.Match[str], dated: bool) -> Built:
        hedge, kind = hedge_before(text, match.start())
        low, high = allowed(share, kind, None)
        return Quantity(match.group(), share, "share", low, high, hedge), True
    return build


def _percent(text: str, match: re.Match[str], dated: bool) -> Built:
    return _share(text, match.start(), match.end(), float(match["digits"]), match["digits"])


def _share(text: str, start: int, end: int, percent: float, digits: str) -> Built:
    """A share as a percentage ("51.5%", "fifty-one point five percent"): a share of one."""
    hedge, kind = hedge_before(text, start)
    low, high = allowed(percent / 100, kind, digits, 0.01)
    return Quantity(text[start:end], percent / 100, "share", low, high, hedge or "none"), True


def _ordinal(text: str, match: re.Match[str], dated: bool) -> Built:
    if not (match["digits"] or match["word"]):
        return None, False
    rank = int(match["digits"]) if match["digits"] else _ORDINALS[match["word"].lower()]
    return Quantity(match.group(), rank, "rank", rank, rank, "exact"), True


def _first_rank(text: str, match: re.Match[str], dated: bool) -> Built:
    if dated:  # "the largest city in the 12th century" is no rank of today
        return None, False
    return Quantity(match.group(), 1, "rank", 1, 1, "exact"), True


def _clock(text: str, match: re.Match[str], dated: bool) -> Built:
    value = float(match["hour"] or match["day_hour"])
    return Quantity(match.group(), value, "clock", value, value, "none"), True


def _no_count(text: str, match: re.Match[str], dated: bool) -> Built:
    return None, True


def _digits(text: str, match: re.Match[str], dated: bool) -> Built:
    digits = match["digits"]
    value = float(digits.replace(",", ""))
    scale = (match["scale"] or "").lower()
    end = match.end()
    following = re.match(r"\s*([A-Za-z]*)", text[end:])
    if scale == "m" and not match["currency"] and following and \
            following[1].lower() not in PEOPLE_WORDS:  # "501 m above sea level"
        scale, end = "", match.start("scale")
    factor = _SCALE_WORDS.get(scale, 1)
    return _quantity(text, match.start(), end, value * factor, digits,
                     _CURRENCIES.get(match["currency"] or ""), scale=factor), True


def _span(text: str, match: re.Match[str], dated: bool) -> Built:
    if match["joint"].lower() == "and" and not match["between"]:
        return None, False  # "2,000 and 2,500" lists two numbers; "between" bounds one
    if _CHANGE.search(text[max(0, match.start() - 24):match.start()]):
        return None, False  # "rose from 1,000 to 2,000": two values, at two times
    scale = _SCALE_WORDS.get((match["scale"] or "").lower(), 1) * \
        _SCALE_WORDS.get((match["scale2"] or "").lower(), 1)
    first_scale = _SCALE_WORDS.get((match["first_scale"] or "").lower(), scale)
    first, last = _bound(match["first"]) * first_scale, _bound(match["digits"]) * scale
    unit, factor, unit_end = unit_after(text, match.end())
    years = unit is None and all(re.fullmatch(r"\d{4}", match[part]) for part in
                                 ("first", "digits"))
    if first >= last or years:
        return None, False  # "3166-2", or years "1516 to 1918": no bounds of one count
    unit = _CURRENCIES.get(match["currency"] or "") or unit
    return Quantity(text[match.start():unit_end].strip(), (first + last) / 2 * factor, unit,
                    first * factor, last * factor, RANGE), True


def _bound(number: str) -> float:
    """The value of a range's bound, in digits ("2,000") or words ("twenty-five")."""
    return float(number.replace(",", "")) if number[0].isdigit() else \
        spelled_value(number.replace("-", " "))


def _in_words(text: str, match: re.Match[str], dated: bool) -> Built:
    if lone_one(match.group()) and not counts_one(text, match.start(), match.end()):
        return None, False  # "as one student put it"
    if re.match(r"(?:\s+[A-Za-z]+)?\s+per\s", text[match.end():]):
        return None, True  # "forty-three inhabitants per km2" is a density, no count
    value = spelled_value(match.group())
    percent = re.match(r"\s?(?:%|per\s?cent\b)", text[match.end():], re.IGNORECASE)
    if percent:  # "fifty-one point five percent" is a share, as "51.5%" is
        return _share(text, match.start(), match.end() + percent.end(), value, f"{value:g}")
    shown, scale = rounded_as(match.group(), value)  # "one point eight million": 1.8 millions
    return _quantity(text, match.start(), match.end(), value, shown, None, scale=scale), True


_QUANTITIES: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str], bool], Built]], ...] = (
    (VAGUE, _vague),
    *((re.compile(rf"\b{phrase}\b(?!,?\s+(?!of\b)[a-z])", re.IGNORECASE), _fraction(share))
      for phrase, share in FRACTIONS.items()),  # "a third of", not "a third convoy"
    (_PERCENT, _percent), (_ORDINAL, _ordinal),
    (_FIRST_RANK, _first_rank),  # "Syria's largest city": the first, today
    (_CLOCK, _clock),  # "10 am", "0700 GMT": a time of day, no count
    (_NOT_A_COUNT, _no_count),  # "one of", "1914-18", "43 per km2", "UTC+2", "031"
    (_SPAN, _span),  # "between 2,000 and 2,500"
    (_NUMBER, _digits), (SPELLED, _in_words))
"""Each kind of quantity a claim may hold, with what reads it, in the order they are read."""


def _quantity(text: str, start: int, end: int, value: float, digits: str | None,
              currency: str | None, *, scale: float = 1) -> Quantity:
    hedge, kind = hedge_before(text, start)
    unit, factor, unit_end = unit_after_whose(text, end)
    unit = currency or unit
    value *= factor
    low, high = allowed(value, kind, digits, scale * factor)
    shown = (f"{hedge} " if hedge else "") + text[start:unit_end].strip()
    converted = factor != 1 and unit in ("km", "m")  # "12 miles" in km is no exact count
    return Quantity(shown, value, unit, low, high, hedge or ("converted" if converted else "none"),
                    counts_a_part(text, start, unit_end))


def _date(match: re.Match[str]) -> ClaimDate | None:
    """The date a pattern of ``_DATES`` found: ``2000 BC`` is the year -1999, the base's
    numbering; None for a day or month no calendar has."""
    groups = match.groupdict()
    year = era_year(match) if groups.get("era") else int(groups["year"])
    if year is None:
        return None
    month_text = groups.get("month")
    month = None
    if month_text:
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
        if month is None or not 1 <= month <= 12:
            return None
    day = int(groups["day"]) if groups.get("day") else None
    if month is not None and day is not None and not 1 <= day <= days_in_month(year, month):
        return None
    date = PartialDate(year, month, day)
    text = match.group()
    if text.endswith(".") and text[:-1].upper().endswith(("BC", "BCE", "AD", "CE")):
        text = text[:-1]  # "in 50 BC." ends a sentence; "50 B.C." keeps its stop
    return ClaimDate(text, date.iso(), date.earliest(), date.latest())
