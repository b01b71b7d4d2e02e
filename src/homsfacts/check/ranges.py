"""Two numbers of a claim that bound one count, as people write them in words or with a
scale given once: "between one hundred and fifty and one hundred and seventy kilometres",
"seven to nine hundred thousand", "one to one and a half thousand", "between 1.75m and
1.85m". Each is read on its own first; this joins them into the range they bound, the
first taking the second's scale where it gives none, so that no bound is read as a count
that a figure might refute."""

from __future__ import annotations

import itertools
import re

from homsfacts.check.hedging import HEDGE_KINDS, allowed
from homsfacts.check.quantity import RANGE, Quantity
from homsfacts.check.spelled import FRACTIONS, NUMBER_WORD, SCALES, SMALL, TENS, spelled_value

_SCALE = re.compile(rf"\b(?:{'|'.join(SCALES)})\b|(?<=\d)(?:m|bn|k)\b", re.IGNORECASE)
_JOINTS = ("to", "-", "–")
_NUMBERS = frozenset([*SMALL, *TENS, *SCALES, "and", "a", "half"])
_BOUND_BEFORE = re.compile(rf"\b(?P<first>{NUMBER_WORD}|\d+(?:\.\d+)?)\s+(?:to|-|–)\s*$",
                           re.IGNORECASE)


def joined(text: str, found: list[tuple[int, Quantity]]) -> list[Quantity]:
    """The quantities found at their places in ``text``, in the order found, with each pair
    that bounds one count ("between X and Y", "X to Y") made one range, and a count with a
    bound written before it ("one to one and a half thousand"), or "between" two counts
    read as one ("between two thousand and two and a half thousand"), made one too."""
    found = [(start, _bounded(text, start, quantity)) for start, quantity in found]
    ordered = sorted(found, key=lambda item: item[0])
    merged: dict[int, Quantity | None] = {}
    for (start, first), (second_at, second) in itertools.pairwise(ordered):
        joint = text[start + len(first.text):second_at].strip().lower()
        hedge = first.hedge if first.hedge in HEDGE_KINDS else ""
        fraction = FRACTIONS.get(first.text.lower().removeprefix(hedge).strip())
        if fraction and joint == "of" and id(first) not in merged:  # "a quarter of a billion"
            value = second.value * fraction
            low, high = allowed(value, HEDGE_KINDS.get(hedge, "none"), None)
            merged[id(first)] = None
            merged[id(second)] = second._replace(text=f"{first.text} of {second.text}",
                                                 value=value, low=low, high=high,
                                                 hedge=hedge or second.hedge)
            continue
        before = _before(text, start)
        between = before.endswith("between") and joint == "and"
        if (between or (joint in _JOINTS and first.hedge == "none"
                        and not before.endswith("from"))) and id(first) not in merged:
            bound = _range(first, second)
            if bound is not None:
                merged[id(first)], merged[id(second)] = bound, None
    return [kept for _, quantity in found
            if (kept := merged.get(id(quantity), quantity)) is not None]


def _bounded(text: str, start: int, quantity: Quantity) -> Quantity:
    """A count read as one that is a range: "between" two numbers in words that it read as
    one, or a bound written just before it ("one to")."""
    if quantity.hedge == RANGE:
        return quantity
    before = _BOUND_BEFORE.search(text[max(0, start - 24):start])
    if before is not None:
        value = float(before["first"]) if before["first"][0].isdigit() else \
            spelled_value(before["first"].lower())
        bound = Quantity(before["first"], value, None, value, value, "none")
        return _range(bound, quantity) or quantity
    if not _before(text, start).endswith("between"):
        return quantity
    words = quantity.text.split()
    for at in (index for index, word in enumerate(words) if word.lower() == "and"):
        try:
            low, high = (spelled_value(" ".join(part).lower()) for part in (
                words[:at], [word for word in words[at + 1:] if word.lower() in _NUMBERS]))
        except (KeyError, ValueError):
            continue
        if 0 < low < high:
            return Quantity(quantity.text, (low + high) / 2, quantity.unit, low, high, RANGE)
    return quantity


def _before(text: str, start: int) -> str:
    """The few words before a count, lowered: only as far back as "between" or "from" can
    stand, for reading the whole text before each count would cost the square of a long
    claim's length."""
    return text[max(0, start - _REACH):start].lower().rstrip()


_REACH = 24


def _range(first: Quantity, second: Quantity) -> Quantity | None:
    """The range two quantities bound, the first scaled as the second where it is no more
    than the second's leading number and a tenth of the second or less; None where they
    bound none (the first not below the second, or in another unit)."""
    low, high = first.value, second.value
    lead = _leading(second.text) if _SCALE.search(second.text) else 0.0
    scaled = bool(lead) and 0 < low <= lead and low < high / 10  # "seven to nine hundred"
    if scaled:
        low *= high / lead
    if not 0 < low < high or (first.unit not in (None, second.unit) and not scaled):
        return None
    return Quantity(f"{first.text} to {second.text}", (low + high) / 2, second.unit, low, high,
                    RANGE)


def _leading(text: str) -> float:
    """The number before the first scale word: 9 in "nine hundred thousand", 1.5 in "one
    and a half thousand", 1.85 in "1.85m"."""
    scale = _SCALE.search(text)
    head = text[:scale.start()] if scale else text
    digits = re.search(r"\d+(?:\.\d+)?", head)
    if digits:
        return float(digits.group())
    try:
        return spelled_value(head.strip().lower())
    except (KeyError, ValueError):
        return 0.0


__all__ = ["joined"]
