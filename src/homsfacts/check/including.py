"""Whom a claim counts among those a number counts ("about 2,200 people, including Assad,
died in the siege"): a record the events the figure is about do not involve is none of them,
as far as the base says."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.check.order import first_at

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase
    from homsfacts.base.views import Record

_INCLUDING = re.compile(r"\s*,?\s*(?:including|among them|among whom|among those)\s+"
                        r"(?P<names>[^,.;]{1,80})", re.IGNORECASE)
"""Whom a claim counts among a number, just after it: ", including Assad,"."""


def after_count(claim: str, quantity_text: str) -> str:
    """What a claim writes after a count ("two journalists, Colvin and Ochlik, ...")."""
    at = claim.lower().find(quantity_text.lower())
    return claim[at + len(quantity_text):] if at >= 0 else ""


def involved_in(base: FactBase, figures: list[Record]) -> set[str]:
    """The people, groups and places the events some figures are about involve."""
    return {entity for record in figures for event_id in record.get("about") or []
            if (event := base.get(event_id)) is not None and event["type"] == "event"
            for entity in event["entities"]}


def included_otherwise(base: FactBase, claim: str, quantity_text: str, used: list[Record],
                       mentioned: AbstractSet[str]) -> str:
    """Why a record the claim counts among a figure's number ("including Assad") is not
    backed: no event the figure is about involves it, as a reason; or ""."""
    counted = _INCLUDING.match(re.sub(r"^\s*[\w-]+(?:\s+[\w-]+)?(?=\s*,)", "",
                                      after_count(claim, quantity_text)))
    if counted is None:
        return ""
    involved = involved_in(base, used)
    text = f" {fold(counted['names'])} "
    for record_id in sorted(mentioned - involved):
        record = base.get(record_id)
        if record is not None and first_at(text, record) is not None:
            return f"the base does not count {record.get('name')} among {quantity_text!r}"
    return ""


__all__ = ["after_count", "included_otherwise", "involved_in"]
