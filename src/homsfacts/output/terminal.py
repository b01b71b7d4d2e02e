"""What a person sees on a terminal: :func:`render_table` draws an answer with Rich, a list
as laid out by :mod:`homsfacts.output.layouts` and one record as a card
(:mod:`homsfacts.output.terminal_cards`). Imported only when a terminal needs it.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from homsfacts.output.columns import (
    COLUMNS,
    LIST_ROWS,
    Column,
    field_text,
)
from homsfacts.output.environment import Environment
from homsfacts.output.formats import Answer
from homsfacts.output.layouts import blocks, cell_text, list_layout
from homsfacts.output.terminal_cards import CARD_WIDTH, card

_TITLES = {"events": "Timeline", "figures": "Figures", "sources": "Sources",
           "search": "Search results", "candidates": "Not sure: the best candidates",
           "findings": "Problems", "entities": "Entities", "statements": "Statements"}


FINDINGS_SHOWN = 100
"""A table of problems on a terminal shows this many, then says how many more there are;
``--format findings`` and ``--json`` list every one."""


def console_for(env: Environment) -> Console:
    return Console(file=env.stdout, width=env.width, force_terminal=env.stdout_isatty,
                   no_color=not env.color, color_system="auto" if env.color else None,
                   highlight=False, emoji=False, markup=False, soft_wrap=False)


def render_table(answer: Answer, env: Environment, fields: list[str] | None) -> None:
    console = console_for(env)
    if answer.kind == "miss":  # `who -` on a terminal: the message is on stderr already
        console.print(Text(f"{answer.data['query']}: {answer.data['error']}", style="dim"))
        return
    if not answer.is_list:
        console.print(card(answer, min(env.width, CARD_WIDTH)))
        return
    if not answer.data:
        return
    if fields:
        columns = [Column(name, field_text(name), flex=1, block="body") for name in fields]
    else:
        columns = COLUMNS[LIST_ROWS[answer.kind]]
    if any(column.block == "link" for column in columns):  # addresses whole: see blocks
        cells = [[cell_text(column, record) for column in columns] for record in answer.data]
        console.print(blocks(_TITLES.get(answer.kind), columns, cells, env.width,
                             links=env.hyperlinks), crop=False)
        return
    records, hidden = answer.data, 0
    if answer.kind == "findings" and len(records) > FINDINGS_SHOWN:
        records, hidden = records[:FINDINGS_SHOWN], len(records) - FINDINGS_SHOWN
    console.print(list_layout(_TITLES.get(answer.kind), columns, records, env.width))
    if hidden:
        console.print(Text(f"and {hidden:,} more not shown here; --format findings or --json "
                           "lists every one", style="dim"))
