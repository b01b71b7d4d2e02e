"""``figure NAME --chart``: the values of a series over time, one row a value in date order,
each a bar as long as its number. No terminal here: :func:`plain_rows` draws it in ASCII for a
pipe, and :mod:`homsfacts.output.terminal_chart` with Rich.

A bar is no more precise than its value: a range the source gives (15,000 to 20,000) is solid
to its low end and faint to its high end, and an open value ("more than 2,000") ends in an
arrow. Values whose time is given only in words cannot be placed; they are named under the
chart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.series import dated
from homsfacts.base.views import Record
from homsfacts.errors import NotFoundError
from homsfacts.output.formats import Answer

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment

SOLID, RANGE, OPEN = "solid", "range", "open"
PLAIN_MARKS = {SOLID: "=", RANGE: "-", OPEN: ">"}
LEGEND = {SOLID: "the value", RANGE: "the range the source gives",
          OPEN: "at least this: the source gives no upper bound"}

MIN_VALUES = 3
"""Fewer values over time than this make no chart."""

MIN_BAR_WIDTH = 10
GAP = 2


class Bar(NamedTuple):
    value: Record
    time: str
    number: str
    """The value, short: ``652,609``, ``~65,000``, ``15,000–20,000``, ``2,000+``."""
    solid: int
    """Columns drawn solid, then ``faint`` columns, then the arrow if ``open``."""
    faint: int
    open: bool


class SeriesChart(NamedTuple):
    bars: list[Bar]
    time_width: int
    number_width: int
    id_width: int
    """0 when the window is too narrow for ids: the bars matter more."""
    width: int
    """Of the bars, in columns."""
    top: float
    """The number at the last column."""
    undated: list[Record]
    unit: str


def series_values(answer: Answer) -> list[Record]:
    """The values a ``figure`` answer holds: a list (``--all``), or one figure's group."""
    if answer.is_list:
        return list(answer.data)
    group = answer.data.get("group")
    if not group:
        return [answer.data]
    # A group's values are summaries; they share the figure's unit.
    return [{"unit": answer.data.get("unit"), **value} for value in group["values"]]


def _short(number: float) -> str:
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,}"


def _number(value: Record) -> str:
    number, low, high = value.get("value"), value.get("low"), value.get("high")
    hedge = "~" if value.get("qualifier") in ("approximate", "estimate") else ""
    if number is not None:
        return hedge + _short(number)
    if low is not None and high is not None:
        return f"{_short(low)}–{_short(high)}"
    if low is not None:
        return f"{_short(low)}+"
    return f"<{_short(high)}" if high is not None else ""


def series_layout(values: list[Record], total_width: int) -> SeriesChart:
    """Rows for the dated values with a number; raises NotFoundError for fewer than
    :data:`MIN_VALUES`."""
    placed = [value for value in values if dated(value) is not None and any(
        value.get(field) is not None for field in ("value", "low", "high"))]
    if len(placed) < MIN_VALUES:
        name = (values[0].get("group") or {}).get("id") if values else None
        raise NotFoundError(
            f"a chart needs {MIN_VALUES} or more values for different times, and "
            f"{name or (values[0]['id'] if values else 'this figure')} has {len(placed)}; "
            "leave out --chart")
    times = [str(value["as_of"]) for value in placed]
    numbers = [_number(value) for value in placed]
    time_width = max(map(len, times))
    number_width = max(map(len, numbers))
    id_width = max(len(value["id"]) for value in placed)
    fixed = time_width + GAP + number_width + GAP
    if total_width - fixed - id_width - GAP < MIN_BAR_WIDTH * 2:
        id_width = 0
    width = max(total_width - fixed - (id_width + GAP if id_width else 0), MIN_BAR_WIDTH)
    top = max(float(value.get("high") or value.get("value") or value.get("low") or 0)
              for value in placed) or 1.0

    def columns(number: float | None) -> int:
        return 0 if number is None else max(round(number / top * (width - 1)), 1)

    bars = []
    for value, time, number in zip(placed, times, numbers, strict=True):
        low = value.get("low") if value.get("value") is None else value.get("value")
        high = value.get("high")
        solid = columns(low) if low is not None else 0
        faint = max(columns(high) - solid, 1) if high is not None else 0
        is_open = value.get("value") is None and high is None
        bars.append(Bar(value, time, number, solid, faint, is_open))
    undated = [value for value in values if value not in placed]
    return SeriesChart(bars, time_width, number_width, id_width, width, top, undated,
                       str(placed[0].get("unit") or ""))


def row_prefix(chart: SeriesChart, bar: Bar | None) -> str:
    time, number, record_id = (bar.time, bar.number, bar.value["id"]) if bar else ("", "", "")
    text = time.ljust(chart.time_width) + " " * GAP + number.rjust(chart.number_width)
    text += " " * GAP
    if chart.id_width:
        text += record_id.ljust(chart.id_width) + " " * GAP
    return text


def bar_text(bar: Bar, marks: dict[str, str]) -> str:
    return (marks[SOLID] * bar.solid + marks[RANGE] * bar.faint
            + (marks[OPEN] if bar.open else ""))


def scale_line(chart: SeriesChart) -> str:
    """``0`` under the first column and the top number under the last, with the unit."""
    top = f"{_short(chart.top)} {chart.unit}".strip()
    return "0" + top.rjust(chart.width - 1) if len(top) < chart.width - 1 else top


def notes(chart: SeriesChart, width: int) -> list[str]:
    """The values that are not drawn, and why, wrapped to ``width``."""
    import textwrap

    if not chart.undated:
        return []
    named = ", ".join(f"{value.get('period') or 'no time'} ({value['id']})"
                      for value in chart.undated)
    return textwrap.wrap(f"not drawn, as its time is given only in words: {named}",
                         max(width, 20), break_on_hyphens=False)


def plain_rows(chart: SeriesChart, total_width: int) -> list[str]:
    indent = " " * len(row_prefix(chart, None))
    lines = [row_prefix(chart, bar) + bar_text(bar, PLAIN_MARKS) for bar in chart.bars]
    lines.append(indent + "-" * chart.width)
    lines.append(indent + scale_line(chart))
    legend = [f"{PLAIN_MARKS[mark]} {meaning}" for mark, meaning in LEGEND.items()]
    joined = "  ".join(legend)
    lines += ["", *([joined] if len(joined) <= total_width else legend), *notes(chart, total_width)]
    return [line.rstrip() for line in lines]


def render_series_chart(answer: Answer, env: Environment) -> None:
    """``figure NAME --chart`` in a pipe: the values in ASCII."""
    chart = series_layout(series_values(answer), env.width)
    env.stdout.write("\n".join(plain_rows(chart, env.width)) + "\n")
