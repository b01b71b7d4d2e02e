"""Where each event falls on a year axis, for ``timeline --chart``. No terminal here: the
renderers in :mod:`homsfacts.output.terminal` (Rich) and :func:`plain_chart` draw the layout.

An event is drawn no more precisely than its date: a day is a point, a span (the two-year
siege) a bar, and a date known only to the month or year a faint bar over the whole period it
may fall in.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.dates import Edtf, day_number, is_leap, parse_edtf, year_label, year_of
from homsfacts.base.views import Record, date_label

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment
    from homsfacts.output.formats import Answer

POINT, SPAN, PERIOD = "point", "span", "period"
PLAIN_MARKS = {POINT: "*", SPAN: "=", PERIOD: "-"}
LEGEND = {POINT: "a day", SPAN: "a span the source gives",
          PERIOD: "a month, year or range: the event falls somewhere in it"}

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
    breaks: tuple[int, ...] = ()
    """First column of each break in the axis (:data:`BREAK_WIDTH` wide)."""
    scales: tuple[float, ...] = ()
    """Columns a year of each stretch of the axis, the earliest first."""


def _years(day: int) -> float:
    """Where a day (a day number) falls, in years and the part of its year gone by: 1
    January 2012 is 2012.0, and 1 January 100 BCE is -99.0."""
    year = year_of(day)
    return year + (day - day_number(year)) / (366 if is_leap(year) else 365)


GAP = 2
"""Spaces between the date, the id and the axis."""

LABEL_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
"""Years between two labelled ticks: the first that leaves room for a label."""


BREAK_GAP = 20
"""Years without an event after which the axis may break: history from the first century
and the detail of 2011-2024 on one line."""

BREAK_WIDTH = 2
"""Columns of the break (``//`` on the ruler)."""


class Scale(NamedTuple):
    """One stretch of the axis: ``first`` (a year) at column ``start``, ``per_year`` columns
    a year, ``width`` columns wide, and its labelled ticks."""

    first: int
    start: int
    per_year: float
    width: int
    ticks: list[tuple[int, str]]

    def column(self, years: float) -> int:
        return self.start + min(max(int((years - self.first) * self.per_year), 0),
                                self.width - 1)


def _even_scale(first: int, years: int, room: int, start: int = 0) -> Scale:
    """Whole years from ``first``, labelled every 1, 2, 5, 10... years: the first step that
    leaves a label room (5 columns for ``2011 ``, 9 for ``2000 BCE ``), its ticks evenly
    spaced from ``first``."""
    wanted = max(len(year_label(first)), len(year_label(first + years - 1))) + 1
    step = next((step for step in LABEL_STEPS if room * step // years >= wanted),
                LABEL_STEPS[-1])
    spacing = max(room * step // years, 1)
    per_year = spacing / step
    width = min(room, math.ceil(years * per_year))
    ticks = [(start + index * spacing, year_label(first + index * step))
             for index in range(years // step + 1) if index * spacing < width]
    return Scale(first, start, per_year, width, ticks)


def _round(year: int, step: int) -> bool:
    """Whether a year is round as a reader counts it: 1000 BCE (-0999) and 1000 are."""
    return (1 - year if year < 1 else year) % step == 0


def _long_scale(first: int, years: int, room: int) -> Scale:
    """The years before a break, squeezed into ``room``: labelled at round years as a reader
    counts them (every 100, 500, 1,000 years..., ``1000 BCE``, ``1000``) where a label fits,
    else at its first year alone."""
    per_year = room / years
    ticks = [(0, year_label(first))]
    # A step leaves room for the label of the last year (``1000``); a longer label
    # (``1000 BCE``) that would run into the one before is left out.
    wanted = len(year_label(first + years - 1)) + 1
    step = next((step for step in LABEL_STEPS if step * per_year >= wanted), None)
    free_from = len(ticks[0][1]) + 1
    for year in range(first + 1, first + years) if step is not None else ():
        label = year_label(year)
        column = int((year - first) * per_year)
        if _round(year, step or 1) and free_from <= column <= room - len(label):
            ticks.append((column, label))
            free_from = column + len(label) + 1
    return Scale(first, 0, per_year, room, ticks)


def break_year(dates: list[Edtf]) -> int | None:
    """The year the axis breaks before, or None: the start of the last run of events with no
    gap of more than :data:`BREAK_GAP` years, when a year axis drawn to one scale would give
    that run less than half of its width (dated history before the 2011-2024 war)."""
    spans = sorted((year_of(date.earliest), year_of(date.latest)) for date in dates)
    first, last = spans[0][0], max(end for _, end in spans)
    cut, reached = None, spans[0][1]
    for begin, end in spans[1:]:
        if begin > reached + BREAK_GAP:
            cut = begin
        reached = max(reached, end)
    if cut is None or (last + 1 - cut) * 2 >= last + 1 - first:
        return None
    return cut


def layout(events: list[Record], total_width: int) -> Layout:
    """Columns for each event on an axis of whole years that fits in ``total_width`` after
    the date and id columns. Labelled ticks are evenly spaced: every year, or every 2, 5 or
    10 years when a year is too narrow for its label. Events centuries apart from the rest
    (:func:`break_year`) go on a stretch of their own before a break, about a quarter of the
    axis, so the recent years keep their detail."""
    labels = [date_label(event) for event in events]
    date_width = max(map(len, labels), default=0)
    id_width = max((len(event["id"]) for event in events), default=0)
    dates = [parse_edtf(event["edtf"]) for event in events]
    cut = break_year(dates) if dates else None
    # A broken axis holds two scales: it needs twice the room before the ids may stay.
    wanted = MIN_AXIS_WIDTH * (2 if cut is not None else 1)
    if total_width - date_width - id_width - 2 * GAP < wanted:
        id_width = 0
    room = max(total_width - date_width - (id_width + GAP if id_width else 0) - GAP,
               MIN_AXIS_WIDTH)
    if not events:
        return Layout([], [], room, date_width, id_width)
    first_year = min(year_of(date.earliest) for date in dates)
    last_year = max(year_of(date.latest) for date in dates)
    if cut is None:
        scales = [_even_scale(first_year, last_year - first_year + 1, room)]
    else:
        before = max(room // 4, 8)
        early = _long_scale(first_year, cut - first_year, before)
        scales = [early, _even_scale(cut, last_year - cut + 1, room - before - BREAK_WIDTH,
                                     start=before + BREAK_WIDTH)]
    width = scales[-1].start + scales[-1].width

    def column(day: int) -> int:
        years = _years(day)
        return next(scale for scale in reversed(scales) if years >= scale.first
                    or scale is scales[0]).column(years)

    rows = []
    for event, label, date in zip(events, labels, dates, strict=True):
        if date.end is not None and not date.one_of:
            mark = SPAN
        elif date.start.precision == "day" and not date.approximate:
            mark = POINT
        else:
            mark = PERIOD
        rows.append(Row(event, label, column(date.earliest), column(date.latest), mark))
    ticks = [tick for scale in scales for tick in scale.ticks]
    breaks = tuple(scale.start - BREAK_WIDTH for scale in scales[1:])
    return Layout(rows, ticks, width, date_width, id_width, breaks,
                  tuple(scale.per_year for scale in scales))


def scale_words(per_year: float) -> str:
    """``116 years a column`` or ``3 columns a year``."""
    if per_year >= 1:
        return f"{per_year:.2g} column{'s' if per_year >= 1.05 else ''} a year"
    return f"{1 / per_year:.3g} years a column"


def break_legend(chart: Layout, width: int) -> list[str]:
    """What a break in the axis means, in one line or two: the two scales."""
    if not chart.breaks:
        return []
    before, after = (scale_words(per_year) for per_year in chart.scales)
    one = f"// a break in the axis: {before} before it, {after} after it"
    if len(one) <= width:
        return [one]
    return ["// a break in the axis:", f"   {before} before it, {after} after it"]


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


def axis_ruler(ticks: list[tuple[int, str]], width: int, breaks: tuple[int, ...] = ()) -> str:
    line = ["-"] * width
    for position, _ in ticks:
        line[position] = "|"
    for position in breaks:
        line[position:position + BREAK_WIDTH] = "/" * BREAK_WIDTH
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
             indent + axis_ruler(chart.ticks, chart.width, chart.breaks)]
    for row in chart.rows:
        lines.append(row_prefix(chart, row) + marks(row, chart.width, PLAIN_MARKS))
    legend = [f"{PLAIN_MARKS[mark]} {meaning}" for mark, meaning in LEGEND.items()]
    fits = len("  ".join(legend)) <= len(indent) + chart.width
    lines += ["", *(["  ".join(legend)] if fits else legend),
              *break_legend(chart, len(indent) + chart.width)]
    return [line.rstrip() for line in lines]


def render_chart(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """``timeline --chart`` in a pipe: the events on a year axis in ASCII (on a terminal,
    :func:`homsfacts.output.terminal_chart.render_rich_chart` draws it); ``figure NAME
    --chart``: the values of a series (:mod:`homsfacts.output.series_chart`)."""
    if answer.kind != "events":
        from homsfacts.output.series_chart import render_series_chart

        render_series_chart(answer, env)
    elif answer.data:
        env.stdout.write("\n".join(plain_chart(layout(answer.data, env.width))) + "\n")
