"""Whether a figure's label is for what a claim gives its number for: the country that owns
it ("Lebanon's third city" against "Homs's rank among Syria's cities"), the side of the war
("after the conflict" against a pre-war count) and the part of the day ("by late morning about
400 had left" against a count "by late afternoon")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from homsfacts.base.views import Record
from homsfacts.check.alternatives import owned_otherwise
from homsfacts.check.once import searched
from homsfacts.check.quantity import AREA_OR_PEOPLE, Quantity
from homsfacts.check.words import terms

_WAR = r"(?:the )?(?:civil )?(?:war|conflict|fighting|uprising)"
_AFTER_WAR = re.compile(rf"\b(?:after|since|following) {_WAR}\b|\bpost-?war\b", re.IGNORECASE)
_BEFORE_WAR = re.compile(rf"\bbefore {_WAR}\b|\bpre-?war\b", re.IGNORECASE)
_DAY_PART = re.compile(r"\b(?:(?P<end>early|late|mid)[\s-]+)?(?P<part>morning|afternoon|evening|"
                       r"night|nightfall|noon|midday|dawn|dusk)\b|\b(?P<end_of_day>early|late) "
                       r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                       re.IGNORECASE)
"""A part of a day: "late afternoon", "night", or the start or end of a named day ("early on
Sunday")."""


def day_parts(text: str) -> set[str]:
    """The parts of a day a text names, with "early" or "late": {"late afternoon"}."""
    return set(_day_parts(text))


@functools.lru_cache(maxsize=64)
def _day_parts(text: str) -> frozenset[str]:
    """:func:`day_parts`, read once a text: each number of a long claim asks again."""
    return frozenset({" ".join(filter(None, [(match["end"] or "").lower(), match["part"].lower()]))
            if match["part"] else f"{match['end_of_day'].lower()} in the day"
            for match in _DAY_PART.finditer(text)})


_RANKED_AMONG = re.compile(r"\b(?:city|cities|town|towns)\s+(?P<scope>(?:in|of|on|along|between|"
                           r"to|outside)\s+[^,.;]{1,60}|since\s+[^,.;]{1,40}|ever\b)",
                           re.IGNORECASE)
"""What a claim ranks a city among, where it says ("the largest city in Homs province",
"the first city to protest", "on the Orontes"), or for how long ("since antiquity")."""
_BY_A_DEED = re.compile(r"\bto\s+(?:be\s+)?[a-z]+", re.IGNORECASE)
_OF_SYRIA = re.compile(r"^(?:in|of)\s+(?:all\s+of\s+)?(?:syria|the\s+country)\b", re.IGNORECASE)


_BY_PEOPLE = re.compile(r"\bby (?:population|inhabitants|people|residents|number of "
                        r"(?:people|inhabitants|residents))\b|\bin terms of population\b|"
                        r"\bpopulous\b", re.IGNORECASE)
_BY_AREA = re.compile(r"\bby (?:area|size|land area|surface)\b|\bin (?:terms of )?area\b",
                      re.IGNORECASE)


def ranked_otherwise(claim: str, labels: str) -> str:
    """Why a rank among Syria's cities ("Homs's rank among Syria's cities") does not answer
    a claim that ranks the city among others, by a deed, or over a time: "the largest city
    in Homs province", "the first city to protest", "the third city since antiquity"; nor
    a rank by area one by population, nor the other way round; or ""."""
    ranked = "rank" in labels.lower()
    if ranked and searched(_BY_PEOPLE, claim) and "by area" in labels:
        return "the claim ranks it by population, and the source by area"
    if ranked and searched(_BY_AREA, claim) and "area" not in labels:
        return "the claim ranks it by area, and the source does not"
    among = searched(_RANKED_AMONG, claim) if ranked else None
    if among is None or (_OF_SYRIA.match(among["scope"]) and not _BY_A_DEED.search(
            among["scope"])):
        return ""
    return f"the claim ranks it {among['scope'].strip()!r}, and the source among Syria's cities"


def label_scope(claim: str, labels: str, is_country: Callable[[str], bool]) -> str:
    """Why figures whose labels are ``labels`` do not back a claim's number: they are another
    country's, or for another part of the day than the claim's; or ""."""
    owned = owned_otherwise(claim, labels, is_country) or ranked_otherwise(claim, labels)
    if owned:
        return owned
    if searched(_AFTER_WAR, claim) and _BEFORE_WAR.search(labels) and not _AFTER_WAR.search(
            labels):  # "after the conflict ... 800,000" against the pre-war population
        return "the source gives it for before the war, and the claim for after it"
    claimed, given = day_parts(claim), day_parts(labels)
    if claimed and not claimed <= given:
        said = f"for {', '.join(sorted(given))}" if given else "for no part of the day"
        return f"the source gives it {said}, not for {', '.join(sorted(claimed))}"
    return ""


def day_part_unsaid(claim: str, records: Iterable[Record]) -> str:
    """Why events do not back the part of the day a claim puts its happening in ("in the
    morning of 7 December" against "on Saturday night"), or "": an event speaks of a part of
    the day in its summary or its note on the date."""
    claimed = day_parts(claim)
    for record in records if claimed else []:
        if record["type"] == "event" and not claimed <= day_parts(
                f"{record.get('summary')} {record.get('date_note') or ''}"):
            return f"the claim gives a part of the day ({', '.join(sorted(claimed))}) that " \
                f"{record['id']} does not"
    return ""


_LENGTH_OF = re.compile(r"^(?:length|duration) of (?:the )?(?:[\w'’ -]+?['’]s )?(?P<head>[\w-]+)",
                        re.IGNORECASE)
"""The happening a length is of: "Length of the government's siege of the Old City when the
evacuation began" is the siege's, whatever else its label names."""


def length_of_another(claim_terms: set[str], figure: Record) -> bool:
    """Whether a figure is the length of a happening the claim does not name ("the May 2014
    evacuation lasted three days" is no length of the siege that the evacuation ended)."""
    head = _LENGTH_OF.match(str(figure["label"]))
    return head is not None and not terms(head["head"]) & claim_terms


def units_fit(quantity: Quantity, figure: Record, claim_terms: set[str]) -> bool:
    """Whether a figure may answer a claim's count: of its unit, rank or kind of count, and
    not the length of a happening the claim does not name."""
    if length_of_another(claim_terms, figure):
        return False
    unit = str(figure["unit"])
    if quantity.unit in (None, AREA_OR_PEOPLE):  # a bare count: "the siege killed 2,200"
        return unit == "people" or (quantity.unit == AREA_OR_PEOPLE and unit == "km2")
    if quantity.unit == "share":
        return unit in ("share", "percent")
    ranked, label = quantity.text.lower(), str(figure["label"])  # "third most populous"
    return quantity.unit == unit and not (unit == "rank" and (  # is no rank by area, and
        ("populous" in ranked and "area" in label) or  # "third city" no governorate's rank
        (ranked.endswith(" city") and not re.search(r"\bcit(?:y|ies)\b", label, re.I))))


__all__ = ["day_part_unsaid", "day_parts", "label_scope", "length_of_another", "units_fit"]
