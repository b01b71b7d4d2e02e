"""A claim that describes a name in passing ("Al-Nusra Front, the forerunner of HTS, carried
out attacks"; "... the bastion of the FSA, a ragtag force of defectors") says two things:
its main clause, and what the name is. The base often says them in two sentences, so each is
checked on its own (:func:`split`), and the claim is supported only when both are."""

from __future__ import annotations

import re
from typing import NamedTuple

from homsfacts.base.views import Record
from homsfacts.check.verdicts import REFUTED, SUPPORTED, answer

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|ibn|bin|el|de|of)[\s-]+)?[A-Z][\w'’.-]*)*"
"""A name as written: capitalised words, with the particles of Arabic names between."""
_DESCRIPTION = r"(?:an?|the)\s+(?:(?!\b(?:is|was|were|are|has|had|who|which|that)\b)[^,;])+?"
"""A noun phrase with no verb of its own: "a ragtag mix of defectors and civilians"."""
_LEADING = re.compile(rf"^(?P<head>[^,]*?\b(?P<name>{_NAME})),\s+(?P<description>"
                      rf"{_DESCRIPTION}),\s+(?P<rest>[a-z].*)$")
_TRAILING = re.compile(rf"^(?P<head>.*?\b(?P<name>{_NAME})),\s+"
                       rf"(?P<description>{_DESCRIPTION})[.!]?$")
_NOT_A_SUBJECT = frozenset({"in", "on", "at", "by", "after", "before", "during", "since",
                            "when", "while", "early", "late", "according", "for", "as",
                            "from", "with", "under", "until", "then", "later"})
"""First words of a leading phrase of time or voice ("In May 2014, the rebels ..."), which
names nothing the words after its comma describe."""


class Apposition(NamedTuple):
    """A claim's main clause and what it says one of its names is."""

    main: str
    description: str


def split(claim: str) -> Apposition | None:
    """The claim's main clause and its description of a name, or None where it describes
    none in passing."""
    text = " ".join(claim.split())
    leading = _LEADING.match(text)
    if leading and leading["head"].split()[0].lower() not in _NOT_A_SUBJECT:
        return Apposition(f"{leading['head']} {leading['rest']}",
                          f"{leading['name']} was {leading['description']}.")
    trailing = _TRAILING.match(text)
    if trailing:
        return Apposition(f"{trailing['head']}.",
                          f"{trailing['name']} was {trailing['description']}.")
    return None




def joined(whole: Record, main: Record, description: Record) -> Record:
    """The verdict on a claim from those on its two parts: refuted where either part is,
    supported where both are, else the verdict on the whole claim as it was read."""
    for part in (main, description):
        if part["verdict"] == REFUTED:
            return answer(whole["claim"], REFUTED, f"it says {part['claim']!r}, and "
                          f"{_lowered(part['reason'])}", part["evidence"],
                          {**whole["found"], "parts": [main["claim"], description["claim"]]})
    if main["verdict"] == description["verdict"] == SUPPORTED:
        evidence = list({record["id"]: record for record in
                         [*main["evidence"], *description["evidence"]]}.values())
        return answer(whole["claim"], SUPPORTED, f"read as {main['claim']!r} and "
                      f"{description['claim']!r}: {_lowered(main['reason'])} "
                      f"{description['reason']}", evidence,
                      {**whole["found"], "parts": [main["claim"], description["claim"]]})
    return whole


def _lowered(reason: str) -> str:
    return reason[:1].lower() + reason[1:]


__all__ = ["Apposition", "joined", "split"]
