"""The names of the two sides of the war ("troops", "the regime", "rebels", "HTS") and the
side a name or a stretch of words is on: what the readers of acts, roles and sides share."""

from __future__ import annotations

from homsfacts.base.match import fold
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS

GOVERNMENT, REBELS = "the government side", "the rebel side"
FOREIGN = frozenset(word for word, country in {**DEMONYMS, **COUNTRY_WORDS}.items()
                    if country != "Syria")
"""Words of another country than Syria, whose troops are neither side's."""
_OPPOSING = frozenset({"anti", "opponent", "opponents", "opposed", "enemies", "enemy",
                       "defectors", "defector", "against"})
"""Words that make a name of the government side one of its enemies ("anti-Assad
forces", "government opponents", "army defectors")."""
_SIDES = {
    GOVERNMENT: frozenset({"army", "armies", "government", "governments", "regime", "troops",
                           "soldiers", "soldier", "troop", "assad", "loyalist", "loyalists",
                           "syrian forces", "regime forces", "pro assad forces",
                           "syrian army", "syrian government", "bashar al assad",
                           "damascus"}),  # the capital for its government, as reports write
    REBELS: frozenset({"rebels", "rebel", "insurgents", "insurgent", "opposition",
                       "factions", "faction", "fighters", "fighter", "jihadists",
                       "jihadist", "islamists", "islamist", "militants", "militant", "hts",
                       "fsa", "nusra", "free syrian army",
                       "hayat tahrir al sham", "al nusra front"}),
}


SIDE_WORDS = frozenset(word for names in _SIDES.values() for name in names
                       for word in name.split())
"""Every word of a name of a side ("free", "syrian", "army", "regime", "forces" ...)."""
_LONGEST_FIRST = sorted(((name, side) for side, names in _SIDES.items() for name in names),
                        key=lambda pair: -len(pair[0]))
SIDE_OF_WORD = {name: side for side, names in _SIDES.items() for name in names
                if " " not in name}
"""The side each one-word name of it names ("troops": the government side)."""


def side_of(text: str) -> str | None:
    """The side a name or word is on ("the army", "troops", "HTS"), or None."""
    return side_in(fold(text.replace("-", " ")).split())


def side_in(words: list[str]) -> str | None:
    """The one side a stretch of words names, or None (none, or both). Another country's
    ("Russian troops", "Iranian forces") is neither."""
    if any(word in FOREIGN for word in words):
        return None
    if any(word in _OPPOSING for word in words):  # "anti-government forces", "army defectors"
        return REBELS
    text, sides = " " + " ".join(words) + " ", set()
    for name, side in _LONGEST_FIRST:  # "Free Syrian Army" is no army of the government's
        if f" {name} " in text:
            sides.add(side)
            text = text.replace(f" {name} ", " | ")
    return sides.pop() if len(sides) == 1 else None


__all__ = ["FOREIGN", "GOVERNMENT", "REBELS", "SIDE_OF_WORD", "SIDE_WORDS", "side_in", "side_of"]
