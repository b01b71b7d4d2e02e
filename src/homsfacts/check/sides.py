"""Which side of the war stands next to what a sentence says was done: "rebels started
clearing the Old City" is not backed by "troops had started clearing the Old City once the
rebels had left", though it holds all its words. For each word the claim and the sentence
share, the side named nearest before it (its doer) and nearest after it (whom or what it
was done to) must be the same side in both, where both name one; a passive verb turns them
round ("Rebels were besieged by the army")."""

from __future__ import annotations

import functools
import re

from homsfacts.base.match import fold
from homsfacts.check.side_names import SIDE_OF_WORD
from homsfacts.check.stems import porter_stems
from homsfacts.check.words import STOP_WORDS, terms

_NAMES = frozenset({"hts", "fsa", "nusra", "assad", "damascus", "governments", "factions",
                    "faction", "fighters", "fighter"})
"""One-word names of a side that are names of one group or place (read as names elsewhere),
or that either side may have ("fighters", "factions")."""

_SIDE_OF = {word: side for word, side in SIDE_OF_WORD.items() if word not in _NAMES}
"""Words that name a side by themselves and as a group of people ("troops", "rebels")."""
_NEAR = 4
"""How many words from a shared word a side may stand and still be its doer or target."""
_PASSIVE = re.compile(r"^(?:is|are|was|were|been|being|be)$")
_VERBAL = re.compile(r"(?:ed|ing|en)$")
"""A claim's word that may be a verb ("clearing", "blamed"): an adjective ("a symbolic win
for the government") has no doer; the sentence's word may be any form ("many blame")."""
_CLAUSE = re.compile(r"[,;:()]|\b(?:once|after|before|while|when|until|as|but|and)\b")


_NOT_A_SIDE = re.compile(r"\bfree syrian army\b|\barmy (?=defectors?|deserters?)",
                         re.IGNORECASE)
"""Words of a side inside a name of the other ("the Free Syrian Army") or of those who left
it ("army defectors")."""


def _clauses(text: str) -> list[list[str]]:
    """The folded words of each clause of a text: a side in another clause ("once the
    rebels had left") is no doer of this one's verb."""
    return [fold(part).split() for part in _CLAUSE.split(_NOT_A_SIDE.sub(" ", text))
            if part.strip()]


def _sides(words: list[str], at: int) -> tuple[str | None, str | None]:
    """The side named nearest before the word at ``at`` (its doer) and nearest after it (its
    target); for a passive verb, the side before is its target and the one after "by" its
    doer ("Rebels were besieged by the army"; "was blamed on the army" blames the army)."""
    before = next((_SIDE_OF[word] for word in reversed(words[max(0, at - _NEAR):at])
                   if word in _SIDE_OF), None)
    after_at = next((index for index in range(at + 1, min(len(words), at + 1 + _NEAR))
                     if words[index] in _SIDE_OF), None)
    after = _SIDE_OF[words[after_at]] if after_at is not None else None
    passive = not words[at].endswith("ing") and ((at and _PASSIVE.match(words[at - 1])) or (
        at > 1 and _PASSIVE.match(words[at - 2]) and words[at - 1].endswith("ly")))
    if not passive:
        return before, after
    by = after_at is not None and "by" in words[at + 1:after_at]
    return (after if by else None), (before or (None if by else after))


Roles = dict[str, set[tuple[str | None, str | None]]]
"""For each stem, the sides (doer, target) next to each word of it."""


@functools.lru_cache(maxsize=4_096)
def _roles(text: str, verbs_only: bool = False) -> Roles:
    """For each stem of a term of a text (of a word that may be a verb, with
    ``verbs_only``), the sides next to it (doer, target) wherever it stands; read once a
    text, as a base's sentences are met by every claim (not to be changed by the caller)."""
    found: Roles = {}
    for words in _clauses(text):
        for at, word in enumerate(words):
            if word in STOP_WORDS or word in _SIDE_OF or (
                    verbs_only and not _VERBAL.search(word)):
                continue
            for term in terms(word):  # "blamed" and "blame" are one
                for stem in porter_stems(term):
                    found.setdefault(stem, set()).add(_sides(words, at))
    return found


def sides_swapped(claim: str, sentence: str) -> str:
    """A word the claim and the sentence share next to which the claim names one side and
    the sentence, in the same place, only the other, as a reason; or ""."""
    said = _roles(sentence)
    for term, claimed in _roles(claim, verbs_only=True).items():
        given = said.get(term)
        if not given:
            continue
        for slot, role in ((0, "did"), (1, "had it done to them")):
            sides = {side for each in claimed if (side := each[slot]) is not None}
            others = {side for each in given if (side := each[slot]) is not None}
            if sides and others and not sides & others:
                return (f"the claim has {sorted(sides)[0]} as who {role} ({term!r}), where the "
                        f"source has {sorted(others)[0]}")
    return ""


__all__ = ["sides_swapped"]
