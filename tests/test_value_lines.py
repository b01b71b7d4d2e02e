"""Issue 23, item 7: at every width from 60 to 200, between the block layout and the full
table, a figure's short values (value, as of, attribution, id) are never broken a word a line,
never take more lines than they need while another column has the room, and take a bounded
number of lines. Measured on what the terminal shows (:mod:`tests.value_lines`)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .terminal import render
from .value_lines import LISTS, measure, records_of

ONE_LINE = 28
"""A short value this long or shorter takes one line in a table
(:data:`homsfacts.output.widths.SHORT_VALUE`)."""
MOST_LINES = 3
"""No short value takes more lines, in any layout (:data:`homsfacts.output.widths.VALUE_LINES`
in a table; a window of 60 columns wraps an ``attribution:`` line of a block at most once)."""


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict[str, Any]]]:
    return {command: records_of(command) for command in LISTS}


@pytest.mark.parametrize("width", range(60, 201))
def test_short_values_keep_their_lines_at_every_width(
        width: int, records: dict[str, list[dict[str, Any]]]) -> None:
    for command in LISTS:
        code, shown, _ = render(command, width)
        assert code == 0
        found = measure(shown, records[command])
        assert {item.column for item in found} >= {"id", "value", "attribution"}, command
        assert not [item for item in found if item.word_a_line], (command, width)
        assert not [item for item in found if item.room], (command, width)
        assert not [item for item in found if len(item.lines) > MOST_LINES], (command, width)
        if found[0].layout != "blocks":
            wrapped = [item for item in found if len(item.text) <= ONE_LINE
                       and len(item.lines) > 1]
            assert not wrapped, (command, width)


def test_the_widths_promised_are_the_ones_the_layout_keeps() -> None:
    from homsfacts.output.widths import SHORT_VALUE, VALUE_LINES

    assert (SHORT_VALUE, VALUE_LINES) == (ONE_LINE, MOST_LINES)


def test_the_examples_of_the_issue(records: dict[str, list[dict[str, Any]]]) -> None:
    # At 90 columns 'an estimated 800,000 people' took four lines; at 120 the attribution
    # 'according to the Syrian Observatory for Human Rights' took five, in a narrow column
    # beside a label column with room.
    for width in (90, 120):
        found = measure(render("figure", width)[1], records["figure"])
        estimate = next(item for item in found if item.text == "an estimated 800,000 people")
        assert len(estimate.lines) == 1
        observatory = [item for item in found
                       if item.text == "according to the Syrian Observatory for Human Rights"]
        assert observatory
        assert all(len(item.lines) <= MOST_LINES and not item.room for item in observatory)


@pytest.mark.parametrize("command", ["figure", "figure population --all"])
def test_a_200_column_window_keeps_the_full_table(
        command: str, records: dict[str, list[dict[str, Any]]]) -> None:
    found = measure(render(command, 200)[1], records[command])
    assert found[0].layout == "table"


def test_a_column_no_record_fills_is_left_out() -> None:
    # The values of one series have no other reports: no empty column with its heading
    # wrapped over two lines.
    shown = render("figure population --all", 200)[1]
    assert "other" not in shown.split("─")[0]


@given(st.lists(st.sampled_from(["a", "bb", "according", "Observatory", "x" * 25, "¶12,",
                                 "homs-governorate-population-2011", "·", "\n", "  "]),
                max_size=14),
       st.integers(min_value=3, max_value=40))
def test_the_line_count_is_the_one_rich_draws(parts: list[str], width: int) -> None:
    from rich.console import Console
    from rich.text import Text

    from homsfacts.output.widths import line_count

    text = " ".join(parts)
    drawn = Text(text, overflow="fold").wrap(Console(width=300), width)
    assert line_count(text, width) == len(drawn)
