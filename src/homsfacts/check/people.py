"""Single-valued properties of people that a claim states in words, not numbers: nationality
("a British journalist"). The base gives a person's nationality in the description, the one
sentence that says who they are; where it names one country, that is the value, and a claim
naming another is refuted."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

DEMONYMS = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "scottish": "United Kingdom", "welsh": "United Kingdom", "french": "France",
    "syrian": "Syria", "russian": "Russia", "lebanese": "Lebanon", "iraqi": "Iraq",
    "german": "Germany", "italian": "Italy", "spanish": "Spain", "canadian": "Canada",
    "australian": "Australia", "irish": "Ireland", "dutch": "Netherlands",
    "turkish": "Turkey", "iranian": "Iran", "belgian": "Belgium", "swedish": "Sweden",
    "polish": "Poland", "japanese": "Japan", "chinese": "China", "jordanian": "Jordan",
    "israeli": "Israel", "egyptian": "Egypt", "saudi": "Saudi Arabia",
    "frenchman": "France", "frenchwoman": "France", "englishman": "United Kingdom",
    "briton": "United Kingdom",
}
"""A nationality word and its country."""
_FROM = re.compile(r"\bfrom (?:the )?(united states|us|usa|united kingdom|uk|britain|france|"
                   r"syria|russia|lebanon|iraq|germany|italy|spain|canada|australia|ireland)\b")
COUNTRY_WORDS = {**{fold(country): country for country in DEMONYMS.values()
                    if " " not in country},
                 "us": "United States", "usa": "United States", "america": "United States",
                 "uk": "United Kingdom", "britain": "United Kingdom"}
"""A country's one-word name and the country: "US court", "a Britain-based monitor"."""
COUNTRY_TERMS = frozenset(DEMONYMS) | frozenset(COUNTRY_WORDS)
"""Every word that names a country or its people: a part of a claim checked as a country."""
RULING_PEOPLES = frozenset({"ottoman", "french", "roman", "byzantine", "mamluk", "seleucid",
                            "umayyad", "abbasid", "ayyubid", "crusader", "persian"})
"""Peoples and dynasties that ruled the region: "Homs was Ottoman in 1700" is a state."""
PEOPLES = frozenset({*(f"{word}s" for word in DEMONYMS), "french", "british",
                     *RULING_PEOPLES, *(f"{word}s" for word in RULING_PEOPLES)})
"""Words that name a people as a doer ("the Americans", "the Ottomans"): the source must name
the same doer."""
PERSON_NOUNS = frozenset({"journalist", "journalists", "reporter", "reporters",
                           "photographer", "photojournalist", "correspondent", "citizen",
                           "national", "woman", "man", "writer", "photographers"})


_OF_A_PEOPLE = re.compile(r"^\s*(?:of\s+(?:all\s+)?(?:the\s+)?)?(?P<people>[a-z]+?)s\b")


def people_counted(claim: str, quantity_text: str) -> str | None:
    """The country whose people a count is of ("51.5% of Syrians", "2,000 Syrians"), or
    None: a figure of one city's people does not count them."""
    at = claim.find(quantity_text)
    found = _OF_A_PEOPLE.match(fold(claim[at + len(quantity_text):])) if at >= 0 else None
    return DEMONYMS.get(found["people"]) if found else None


def nationality(person: Record) -> str | None:
    """The one country a person's description gives as theirs, or None."""
    text = fold(person.get("description") or "")
    found = {DEMONYMS[word] for word in text.split() if word in DEMONYMS}
    found.update(COUNTRY_WORDS.get(match, match.title()) for match in _FROM.findall(text))
    return found.pop() if len(found) == 1 else None


def claimed_nationality(claim: str, person: Record) -> tuple[str, str] | None:
    """The nationality a claim gives the one person it names, as (word, country): the word
    must qualify a person ("a British journalist", "the French journalist Marie Colvin",
    "Colvin was British"), not an army or a court ("the Syrian army")."""
    words = fold(claim).split()
    name = fold(person["name"]).split()
    if any(word in _BESIDE and words[at + 1:at + 2] in ([name[0]], [name[-1]])
           for at, word in enumerate(words)):
        return None  # "the journalist killed with Colvin was French": another person
    for index, word in enumerate(words):
        if word not in DEMONYMS or set(words[max(0, index - 2):index]) & _BESIDE:
            continue  # "killed alongside a French war reporter": another person
        after = words[index + 1:index + 1 + len(name)]
        nouns = words[index + 1:index + 3]  # "a British journalist", "a British war reporter"
        if (nouns[:1] and nouns[0] in PERSON_NOUNS) or (nouns[1:] and nouns[1] in PERSON_NOUNS) \
                or after == name or \
                (after[:1] and after[0] == name[-1]) or index == len(words) - 1:
            return word, DEMONYMS[word]
    surname = re.escape(name[-1]) if name else "$^"
    beside = re.search(rf"\b{surname} \((?P<country>[^)]+)\)", claim.lower())  # "Colvin (US)"
    if beside:
        country = fold(beside["country"])
        if country in DEMONYMS:
            return country, DEMONYMS[country]
        if country in COUNTRY_WORDS or country in _COUNTRY_NAMES:
            return country, COUNTRY_WORDS.get(country) or _COUNTRY_NAMES[country]
    # "Marie Colvin, from France, was killed": from a country, right after the name or a
    # noun of a person ("was a journalist from the United States")
    found = re.search(rf"\b(?:{surname}|{'|'.join(PERSON_NOUNS)})\s+(?:(?:was|is|came|comes|"
                      r"hailed|hails|originally|who)\s+){0,3}(?:a\s+\w+\s+)?from\s+"
                      r"(?:the\s+)?(\w+(?:\s+\w+)?)", " ".join(words))  # "came from France"
    if found:
        for country in (found[1], found[1].split()[0]):
            if country in COUNTRY_WORDS or country in _COUNTRY_NAMES:
                return country, COUNTRY_WORDS.get(country) or _COUNTRY_NAMES[country]
    return None


_BESIDE = frozenset({"with", "alongside", "beside", "besides"})
"""Words after which a person or a nationality is another than the claim's subject."""
_COUNTRY_NAMES = {fold(country): country for country in DEMONYMS.values()}
"""Countries by their whole names, folded: "united states"."""


_PLURAL = frozenset({"journalists", "reporters", "photographers", "correspondents", "people",
                     "citizens", "nationals", "women", "men", "writers"})


def plural_nationality(claim: str) -> tuple[str, str] | None:
    """The nationality a claim gives a group of people ("two French journalists", "both
    ... were American"), as (word, country), or None."""
    words = fold(claim).split()
    for index, word in enumerate(words):
        if word not in DEMONYMS:
            continue
        after = words[index + 1:index + 2]
        before = set(words[:index])
        if (after and after[0] in _PLURAL) or (not after and "were" in before
                                                and before & ({"both", "all"} | _PLURAL)) \
                or words[index - 1:index] in (["both"], ["all"]):  # "..., both American"
            return word, DEMONYMS[word]
    return None


def check_nationality(claim: str, people: list[Record]) -> tuple[str, str] | None:
    """("supported" or "refuted", reason) for the nationality a claim gives the people it
    names, where the base gives one; None when the claim gives none or the base has none.
    Several people share one nationality the claim gives them all ("both ... were French"),
    or each has the one its own clause gives ("Colvin was American and Ochlik was French")."""
    if len(people) > 1:
        return _several(claim, people)
    if len(people) != 1:
        return None
    person = people[0]
    claimed = claimed_nationality(claim, person)
    known = nationality(person)
    if claimed is None or known is None:
        return None
    word, country = claimed
    if country == known:
        return "supported", f"{person['name']} is from {known}, as the claim's {word!r} says"
    return ("refuted", f"the base gives {person['name']}'s nationality as {known}, one "
            f"country, not {country} ({word!r})")


_AS_DID = re.compile(r",?\s+(?:as|and\s+so)\s+(?:did|was|were|is|does)\s+(?P<name>[A-Z][\w-]*"
                     r"(?:\s+[A-Z][\w-]*)*)(?=\s*(?:[.,;!]|$))")
"""One more person of whom the claim says the same ("Colvin was American, as was Ochlik")."""
_EACH_OF_TWO = re.compile(r"\b(?:were|are)\s+(?:an?\s+)?(\w+)\s+and\s+(?:an?\s+)?(\w+)\b")
"""Two nationalities for two people at once ("were American and French"): whose is whose is
not said."""


def _several(claim: str, people: list[Record]) -> tuple[str, str] | None:
    folded = fold(claim)
    pair = _EACH_OF_TWO.search(folded)
    if pair and pair[1] in DEMONYMS and pair[2] in DEMONYMS:
        return None
    also = _AS_DID.search(claim)
    said = re.search(r"\b(?:was|is|were|are|came|comes)\b.*", claim[:also.start()]) if also \
        else None
    if also and said:  # "..., as was Remi Ochlik": what is said of the first is said of him
        claim = f"{claim[:also.start()]}; {also['name']} {said.group()}"
        folded = fold(claim)
    folded = re.sub(r"\b(\w+)s\b", lambda word: word[1] if word[1] in DEMONYMS else word[0],
                    folded)  # "were Americans"
    words = folded.split()
    countries = {DEMONYMS[word] for word in words if word in DEMONYMS} | {
        COUNTRY_WORDS[word] for word in words if word in COUNTRY_WORDS} | {
        country for name, country in _COUNTRY_NAMES.items() if f" {name} " in f" {folded} "}
    if not countries:
        return None
    said_of_all = re.search(r"\b(?:were|are)\s+(?:both\s+|all\s+)?(?:an?\s+)?(?P<word>\w+)\b",
                            folded)
    if len(countries) == 1 and said_of_all and said_of_all["word"] in DEMONYMS and not \
            re.search(r"\b(?:was|is)\b", folded):  # "both were French": each of them
        (country,) = countries
        known = [(person, nationality(person)) for person in people]
        other = [(person, own) for person, own in known if own is not None and own != country]
        if other:
            person, own = other[0]
            return ("refuted", f"the claim makes them all {said_of_all['word']}, and the base "
                    f"gives {person['name']}'s nationality as {own}")
        return None
    results: list[tuple[str, str]] = []
    backed: set[str] = set()
    for joints in (r",|;|\band\b", r";|\band\b"):  # "X was American and Y was American";
        for clause in re.split(joints, claim):  # "Colvin, from France, and Ochlik, ..."
            surnames = set(fold(clause).split())
            inside = [person for person in people if fold(person["name"]).split()[-1] in surnames]
            if len(inside) == 1:
                result = check_nationality(clause, inside)
                if result is not None:
                    results.append(result)
                    backed |= {inside[0]["id"]} if result[0] == "supported" else set()
    nouns = "|".join(sorted(PERSON_NOUNS))
    for person in people:  # "American journalist Remi Ochlik ... alongside Marie Colvin"
        name = fold(person["name"])
        before = next(filter(None, (re.search(  # "Colvin was American; Ochlik": not his word
            rf"\b(\w+)\s+(?:(?:{nouns})\s+)?(?:{re.escape(name)}|"
            rf"{re.escape(name.split()[-1])})\b", fold(part))
            for part in re.split(r"[,;:.()]", claim))), None)
        given = nationality(person)
        if before and before[1] in DEMONYMS and given and DEMONYMS[before[1]] != given:
            results.append(("refuted", f"the base gives {person['name']}'s nationality as "
                            f"{given}, one country, not {DEMONYMS[before[1]]} ({before[1]!r})"))
    refuted = [result for result in results if result[0] == "refuted"]
    if not refuted and backed == {person["id"] for person in people}:  # each its own
        return "supported", "; ".join(dict.fromkeys(reason for _, reason in results))
    return refuted[0] if refuted else None


def group_nationality(base: FactBase, claim: str, records: Iterable[Record]) -> str:
    """Why a nationality the claim gives several people ("two French journalists", "...,
    both American") does not hold for every person the evidence involves, or ""."""
    claimed = plural_nationality(claim)
    if claimed is None:
        return ""
    ids: list[str] = []
    for record in records:
        ids += record.get("entities") or []
        for about in record.get("about") or []:
            event = base.get(about)
            ids += (event or {}).get("entities") or []
    for person in map(base.get, dict.fromkeys(ids)):
        if person is not None and person.get("kind") == "person":
            known = nationality(person)
            if known is not None and known != claimed[1]:
                return (f"the claim makes them all {claimed[0]}, and the base gives "
                        f"{person['name']}'s nationality as {known}")
    return ""


__all__ = ["COUNTRY_TERMS", "COUNTRY_WORDS", "DEMONYMS", "PEOPLES", "PERSON_NOUNS",
           "RULING_PEOPLES", "check_nationality", "claimed_nationality", "group_nationality",
           "nationality", "people_counted", "plural_nationality"]
