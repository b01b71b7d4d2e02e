"""A number a claim gives, with the range of values its own words allow: what the claim
reader finds and the comparisons weigh."""

from __future__ import annotations

import re
from typing import NamedTuple

AREA_OR_PEOPLE = "km2 or people"
"""The unit of a count that may give a place's land or its people ("the metropolitan area of
Homs is 104"): a figure of either may answer it."""
RANGE = "range"
"""The hedge of a range: a figure must lie inside it, where others need only meet it."""


_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|those|them|these|whom|its|their|his|her)\b",
                         re.IGNORECASE)
"""A whole named after a count: "400 of the 1,200"."""
_HELD_IN = re.compile(r"\binclud(?:e|es|ed|ing)\s+(?:(?:an?|some|about|around|nearly|almost|"
                      r"estimated|over)\s+){0,2}$",
                      re.IGNORECASE)
"""A whole a count is held in, before it: "the judgement included $2.5 million" ("contains
52 sub-districts" counts them all)."""
_FLOOR = re.compile(r"(?:hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands)",
                    re.IGNORECASE)
"""Counts in words that people use as floors: "thousands fled" is said of tens of thousands."""
_ONLY = re.compile(r"\b(?:only|just|mere|merely)\s+$", re.IGNORECASE)


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
    """Whether it counts a part of a whole the claim names around it ("400 of the 1,200",
    "included $2.5 million") or is a bare plural of its order ("thousands"): see
    :func:`counts_a_part` and :meth:`spares`."""

    def spares(self, allowed: tuple[float, float] | None) -> bool:
        """Whether a figure allowing ``allowed`` leaves a part unrefuted: any part of a whole,
        and a floor ("thousands") the figure lies above."""
        return self.part and (not _FLOOR.fullmatch(self.text.strip())
                              or (allowed is not None and self.high < allowed[0]))

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "value": self.value, "unit": self.unit, "low": self.low,
                "high": self.high, "hedge": self.hedge, "part": self.part}


def counts_a_part(text: str, start: int, end: int) -> bool:
    """Whether the count ``text[start:end]`` is of a part of a whole the claim names around
    it ("400 of the 1,200", "included $2.5 million"), or a bare plural of its order
    ("thousands", not "only thousands"), which says at least that many: a larger figure
    of the whole cannot refute it."""
    before = text[max(0, start - 40):start]
    return bool(_OF_A_WHOLE.match(text, end) or _HELD_IN.search(before)
                or (_FLOOR.fullmatch(text[start:end].strip()) and not _ONLY.search(before)))


__all__ = ["AREA_OR_PEOPLE", "RANGE", "Quantity", "counts_a_part"]
