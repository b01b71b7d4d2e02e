"""The ordinal a question asks by ("the first governor", "the last part held by rebels") and
the noun it stands before. A passage holds the ordinal only where it stands before that
noun too: "the first day of the evacuation" says nothing of a first governor, and "the
first agreement" nothing of a first siege."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.check.stems import STOP

if TYPE_CHECKING:
    from homsfacts.base.views import Record
    from homsfacts.check.stems import Stemmer

ORDINALS = frozenset({"first", "last"})
REACH = 3
"""How many words after an ordinal make a question's noun ("the last rebel-held area")."""
PASSAGE_REACH = 6
"""How many words after an ordinal a passage may name that noun in ("the last area of the
city held by rebels", "the first rebel governor")."""
DETERMINERS = ("the", "its", "their", "his", "her")
"""Words before an ordinal that make it one ("the last governor"), where "did the siege last
three years" is a verb."""
ANY = "*"
"""What an ordinal before a stop word stands for: "the first to take up arms" and "the first
of many hundreds" name their noun before it, which may be any."""


def ordinal_nouns(question: str) -> dict[str, str]:
    """Each ordinal of a question after a determiner with the words it stands before, up to
    a stop word ("the first governor of Homs": governor; "the last rebel-held area": rebel
    held area; "who left first": none)."""
    words = fold(question).split()
    nouns = {}
    for at, word in enumerate(words):
        after = list(itertools.takewhile(lambda each: each not in STOP, words[at + 1:]))
        if word in ORDINALS and after and words[at - 1:at] in ([det] for det in DETERMINERS):
            nouns[word] = " ".join(after[:REACH])
    return nouns


def _noun_words(after: list[str]) -> list[str] | None:
    """The words that make an ordinal's noun in a passage: those after it ("the first rebel
    governor"), or after its "of" ("the first of many hundreds"); None where it names its
    noun before it ("rebels were the first to take up arms"), which may then be any."""
    if after[:1] == ["of"]:
        return after[1:1 + PASSAGE_REACH]
    return after[:PASSAGE_REACH] if after and after[0] not in STOP else None


class Ordinals:
    """What follows each ordinal of a passage's text, as terms, read once a text."""

    def __init__(self, stemmer: Stemmer) -> None:
        self.stemmer = stemmer
        self.terms = dict(zip(sorted(ORDINALS), stemmer.terms(sorted(ORDINALS)), strict=True))
        """Each ordinal's terms ("last" is also how long something lasts)."""
        self._after: dict[str, dict[str, frozenset[str]]] = {}
        self._own: dict[str, frozenset[str]] = {}

    def astray(self, asked: dict[str, frozenset[str]], text: str,
               terms: frozenset[str]) -> frozenset[str]:
        """The terms of the ordinals of a question (each with its noun's terms) that a
        passage holds only before another noun, where it holds the noun too: they are not
        what it says."""
        stray: frozenset[str] = frozenset()
        for ordinal, noun in asked.items():
            following = self._following(text).get(ordinal)  # None: not in its words
            if following is not None and self.terms[ordinal] & terms and noun & terms and \
                    ANY not in following and not noun & following:
                stray |= self.terms[ordinal]
        return stray

    def describe(self, asked: dict[str, frozenset[str]], entity: Record) -> bool:
        """Whether a person, group or place is what a question's ordinals ask for: "who were
        the first rebels" is answered by rebels, not by the army a statement of which speaks
        of them."""
        own = f"{entity.get('name')} {' '.join(entity.get('aliases') or [])} " \
            f"{entity.get('kind')} {entity.get('description')}"
        if own not in self._own:
            (self._own[own],) = self.stemmer.terms([own])
        return all(noun & self._own[own] for noun in asked.values())

    def _following(self, text: str) -> dict[str, frozenset[str]]:
        if text not in self._after:
            words = fold(text).split()
            spans = {ordinal: [_noun_words(words[at + 1:]) for at, word in enumerate(words)
                               if word == ordinal] for ordinal in ORDINALS}
            found = self.stemmer.terms(" ".join(" ".join(span) for span in each if span)
                                       for each in spans.values())
            self._after[text] = {ordinal: terms | ({ANY} if None in spans[ordinal] else set())
                                 for ordinal, terms in zip(spans, found, strict=True)
                                 if spans[ordinal]}
        return self._after[text]


__all__ = ["ORDINALS", "Ordinals", "ordinal_nouns"]
