"""A claim that describes a name in passing ("Al-Nusra Front, the forerunner of HTS, carried
out attacks"; "... the bastion of the FSA, a ragtag force of defectors") says two things:
its main clause, and what the name is. The base often says them in two sentences, so each is
checked on its own (:func:`split`), and the claim is supported only when both are."""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, answer

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_PARTICLES = frozenset({"al", "ibn", "bin", "el", "de", "des", "du", "la", "le", "of"})
"""Words of a name written in lower case: "Khalid ibn al-Walid", "Free Syrian Army"."""
_DESCRIPTION = re.compile(r"(?:an?|the|[A-Z][\w-]*['’]s)\s+"
                          r"(?:(?!\b(?:is|was|were|are|has|had|who|which|that)\b)[^,;])+?[.!]?")
"""A noun phrase with no verb of its own: "a ragtag mix of defectors and civilians",
"Syria's second city"."""
_RELATIVE = re.compile(r"(?P<pronoun>who|whose|which|where|when)\s+(?P<clause>[^,]+)")
"""A clause of its own about a name, between commas: "who died in Homs"."""
_NOT_A_SUBJECT = frozenset({"in", "on", "at", "by", "after", "before", "during", "since",
                            "when", "while", "early", "late", "according", "for", "as",
                            "from", "with", "under", "until", "then", "later"})
"""First words of a leading phrase of time or voice ("In May 2014, the rebels ..."), which
names nothing the words after its comma describe."""


class Apposition(NamedTuple):
    """A claim's main clause and what it says one of its names is or did; None where the
    clause says whose, where or when ("Dar al-Kebira, where the evacuees were taken, ..."),
    which is not read: such a claim may be refuted by its main clause, never supported."""

    main: str
    description: str | None


def split(claim: str) -> Apposition | None:
    """The claim's main clause and its description of a name, or None where it describes
    none in passing. Read by its commas, each part once: no input costs the square of its
    length."""
    text = " ".join(claim.split())
    pieces = text.split(", ")
    if len(pieces) >= 3 and pieces[2][:1].islower() and \
            pieces[0].split()[0].lower() not in _NOT_A_SUBJECT:
        head, middle, rest = pieces[0], pieces[1], ", ".join(pieces[2:])
        name = _trailing_name(head)
        relative = _RELATIVE.fullmatch(middle)
        if name and _DESCRIPTION.fullmatch(middle):
            return Apposition(f"{head} {rest}", f"{name} was {middle}.")
        if name and relative:
            pronoun, clause = relative["pronoun"].lower(), relative["clause"]
            # "whose father ruled" and "where the evacuees went" are not read: what they
            # say of another thing (his father, the evacuees) is no part the base can place
            said = {"who": f"{name} {clause}.", "which": f"{name} {clause}."}.get(pronoun)
            return Apposition(f"{head} {rest}", said)
    if len(pieces) >= 2 and _DESCRIPTION.fullmatch(pieces[-1]):
        head = ", ".join(pieces[:-1])
        name = _trailing_name(head)
        if name:
            return Apposition(f"{head}.", f"{name} was {pieces[-1].rstrip('.!')}.")
    return None


def _trailing_name(head: str) -> str:
    """The name a text ends with ("... the bastion of the FSA": FSA), or ""."""
    words = head.split()
    start = len(words)
    while start and (any(part[:1].isupper() for part in words[start - 1].split("-")) or (
            words[start - 1].lower() in _PARTICLES and start < len(words))):
        start -= 1  # "al-Golani", "ibn", "Walid"
    while start < len(words) and not words[start][:1].isupper():
        start += 1  # a name begins with a capital, not a particle
    return " ".join(words[start:])


def in_parts(whole: Record, judge: Callable[[str], Record], base: FactBase,
             home: str = "") -> Record:
    """The verdict on a claim read as its parts (:func:`split`), each judged by ``judge``
    once; the verdict on the whole where it has no parts. A country a description names is
    read as a nationality elsewhere, and the base's ``home`` place is spoken of unsaid."""
    parts = split(whole["claim"])
    if parts is None:
        return whole
    said = judge(parts.description) if parts.description else None
    named = [name["id"] for name in (said or {}).get("found", {}).get("names") or []]
    unsaid = {one for one in named
              if one == home or (base.get(one) or {}).get("kind") == "country"}
    return joined(whole, judge(parts.main), said, unsaid)


def joined(whole: Record, main: Record, description: Record | None,
           unsaid: AbstractSet[str] = frozenset()) -> Record:
    """The verdict on a claim from those on its two parts: refuted where either part is
    (a claim read whole may miss what a description says: "Remi Ochlik, an American
    reporter, was killed"), supported where both are, else the verdict on the whole claim
    as it was read."""
    parts = [main["claim"], *([description["claim"]] if description else [])]
    for part in (main, description):
        if part is not None and part["verdict"] == REFUTED:
            return answer(whole["claim"], REFUTED, f"it says {part['claim']!r}, and "
                          f"{_lowered(part['reason'])}", part["evidence"],
                          {**whole["found"], "parts": parts})
    backed = description is not None and description["verdict"] == SUPPORTED and \
        _of_itself(description)
    if description is not None and not backed and whole["verdict"] == SUPPORTED:
        unrelated = _unrelated(description, main, whole["evidence"], unsaid)
        if unrelated:  # "Baba Amr, the bastion of the Syrian army": another group's bastion
            return answer(whole["claim"], NOT_ENOUGH_INFO, f"it says "
                          f"{description['claim']!r}, and nothing the claim rests on speaks "
                          f"of {unrelated}", whole["evidence"],
                          {**whole["found"], "parts": parts})
    if description is not None and main["verdict"] == SUPPORTED and backed:
        evidence = list({record["id"]: record for record in
                         [*main["evidence"], *description["evidence"]]}.values())
        return answer(whole["claim"], SUPPORTED, f"read as {main['claim']!r} and "
                      f"{description['claim']!r}: {_lowered(main['reason'])} "
                      f"{description['reason']}", evidence,
                      {**whole["found"], "parts": parts})
    return whole


def _unrelated(description: Record, main: Record, evidence: list[Record],
               unsaid: AbstractSet[str]) -> str:
    """The first record a description names, besides the main clause's and those ``unsaid``,
    that no record the claim rests on involves, or ""."""
    in_main = {name["id"] for name in main["found"].get("names") or []}
    involved = {link for record in evidence
                for link in [record["id"], *(record.get("about") or []),
                             *(record.get("entities") or []), *(record.get("places") or []),
                             *(record.get("agents") or []), *(record.get("targets") or [])]}
    return next((name["name"] for name in description["found"].get("names") or []
                 if name["id"] not in in_main | involved | unsaid),
                "")


def _of_itself(description: Record) -> bool:
    """Whether what backs a description is said of the record it describes: "Homs, the
    largest governorate" is not backed by what the base says of Homs Governorate, nor
    "Krak des Chevaliers, a mosque" by a list of the city's sights."""
    first = (description["found"].get("names") or [])[:1]
    named = [name["id"] for name in first]
    said = f" {fold(description['found'].get('sentence') or '')} "
    if first and said.startswith(f" {fold(first[0]['name'])} "):  # a sentence of it
        return True
    return bool(named) and any(
        record["id"] in named or set(named) & {*(record.get("about") or []),
                                                *(record.get("entities") or []),
                                                *(record.get("places") or [])}
        for record in description["evidence"])


def _lowered(reason: str) -> str:
    return reason[:1].lower() + reason[1:]


__all__ = ["Apposition", "in_parts", "joined", "split"]
