"""Whom a claim attributes itself to ("according to Reuters", "the Observatory said", "the
Syrian government said", "activists say"): a part of the claim that the evidence's
attribution or sources must share."""

from __future__ import annotations

import re

from homsfacts.base.match import fold
from homsfacts.check.words import STOP_WORDS

_VOICE = re.compile(
    r"\b(?i:according to) (?:the )?(?P<after>[A-Z][\w.-]*(?: (?:for|of|the|[A-Z][\w.-]*|"
    r"government|army|forces|media|ministry|officials|monitor|authorities))"
    r"{0,6}|\w+)"
    r"|\b(?P<before>(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,5}) (?:said|says|reported|reports|"
    r"estimated|estimates|claimed|claims|stated|states|saw|sees|viewed|views|regarded|"
    r"regards|considered|considers|described|describes)\b"
    r"|\b(?P<group>(?:[A-Z][\w-]* ){0,3}(?i:government|army|activists|officials|state media|"
    r"media|monitors?|residents|witnesses|rebels|opposition|ministry|police|governor|sources))"
    r" (?i:said|say|says|reported|report|reports|told|estimated)\b")


def claimed_voice(claim: str) -> set[str]:
    """The terms of whom a claim attributes itself to ("according to Reuters", "the
    Observatory said"): a part the evidence must share."""
    found: set[str] = set()
    for match in _VOICE.finditer(claim):
        found |= voice_words(match["after"] or match["before"] or match["group"] or "")
    return found


def voice_words(text: str) -> set[str]:
    """The words that name a voice, folded: not terms, for "UN" and "US" are too short for a
    term but name one."""
    return set(fold(text.replace("-", " ")).split()) - STOP_WORDS


__all__ = ["claimed_voice", "voice_words"]
