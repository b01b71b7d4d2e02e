"""The registry: one renderer for each format, imported only when its format is used, so a
pipe never loads Rich and a lookup never the exporters. :func:`render` is the only way an
answer reaches the output streams."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from homsfacts.output.formats import Answer, Format

if TYPE_CHECKING:
    from homsfacts.output.environment import Environment

Renderer = Callable[[Answer, "Environment", "list[str] | None"], None]

RENDERERS: Mapping[Format, str] = {
    Format.table: "homsfacts.output.terminal:render_table",
    Format.plain: "homsfacts.output.plain:render_plain",
    Format.json: "homsfacts.output.plain:render_json",
    Format.ndjson: "homsfacts.output.plain:render_ndjson",
    Format.csv: "homsfacts.output.plain:render_csv",
    Format.chart: "homsfacts.output.chart:render_chart",
    Format.findings: "homsfacts.output.plain:render_findings",
    Format.markdown: "homsfacts.output.export:render_markdown",
    Format.sqlite: "homsfacts.output.export:render_sqlite",
    Format.claimreview: "homsfacts.output.plain:render_claimreview",
}
"""The one renderer of each format, as ``module:function``: a module is imported only when
its format is used, so a pipe never pays for Rich and a lookup never for the exporters."""


ON_A_TERMINAL: Mapping[Format, str] = {
    Format.chart: "homsfacts.output.terminal_chart:render_rich_chart",
}
"""Formats drawn with Rich when stdout is a terminal, and as :data:`RENDERERS` says in a
pipe."""


def renderer(fmt: Format, env: Environment | None = None) -> Renderer:
    """The renderer of ``fmt`` for ``env``'s stdout."""
    on_terminal = env is not None and env.stdout_isatty and fmt in ON_A_TERMINAL
    module, function = (ON_A_TERMINAL if on_terminal else RENDERERS)[fmt].split(":")
    found: Renderer = getattr(importlib.import_module(module), function)
    return found


def render(answer: Answer, fmt: Format, env: Environment,
           fields: list[str] | None = None) -> None:
    """Write ``answer`` to ``env.stdout`` as ``fmt``; on a terminal with a pager, drawn
    whole first, so that an answer taller than the window is paged (``Environment.page``)."""
    draw = renderer(fmt, env)
    if env.pager is None:
        draw(answer, env, fields)
        return
    import io

    buffer = io.StringIO()
    draw(answer, env.drawing_to(buffer), fields)
    env.page(buffer.getvalue())
