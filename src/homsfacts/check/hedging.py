"""The hedges a claim puts before a number ("about", "more than", "no fewer than") and the
range of values each allows it: "about 2,200" is 1,980 to 2,420, "more than 2,200" anything
above, and a plain "2,200" what rounds to it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from homsfacts.base.views import Record
    from homsfacts.check.quantity import Quantity

HEDGES: list[tuple[str, str]] = [
    ("more than", "above"), ("over", "above"), ("at least", "above"), ("upwards of", "above"),
    ("in excess of", "above"), ("above", "above"), ("fewer than", "below"), ("less than", "below"),
    ("below", "below"),
    ("under", "below"), ("up to", "below"), ("at most", "below"), ("no more than", "below"),
    ("not more than", "below"), ("no less than", "above"), ("not less than", "above"),
    ("no fewer than", "above"), ("not fewer than", "above"), ("passed", "above"),
    ("surpassed", "above"), ("exceeded", "above"), ("topped", "above"),
    ("nearly", "nearly"), ("almost", "nearly"), ("just under", "nearly"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("circa", "about"),
    ("exactly", "exact"), ("precisely", "exact"),
]
STRICT = frozenset({"more than", "over", "upwards of", "in excess of", "fewer than",
                    "less than", "under", "passed", "surpassed", "exceeded", "topped"})
"""Hedges that leave out the number they name, where "at least" and "up to" take it in."""
EXACT = frozenset(phrase for phrase, kind in HEDGES if kind == "exact")
"""The hedges that claim an exact count: a source's "about" does not back them."""
ABOUT_TOLERANCE = 0.1
""""About 2,200" in a claim allows 10% either way, as the base's own hedge does."""
ROUNDING_TOLERANCE = 0.05
"""An unhedged round number ("2,000", "$300 million") stands for what rounds to it, up to
5%; "2,100" allows a half of its last digit, 50."""

_HEDGE_REACH = max(len(phrase) for phrase, _ in HEDGES) + 2
"""How far before a number a hedge can start ("more than", then one space): read back from
the number, the window is longer than any hedge, so a cut window never fakes a text's start."""


HEDGE_KINDS = dict(HEDGES)
"""Each hedge's kind, by its phrase."""
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_LONGEST_FIRST = sorted(HEDGES, key=lambda hedge: -len(hedge[0]))


def hedge_before(text: str, start: int) -> tuple[str, str]:
    """The hedge just before a number at ``start``, and its kind ("above", "about" ...)."""
    # Only the few characters a hedge can take are read back: the whole text before each
    # number would make a claim of many numbers cost their square (issue 24).
    before = text[max(0, start - _HEDGE_REACH):start].lower().rstrip()
    for phrase, kind in _LONGEST_FIRST:  # "no more than" before "more than"
        if before.endswith(phrase) and (len(before) == len(phrase)
                                        or not before[-len(phrase) - 1].isalnum()):
            return phrase, kind
    return "", "none"


def allowed(value: float, kind: str, digits: str | None,
            scale: float = 1) -> tuple[float, float]:
    """The values a number of a hedge's kind allows, as written with ``digits``."""
    if kind == "above":
        return value, float("inf")
    if kind == "below":
        return float("-inf"), value
    if kind == "nearly":  # "almost 2,500" is just under it, not 2,200
        return value * (1 - ABOUT_TOLERANCE), value
    if kind == "about":
        return value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE)
    if kind == "exact" or digits is None:
        tolerance = 0.0 if kind == "exact" else value * ROUNDING_TOLERANCE
        return value - tolerance, value + tolerance
    rounding = _rounding(value, digits, scale)
    return value - rounding, value + rounding


def only_touches(quantity: Quantity, figure: Record, allowed: tuple[float, float]) -> bool:
    """Whether a claim's strict hedge leaves out the one value it shares with a figure's
    one-sided hedge: "more than two years" and "nearly two years" meet only at two, which
    the one leaves out and the other does not reach. A range's round ends ("between
    15,000 and 20,000") are no such edge."""
    one_sided = (figure.get("low") is None) != (figure.get("high") is None)
    return quantity.hedge in STRICT and one_sided and (
        allowed[1] == quantity.low or allowed[0] == quantity.high)


def hedge_fits(quantity: Quantity, centre: float | None,
               allowed: tuple[float, float] | None = None) -> bool:
    """Whether a claim's hedge fits a source's own value that lies in the claim's range: a
    one-sided hedge must not stop at it ("at least 2,200", "nearly 2,200", "up to 2,200" or
    "more than 2,200" against "about 2,200" say which side of it the count lies, which the
    source does not), and "about N" must name the source's number as the claim writes it
    ("about 2,000" is no "about 2,200", nor "roughly 70,000" an estimated 65,000)."""
    kind = HEDGE_KINDS.get(quantity.hedge, "none")
    if centre is None:  # "at least two years" only touches a source's "nearly two years"
        return not (kind in ("above", "below") and allowed is not None and (
            allowed[1] == quantity.low or allowed[0] == quantity.high))
    if kind in ("above", "below", "nearly"):
        return centre not in (quantity.low, quantity.high)
    digits = _DIGITS.search(quantity.text) if kind == "about" else None
    if digits is None or not float(digits[0].replace(",", "")):
        return True
    scale = quantity.value / float(digits[0].replace(",", ""))
    return abs(centre - quantity.value) <= _rounding(quantity.value, digits[0], scale)


def exact_unbacked(quantity: Quantity, figure: Record) -> bool:
    """Whether a claim's "exactly" or "precisely" says more than its figure: one that is not
    exact itself, or a length in whole years, months or days, which rounds what it counts
    ("exactly 24 years" of a rule of 24 years and five months)."""
    return quantity.hedge in EXACT and (figure.get("qualifier") != "exact"
                                        or quantity.unit in _LENGTHS)


_LENGTHS = frozenset({"years", "months", "weeks", "days", "hours"})


def _rounding(value: float, digits: str, scale: float = 1) -> float:
    """Half a unit of the last significant digit of a number as written (``302.5 million``:
    50,000), at most 5%."""
    plain = digits.replace(",", "")
    if "." in plain:
        step = 10.0 ** -len(plain.split(".")[1])
    else:
        step = 10.0 ** (len(plain) - len(plain.rstrip("0")))
    return float(min(step * scale / 2, abs(value) * ROUNDING_TOLERANCE))


_SHOWN = re.compile(r"(?P<number>\d[\d,]*(?:\.(?P<decimals>\d+))?)\s*(?P<scale>thousand|million|"
                    r"billion)\b", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def finer_than_shown(value: float, figure: Record) -> bool:
    """Whether a claim's number says more digits than the source's display, within its
    rounding: "$302,511,836" against "$302.5 million" (302.45 to 302.55 million)."""
    shown, centre = _SHOWN.search(str(figure.get("display") or "")), figure.get("value")
    if shown is None or not isinstance(centre, int | float) or value == centre:
        return False
    step = _SCALE[shown["scale"].lower()] / 10 ** len(shown["decimals"] or "")
    return bool(abs(value - centre) <= step / 2)


__all__ = [
    "ABOUT_TOLERANCE",
    "EXACT",
    "HEDGES",
    "HEDGE_KINDS",
    "ROUNDING_TOLERANCE",
    "STRICT",
    "allowed",
    "exact_unbacked",
    "finer_than_shown",
    "hedge_before",
    "hedge_fits",
    "only_touches",
]
