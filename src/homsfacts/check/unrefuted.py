"""When a figure cannot answer a claim's number, for it counts at another place or time
than the claim's: a rank of Homs backs no claim that Aleppo is third, "Aleppo is 192 km
north of Homs" is no distance between Homs and Damascus, and "the rebels numbered 3,000 in
2013" no count of those left when the evacuation began in 2014."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from homsfacts.base.dates import parse_edtf
from homsfacts.base.match import fold
from homsfacts.base.reports import figure_range
from homsfacts.base.views import Record
from homsfacts.check.account import counted
from homsfacts.check.order import first_at
from homsfacts.check.owners import owned_elsewhere
from homsfacts.check.people import DEMONYMS
from homsfacts.check.quantity import Quantity
from homsfacts.check.reader import Reading, read
from homsfacts.check.weekdays import named_weekdays
from homsfacts.check.words import terms
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


def _places(figure: Record, base: FactBase) -> list[Record]:
    """The places a figure is about."""
    return [place for place_id in figure.get("about") or []
            if (place := base.get(place_id)) is not None and place.get("kind") in WHERE_KINDS]


def place_before(claim: str, quantity_text: str, figure: Record, base: FactBase,
                 mentioned: AbstractSet[str]) -> str:
    """The place a claim names (``mentioned``) last before its number ("Aleppo is 192 km
    ..."), where the figure is about places and about neither it nor one it lies in, as a
    reason; or ""."""
    places = _places(figure, base)
    folded = f" {fold(claim)} "
    at = folded.find(f" {fold(quantity_text)}")
    if not places or at < 0:
        return ""
    before = folded[:at + 1]
    named = [(found, record) for record in map(base.get, sorted(mentioned))
             if record is not None and record.get("kind") in WHERE_KINDS
             and (found := first_at(before, record)) is not None]
    if not named:
        return ""
    _, last = max(named, key=lambda item: item[0])
    around = {place["id"] for place in places} | {
        chain["id"] for place in places for chain in base.cards.containing(place["id"])}
    inside = any(last["id"] in base.cards.inside(place["id"]) for place in places)
    return "" if last["id"] in around or inside else \
        f"{figure['label']!r} is not about {last['name']}, which the claim counts from"


def ranked_first(claim: str, figure: Record, base: FactBase, mentioned: AbstractSet[str]) -> str:
    """Why a rank backs no claim whose first place (not a country, which is where it is
    ranked) is another than the ranked one ("Aleppo is the third-largest city in Syria,
    after Homs and Damascus"), or ""."""
    if figure.get("unit") != "rank":
        return ""
    folded = f" {fold(claim)} "
    named = sorted((at, record["id"]) for record in map(base.get, mentioned)
                   if record is not None and record.get("kind") in WHERE_KINDS
                   and record.get("kind") != "country"
                   and (at := first_at(folded, record)) is not None)
    about = set(figure.get("about") or [])
    if not named or named[0][1] in about:
        return ""
    return f"{figure['label']!r} ranks {', '.join(sorted(about))}, not {named[0][1]}"


_SOME = frozenset({"western", "foreign", "local", "international", *DEMONYMS})
"""Words that make a count of people one of some of them: "Western journalists"."""


def some_of_them(claim: str, quantity_text: str, figure: Record) -> str:
    """A figure that counts only some of the people a claim counts more of ("Western
    journalists killed ...": 2, against "four journalists were killed"): others the
    figure leaves out may make up the claim's count, so it refutes nothing; or ""."""
    value = figure.get("value")
    counts = read(quantity_text).quantities
    words = fold(str(figure.get("label"))).split()
    kind = counted(claim, quantity_text)
    if not isinstance(value, int | float) or not counts or counts[0].low <= value or not kind \
            or figure.get("unit") != "people":
        return ""
    claimed = set(fold(claim).split())
    narrower = [before for before, word in itertools.pairwise(words)  # "Western journalists"
                if terms(word) & kind and before in _SOME and before not in claimed]
    return f"{figure['label']!r} counts only {narrower[0]} ones" if narrower else ""


_AND_OTHERS = re.compile(r"(?:[\w-]+ )?(?:and|plus|with) (?:their |his |her |other )?([a-z]+)")


def others_too(claim: str, quantity_text: str, figure: Record) -> str:
    """A figure of some of the people a claim counts together with others ("2,000 fighters
    and their families" against 1,200 fighters): the others may make up the rest, so it
    refutes nothing; or ""."""
    at = claim.lower().find(quantity_text.lower())
    joined = _AND_OTHERS.match(claim[at + len(quantity_text):].lower().strip()) \
        if at >= 0 else None
    label = terms(str(figure["label"]))  # "people" count them all; "fighters" some
    if joined is None or not terms(joined[1]) or terms(joined[1]) & label \
            or not counted(claim, quantity_text) & label:
        return ""
    return f"{figure['label']!r} does not count the {joined[1]} the claim counts too"


def unnamed_place(claim: str, figure: Record, base: FactBase, mentioned: AbstractSet[str],
                  home: str) -> str:
    """A place a figure is about that the claim names not, nor one inside or around it,
    and that is not the place the base is about ("the city proper, 48 km2" against the area
    of Homs Governorate), as a reason; or ""."""
    places = _places(figure, base)
    near = {*base.cards.inside(home), *mentioned} | {
        inner for place_id in mentioned for inner in base.cards.inside(place_id)} | {
        outer["id"] for place_id in mentioned for outer in base.cards.containing(place_id)}
    kinds = set(fold(claim).split()) & {"governorate", "province", "country", "region"}
    if not places or any(place["id"] in near or (place.get("kind") == "province" and kinds)
                         for place in places):  # "the governorate's area"
        return ""
    return f"{figure['label']!r} is about {places[0]['name']}, which the claim does not name"


def finer_unit(quantity_text: str, figures: list[Record]) -> str:
    """Why figures of a length in years back no claim that counts it in days or weeks ("the
    siege lasted 730 days" against "two years"), which says more than they do; or ""."""
    finer = _FINER.search(quantity_text)
    if finer is None or not figures or any(figure.get("unit") not in ("years", "years AD")
                                            for figure in figures):
        return ""
    return f"the claim counts in {finer.group().lower()}, and the source only in years"


_FINER = re.compile(r"\b(?:days?|weeks?|hours?)\b", re.IGNORECASE)


def unrefuting(reading: Reading, quantity_text: str, figure: Record, base: FactBase,
               mentioned: AbstractSet[str], home: str, unrecorded: Sequence[str] = ()) -> str:
    """Why a figure a claim's number disagrees with still does not refute it: it is of
    another place or time, of some of those the claim counts, or counts only so far; or ""."""
    claim = reading.claim
    return place_before(claim, quantity_text, figure, base, mentioned) \
        or of_another_time(reading, figure, base) \
        or some_of_them(claim, quantity_text, figure) \
        or others_too(claim, quantity_text, figure) \
        or unnamed_place(claim, figure, base, mentioned, home) \
        or presupposed(claim, quantity_text) or counted_so_far(claim, quantity_text, figure) \
        or on_one_day(reading, quantity_text, figure) \
        or one_estimate(claim, quantity_text, figure) or before_the_war(claim, figure) \
        or part_of_the_place(figure, base, mentioned) or unrecorded_subject(
            claim, quantity_text, figure, unrecorded)


def unrecorded_subject(claim: str, quantity_text: str, figure: Record,
                       unrecorded: Sequence[str]) -> str:
    """Why a figure refutes no count of a thing the claim names before it that the base
    holds no record of ("Al-Qusayr District had 100,000 inhabitants" against the city's
    census), and the figure does not name either; or "". The base's place is its default
    only where the claim names none; a name after the count ("a count of the Central Bureau
    of Statistics") says who counted, not what."""
    counted_at = claim.find(quantity_text)
    written = set(fold(" ".join(value for value in figure.values()
                                if isinstance(value, str))).split())
    other = next((name for name in unrecorded if 0 <= claim.find(name) < counted_at
                  and not set(fold(name).split()) <= written), "")
    return f"the claim is about {other}, which no record is and {figure['label']!r} does not " \
        "name" if other else ""


def _counts(quantity_text: str, figure: Record) -> tuple[Quantity, float] | None:
    """The claim's count and the figure's value, where both are numbers, or None."""
    counts, value = read(quantity_text).quantities, figure.get("value")
    return (counts[0], float(value)) if counts and isinstance(value, int | float) else None


def on_one_day(reading: Reading, quantity_text: str, figure: Record) -> str:
    """Why a count of a whole period ("the two-year siege") refutes no smaller count the
    claim gives for one day of it ("400 were killed on 7 May 2014"), or ""."""
    day = next((date for date in reading.dates if date.earliest == date.latest), None)
    both = _counts(quantity_text, figure)
    if day is None or not figure.get("period") or both is None or both[0].low > both[1]:
        return ""
    return (f"the claim counts those of one day ({day.text!r}), and {figure['label']!r} "
            f"counts the whole of {figure['period']}")


ESTIMATES_APART = 2.0
"""How many times one estimate of a count may be another's: "by some estimates 1,200" leaves
room for another of 1,800, not of 20,000."""


def one_estimate(claim: str, quantity_text: str, figure: Record) -> str:
    """Why a count the source gives as one of several estimates ("by some estimates")
    refutes no count near it that a claim states as a fact, which another estimate may give;
    a claim that gives its count as an estimate too is compared with it. Or ""."""
    attribution = str(figure.get("attribution") or "")
    both = _counts(quantity_text, figure)
    if not re.search(r"\bsome estimates\b", attribution) or re.search(
            r"\bestimat", claim, re.IGNORECASE) or both is None or \
            not both[1] / ESTIMATES_APART <= both[0].value <= both[1] * ESTIMATES_APART:
        return ""
    return f"the source gives {figure['label']!r} only {attribution}, and others may differ"


_BEFORE_THE_WAR = re.compile(r"\b(?:before|prior to|on the eve of|ahead of) (?:the |its |syria's )?"
                             r"(?:civil )?(?:war|uprising|conflict|revolution|revolt|crisis)\b|"
                             r"\bpre-?(?:war|uprising|conflict)\b", re.IGNORECASE)


def before_the_war(claim: str, figure: Record) -> str:
    """Why a count of a year ("the 2004 census") refutes no count the claim gives of the
    time just before the war, which may have grown since. Or ""."""
    if not _BEFORE_THE_WAR.search(claim) or not figure.get("as_of") or \
            _BEFORE_THE_WAR.search(str(figure.get("label") or "")):
        return ""
    return (f"{figure['label']!r} is of {figure['as_of']}, and the claim counts the time "
            "just before the war")


def part_of_the_place(figure: Record, base: FactBase, mentioned: AbstractSet[str]) -> str:
    """A place the claim names inside the one whose people the figure counts ("about 60,000
    lived in the Old City" against the population of all Homs): the whole refutes no count of
    a part."""
    for place in _places(figure, base) if figure.get("unit") == "people" else []:
        inner = [record for record_id in sorted(mentioned)
                 if record_id != place["id"] and record_id in base.cards.inside(place["id"])
                 and (record := base.get(record_id)) is not None]
        if inner:  # "the Old City of Homs" names Homs only to say which Old City
            return (f"{figure['label']!r} counts all of {place['name']}, and the claim may "
                    f"count a part of it ({inner[0]['name']})")
    return ""


def unbacked(reading: Reading, quantity_text: str, figures: list[Record], base: FactBase,
             mentioned: AbstractSet[str],
             voiced: tuple[set[str], Callable[[list[Record]], set[str]]]) -> str:
    """Why figures a claim's number agrees with still do not back it: a rank of another
    place, a length in finer units, or reports of another voice than the claim's (when it
    gives one number); or ""."""
    one = len(reading.quantities) == 1
    return ranked_first(reading.claim, figures[0], base, mentioned) or finer_unit(
        quantity_text, figures) or (voiced_otherwise(*voiced[:1], quantity_text, figures,
                                                     voiced[1]) if one else "") \
        or owned_elsewhere(reading, figures[0], base, mentioned)


def voiced_otherwise(voice: set[str], quantity_text: str, figures: list[Record],
                     voices: Callable[[list[Record]], set[str]]) -> str:
    """Why the reports a claim's number agrees with back none of it where the claim gives it
    another voice than theirs ("about 1,200, according to the BBC", where 1,200 is the
    Observatory's and the BBC's count is 2,000), or ""."""
    counts = read(quantity_text).quantities
    if not voice or not counts:
        return ""
    agreeing = [figure for figure in figures if (allowed := figure_range(figure)) is not None
                and allowed[0] <= counts[0].value <= allowed[1]]
    if not agreeing or not voice - voices(agreeing):
        return ""
    return (f"the reports that give {quantity_text!r} do not attribute it to "
            f"{' '.join(sorted(voice))}, as the claim does")


def presupposed(claim: str, quantity_text: str) -> str:
    """A count the claim takes as given, to say what a share of it did ("most of the first
    600 evacuees were children"), which a figure of another count does not refute; or ""."""
    at = claim.lower().find(quantity_text.lower())
    if at > 0 and _OWNED.search(claim[:at]) and _ELIDED.match(claim[at + len(quantity_text):]):
        return f"the claim does not say what {quantity_text!r} counts"  # "Syria's fourteen,"
    return "the claim takes its count as given and speaks of a share of it" if at > 0 and \
        _SHARE_OF.search(claim[:at].lower()) else ""


_OWNED = re.compile(r"[\w-]+['’]s\s*$")
_ELIDED = re.compile(r"\s*[,;:)]")

_SHARE_OF = re.compile(r"\b(?:most|many|some|few|half|all|none|several|each|one) of (?:the|those)"
                       r"(?: first| last)?\s*$")


def of_another_time(reading: Reading, figure: Record, base: FactBase) -> str:
    """A date the claim gives that no event the figure is about was at, where the figure has
    no date of its own ("in 2013" against those left when the 2014 evacuation began)."""
    dates = reading.dates
    events = [event for event_id in figure.get("about") or []
              if (event := base.get(event_id)) is not None and event["type"] == "event"]
    if not dates or not events or figure.get("as_of") or figure.get("period"):
        return ""
    spans = [parse_edtf(event["edtf"]) for event in events]
    if any(not (span.latest < dates[0].earliest or span.earliest > dates[0].latest)
           for span in spans):
        return ""
    return f"{figure['label']!r} is of {events[0]['id']} ({events[0]['edtf']}), not of " \
        f"{dates[0].text}"


_SO_FAR = re.compile(r"\bby (?:early |late )?(?:morning|afternoon|evening|midday|noon|nightfall)"
                     r"|\b(?:first|second|third) day\b", re.IGNORECASE)
"""Words of a figure's label that count only up to a point of the time ("by late afternoon
on the first day")."""


_BEGAN_TO = re.compile(r"\b(?:began|begun|begin|begins|started|starts|start)\s+(?:to\s+\w+|"
                      r"\w+ing)\b", re.IGNORECASE)
"""Words of a claim that count only the first of those who did it ("hundreds began to
leave")."""


_THE_FIRST = re.compile(r"\bthe first (?!day\b)\w+", re.IGNORECASE)
"""Words of a figure's label that count only the first of those who did it ("the buses the
first evacuees boarded")."""


def counted_so_far(claim: str, quantity_text: str, figure: Record) -> str:
    """Why a count of some of the time (those gone "by late afternoon on the first day")
    refutes no count the claim gives for the whole, where it does not say that time, nor the
    whole a count the claim gives for some of the time, up to the whole ("began to leave",
    "on Friday"), nor the first of those who did it a count of them all; or ""."""
    label = str(figure.get("label") or "")
    found, claimed = _SO_FAR.search(label), _SO_FAR.search(claim)
    if found is not None and not claimed:
        return f"the source counts only to {found.group()!r}, which the claim does not say"
    first = _THE_FIRST.search(label)
    if first is not None and not re.search(r"\b(?:first|start\w*|beg[ia]n\w*|initial\w*)\b",
                                           claim, re.IGNORECASE):  # "when it began"
        return f"the source counts only {first.group()!r}, which the claim does not say"
    began, day = claimed or _BEGAN_TO.search(claim), sorted(named_weekdays(claim))
    both = _counts(quantity_text, figure)
    part = both is not None and both[0].low <= both[1]
    if found is None and (began or day) and part and figure.get("unit") == "people":
        return (f"the claim counts only those of {(began.group() if began else day[0])!r}, "
                f"and {label!r} counts them all")
    return ""


__all__ = [
    "before_the_war",
    "counted_so_far",
    "finer_unit",
    "of_another_time",
    "on_one_day",
    "one_estimate",
    "others_too",
    "part_of_the_place",
    "place_before",
    "presupposed",
    "ranked_first",
    "some_of_them",
    "unnamed_place",
    "unrefuting",
    "voiced_otherwise",
]
