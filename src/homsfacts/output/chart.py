"""Where each event falls on a year axis, for ``timeline --chart``. No terminal here: the
renderers in :mod:`homsfacts.output.terminal` (Rich) and :func:`plain_chart` draw the layout.

An event is drawn no more precisely than its date: a day is a point, a span (the two-year
siege) a bar, and a date known only to the month or year a faint bar over the whole period it
may fall in.
"""

from __future__ import annotations

import calendar
import datetime
import math
from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.dates import parse_edtf
from homsfacts.base.views import Record, date_label

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment
    from homsfacts.output.formats import Answer

POINT, SPAN, PERIOD = "point", "span", "period"
PLAIN_MARKS = {POINT: "*", SPAN: "=", PERIOD: "-"}
LEGEND = {POINT: "a day", SPAN: "a span the source gives",
          PERIOD: "a month or year: the event falls somewhere in it"}

MIN_AXIS_WIDTH = 20
"""Narrower than this, a year axis says nothing; the chart then gets this width anyway."""


class Row(NamedTuple):
    event: Record
    label: str
    """The date as ``timeline`` prints it: ``2012 – 2014 (derived)``."""
    first: int
    last: int
    """First and last column of the mark, inclusive."""
    mark: str


class Layout(NamedTuple):
    rows: list[Row]
    ticks: list[tuple[int, str]]
    """(column, year) of each labelled tick, evenly spaced, where its year begins."""
    width: int
    """Of the axis, in characters."""
    date_width: int
    id_width: int
    """0 when the window is too narrow for ids: the axis matters more."""


def _years(iso: str, first_year: int) -> float:
    """Where a day falls, in years since 1 January of ``first_year``."""
    day = datetime.date.fromisoformat(iso)
    start_of_year = datetime.date(day.year, 1, 1)
    length = 366 if calendar.isleap(day.year) else 365  # no 1 January 10000 to count to
    return day.year - first_year + (day - start_of_year).days / length


GAP = 2
"""Spaces between the date, the id and the axis."""

LABEL_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
"""Years between two labelled ticks: the first that leaves room for a label."""


def layout(events: list[Record], total_width: int) -> Layout:
    """Columns for each event on an axis of whole years that fits in ``total_width`` after
    the date and id columns. Labelled ticks are evenly spaced: every year, or every 2, 5 or
    10 years when a year is too narrow for its label."""
    labels = [date_label(event) for event in events]
    date_width = max(map(len, labels), default=0)
    id_width = max((len(event["id"]) for event in events), default=0)
    if total_width - date_width - id_width - 2 * GAP < MIN_AXIS_WIDTH:
        id_width = 0
    room = max(total_width - date_width - (id_width + GAP if id_width else 0) - GAP,
               MIN_AXIS_WIDTH)
    if not events:
        return Layout([], [], room, date_width, id_width)
    dates = [parse_edtf(event["edtf"]) for event in events]
    first_year = min(int(date.earliest[:4]) for date in dates)
    years = max(int(date.latest[:4]) for date in dates) - first_year + 1
    step = next((step for step in LABEL_STEPS if room * step // years >= 5), LABEL_STEPS[-1])
    spacing = max(room * step // years, 1)
    per_year = spacing / step
    width = min(room, math.ceil(years * per_year))

    def column(iso: str) -> int:
        return min(int(_years(iso, first_year) * per_year), width - 1)

    rows = []
    for event, label, date in zip(events, labels, dates, strict=True):
        if date.end is not None:
            mark = SPAN
        elif date.start.precision == "day" and not date.approximate:
            mark = POINT
        else:
            mark = PERIOD
        rows.append(Row(event, label, column(date.earliest), column(date.latest), mark))
    ticks = [(index * spacing, str(first_year + index * step))
             for index in range(years // step + 1) if index * spacing < width]
    return Layout(rows, ticks, width, date_width, id_width)


def axis_labels(ticks: list[tuple[int, str]], width: int) -> str:
    """Year labels under their ticks, leaving out any that would overlap the one before."""
    line = [" "] * width
    free_from = 0
    for position, year in ticks:
        at = min(position, width - len(year))
        if at >= free_from:
            line[at:at + len(year)] = year
            free_from = at + len(year) + 1
    return "".join(line).rstrip()


def axis_ruler(ticks: list[tuple[int, str]], width: int) -> str:
    line = ["-"] * width
    for position, _ in ticks:
        line[position] = "|"
    return "".join(line)


def marks(row: Row, width: int, symbols: dict[str, str]) -> str:
    line = [" "] * width
    for position in range(row.first, row.last + 1):
        line[position] = symbols[row.mark]
    return "".join(line).rstrip()


def row_prefix(chart: Layout, row: Row | None) -> str:
    """The date and id columns of a row, padded to the axis; blank for the axis lines."""
    label, record_id = (row.label, row.event["id"]) if row else ("", "")
    text = label.ljust(chart.date_width) + " " * GAP
    if chart.id_width:
        text += record_id.ljust(chart.id_width) + " " * GAP
    return text


def plain_chart(chart: Layout) -> list[str]:
    """The chart in ASCII, for pipes and files: date, id, then the axis."""
    indent = " " * len(row_prefix(chart, None))
    lines = [indent + axis_labels(chart.ticks, chart.width),
             indent + axis_ruler(chart.ticks, chart.width)]
    for row in chart.rows:
        lines.append(row_prefix(chart, row) + marks(row, chart.width, PLAIN_MARKS))
    legend = [f"{PLAIN_MARKS[mark]} {meaning}" for mark, meaning in LEGEND.items()]
    fits = len("  ".join(legend)) <= len(indent) + chart.width
    lines += ["", *(["  ".join(legend)] if fits else legend)]
    return [line.rstrip() for line in lines]


def render_chart(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """``timeline --chart`` in a pipe: the events on a year axis in ASCII (on a terminal,
    :func:`homsfacts.output.terminal_chart.render_rich_chart` draws it)."""
    if answer.data:
        env.stdout.write("\n".join(plain_chart(layout(answer.data, env.width))) + "\n")
