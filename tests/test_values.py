"""Issue 24, defects 2 and 3: every value ``validate`` accepts is shown and exported without a
traceback, anything beyond the bounds is refused with its file, line, record and field, and a
number is shown with exactly the digits the base writes."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homsfacts.base.dates import DateError, PartialDate, days_in_month, parse_edtf
from homsfacts.base.views import figure_display, format_quantity
from homsfacts.errors import ExitStatus

from .conftest import minimal, run, write

MAX_INTEGER = 2**63 - 1
"""What SQLite stores; ``homsfacts.vocabulary.MAX_INTEGER``."""

integers = st.integers(min_value=-MAX_INTEGER, max_value=MAX_INTEGER)
floats = st.floats(allow_nan=False, allow_infinity=False)
numbers = st.one_of(integers, floats, st.sampled_from([MAX_INTEGER, -MAX_INTEGER, 0, -0.0]))
too_large = st.one_of(st.integers(min_value=MAX_INTEGER + 1, max_value=10**400),
                      st.integers(min_value=-(10**400), max_value=-MAX_INTEGER - 1))
UNITS = ["people", "percent", "USD", "EUR", "GBP", "years", "rank", "km"]
PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def toml_number(value: int | float) -> str:
    return str(value) if isinstance(value, int) else repr(value).replace("e+", "e")


def figure_base(value: int | float, unit: str = "people", extra: str = "") -> str:
    return minimal(f"""
[[figures]]
id = "widgets"
label = "Widgets made"
value = {toml_number(value)}
unit = "{unit}"
qualifier = "exact"
sources = [{{ source = "src", paragraphs = [1] }}]
{extra}""")


def event_base(date: str) -> str:
    return minimal(f"""
[[events]]
id = "founding"
date = "{date}"
summary = "Something happened."
sources = [{{ source = "src", paragraphs = [1] }}]
""")


def every_output_of_a_figure(path: Path, folder: Path) -> dict[str, str]:
    """What figure, show, check and every export print for a base of one figure; each must
    succeed (``run`` fails the test on a traceback)."""
    data = ("--data", str(path))
    outputs = {}
    for name, args in {
        "figure": ("figure",),
        "figure --json": ("figure", "--json"),
        "show": ("show", "widgets"),
        "show --json": ("show", "widgets", "--json"),
        "check": ("check", "Widgets made: 5 people"),
        "markdown": ("export", "-f", "markdown"),
        "csv": ("export", "-f", "csv", "--type", "figures"),
        "json": ("export", "-f", "json"),
        "sqlite": ("export", "-f", "sqlite", "--out", str(folder / "out.db"), "--force"),
    }.items():
        result = run(*data, *args)
        assert result.exit_code in ({0, 1} if name == "check" else {0}), (name, result.stderr)
        outputs[name] = result.stdout
    return outputs


# -- the three tracebacks of the issue ---------------------------------------------------------


def refusal(path: Path) -> str:
    result = run("validate", str(path))
    assert result.exit_code == ExitStatus.BAD_BASE
    return result.stdout + result.stderr


def test_an_integer_of_400_digits_is_refused_where_it_is_and_no_command_raises(
        tmp_path: Path) -> None:
    path = write(tmp_path, figure_base(int("7" * 400)))
    assert re.search(r"base\.toml:13: figures\[0\] 'widgets': value: 7{20}.*too large",
                     refusal(path))
    for args in (("figure",), ("show", "widgets"), ("check", "Widgets made: 5 people"),
                 ("export", "-f", "markdown")):
        result = run("--data", str(path), *args)  # a traceback fails the test here
        assert result.exit_code == ExitStatus.BAD_BASE
        assert "too large" in result.stderr


def test_an_integer_above_2_63_is_refused_before_the_sqlite_export(tmp_path: Path) -> None:
    path = write(tmp_path, figure_base(2**63))
    assert "base.toml:13: figures[0] 'widgets': value: 9223372036854775808 is too large" in (
        refusal(path))
    result = run("--data", str(path), "export", "-f", "sqlite", "--out", str(tmp_path / "x.db"))
    assert result.exit_code == ExitStatus.BAD_BASE
    assert not (tmp_path / "x.db").exists()


def test_year_0000_is_1_bce_and_the_ends_of_the_range_are_charted(tmp_path: Path) -> None:
    # Issue 22: the base numbers years as EDTF does, so 0000 is 1 BCE and -0099 100 BCE; a
    # year beyond -9999..9999, or "-0000", is refused with its line, record and field.
    chart = run("--data", str(write(tmp_path, event_base("0000"))), "timeline", "--chart")
    assert chart.exit_code == 0
    assert re.search(r"^1 BCE +\S", chart.stdout, re.MULTILINE)  # a mark on the axis
    for date in ("-9999", "-9999-01-01", "0001", "9999", "9999-12-31", "-9999-01-01/9999-12",
                 "-0099/0000", "0000-02-29"):
        chart = run("--data", str(write(tmp_path, event_base(date))), "timeline", "--chart")
        assert chart.exit_code == 0, (date, chart.stderr)
        assert "founding" in chart.stdout
    for date in ("-0000", "-10000", "10000", "-0001-02-29"):
        path = write(tmp_path, event_base(date))
        assert re.search(rf"base\.toml:12: events\[0\] 'founding': date: '{date}' ",
                         refusal(path)), date
        assert run("--data", str(path), "timeline", "--chart").exit_code == ExitStatus.BAD_BASE
    assert "years run from -9999 to 9999" in refusal(write(tmp_path, event_base("10000")))


def test_the_bound_is_what_sqlite_stores(tmp_path: Path) -> None:
    from homsfacts.base.model import MAX_INTEGER as documented

    assert documented == MAX_INTEGER
    with sqlite3.connect(tmp_path / "x.db") as db:
        assert db.execute("SELECT ?, ?", (MAX_INTEGER, -MAX_INTEGER)).fetchone() == (
            MAX_INTEGER, -MAX_INTEGER)


def test_paragraph_numbers_and_counts_are_bounded_too(tmp_path: Path) -> None:
    text = figure_base(1).replace("paragraphs = 5", f"paragraphs = {2**63}")
    assert "sources[0] 'src': paragraphs: 9223372036854775808 is too large" in refusal(
        write(tmp_path, text))
    text = figure_base(1).replace("paragraphs = 5\n", "").replace("[1]", f"[{2**63}]")
    assert "paragraph 9223372036854775808 does not exist" in refusal(write(tmp_path, text))
    text = figure_base(1).replace("paragraphs = 5\n", "").replace("[1]", f"[{MAX_INTEGER}]")
    assert run("validate", str(write(tmp_path, text))).exit_code == 0


# -- the whole range, through every command -------------------------------------------------


@PROPERTY
@given(numbers, st.sampled_from(UNITS))
def test_every_value_validate_accepts_is_shown_and_exported(value: int | float,
                                                            unit: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = write(folder, figure_base(value, unit))
        assert run("validate", str(path)).exit_code == 0
        outputs = every_output_of_a_figure(path, folder)
        display = format_quantity(value, unit)
        for output in ("figure", "show", "markdown"):
            assert display in outputs[output], output
        assert json.loads(outputs["figure --json"])[0]["display"] == display
        assert json.loads(outputs["show --json"])["value"] == value
        assert json.loads(outputs["json"])["figures"][0]["value"] == value
        row = next(csv.DictReader(io.StringIO(outputs["csv"])))
        assert (float if isinstance(value, float) else int)(row["value"]) == value
        with sqlite3.connect(folder / "out.db") as db:
            assert db.execute("SELECT value, display FROM figures").fetchone() == (
                value, display)


@PROPERTY
@given(too_large, st.sampled_from(["value", "low", "high"]))
def test_every_integer_beyond_the_bounds_is_refused_by_its_field(number: int,
                                                                  field: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        extra = f"{field} = {number}\n" if field != "value" else ""
        text = figure_base(1 if field != "value" else number, extra=extra)
        if field != "value":  # a bound on its own, so only the size is wrong
            text = text.replace("value = 1\n", "")
        found = refusal(write(Path(name), text))
        assert f"figures[0] 'widgets': {field}: " in found
        assert "too large" in found


@st.composite
def dates(draw: st.DrawFn) -> tuple[int, int, int]:
    """A day of the years -9999 to 9999, before the common era included (issue 22)."""
    year = draw(st.integers(min_value=-9999, max_value=9999))
    month = draw(st.integers(min_value=1, max_value=12))
    return year, month, draw(st.integers(min_value=1, max_value=days_in_month(year, month)))


def edtf(day: tuple[int, int, int], precision: str) -> str:
    text = PartialDate(*day).iso()
    return text[:{"year": 4, "month": 7, "day": 10}[precision] + text.startswith("-")]


@PROPERTY
@given(dates(), dates(), st.sampled_from(["year", "month", "day"]), st.booleans())
def test_every_date_validate_accepts_is_charted_and_exported(
        first: tuple[int, int, int], second: tuple[int, int, int], precision: str,
        span: bool) -> None:
    first, second = sorted((first, second))
    date = edtf(first, precision) + (f"/{edtf(second, precision)}" if span else "")
    with tempfile.TemporaryDirectory() as name:
        path = write(Path(name), event_base(date))
        data = ("--data", str(path))
        assert run("validate", str(path)).exit_code == 0
        for args in (("timeline", "--chart"), ("timeline",), ("show", "founding"),
                     ("export", "-f", "markdown"), ("export", "-f", "csv", "--type", "events"),
                     ("timeline", "--json"),
                     ("export", "-f", "sqlite", "--out", str(Path(name) / "x.db"))):
            result = run(*data, *args)
            assert result.exit_code == 0, (args, result.stderr)
            assert args[-1].endswith(".db") or "Something happened" in result.stdout or (
                "founding" in result.stdout)


def test_dates_run_from_10000_bce_to_9999() -> None:
    assert parse_edtf("0001-01-01").start.year == 1
    assert parse_edtf("9999-12-31").start.day == 31
    assert parse_edtf("0000").start.year == 0  # 1 BCE
    assert parse_edtf("-9999-01-01").start.year == -9999
    assert parse_edtf("0000/2012").earliest < parse_edtf("0001").earliest
    for text in ("-0000", "-0000-01-01", "-0000/2012"):
        with pytest.raises(DateError, match="no year -0000"):
            parse_edtf(text)
    for text in ("-10000", "10000", "-999"):
        with pytest.raises(DateError, match="years run from -9999 to 9999"):
            parse_edtf(text)


# -- one rule for showing a number (defect 3) ----------------------------------------------

_SHOWN = re.compile(r"^(?P<sign>-)?(?P<symbol>[$€£])?(?P<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
                    r"(?:(?P<ordinal>st|nd|rd|th)| (?P<scale>million|billion|trillion))?"
                    r"(?: (?P<unit>.+))?$")
_POWERS = {None: 0, "million": 6, "billion": 9, "trillion": 12}


def read_back(shown: str) -> Decimal:
    """The number a display says, digit for digit."""
    match = _SHOWN.match(shown)
    assert match, shown
    number = Decimal(match["digits"].replace(",", "")).scaleb(_POWERS[match["scale"]])
    return -number if match["sign"] else number


def as_written(value: int | float) -> Decimal:
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


@settings(max_examples=2000, deadline=None)
@given(numbers, st.sampled_from(UNITS))
def test_a_display_reads_back_as_exactly_the_value(value: int | float, unit: str) -> None:
    shown = format_quantity(value, unit)
    number = read_back(shown)
    # Never less precise: the digits give the value back; never more: no digit beyond those
    # written (a float's shortest form, not its binary expansion).
    assert number == as_written(value)
    assert (float(number) if isinstance(value, float) else int(number)) == value
    digits = _SHOWN.match(shown)["digits"]  # type: ignore[index]
    whole = digits.split(".")[0]
    assert whole.replace(",", "").isdigit()
    assert all(len(group) == 3 for group in whole.split(",")[1:])


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (0.004, "percent", "0.004 percent"),
    (2.999, "percent", "2.999 percent"),
    (0.125, "people", "0.125 people"),
    (0.0049, "USD", "$0.0049"),
    (-0.001, "people", "-0.001 people"),
    (1.23e25, "people", "12,300,000,000,000,000,000,000,000 people"),
    (302500000, "USD", "$302.5 million"),
    (302512345, "USD", "$302,512,345"),
    (-3000000, "EUR", "-€3 million"),
    (800000, "people", "800,000 people"),
    (2200, "people", "2,200 people"),
    (1, "people", "1 person"),
    (1.0, "years", "1 year"),
    (13, "rank", "13th"),
    (-0.0, "people", "0 people"),
])
def test_the_examples_of_the_issue_show_as_written(value: float, unit: str, shown: str) -> None:
    assert format_quantity(value, unit) == shown


def test_the_hedge_and_bounds_keep_every_digit() -> None:
    figure = {"value": 0.004, "unit": "percent", "qualifier": "approximate", "low": 0.0035,
              "high": 0.0045}
    assert figure_display(figure) == "about 0.004 percent (between 0.0035 and 0.0045 percent)"


def test_every_output_shows_0_004_percent(tmp_path: Path) -> None:
    outputs = every_output_of_a_figure(write(tmp_path, figure_base(0.004, "percent")), tmp_path)
    for name in ("figure", "show", "markdown"):
        assert "0.004 percent" in outputs[name], name
    assert json.loads(outputs["figure --json"])[0]["display"] == "0.004 percent"
