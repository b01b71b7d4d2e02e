"""Where someone died, said with no date ("Colvin was killed in Aleppo"): a place of death has
one value, so the base's record of the death there supports it and one elsewhere refutes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homsfacts.base.views import Record
from homsfacts.check.acts import Act, said
from homsfacts.check.candidates import Termed
from homsfacts.check.order import says_where
from homsfacts.check.parts import Parts
from homsfacts.check.reader import Reading
from homsfacts.check.verdicts import REFUTED, SUPPORTED
from homsfacts.check.weekdays import other_weekday
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


def death_place(base: FactBase, parts: Parts, acts: list[Act], events: list[Termed],
                reading: Reading, names: dict[str, str]) -> tuple[str, str, Record] | None:
    """Where someone with no date died ("in Aleppo"), which has one value: supported there
    (on its weekday), refuted elsewhere; None for a claim of no such shape. ``events`` are
    the events the claim may be about."""
    named = [record for record in map(base.get, sorted(names)) if record is not None
             and (record.get("kind") not in WHERE_KINDS or says_where(reading.claim, record))]
    if "die" not in said(acts) or not any(r.get("kind") == "person" for r in named) \
            or not any(r.get("kind") in WHERE_KINDS for r in named):
        return None
    misfits = []
    for event, _, _ in events:
        misfit = parts.misfit(event, acts, named, reading.words)
        if not misfit:  # "on a Thursday": not the day of the week it was
            return (*(other_weekday(reading.claim, event) or (
                SUPPORTED, f"the base records the death in {event['id']}")), event)
        misfits.append((event, misfit))
    single = parts.single_value(acts, named, misfits)
    return (REFUTED, single[1], single[0]) if single is not None else None


__all__ = ["death_place"]
