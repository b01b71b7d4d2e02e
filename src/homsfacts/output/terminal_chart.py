"""``timeline --chart`` on a terminal, drawn with Rich; :mod:`homsfacts.output.chart` lays it
out and draws it in ASCII for a pipe."""

from __future__ import annotations

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
from homsfacts.output.terminal import console_for

_CHART_MARKS = {"point": "●", "span": "█", "period": "░"}
_CHART_STYLES = {"point": "bold yellow", "span": "cyan", "period": "magenta"}


def render_rich_chart(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    """``timeline --chart`` on a terminal: the events on a year axis as wide as the window."""
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
    console.print()
    for mark, meaning in LEGEND.items():
        legend = Text()
        legend.append(_CHART_MARKS[mark], style=_CHART_STYLES[mark])
        legend.append(f" {meaning}")
        console.print(legend)
    for text in break_legend(chart, env.width - 1):
        console.print(Text(text.replace("/", "╱"), style="dim"))
