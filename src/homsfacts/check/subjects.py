"""Whom a sentence is said of, and what it denies: a claim that begins with a record ("Homs
was a coastal city", "Lebanon borders Iraq") is backed only by a sentence of that record, of
another record the claim names, or one that begins with its name; and a sentence denies what
a claim says only where its negation stands in a part that speaks of the claim."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.negation import negation
from homsfacts.check.order import record_names
from homsfacts.check.stems import porter_stems
from homsfacts.check.words import terms

if TYPE_CHECKING:
    from homsfacts.check.statements import Sentence


def described_record(claim: str, named: dict[str, Record]) -> Record | None:
    """The record a claim is said of ("Homs was a coastal city", "Lebanon borders Iraq"):
    one it names at its start, alone, or None."""
    folded = f" {fold(claim)} "
    for record in named.values():
        for name in record_names(record):
            if re.match(rf" (?:the )?{re.escape(name)} (?!and |or ,)", folded):
                return record
    return None


def not_of(sentence: Sentence, described: Record | None, text: str,
            named: dict[str, Record]) -> str:
    """Why a sentence cannot back what a claim says of the record it begins with, or "": it
    must be the record's own (its description or a statement of it), the own of another
    record the claim names, or begin with its name; "Damascus was cut off from Assad's
    coastal strongholds" says nothing of what Homs is, nor "Homs Governorate borders
    Lebanon and Iraq" that Lebanon borders Iraq."""
    if described is None or sentence.record["id"] in named or (
            sentence.subject is not None and sentence.subject["id"] == described["id"]):
        return ""
    if any(re.match(rf" (?:the )?{re.escape(name)} (?!s )", text)
           for name in record_names(described)):  # not "Syria's largest governorate"
        return ""
    return f"it is not said of {described.get('name') or described['id']}"


def denies(text: str, claimed: set[str]) -> tuple[str, str]:
    """How a sentence denies what the claim says: the negating word where it denies the
    claim's own words, else "" and the words it denies beside them, else ("", ""). A
    negation counts only in a part of the sentence between commas that speaks of something
    the claim says ("Court in the United States, not named in the source, that ruled ..."
    denies no ruling); "Reuters could not verify the video said to show the fighters
    leaving" denies a verifying, and shows no video."""
    stems = frozenset().union(*(porter_stems(term) for term in claimed))
    for clause in text.split(","):
        word = negation(clause)[0]
        if not word or not terms(clause) & claimed:
            continue
        governed = _GOVERNED.search(clause)
        if governed is None or any(porter_stems(term) & stems
                                   for term in terms(governed["words"])):
            return word, ""
        return "", governed.group()
    return "", ""


_LIES = re.compile(r"\b(?:lies|lie|lay|lying|stands|stand|sits|sit|situated|located|city|town|"
                   r"village|port)\s+"
                   r"(?P<at>on|in|at|near|beside|along|by)\s+(?:the\s+)?"
                   r"(?P<phrase>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:connecting|linking|of|"
                   r"in|near|with|between|that|which|and|from|to|through)\b|[,.;]|\s*$)",
                   re.IGNORECASE)


def placed_unsaid(claim: str, text: str) -> str:
    """Where a claim puts a thing ("lies on the coast") that the sentence does not put it,
    as a reason, or "": the sentence must say the head word of the place, or one meaning
    the same, within a few words after the same preposition ("on the main north-south
    route"), not merely hold the word ("the link between inland cities and the coast")."""
    for match in _LIES.finditer(claim):
        at, head = match["at"].lower(), match["phrase"].split()[-1]
        wanted = terms(head)
        after = re.findall(rf" {at} ((?:[\w'’]+ ?){{1,5}})", text)
        after += re.findall(rf"((?:[\w'’]+ ){{1,3}}){at} which ", text)  # "route, on which"
        if wanted and not any(wanted <= terms(words) for words in after):
            return f"the source does not say it lies {at} the {head}"
    return ""


_GOVERNED = re.compile(r"\b(?:not|never|n't|no longer)\s+(?P<words>(?:[\w'’-]+\s+){0,1}[\w'’-]+)",
                       re.IGNORECASE)
"""The words a negation governs: "could not verify the video" denies a verifying, not a
video."""


__all__ = ["denies", "described_record", "not_of", "placed_unsaid"]
