"""A copy of a source that a claim cites by its date ("the August 2020 copy", "the November
2016 version of the Homs Governorate article", "the copies of 2012 and 2014"): whom the claim
cites, compared as its voice, not when what it says happened."""

from __future__ import annotations

import re

from homsfacts.base.dates import MONTH_NAMES
from homsfacts.base.written_dates import MONTHS

_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
COPY_NOUN = r"(?:copy|copies|editions?|versions?|snapshots?|archive|archived)"
COPY_DATE = (rf"(?:{_MONTH_WORD}\s+)?\d{{4}}(?:\s+and\s+(?:{_MONTH_WORD}\s+)?\d{{4}})?")
SOURCE_DATE = re.compile(
    rf"\b{COPY_DATE}\s+(?=(?:(?:wikipedia|encyclopa?edia|article|infobox)\s+)?{COPY_NOUN}\b)"
    rf"|\b{COPY_NOUN}\s+of\s+(?:\d{{1,2}}\s+)?{COPY_DATE}\b", re.IGNORECASE)
"""A date that says which copy of a source ("the August 2020 copy", "a 2012 edition", "the
copies of 2012 and 2014", "the copy of 21 November 2016"): whom the claim cites, compared as
its voice (:func:`copy_voice`), not when what it says happened."""

FULL_MONTHS = [name.lower() for name in MONTH_NAMES]
"""Each month's name, lower-cased, by its number less one: how a voice writes a month."""


_CITED_COPY = re.compile(
    rf"\b(?P<article>[Tt]he\s+|[Aa]n?\s+)?(?P<date>(?i:{COPY_DATE}))\s+"
    r"(?i:(?:wikipedia|encyclopa?edia|infobox)\s+)?(?i:article\s+)?(?P<noun>(?i:copies)|"
    rf"(?i:{COPY_NOUN}))"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?i:(?:(?:wikipedia|encyclopa?edia)"
    r"(?:\s+(?:article|entry|page))?|article|entry|page))"
    r"(?:\s+(?:on|about)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)?\b")
"""A copy of a source cited by its date, however the source is named after it ("the
November 2016 version of the Homs Governorate article", "a 2012 encyclopaedia copy")."""


def cited_copy(claim: str) -> str:
    """``claim`` with each copy of a source it cites by its date written as "the DATE copy"
    (or "copies"), the one way the base's sentences and :func:`copy_voice` read it: what the
    copy is of is its voice too, not a part of what the claim says."""
    def plain(match: re.Match[str]) -> str:
        article = "The " if (match["article"] or "").startswith(("T", "A")) else "the "
        noun = "copies" if match["noun"].lower() == "copies" or " and " in match["date"] \
            else "copy"
        return f"{article}{match['date']} {noun}"
    return _CITED_COPY.sub(plain, claim)


def copy_voice(claim: str) -> set[str]:
    """The copy of a source a claim cites by its date ("the February 2014 copy", "a 2012
    version", "the copies of 2012 and 2014"), as the words of the copy's own voice: "copy"
    and each year and month, by its full name, as
    :func:`homsfacts.check.voices.source_voice` gives a source's."""
    found: set[str] = set()
    for match in SOURCE_DATE.finditer(claim):
        found.add("copy")
        for word in re.findall(r"[^\W\d_]+|\d{4}", match[0].lower()):
            if word in MONTHS:
                found.add(FULL_MONTHS[MONTHS[word] - 1])
            elif word.isdigit():
                found.add(word)
    return found


_CLAUSE = re.compile(r";|,(?!\d)|\band\b(?!\s+(?:\w+\s+)?\d{4})")
_PROPER = re.compile(r"(?<=[\w,;]\s)[A-Z][\w-]*")


def copy_misplaced(claim: str, text: str) -> str:
    """Why a sentence that ties each copy of a source to what it names ("Talal al-Barazi in
    the copy of 21 November 2016 and Namir Habib Makhlouf in the copy of January 2024") does
    not back a claim that cites another copy for a name it gives, or ""."""
    cited = {word for word in copy_voice(claim) if word.isdigit()}
    if not cited:
        return ""
    named = {word for word in _PROPER.findall(claim) if word.lower() not in MONTHS}
    tied: set[str] = set()
    for clause in _CLAUSE.split(text):
        years = {year for match in SOURCE_DATE.finditer(clause)
                 for year in re.findall(r"\d{4}", match[0])}
        if years and named.intersection(_PROPER.findall(clause)):
            tied |= years
    if tied and not cited <= tied:
        return (f"the source gives that of the copy of {', '.join(sorted(tied))}, not of "
                f"{', '.join(sorted(cited - tied))}")
    return ""


__all__ = ["COPY_DATE", "COPY_NOUN", "FULL_MONTHS", "SOURCE_DATE", "cited_copy", "copy_misplaced",
           "copy_voice"]
