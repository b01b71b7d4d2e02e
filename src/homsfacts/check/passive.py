"""A participle with no "was" whose doer "by" names: "an operation supervised by Russia" is
Russia's supervising, as "the operation was supervised by Russia" is."""

from __future__ import annotations

import itertools

_MEANS = frozenset({"bus", "buses", "road", "car", "cars", "foot", "air", "sea", "land", "train",
                    "truck", "trucks", "convoy", "force", "night", "day", "dawn", "noon", "then",
                    "now", "far", "way", "end", "evening", "morning", "afternoon", "nightfall",
                    "dusk", "midday", "week", "month", "year", "time", "mid", "late", "early"})
"""Words after "by" that say how or by when, not by whom ("left by bus", "by the end")."""
_TALLIES = frozenset({"count", "tally", "estimate", "reckoning", "figure", "figures", "toll"})
"""Nouns of a count after a possessive: "by the monitor's count" is its voice, no doer."""


def done_by(words: list[str], after: int) -> bool:
    """Whether the folded ``words`` from ``after`` (just past a participle) name its doer
    with "by": "supervised by Russia", "overseen by the UN"; not "left by bus" nor "left by
    the end of the day"."""
    by = words[after:after + 3]
    reach = words[after + 1:after + 8]  # "by the Observatory's count" says whose count it is
    tallied = any(word == "s" and following in _TALLIES
                  for word, following in itertools.pairwise(reach))
    return by[:1] == ["by"] and len(by) > 1 and not set(by[1:]) & _MEANS and not tallied


__all__ = ["done_by"]
