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


def denies(text: str, claimed: set[str]) -> str:
    """The word by which a sentence denies what the claim says, or "": a negation counts
    only in a part of the sentence between commas that speaks of something the claim says
    ("Court in the United States, not named in the source, that ruled ..." denies no ruling)."""
    for clause in text.split(","):
        word = negation(clause)[0]
        if word and terms(clause) & claimed:
            return word
    return ""


__all__ = ["denies", "described_record", "not_of"]
