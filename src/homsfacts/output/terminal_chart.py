"""``timeline --chart`` on a terminal, drawn with Rich; :mod:`homsfacts.output.chart` lays it
out and draws it in ASCII for a pipe."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from homsfacts.output.chart import (
    LEGEND,
    axis_labels,
    axis_ruler,
    break_legend,
    layout,
    marks,
    row_prefix,
)
from homsfacts.output.environment import Environment
from homsfacts.output.formats import Answer
from homsfacts.output.series_chart import LEGEND as SERIES_LEGEND
from homsfacts.output.series_chart import (
    OPEN,
    RANGE,
    SOLID,
    notes,
    scale_line,
    series_layout,
    series_values,
)
from homsfacts.output.series_chart import row_prefix as series_prefix
from homsfacts.output.terminal import console_for

_CHART_MARKS = {"point": "●", "span": "█", "period": "░"}
_CHART_STYLES = {"point": "bold yellow", "span": "cyan", "period": "magenta"}


def render_rich_chart(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """``timeline --chart`` on a terminal: the events on a year axis as wide as the window;
    ``figure NAME --chart``: the values of a series."""
    if answer.kind != "events":
        _series_chart(answer, env)
        return
    if not answer.data:
        return
    console = console_for(env)
    chart = layout(answer.data, env.width - 1)
    indent = " " * len(row_prefix(chart, None))
    ruler = axis_ruler(chart.ticks, chart.width, chart.breaks).replace("-", "─").replace(
        "|", "┬").replace("/", "╱")
    console.print(Text(indent + axis_labels(chart.ticks, chart.width), style="bold"),
                  no_wrap=True, overflow="crop")
    console.print(Text(indent + ruler, style="dim"), no_wrap=True, overflow="crop")
    for row in chart.rows:
        line = Text(row_prefix(chart, row))
        line.stylize("dim", len(row.label))
        line.append(marks(row, chart.width, _CHART_MARKS), style=_CHART_STYLES[row.mark])
        console.print(line, no_wrap=True, overflow="crop")
    _legend(console, LEGEND, _CHART_MARKS, _CHART_STYLES)
    for text in break_legend(chart, env.width - 1):
        console.print(Text(text.replace("/", "╱"), style="dim"))


_SERIES_MARKS = {SOLID: "█", RANGE: "░", OPEN: "▶"}
_SERIES_STYLES = {SOLID: "cyan", RANGE: "cyan", OPEN: "bold cyan"}


def _series_chart(answer: Answer, env: Environment) -> None:
    console = console_for(env)
    chart = series_layout(series_values(answer), env.width - 1)
    indent = " " * len(series_prefix(chart, None))
    for bar in chart.bars:
        line = Text(series_prefix(chart, bar))
        line.stylize("dim", len(bar.time))
        line.append(_SERIES_MARKS[SOLID] * bar.solid, style=_SERIES_STYLES[SOLID])
        line.append(_SERIES_MARKS[RANGE] * bar.faint, style=_SERIES_STYLES[RANGE])
        if bar.open:
            line.append(_SERIES_MARKS[OPEN], style=_SERIES_STYLES[OPEN])
        console.print(line, no_wrap=True, overflow="crop")
    console.print(Text(indent + "─" * chart.width, style="dim"), no_wrap=True, overflow="crop")
    console.print(Text(indent + scale_line(chart), style="bold"), no_wrap=True, overflow="crop")
    _legend(console, SERIES_LEGEND, _SERIES_MARKS, _SERIES_STYLES)
    for note in notes(chart, env.width - 1):
        console.print(Text(note, style="dim"))


def _legend(console: Console, meanings: dict[str, str], marks: dict[str, str],
            styles: dict[str, str]) -> None:
    """After a blank line, each mark in its style and what it means."""
    console.print()
    for mark, meaning in meanings.items():
        line = Text()
        line.append(marks[mark], style=styles[mark])
        line.append(f" {meaning}")
        console.print(line)
