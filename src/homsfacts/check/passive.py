"""A participle with no "was" whose doer "by" names: "an operation supervised by Russia" is
Russia's supervising, as "the operation was supervised by Russia" is."""

from __future__ import annotations

_MEANS = frozenset({"bus", "buses", "road", "car", "cars", "foot", "air", "sea", "land", "train",
                    "truck", "trucks", "convoy", "force", "night", "day", "dawn", "noon", "then",
                    "now", "far", "way", "end", "evening", "morning", "afternoon", "nightfall",
                    "dusk", "midday", "week", "month", "year", "time", "mid", "late", "early"})
"""Words after "by" that say how or by when, not by whom ("left by bus", "by the end")."""


def done_by(words: list[str], after: int) -> bool:
    """Whether the folded ``words`` from ``after`` (just past a participle) name its doer
    with "by": "supervised by Russia", "overseen by the UN"; not "left by bus" nor "left by
    the end of the day"."""
    by = words[after:after + 3]
    return by[:1] == ["by"] and len(by) > 1 and not set(by[1:]) & _MEANS


__all__ = ["done_by"]
