from __future__ import annotations

import pytest

from homsfacts.base.dates import DateError, PartialDate, parse_edtf
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
    assert parse_edtf("2012").earliest == "2012-01-01"
    assert parse_edtf("2012").latest == "2012-12-31"
    assert parse_edtf("2012-02").latest == "2012-02-29"
    assert parse_edtf("2012/2014").latest == "2014-12-31"


def test_a_year_sorts_after_the_known_months_of_that_year() -> None:
    dates = ["2012", "2012-03", "2011", "2012-02-22", "2011-03"]
    ordered = sorted(dates, key=lambda text: parse_edtf(text).start.sort_key())
    assert ordered == ["2011-03", "2011", "2012-02-22", "2012-03", "2012"]


def test_query_dates_must_be_plain() -> None:
    assert parse_query_date("2012-03") == PartialDate(2012, 3)
    for text in ("2012~", "2012/2013", "abc"):
        with pytest.raises(DateError):
            parse_query_date(text)
