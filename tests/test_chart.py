"""timeline --chart: events on a year axis, no more precise than their dates."""

from __future__ import annotations

import datetime
import itertools

import pytest

from homsfacts.base.dates import PartialDate
from homsfacts.base.store import FactBase
from homsfacts.errors import ExitStatus
from homsfacts.output.chart import (
    BREAK_WIDTH,
    MIN_AXIS_WIDTH,
    PERIOD,
    POINT,
    SPAN,
    axis_labels,
    break_year,
    layout,
    plain_chart,
)

from .conftest import run

SINCE_2011 = PartialDate(2011)
"""The war alone, on one even axis; the whole base breaks its axis before 2011."""


def test_days_are_points_spans_are_bars_and_vague_dates_cover_their_period(
        base: FactBase) -> None:
    rows = {row.event["id"]: row for row in layout(base.timeline(), 100).rows}
    assert rows["journalists-killed"].mark == POINT
    assert rows["journalists-killed"].first == rows["journalists-killed"].last
    assert rows["old-city-siege"].mark == SPAN
    assert rows["protests-begin"].mark == PERIOD  # 2011-03: some day that month
    # [2011-03..2012-03]: one date some time between derived bounds, not a span that lasts
    assert rows["first-armed-factions"].mark == PERIOD
    assert rows["first-armed-factions"].first < rows["first-armed-factions"].last
    siege, killed = rows["old-city-siege"], rows["journalists-killed"]
    assert siege.first <= killed.first <= siege.last


def test_columns_are_proportional_to_time(base: FactBase) -> None:
    chart = layout(base.timeline(SINCE_2011), 120)
    rows = {row.event["id"]: row for row in chart.rows}
    (first, first_year), (second, second_year) = chart.ticks[:2]
    assert (first, first_year) == (0, "2011")  # the axis starts with the first year
    per_year = (second - first) / (int(second_year) - int(first_year))
    killed = 1 + (datetime.date(2012, 2, 22) - datetime.date(2012, 1, 1)).days / 366
    assert rows["journalists-killed"].first == int(killed * per_year)
    assert rows["old-city-siege"].first == int(1 * per_year)  # 2012
    assert all(0 <= row.first <= row.last < chart.width for row in chart.rows)


@pytest.mark.parametrize("width", range(40, 251, 7))
def test_labelled_ticks_are_evenly_spaced_and_never_overlap(base: FactBase, width: int) -> None:
    chart = layout(base.timeline(SINCE_2011), width)
    positions = [position for position, _ in chart.ticks]
    years = [int(year) for _, year in chart.ticks]
    assert len(chart.ticks) >= 2
    assert len({b - a for a, b in itertools.pairwise(positions)}) == 1, chart.ticks
    assert len({b - a for a, b in itertools.pairwise(years)}) == 1, chart.ticks
    assert min(b - a for a, b in itertools.pairwise(positions)) >= 5  # a label and a space
    assert axis_labels(chart.ticks, chart.width).split() == [year for _, year in chart.ticks]


@pytest.mark.parametrize("width", [60, 70, 100, 160])
def test_the_plain_chart_fits_the_width(base: FactBase, width: int) -> None:
    lines = plain_chart(layout(base.timeline(), width))
    assert max(map(len, lines)) <= width
    assert not set("█●░─┬\x1b") & set("".join(lines))


def test_a_narrow_window_drops_the_ids_before_the_axis_gets_unreadable(base: FactBase) -> None:
    wide, narrow = layout(base.timeline(SINCE_2011), 100), layout(base.timeline(SINCE_2011), 70)
    assert wide.id_width > 0
    assert narrow.id_width == 0
    # A broken axis holds two scales, so it keeps the ids only with twice the room.
    assert layout(base.timeline(), 100).id_width == 0
    assert layout(base.timeline(), 120).id_width > 0
    assert narrow.width >= MIN_AXIS_WIDTH
    assert layout(base.timeline(), 10).width == MIN_AXIS_WIDTH


def test_year_labels_that_would_overlap_are_left_out() -> None:
    assert axis_labels([(0, "2011"), (2, "2012"), (10, "2013")], 20) == "2011      2013"


def test_the_piped_chart_is_plain_text_with_a_legend() -> None:
    result = run("timeline", "--chart", "--about", "baba amr")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert not set("█●░─┬\x1b") & set(result.stdout)
    assert max(map(len, lines)) <= 100  # COLUMNS in the tests
    assert lines[-1].startswith("* a day")
    assert any("journalists-killed" in line and line.rstrip().endswith("*") for line in lines)


def test_chart_refuses_machine_formats_and_reports_an_empty_result() -> None:
    for option in ("--json", "--format=csv", "--fields=id"):
        result = run("timeline", "--chart", option)
        assert result.exit_code == ExitStatus.USAGE, option
        assert "--chart" in result.stderr
    empty = run("timeline", "--chart", "--from", "2030")
    assert empty.exit_code == ExitStatus.NOT_FOUND
    assert empty.stdout == ""


def test_history_from_2000_bce_breaks_the_axis_before_the_war(base: FactBase) -> None:
    # Issue 22: one axis from 2000 BCE to 2024. Everything before the war shares a quarter of
    # the axis, before a break; the years from 2011 keep the rest.
    from homsfacts.base.dates import parse_edtf

    events = base.timeline()
    assert break_year([parse_edtf(event["edtf"]) for event in events]) == 2011
    assert break_year([parse_edtf(event["edtf"]) for event in base.timeline(SINCE_2011)]) is None
    for width in (60, 80, 120, 200):
        chart = layout(events, width)
        rows = {row.event["id"]: row for row in chart.rows}
        (cut,) = chart.breaks
        after = [row for row in chart.rows if parse_edtf(row.event["edtf"]).start.year >= 2011]
        assert all(row.last < cut for row in chart.rows if row not in after)
        assert all(row.first >= cut + BREAK_WIDTH for row in after)
        # The detail of the war survives: the siege is a bar, the day of the journalists'
        # death inside it, and 2024 apart from 2019.
        siege, killed = rows["old-city-siege"], rows["journalists-killed"]
        assert siege.first <= killed.first <= siege.last
        assert rows["colvin-judgement"].last < rows["rebels-take-homs"].first
        assert rows["evacuation-begins-reuters"].first > siege.first
        # Before the break, in time order: 2000 BCE, the 1st century BCE, AD 218, 1516.
        settled, history = rows["homs-site-settled"], rows["homs-enters-history"]
        assert settled.first == 0
        assert settled.last < history.first <= rows["elagabalus-emperor"].first
        assert rows["elagabalus-emperor"].first <= rows["ottoman-rule-begins"].first
        assert chart.scales[1] >= 1  # at least a column a year after the break
        labels = [label for _, label in chart.ticks]
        assert labels[0] == "2000 BCE"
        assert "2011" in labels
        assert next(column for column, label in chart.ticks if label == "2011") == \
            cut + BREAK_WIDTH


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_the_broken_axis_is_drawn_and_explained_within_the_width(base: FactBase,
                                                                 width: int) -> None:
    lines = plain_chart(layout(base.timeline(), width))
    assert max(map(len, lines)) <= width
    assert "//" in lines[1]
    assert lines[0].startswith(" " * 10)  # the labels sit over the axis, after the dates
    assert lines[0].split()[:2] == ["2000", "BCE"]
    assert "2011" in lines[0].split()
    assert any(line.startswith("// a break in the axis") for line in lines)
    assert any("years a column before it" in line for line in lines)


def test_round_years_before_the_break_are_labelled_as_a_reader_counts_them(
        base: FactBase) -> None:
    labels = [label for _, label in layout(base.timeline(), 250).ticks]
    early = labels[:labels.index("2011")]
    assert early[0] == "2000 BCE"
    assert "1000 BCE" in early  # round in either era: -0999 ...
    assert "1000" in early  # ... and 1000
    assert all(label.endswith(" BCE") for label in early[:early.index("1000 BCE") + 1])


def test_an_axis_of_years_before_the_common_era_alone() -> None:
    events = [{"id": f"e{year}", "edtf": edtf, "date": edtf[:5], "end": None,
               "approximate": False, "uncertain": False, "derived": False}
              for year, edtf in ((-1999, "-1999"), (-1995, "-1995"), (-1990, "-1990/-1989"))]
    chart = layout(events, 80)
    assert not chart.breaks
    assert chart.rows[0].first < chart.rows[1].first < chart.rows[2].first
    assert chart.ticks[0] == (0, "2000 BCE")
    assert all(label.endswith(" BCE") for _, label in chart.ticks)
    # The years count down as time goes on: 2000 BCE, then 1995 BCE or 1990 BCE.
    assert [int(label.split()[0]) for _, label in chart.ticks] == sorted(
        (int(label.split()[0]) for _, label in chart.ticks), reverse=True)
    assert [row.label for row in chart.rows] == ["2000 BCE", "1996 BCE", "1991 – 1990 BCE"]
    assert min(b[0] - a[0] for a, b in itertools.pairwise(chart.ticks)) >= len("2000 BCE ")


def test_the_piped_chart_of_the_whole_history() -> None:
    result = run("timeline", "--chart", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(map(len, lines)) <= 80
    assert lines[2].startswith("2000 BCE ")
    assert lines[3].startswith("within 100 – 1 BCE ")
    assert "//" in lines[1]
