"""Whether a figure's label is for what a claim gives its number for: the country that owns
it ("Lebanon's third city" against "Homs's rank among Syria's cities") and the part of the day
("by late morning about 400 had left" against a count "by late afternoon")."""

from __future__ import annotations

import re
from collections.abc import Callable

from homsfacts.check.alternatives import owned_otherwise

_DAY_PART = re.compile(r"\b(?:(?P<end>early|late|mid)[\s-]+)?(?P<part>morning|afternoon|evening|"
                       r"night|nightfall|noon|midday|dawn|dusk)\b", re.IGNORECASE)


def day_parts(text: str) -> set[str]:
    """The parts of a day a text names, with "early" or "late": {"late afternoon"}."""
    return {" ".join(filter(None, [(match["end"] or "").lower(), match["part"].lower()]))
            for match in _DAY_PART.finditer(text)}


def label_scope(claim: str, labels: str, is_country: Callable[[str], bool]) -> str:
    """Why figures whose labels are ``labels`` do not back a claim's number: they are another
    country's, or for another part of the day than the claim's; or ""."""
    owned = owned_otherwise(claim, labels, is_country)
    if owned:
        return owned
    claimed, given = day_parts(claim), day_parts(labels)
    if claimed and not claimed <= given:
        said = f"for {', '.join(sorted(given))}" if given else "for no part of the day"
        return f"the source gives it {said}, not for {', '.join(sorted(claimed))}"
    return ""


__all__ = ["day_parts", "label_scope"]
