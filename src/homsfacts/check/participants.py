"""Countries and peoples a claim gives a part in what happened: "a US court found Russia
culpable", "evacuated to Lebanon", "the French offensive", "settled by the Ottomans". A
country that only says whose something is ("a US court", "a Russia-backed force", "a
journalist from France") is a qualifier the nationality rules read; any other country, and a
people named beside an act, must be one the event involves or its summary names, or the
event is not what the claim speaks of."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.acts import acts
from homsfacts.check.naming import Names
from homsfacts.check.order import record_names
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS, PEOPLES, PERSON_NOUNS
from homsfacts.check.words import STOP_WORDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_NOT_NOUNS = frozenset({"culpable", "responsible", "liable", "guilty", "independent", "itself",
                        "alone", "first", "again"})
"""Words after a country that say something of it, not a noun it qualifies ("found Russia
culpable")."""


def only_qualifies(claim: str, country: Record) -> bool:
    """Whether a claim names a country only to say whose something is: joined to a word
    ("Russia-backed", "US-led"), before a noun it qualifies ("a US court"), or after a
    person and "from" ("a journalist from France")."""
    folded = f" {fold(claim)} "
    for name in record_names(country):
        if re.search(rf"\b{re.escape(name)}-\w", claim, re.IGNORECASE) or re.search(
                rf" (?:{'|'.join(PERSON_NOUNS)}) from (?:the )?{re.escape(name)} ", folded):
            return True  # not "independent from Lebanon", "took Emesa from Lebanon"
        for match in re.finditer(rf" {re.escape(name)} (\S+)", folded):
            after = match[1]
            if not (after in STOP_WORDS or after in _NOT_NOUNS or after.endswith("ed")
                    or acts(after)):
                return True
    return False


def _spoken_of(event: Record, involved: list[Record]) -> set[str]:
    """The words of an event's summary, of the names of those it involves, and of the
    descriptions of its people (which give their nationality)."""
    return set(fold(" ".join([event["summary"], *(name for record in involved
                                                  for name in record_names(record)),
                              *(record.get("description") or "" for record in involved
                                if record.get("kind") == "person")])).split())


def _country_words(country: str | None) -> set[str]:
    """The words that name a country or its people: "us", "america", "american" ..."""
    words = {fold(name) for name, whole in COUNTRY_WORDS.items() if whole == country}
    words |= {word for word, whole in DEMONYMS.items() if whole == country}
    return words | (set(fold(country or "").split()) - {"united"})


def involves(country: Record, event: Record, involved: list[Record]) -> bool:
    """Whether an event involves a country: as one of its records, or by a record whose
    name names it or its people ("Syria" in the Syrian government's judgement)."""
    if any(record["id"] == country["id"] for record in involved):
        return True
    return bool(_country_words(country["name"]) & _spoken_of(event, involved))


def home_peoples(base: FactBase) -> frozenset[str]:
    """The words for the people of the country the base's own place lies in ("Syrian" for a
    base about Homs): every event there involves them, so they name no part of their own."""
    home = Names(base).home
    countries = [place["name"] for place in (base.cards.containing(home) if home else [])
                 if place.get("kind") == "country"]
    return frozenset(word for country in countries for word in _country_words(country)) | \
        frozenset(f"{word}s" for country in countries for word, whole in DEMONYMS.items()
                  if whole == country)


def unsaid_peoples(claim: str, event: Record, involved: list[Record],
                   everyone: frozenset[str] = frozenset()) -> list[str]:
    """The peoples a claim names ("the French offensive", "settled by the Ottomans") that
    neither the event's summary nor the names of those it involves speak of; not those of
    the base's own country (``everyone``, :func:`home_peoples`)."""
    spoken = set(fold(claim).split())
    peoples = spoken & (set(DEMONYMS) | PEOPLES) - everyone
    if not peoples:
        return []
    said = _spoken_of(event, involved)
    folded = fold(event["summary"]).split()
    unsaid = []
    for word in sorted(peoples):
        country = DEMONYMS.get(word) or DEMONYMS.get(word.removesuffix("s"))
        if any(each[:5] == word[:5] for each in said) or _country_words(country) & said:
            continue
        after = re.search(rf"\b{re.escape(word)} (\w+)", fold(claim))
        if after and any(before in COUNTRY_WORDS or before in DEMONYMS
                         for before, noun in itertools.pairwise(folded)
                         if noun == after[1]):
            continue  # "a French court" where the summary has "a US court": a contradiction
        unsaid.append(word)
    return unsaid


__all__ = ["home_peoples", "involves", "only_qualifies", "unsaid_peoples"]
