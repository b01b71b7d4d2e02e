"""A number a claim gives, with the range of values its own words allow: what the claim
reader finds and the comparisons weigh."""

from __future__ import annotations

from typing import NamedTuple

AREA_OR_PEOPLE = "km2 or people"
"""The unit of a count that may give a place's land or its people ("the metropolitan area of
Homs is 104"): a figure of either may answer it."""
RANGE = "range"
"""The hedge of a range: a figure must lie inside it, where others need only meet it."""


class Quantity(NamedTuple):
    """A number in a claim, with the range the claim's own words allow."""

    text: str
    """As written: ``about 2,200``, ``two years``, ``$302.5 million``."""
    value: float
    unit: str | None
    """``people``, ``years``, ``USD``, ``rank``, ``share``, or None when the claim says not."""
    low: float
    high: float
    hedge: str
    part: bool = False
    """Whether it counts a part of a whole the claim names after it ("400 of the 1,200"),
    which a figure of the whole cannot refute."""

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "value": self.value, "unit": self.unit, "low": self.low,
                "high": self.high, "hedge": self.hedge, "part": self.part}


__all__ = ["AREA_OR_PEOPLE", "RANGE", "Quantity"]
