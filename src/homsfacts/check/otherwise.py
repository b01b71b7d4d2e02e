"""What a claim says beside the numbers and dates its records back, which those records say
otherwise or not at all: an aside (:func:`homsfacts.check.asides.aside_unsaid`), a word of
another side, ruler or church (:mod:`homsfacts.check.modifiers`), a place left or taken that
is not the record's ("withdrew from Damascus"), a record named beside another's date in a
sentence of several, or a name that belongs to another happening ("Aurelian ... took the
Roman throne in 218", the year of Elagabalus).

A name the base lists under no record of its own (Aurelian, Palmyra) is known only from
the sentences that say it; a record backs it only where its own words do. Names of records
(people, places, groups) are compared as records, elsewhere."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record, cited_paragraphs
from homsfacts.check.asides import aside_unsaid
from homsfacts.check.candidates import PEOPLE_GROUPS
from homsfacts.check.modifiers import modified_otherwise, record_texts
from homsfacts.check.naming import bare
from homsfacts.check.order import first_at
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS, RULING_PEOPLES
from homsfacts.check.publications import outlet_words
from homsfacts.check.reader import MONTH_WORDS, NUMBER_WORDS, Reading, read
from homsfacts.check.stems import STOP
from homsfacts.check.voices import source_voice
from homsfacts.check.words import COMMON_WORDS
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_NO_NAMES = frozenset({"ad", "bc", "bce", "ce", "western", "eastern", "northern", "southern",
                       "monday", "tuesday", "wednesday", "thursday",
                       "friday", "saturday", "sunday"})


def said_otherwise(reading: Reading, records: list[Record], base: FactBase) -> str:
    """The first part of the claim its records do not say, or say otherwise, as a reason;
    or ""."""
    texts = record_texts(records)
    return aside_unsaid(reading, records) or modified_otherwise(reading.claim, texts) or \
        moved_otherwise(reading.claim, texts, base) or unlisted_name(reading.claim, records, base)


_MOVED = re.compile(
    r"\b(?:(?P<leave>withdr[ae]w\w*|retreat\w*|fle[de]\w*|left|leav\w*|evacuat\w*)\s+from|"
    r"(?P<out>pull\w*|driven|forced|mov\w*)\s+out\s+(?:of|from)|"
    r"(?P<take>re-?took|re-?tak\w*|recaptur\w*|captur\w*|took|tak\w*|seiz\w*)(?:\s+back)?)"
    r"\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
"""A going from a place or a taking of one, with the place by its name ("withdrew from
Damascus", "recaptured the Old City", "took Palmyra")."""


def moved_otherwise(claim: str, texts: list[str], base: FactBase) -> str:
    """A place the claim has someone leave or take that a text, saying the same going or
    taking, puts elsewhere: neither the same place by another name nor one inside the
    other ("withdrew from Damascus" against "withdraws from Homs", "recaptured the Old City"
    against "recaptured Baba Amr"), as a reason; or ""."""
    claimed = [(found, _place(found["place"], base)) for found in _MOVED.finditer(claim)]
    given = [(found, _place(found["place"], base)) for text in texts
             for found in _MOVED.finditer(text)] if any(place for _, place in claimed) else []
    for found, place in claimed:
        same = [(other, at) for other, at in given if at and _going(other) == _going(found)]
        if place and same and not any(  # another sentence may say it of the claim's place
                place == at or place in base.cards.inside(at) or at in base.cards.inside(place)
                for _, at in same):
            return f"the source says {same[0][0].group()}, and the claim {found.group()}"
    return ""


def dated_apart(reading: Reading, text: str, named: dict[str, Record]) -> str:
    """A record the claim names beside a date that a sentence of several dates gives with
    another ("Namir Habib Makhlouf ... in the copy of 21 November 2016", where the sentence
    gives him "the copy of January 2024" and Talal al-Barazi that of 2016), as a reason; or
    "". The sentence's clauses ("A in X and B in Y") pair each record with its own date."""
    clauses = re.split(r";|,|\band\b", text)
    dated = [(clause, {date.iso for date in read(clause).dates}) for clause in clauses]
    if len([isos for _, isos in dated if isos]) < 2:
        return ""
    claimed = {date.iso for date in reading.dates}
    for record in named.values():
        for clause, isos in dated:
            if isos and not isos & claimed and first_at(f" {fold(clause)} ", record) is not None \
                    and any(isos_ & claimed for _, isos_ in dated):
                return (f"the source gives {record['name']} with {clause.strip()!r}, not with "
                        f"the claim's date")
    return ""


def _going(found: re.Match[str]) -> str:
    return "take" if found["take"] else "leave"


def _place(words: str, base: FactBase) -> str:
    """The one place a name of up to three words names, longest first; or ""."""
    folded = fold(words).split()
    for size in range(len(folded), 0, -1):
        ids = base.mentions([" ".join(folded[:size])]).get(" ".join(folded[:size]), [])
        if len(ids) == 1:
            record = base.get(ids[0])
            return ids[0] if record is not None and record.get("kind") in WHERE_KINDS else ""
    return ""


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
        if not folded or folded in COMMON_WORDS or folded in STOP or folded in MONTH_WORDS or \
                folded in NUMBER_WORDS or folded in DEMONYMS or folded in COUNTRY_WORDS or \
                folded in _NO_NAMES or folded.split()[0] in COUNTRY_WORDS or \
                folded in outlet_words(base):  # "the LA Times": a source, no thing named
            continue
        if not claim[:found.start()].strip(" \"'“‘") and not re.match(
                r"[\w'’]+(?:,|['’]s\b|\s+[A-Z])", claim[found.start():]) and \
                not written_as_name(base, found[1]):
            continue  # "Size of Homs Governorate?": capitalised to begin, no name
        words.append(folded)
    known = base.mentions(words)
    return [word for word in words if word not in known]


@functools.lru_cache(maxsize=1_024)
def written_as_name(base: FactBase, word: str) -> bool:
    """Whether the base writes ``word`` with a capital inside a sentence ("Aurelian",
    "Zenobia"): a name, even where a claim begins with it. Not a word of whose people or
    country something is ("Syrian", "Muslim"), nor of a source ("Britannica"), which are no
    doers. Read through the index: the records that hold the word, not the whole base."""
    folded = bare(word)
    if {folded, _singular(folded)} & (set(DEMONYMS) | set(COUNTRY_WORDS) | RULING_PEOPLES
                                      | PEOPLE_GROUPS | _SECTS | _source_words(base)):
        return False
    written = re.compile(rf"(?<=[a-z,;] ){re.escape(word)}\b")
    return any(written.search(text) for record in map(base.get, base.search_ids(word, limit=50))
               if record is not None for text in record_texts([record]) + [
                   str(statement.get("text") or "") for statement in record.get("statements")
                   or []])


@functools.lru_cache(maxsize=4)
def _source_words(base: FactBase) -> frozenset[str]:
    return frozenset(fold(" ".join(source_voice(source) for source in base.sources())).split())


_SECTS = frozenset({"shia", "shiite"})
"""Communities no figure counts, beside those some do (:data:`PEOPLE_GROUPS`)."""


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
                texts.append(source_voice(source, described=False))
    return texts


__all__ = [
    "dated_apart",
    "moved_otherwise",
    "said_otherwise",
    "unlisted_name",
    "unlisted_word",
    "written_as_name",
]
