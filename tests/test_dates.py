from __future__ import annotations

import pytest

from homsfacts.base.dates import DateError, PartialDate, day_iso, parse_edtf
from homsfacts.base.written_dates import parse_query_date


@pytest.mark.parametrize(
    ("text", "start", "end", "approximate"),
    [
        ("2011", "2011", None, False),
        ("2011-03", "2011-03", None, False),
        ("2012-02-22", "2012-02-22", None, False),
        ("2011~", "2011", None, True),
        ("2012/2014", "2012", "2014", False),
        ("2024-11-25/2024-12-01", "2024-11-25", "2024-12-01", False),
    ],
)
def test_parses_the_supported_forms(
    text: str, start: str, end: str | None, approximate: bool
) -> None:
    parsed = parse_edtf(text)
    assert parsed.start.iso() == start
    assert (parsed.end.iso() if parsed.end else None) == end
    assert parsed.approximate is approximate


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2012-13", "no month 13"),
        ("2013-02-29", "has 28 days"),
        ("2014/2012", "before it starts"),
        ("twenty twelve", "not a valid date"),
        ("2012/2013/2014", "one '/'"),
        ("", "empty"),
        ("12", "not a valid date"),
    ],
)
def test_rejects_impossible_dates_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_edtf(text)


def test_bounds_cover_the_whole_period() -> None:
    assert day_iso(parse_edtf("2012").earliest) == "2012-01-01"
    assert day_iso(parse_edtf("2012").latest) == "2012-12-31"
    assert day_iso(parse_edtf("2012-02").latest) == "2012-02-29"
    assert day_iso(parse_edtf("2012/2014").latest) == "2014-12-31"


def test_a_year_sorts_after_the_known_months_of_that_year() -> None:
    dates = ["2012", "2012-03", "2011", "2012-02-22", "2011-03"]
    ordered = sorted(dates, key=lambda text: parse_edtf(text).start.sort_key())
    assert ordered == ["2011-03", "2011", "2012-02-22", "2012-03", "2012"]


def test_query_dates_must_be_plain() -> None:
    assert parse_query_date("2012-03") == PartialDate(2012, 3)
    for text in ("2012~", "2012/2013", "abc"):
        with pytest.raises(DateError):
            parse_query_date(text)


# -- years before the common era (issue 22) -------------------------------------------------
# EDTF and ISO 8601 number years astronomically: 0000 is 1 BCE, -0099 is 100 BCE.


@pytest.mark.parametrize(
    ("text", "year", "label", "first", "last"),
    [
        ("-0099", -99, "100 BCE", "-0099-01-01", "-0099-12-31"),
        ("0000", 0, "1 BCE", "0000-01-01", "0000-12-31"),
        ("-1999", -1999, "2000 BCE", "-1999-01-01", "-1999-12-31"),
        ("-9999-01-01", -9999, "1 January 10000 BCE", "-9999-01-01", "-9999-01-01"),
        ("0000-02", 0, "February 1 BCE", "0000-02-01", "0000-02-29"),  # 1 BCE was a leap year
        ("-0001-02", -1, "February 2 BCE", "-0001-02-01", "-0001-02-28"),
        ("-0004-02-29", -4, "29 February 5 BCE", "-0004-02-29", "-0004-02-29"),
        ("-0099/0000", -99, "100 – 1 BCE", "-0099-01-01", "0000-12-31"),
        ("-0099/0030", -99, "100 BCE – AD 30", "-0099-01-01", "0030-12-31"),
        ("0218", 218, "AD 218", "0218-01-01", "0218-12-31"),
    ],
)
def test_years_before_the_common_era(text: str, year: int, label: str, first: str,
                                     last: str) -> None:
    parsed = parse_edtf(text)
    assert parsed.start.year == year
    assert parsed.label() == label
    assert (day_iso(parsed.earliest), day_iso(parsed.latest)) == (first, last)
    assert parsed.start.iso() == text.partition("/")[0]  # the EDTF text, for JSON


def test_dates_across_the_era_compare_and_sort_as_time_runs() -> None:
    texts = ["2011", "0001", "-0099", "2011-03", "-1999", "0000", "-0099-06", "-0100"]
    ordered = sorted(texts, key=lambda text: parse_edtf(text).start.sort_key())
    assert ordered == ["-1999", "-0100", "-0099-06", "-0099", "0000", "0001", "2011-03", "2011"]
    by_day = sorted(texts, key=lambda text: parse_edtf(text).earliest)
    assert by_day[:4] == ["-1999", "-0100", "-0099", "-0099-06"]
    # Day numbers run on across year 0: the last day of 1 BCE is the eve of AD 1.
    assert parse_edtf("0000").latest + 1 == parse_edtf("0001").earliest == 1
    assert parse_edtf("-0099").latest < parse_edtf("0000").earliest
    # Text would sort -0099 after -1999 and both after nothing: the key is an integer.
    assert isinstance(parse_edtf("-0099").start.sort_key(), int)


def test_a_span_may_cross_the_era() -> None:
    span = parse_edtf("-0099/0030")
    assert span.earliest < parse_edtf("0000").earliest < parse_edtf("0001").earliest
    assert parse_edtf("0030").latest == span.latest
    with pytest.raises(DateError, match="before it starts"):
        parse_edtf("0000/-0099")


def test_day_numbers_are_those_of_datetime_from_year_1() -> None:
    import datetime

    from homsfacts.base.dates import date_of, day_number

    for day in (datetime.date(1, 1, 1), datetime.date(1582, 10, 15), datetime.date(2012, 2, 29),
                datetime.date(9999, 12, 31)):
        assert day_number(day.year, day.month, day.day) == day.toordinal()
        assert date_of(day.toordinal()) == (day.year, day.month, day.day)
    for number in range(-800_000, 10, 997):
        assert day_number(*date_of(number)) == number


@pytest.mark.parametrize(
    ("text", "year"),
    [("100 BC", -99), ("100 BCE", -99), ("2000 BC", -1999), ("1 BC", 0), ("100 B.C.", -99),
     ("AD 218", 218), ("218 CE", 218), ("-0099", -99), ("0000", 0)],
)
def test_query_dates_before_the_common_era(text: str, year: int) -> None:
    assert parse_query_date(text) == PartialDate(year)


@pytest.mark.parametrize("text", ["0 BC", "10000 BC", "-0000", "BC", "100 BCX", "0 AD"])
def test_query_dates_refuse_a_year_no_era_has(text: str) -> None:
    with pytest.raises(DateError, match="is not a date: use a year"):
        parse_query_date(text)
