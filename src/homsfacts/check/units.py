"""The unit named just after a number in a claim: people ("2,200 civilians"), years
("two years"), money ("302.5 million dollars"), lengths and areas ("162 km", "48 square
kilometres"), buses, or the plural noun it counts ("fourteen governorates"), which no figure
of people answers."""

from __future__ import annotations

import re

_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR",
                   "pounds": "GBP"}
_DURATIONS = {"year": 1.0, "years": 1.0, "month": 1 / 12, "months": 1 / 12,
              "week": 7 / 365.25, "weeks": 7 / 365.25, "day": 1 / 365.25, "days": 1 / 365.25}
_MEASURES = {"km": "km", "kms": "km", "m": "m", "kilometres": "km", "kilometers": "km",
             "kilometre": "km", "kilometer": "km", "metres": "m", "meters": "m", "metre": "m",
             "meter": "m", "km2": "km2", "km²": "km2", "sq": "km2", "square": "km2",
             "buses": "buses", "bus": "buses", "coaches": "buses"}
"""Units of length, area and vehicles as the base's figures give them (``km``, ``m``,
``km2``, ``buses``); "square kilometres" and "sq km" are areas, read by their first word."""
_MILES = {"miles": 1.609344, "mile": 1.609344}
_FEET = {"feet": 0.3048, "ft": 0.3048, "foot": 0.3048}
LENGTH_WORDS = frozenset([*_MILES, *_FEET, *(word for word, unit in _MEASURES.items()
                                      if unit in ("km", "m", "km2"))])
"""Words of a length or an area: the unit is compared with the figure's, not as a word."""
_NOT_COUNTED = frozenset({"this", "thus", "plus", "towards", "afterwards", "besides",
                          "whereas", "hers", "always", "perhaps", "sometimes"})
"""Words of more than three letters ending in "s" (not "ss") after a number that are no
plural noun it counts ("in 2014 perhaps")."""
PEOPLE_WORDS = {"people", "person", "persons", "residents", "inhabitants", "civilians",
                "fighters", "rebels", "journalists", "dead", "killed", "died", "deaths",
                "lives", "evacuees", "evacuated", "journalist", "reporter", "reporters",
                "fighter", "rebel", "civilian", "resident", "inhabitant", "evacuee", "soldier",
                "soldiers", "armenians", "christians", "muslims", "alawites", "sunnis",
                "kurds", "palestinians"}
"""Words after a number that count people: a figure of people may answer them."""
KINDS_OF_PEOPLE = frozenset(PEOPLE_WORDS - {
    "people", "person", "persons", "residents", "inhabitants", "resident", "inhabitant",
    "dead", "killed", "died", "deaths", "lives", "evacuated"})
"""The words of :data:`PEOPLE_WORDS` that say which people ("civilians", "two soldiers"):
a figure or event of others says nothing of them."""


_KNOWN = frozenset([*_DURATIONS, *_CURRENCY_WORDS, *PEOPLE_WORDS, *_MILES, *_FEET, *_MEASURES])


def unit_after(text: str, end: int) -> tuple[str | None, float, int]:
    """The unit named just after a number, its factor, and where it ends."""
    match = re.match(r"[\s-]*([A-Za-z]+(?:-[A-Za-z]+)?(?:2|²)?)", text[end:])  # sub-districts
    if match and "-" in match.group(1) and match.group(1).split("-")[0].lower() in _KNOWN:
        match = re.match(r"[\s-]*([A-Za-z]+)", text[end:])  # "11-year-old" counts years
    if not match:
        return None, 1.0, end
    word = match.group(1).lower()
    if word in _DURATIONS:
        return "years", _DURATIONS[word], end + match.end()
    if word in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[word], 1.0, end + match.end()
    if word in PEOPLE_WORDS:
        return "people", 1.0, end + match.end()
    if word in _MILES:  # "12 miles" is about 19 km
        return "km", _MILES[word], end + match.end()
    if word in _FEET:  # "1,644 ft" is about 501 m
        return "m", _FEET[word], end + match.end()
    if word in _MEASURES:
        area = re.match(r"[\s-]*(?:sq|square)[\s.-]*(?:km|kilomet(?:re|er)s?)\b", text[end:],
                        re.IGNORECASE)
        if word in ("sq", "square") and not area:
            return None, 1.0, end
        return _MEASURES[word], 1.0, end + (area.end() if area else match.end())
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and \
            word not in _NOT_COUNTED:  # "fourteen governorates" counts governorates
        return word, 1.0, end + match.end()
    return None, 1.0, end


def unit_after_whose(text: str, end: int) -> tuple[str | None, float, int]:
    """The unit after a number (:func:`unit_after`), or after one capitalised word that says
    whose the counted are ("two Western journalists")."""
    found = unit_after(text, end)
    whose = re.match(r"\s+[A-Z][\w-]*(?=\s)", text[end:])
    if found[0] is None and whose is not None and unit_after(text, end + whose.end())[0]:
        return unit_after(text, end + whose.end())
    return found


__all__ = ["LENGTH_WORDS", "PEOPLE_WORDS", "unit_after", "unit_after_whose"]
