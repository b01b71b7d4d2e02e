"""A place a claim puts inside another that the base does not: "Aleppo's Old City", "the
Old City of Damascus", "Baba Amr, Aleppo", "Homs province in Lebanon". The base speaks of
the Old City of Homs; a claim about another city's Old City is about a place it holds no
record of, whatever the rest of the claim shares with what it says of Homs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from homsfacts.base.views import Record

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
"""A name of one or two capitalised words ("Aleppo", "Saudi Arabia")."""

_WIDE_KINDS = frozenset({"city", "country", "province", "region"})
"""The kinds of place another is put in ("Baba Amr, Aleppo"): not a neighbourhood beside
another in a list ("Baba Amr, Waer and Khalidiya")."""


def misplaced(claim: str, places: Iterable[Record], place_of: Callable[[str], Record | None],
              within: Callable[[str, str], bool]) -> list[str]:
    """The words of ``claim`` that put one of ``places`` (the places it names) inside a place
    the base does not have it in ("Aleppo's Old City"), as written. ``place_of`` gives the
    place a name names, or None; ``within(inner, outer)`` whether the base has one place
    inside another."""
    found = []
    for place in places:
        written = "|".join(re.escape(name) for name in [place["name"], *place.get("aliases", [])])
        own = rf"(?i:(?:the\s+)?(?:{written}))\b"
        patterns = [rf"\b(?P<other>{_NAME})['’]s?\s+{own}",  # "Aleppo's Old City"
                    rf"\b{own}\s+(?:of|in)\s+(?:the\s+)?(?P<other>{_NAME})"]  # "in Damascus"
        if place.get("kind") not in _WIDE_KINDS:  # "Baba Amr, Aleppo": not "Damascus, Homs"
            patterns.append(rf"\b{own},\s+(?P<other>{_NAME})(?=\s*(?:[,.;:]|$))")
        for pattern in patterns:
            for match in re.finditer(pattern, claim):
                other = _widest_place(match["other"], place_of)
                if other is not None and other["id"] != place["id"] and not within(
                        place["id"], other["id"]) and not within(other["id"], place["id"]):
                    found.append(match.group())
    return found


def _widest_place(words: str, place_of: Callable[[str], Record | None]) -> Record | None:
    """The place the words name, the two words together or the last alone ("Syria's
    Homs"), where it is a city, country, province or region."""
    for name in (words, words.rsplit(maxsplit=1)[-1]):
        record = place_of(name)
        if record is not None and record.get("kind") in _WIDE_KINDS:
            return record
    return None


__all__ = ["misplaced"]
