"""Which of the figures that fit a claim's number equally well it is about: one of the
time the claim names (by the figure's date or its period, "the 12th century"); and where
they still give different answers, the one whose label says least that the claim does not
("the 2004 census" of the city, not of its metropolitan area nor as a copy gives it), but
only to back the claim, never to refute it."""

from __future__ import annotations

import functools

from homsfacts.base.dates import parse_edtf
from homsfacts.base.views import Record
from homsfacts.check.reader import read
from homsfacts.check.verdicts import SUPPORTED
from homsfacts.check.when import ClaimDate


@functools.lru_cache(maxsize=1024)
def _span(as_of: str, period: str) -> tuple[int, int] | None:
    if as_of:
        date = parse_edtf(as_of)
        return date.earliest, date.latest
    dates = read(f"in {period}").dates if period else []
    return (dates[0].earliest, dates[0].latest) if dates else None


def figure_span(figure: Record) -> tuple[int, int] | None:
    """The first and last day a figure is of: its date, or its period ("the 12th century");
    None for a figure of no time."""
    return _span(str(figure.get("as_of") or ""), str(figure.get("period") or ""))


def of_the_date(figure: Record, date: ClaimDate) -> bool:
    """Whether a figure is of the time a claim's date names: its date, or its period."""
    span = figure_span(figure)
    if span is None:
        return False
    first, last = date.reach()
    return not (span[1] < first or span[0] > last)


def tightest_backing(outcomes: list[tuple[str, str, list[ClaimDate]]], counted: list[int],
                     extra: list[frozenset[str]]) -> list[int]:
    """Of the figures whose outcomes differ (``counted``), those whose labels hold fewest
    terms the claim does not (``extra``, one set a figure), where they all back the claim;
    else none."""
    fewest = min(len(extra[at]) for at in counted)
    tight = [at for at in counted if len(extra[at]) == fewest]
    return tight if len(tight) < len(counted) and all(
        outcomes[at][0] == SUPPORTED for at in tight) else []


__all__ = ["figure_span", "of_the_date", "tightest_backing"]
