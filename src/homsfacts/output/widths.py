"""How wide each column of a terminal table is: arithmetic on the cells' text, no Rich.

The rule, decided cell by cell (issue 23, item 7). Each column first gets its least width:

- a column sized to its content (an id, a date, a citation) its longest line, or for a span
  of dates its longest word;
- a column of short values (:attr:`~homsfacts.output.columns.Column.short`: a figure's value,
  as of and attribution) its longest word and its longest short value, one of at most
  :data:`SHORT_VALUE` characters, which so never wraps; a longer value may wrap, to no more
  than :data:`VALUE_LINES` lines, so never to one word a line;
- the wide text (a summary, a label) and a note beside it (other reports) only their floors,
  :data:`MIN_TEXT_WIDTH` and :data:`MIN_NOTE_WIDTH`: they give way first.

When the least widths do not fit the window there is no table, and the caller draws another
layout (the id and citation folded under the text, or one block per record). What they leave
goes where it saves the most lines, counting a line that a short value wraps onto as a line of
the table: step by step to the column whose widening saves the most for each column it takes,
then from one column to another while a move saves a line; what no line needs is shared by
``flex``, up to each column's longest line. No word is ever broken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

MIN_TEXT_WIDTH = 28
"""The fewest columns a table gives its main text column (a summary, a label, a title).
Chosen by looking at every list at 60 to 120 columns: below about 28 a summary of 15 words
runs to eight lines and the row stops reading as a row, so the list becomes blocks instead."""


MIN_NOTE_WIDTH = 10
"""The fewest columns for a secondary text column (a note of other reports)."""


SHORT_VALUE = 28
"""A short value this long or shorter is one phrase ("an estimated 800,000 people", "by some
estimates"), and a table that draws it gives it its one line."""


VALUE_LINES = 3
"""The most lines a longer short value takes in a table ("according to the Syrian Observatory
for Human Rights" in three lines of about 18 columns, never five of one or two words)."""


DATE_BREAKS = re.compile(r"(?<=–) | (?=\()")
"""Where a capped column (a date) may wrap: after the dash of a span and before
``(derived)``, never inside ``2000 BCE`` or ``1 BCE``."""

GAP = 3
"""Columns between two table columns: a space of padding either side of the divider."""


class Sized(Protocol):
    """What the arithmetic needs of a column (:class:`~homsfacts.output.columns.Column`)."""

    @property
    def name(self) -> str: ...
    @property
    def flex(self) -> int: ...
    @property
    def cap(self) -> int | None: ...
    @property
    def breakable(self) -> bool: ...
    @property
    def short(self) -> bool: ...


_WORD = re.compile(r"\s*\S+\s*")

Words = list[list[tuple[int, int]]]
"""A text as Rich divides it: for each of its lines, each word's length without and with the
spaces after it."""


def words_of(text: str) -> Words:
    return [[(len(word.rstrip()), len(word)) for word in _WORD.findall(line)]
            for line in text.split("\n")]


def count_lines(words: Words, width: int) -> int:
    """How many lines a text (:func:`words_of`) takes in a column ``width`` wide, wrapped as
    Rich wraps it: at spaces, a word wider than the column folded across lines."""
    total = 0
    for line in words:
        lines, used = 1, 0
        for position, (size, whole) in enumerate(line):
            if width - used >= size:
                used += whole
            elif size > width:  # folded: every piece starts a line, but the text's first
                pieces = -(-whole // width)
                lines += pieces - (1 if position == 0 else 0)
                used = whole - (pieces - 1) * width
            elif used and position:
                lines += 1
                used = whole
        total += lines
    return total


def line_count(text: str, width: int) -> int:
    """How many lines ``text`` takes in a column ``width`` wide, as Rich wraps it."""
    if "\n" not in text and len(text) <= width:
        return 1
    return count_lines(words_of(text), width)


def table_height(cells: Sequence[Sequence[str]], widths: Sequence[int]) -> int:
    """How many lines a table of these cells takes at these column widths."""
    return sum(max(line_count(cell, width) for cell, width in zip(row, widths, strict=True))
               for row in cells)


def _short_least(texts: list[str], longest_word: int) -> int:
    """The least width of a column of short values: its longest word and longest short value,
    and wide enough that no longer value takes more than :data:`VALUE_LINES` lines. A text
    too long for that (a description beside a search hit) is prose, and wraps as prose."""
    lines = [line for text in texts for line in text.splitlines()]
    least = max([longest_word, *(len(line) for line in lines if len(line) <= SHORT_VALUE)])
    while any(line_count(line, least) > VALUE_LINES for line in lines if _phrase(line)):
        least += 1
    return least


def _phrase(text: str) -> bool:
    """A value a few lines can hold: not prose."""
    return len(text) <= SHORT_VALUE * VALUE_LINES


def column_widths(columns: Sequence[Sized], cells: Sequence[Sequence[str]], width: int,
                  whole_lines: Sequence[int] | None = None) -> list[int] | None:
    """The width of each column of a table that fits ``width``, by the module's rule, or None
    when the least widths do not fit. ``whole_lines`` raises a column's least width to the
    longest line it must never wrap (an id or a citation folded under a summary)."""
    main = max(range(len(columns)), key=lambda index: columns[index].flex)
    natural, least = [], []
    for index, column in enumerate(columns):
        texts = [row[index] for row in cells]
        every = [column.name, *texts]
        longest_line = max(len(line) for text in every for line in text.splitlines() or [""])
        longest_word = max((len(word) for text in every for word in text.split()), default=0)
        if column.breakable:
            smallest = min(longest_line, MIN_NOTE_WIDTH)
        elif column.short:
            smallest = _short_least(texts, longest_word)
        elif column.flex:
            floor = MIN_TEXT_WIDTH if index == main else MIN_NOTE_WIDTH
            smallest = max(longest_word, min(floor, longest_line))
        elif column.cap:  # a date breaks only after a span's dash or before "(derived)"
            smallest = max((len(part) for text in every for part in DATE_BREAKS.split(text)),
                           default=0)
        else:
            smallest = longest_line
        if whole_lines:
            smallest = max(smallest, whole_lines[index])
        if column.cap and not column.flex:  # a span of dates: one line at most this wide
            longest_line = min(longest_line, column.cap)
            smallest = min(smallest, longest_line)
        natural.append(longest_line)
        least.append(smallest)
    room = width - GAP * (len(columns) - 1) - sum(least)
    if room < 0:
        return None
    table = _Table(columns, cells, least, natural)
    widths, before = list(least), None
    while widths != before:  # a trade may leave room a step can use, and the other way round
        before = widths
        widths = table.trade(table.spend(widths, width - GAP * (len(columns) - 1)))
    return _share(columns, widths, natural, width - GAP * (len(columns) - 1) - sum(widths))


class _Table:
    """The cells of a table and what each column may take, for weighing widths. What a set
    of widths costs is the table's height plus the lines its short values wrap onto, then
    its height alone."""

    def __init__(self, columns: Sequence[Sized], cells: Sequence[Sequence[str]],
                 least: list[int], natural: list[int]) -> None:
        self.columns, self.least, self.natural = columns, least, natural
        self.rows = range(len(cells))
        self.growing = [index for index, column in enumerate(columns)
                        if column.flex or column.cap]
        self.known: dict[tuple[int, int], list[int]] = {}
        self.words = [[words_of(cell) for cell in row] for row in cells]
        self.longest = [[max(len(line) for line in cell.split("\n")) for cell in row]
                        for row in cells]
        self.breaks = [[cell.count("\n") + 1 for cell in row] for row in cells]
        # What costs a line when it wraps: a short value, and a span of dates (capped).
        self.phrases = [[(column.short or bool(column.cap and not column.flex))
                         and _phrase(row[index]) for index, column in enumerate(columns)]
                        for row in cells]

    def lines_at(self, index: int, at: int) -> list[int]:
        """How many lines each row's cell of column ``index`` takes ``at`` columns wide."""
        if (index, at) not in self.known:
            self.known[index, at] = [
                self.breaks[row][index] if self.longest[row][index] <= at
                else count_lines(self.words[row][index], at) for row in self.rows]
        return self.known[index, at]

    def cost(self, widths: list[int]) -> tuple[int, int]:
        lines = [self.lines_at(index, at) for index, at in enumerate(widths)]
        height = sum(max(column[row] for column in lines) for row in self.rows)
        extra = sum(lines[index][row] - 1 for row in self.rows
                    for index in range(len(widths)) if self.phrases[row][index])
        return height + extra, height

    def spend(self, widths: list[int], total: int) -> list[int]:
        """``widths`` widened to ``total`` at most, a step at a time: each time the step that
        saves the most lines (of the table and of its short values) for each column it
        takes."""
        widths, room = list(widths), total - sum(widths)
        while room > 0:
            current = [self.lines_at(index, at) for index, at in enumerate(widths)]
            best: tuple[tuple[float, float], int, int] | None = None
            for index in self.growing:
                own = current[index]
                others = [max([0, *(lines[row] for other, lines in enumerate(current)
                                    if other != index)]) for row in self.rows]
                tallest = [row for row in self.rows if own[row] > others[row]]
                wrapped = [row for row in self.rows if self.phrases[row][index] and own[row] > 1]
                top = min(self.natural[index], widths[index] + room)
                for at in self.steps(index, own, [tallest, wrapped],
                                     range(widths[index] + 1, top + 1)):
                    trial, step = self.lines_at(index, at), at - widths[index]
                    saved = sum(max(other, mine) - max(other, new)
                                for other, mine, new in zip(others, own, trial, strict=True))
                    fewer = sum(old - new for row, (old, new) in enumerate(zip(own, trial,
                                                                            strict=True))
                            if self.phrases[row][index])
                    score = ((saved + fewer) / step, saved / step)
                    if best is None or score > best[0]:
                        best = (score, index, at)
            if best is None:
                break
            _, index, at = best
            room -= at - widths[index]
            widths[index] = at
        return widths

    def steps(self, index: int, own: list[int], groups: list[list[int]],
              widths: range) -> list[int]:
        """For each group of rows, the first of ``widths`` at which a row of it takes fewer
        lines than ``own``: the next step worth taking for each aim."""
        found: list[int] = []
        waiting = [group for group in groups if group]
        for at in widths:
            if not waiting:
                break
            trial = self.lines_at(index, at)
            done = [group for group in waiting if any(trial[row] < own[row] for row in group)]
            if done:
                found.append(at)
                waiting = [group for group in waiting if group not in done]
        return found

    def trade(self, widths: list[int]) -> list[int]:
        """Move width from one column to another while a move makes the table cheaper: the
        steps above see one column at a time, and a label that took room first may give it
        back to a short value that makes its row taller."""
        best = self.cost(widths)
        while True:
            moved: list[int] | None = None
            for taker in self.growing:
                own = self.lines_at(taker, widths[taker])
                wanted = [list(self.rows)]
                for at in self.steps(taker, own, wanted, range(widths[taker] + 1,
                                                                self.natural[taker] + 1)):
                    step = at - widths[taker]
                    for giver in self.growing:
                        if giver == taker or widths[giver] - step < self.least[giver]:
                            continue
                        trial = list(widths)
                        trial[taker], trial[giver] = at, widths[giver] - step
                        cost = self.cost(trial)
                        if cost < best:
                            best, moved = cost, trial
            if moved is None:
                return widths
            widths = moved


def _share(columns: Sequence[Sized], widths: list[int], natural: list[int],
           room: int) -> list[int]:
    """Share what no step needed by ``flex``, never past a column's longest line."""
    growing = [index for index, column in enumerate(columns)
               if column.flex and widths[index] < natural[index]]
    while room > 0 and growing:
        total = sum(columns[index].flex for index in growing)
        before = room
        for index in growing:
            share = max(1, before * columns[index].flex // total)
            given = max(0, min(natural[index] - widths[index], share, room))
            widths[index] += given
            room -= given
        growing = [index for index in growing if widths[index] < natural[index]]
        if room == before:
            break
    return widths
