"""What a claim says beside the numbers and dates its records back, which those records say
otherwise or not at all: an aside (:func:`homsfacts.check.asides.aside_unsaid`), a word of
another side, ruler or church (:mod:`homsfacts.check.modifiers`), or a name that belongs to
another happening ("Aurelian ... took the Roman throne in 218", the year of Elagabalus).

A name the base lists under no record of its own (Aurelian, Palmyra) is known only from
the sentences that say it; a record backs it only where its own words do. Names of records
(people, places, groups) are compared as records, elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record, cited_paragraphs
from homsfacts.check.asides import aside_unsaid
from homsfacts.check.modifiers import modified_otherwise, record_texts
from homsfacts.check.naming import bare
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS
from homsfacts.check.reader import MONTH_WORDS, NUMBER_WORDS, Reading
from homsfacts.check.stems import STOP
from homsfacts.check.words import COMMON_WORDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_NO_NAMES = frozenset({"ad", "bc", "bce", "ce", "western", "eastern", "northern", "southern",
                       "monday", "tuesday", "wednesday", "thursday",
                       "friday", "saturday", "sunday"})


def said_otherwise(reading: Reading, records: list[Record], base: FactBase) -> str:
    """The first part of the claim its records do not say, or say otherwise, as a reason;
    or ""."""
    return aside_unsaid(reading, records) or \
        modified_otherwise(reading.claim, record_texts(records)) or \
        unlisted_name(reading.claim, records, base)


def unlisted_name(claim: str, records: list[Record], base: FactBase) -> str:
    """A name in the claim that is no record's and that none of ``records`` says in its own
    words or its people's and places' names ("Zenobia" of an event about Elagabalus), as a
    reason; or ""."""
    word = unlisted_word(claim, records, base)
    return f"the claim names {word}, which {records[0]['id']} does not" if word else ""


def unlisted_word(text: str, records: list[Record], base: FactBase) -> str:
    """The first name of :func:`unlisted_name`, as written, or ""."""
    own = {_singular(word) for word in fold(" ".join(_own_texts(records, base))).split()}
    return next((word.title() for word in _unlisted(text, base)
                 if not {_singular(part) for part in word.split()} <= own), "")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word  # "the Ottomans"


def _unlisted(claim: str, base: FactBase) -> list[str]:
    """The capitalised words of the claim that name no record and are no month, weekday,
    era, number, nationality, country or common word."""
    words = []
    for found in re.finditer(r"\b([A-Z][\w'’]+)", claim):  # "Mamluk" of "Mamluk-era"
        folded = bare(found[1])
        if not claim[:found.start()].strip(" \"'“‘") and not re.match(
                r"[\w'’]+(?:,|['’]s\b|\s+[A-Z])", claim[found.start():]):
            continue  # "Size of Homs Governorate?": capitalised to begin, no name
        if not folded or folded in COMMON_WORDS or folded in STOP or folded in MONTH_WORDS or \
                folded in NUMBER_WORDS or folded in DEMONYMS or folded in COUNTRY_WORDS or \
                folded in _NO_NAMES or folded.split()[0] in COUNTRY_WORDS:
            continue
        words.append(folded)
    known = base.mentions(words)
    return [word for word in words if word not in known]


def _own_texts(records: Iterable[Record], base: FactBase) -> list[str]:
    """The words a record says itself: its summary, label or description, its attribution,
    and the names of whom and where it involves (of the events a figure is about too)."""
    texts: list[str] = []
    for record in records:
        texts += record_texts([record]) + [  # a card's statements are its own words
            statement["text"] for statement in record.get("statements") or []]
        texts += [str(record.get(field) or "") for field in ("attribution", "words", "period")]
        involved = [*record.get("entities", []), *record.get("places", []),
                    *record.get("agents", []), *record.get("about", []),
                    *filter(None, [record.get("attributed_to")])]
        for other_id in involved:
            other = base.get(other_id)
            if other is None:
                continue
            texts += [str(other.get("name") or ""), *other.get("aliases", []),
                      str(other.get("summary") or ""), str(other.get("description") or "")]
            if record["type"] == "figure":  # as in its evidence: said in its paragraph
                cited = set(cited_paragraphs(record))
                texts += [statement["text"] for statement in other.get("statements") or []
                          if cited & set(cited_paragraphs(statement))]
        for citation in record.get("sources") or []:
            source = base.get(citation["source"])
            if source is not None:
                texts += [str(source.get("publisher") or ""), str(source.get("carries") or "")]
    return texts


__all__ = ["said_otherwise", "unlisted_name", "unlisted_word"]
