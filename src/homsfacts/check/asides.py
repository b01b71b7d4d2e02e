"""What a claim adds beside the numbers and dates its records back, which they must say too:
what stands today, a share of a whole, a part of the day."""

from __future__ import annotations

from homsfacts.base.views import Record
from homsfacts.check.compare import present_unsaid
from homsfacts.check.quantifiers import share_unsaid
from homsfacts.check.reader import Reading
from homsfacts.check.scope import day_part_unsaid


def aside_unsaid(reading: Reading, records: list[Record]) -> str:
    """What a claim adds to the numbers and dates its records back that they do not say,
    or "": what stands today, a share of a whole ("all of those trapped" against "most"), a
    part of the day ("in the morning" against "on Saturday night")."""
    return present_unsaid(reading, records) or share_unsaid(reading.claim, records) or \
        day_part_unsaid(reading.claim, records)


__all__ = ["aside_unsaid"]
