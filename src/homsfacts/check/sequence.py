"""Claims that put two happenings in order: "Colvin was killed before the army retook Baba
Amr", "After Aurelian defeated Zenobia, Elagabalus became emperor", "Colvin was killed the
month before the army retook Baba Amr".

Each side is a claim of its own, checked as any claim is, and must be backed; the event each
side speaks of is the one ``ask`` gives, sure and alone, for "when" it happened; the order is
then the order of the two events' dates in the base. The claim is supported where those dates
put the two in the claim's order, as far apart as it says, beyond doubt; refuted where they
surely put them the other way round or otherwise apart; else it is left to the rest of
``check``. One word of order only: "A after B after C" is not read here."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from homsfacts.base.dates import PartialDate, day_number, parse_edtf
from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.stems import porter_stems
from homsfacts.check.verdicts import REFUTED, SUPPORTED, answer
from homsfacts.check.words import STOP_WORDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_UNITS = ("day", "month", "year")
LONGEST = 400
"""The longest claim read as two happenings in order, in characters: each side is checked and
asked of on its own, which a long claim would pay for twice over."""
RIVAL = 0.6
"""The share of what "when" asks that another event may hold for the side to be read as
one event: two events that both fit ("took Homs": the rebels in 2024, the Muslims in 636)
leave the order untold."""
_COUNT = (r"(?:(?:about|around|some|nearly|almost|over|just|only|more than|less than) )?"
          r"(?:\d[\d,.]*|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
          r"twelve|several|few|many)")
_RELATION = (r"(?:(?P<unit>(?:the|a|an|one) (?:day|month|year) )|(?P<span>"
             rf"{_COUNT} (?:days?|weeks?|months?|years?|decades?|centuries|century) ))?"
             r"(?P<word>before|after|prior to|earlier than|later than)")
"""The order word, after how far apart the claim puts the two: one calendar ``unit``
("the month before"), or another ``span`` ("seven years after"), read where exact."""
_ORDER_WORDS = re.compile(r"\b(?:before|after|prior to|earlier than|later than)\b",
                          re.IGNORECASE)
_BETWEEN = re.compile(rf"^(?P<first>[^,;]+?),?\s+{_RELATION}\s+(?P<second>[^,;]+?)[.!]?$",
                      re.IGNORECASE)
"""'A before B', 'A the month after B'."""
_LEADING = re.compile(r"^(?P<word>before|after|prior to)\s+(?P<second>[^,;]+?),\s+"
                      r"(?P<first>[^,;]+?)[.!]?$", re.IGNORECASE)
"""'After B, A'."""
_DENIAL = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
_FILLERS = re.compile(r"\b(?:already|just|still|only|even)\s+", re.IGNORECASE)
"""Words of a side that say nothing of when ("had already recaptured")."""
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+")
_PRONOUN_START = re.compile(r"^(?:his|its|their)\b|\b(?:he|she|it|they|him|her|them)\b",
                            re.IGNORECASE)
"""A pronoun, anywhere in a side ("after the army recaptured it"), or a possessive to begin
one: whom it stands for, the side alone does not say."""
_GERUND_START = re.compile(r"^\w+ing\b")


def ordered(base: FactBase, claim: str, check: Callable[[str], Record],
            named: Callable[[str], set[str]]) -> Record | None:
    """The verdict on a claim that puts two happenings in order, where the base decides it;
    None where the claim is not of that shape or the base cannot tell. ``check`` gives the
    verdict on each side, ``named`` the ids of the records a side names."""
    if len(claim) > LONGEST or len(_ORDER_WORDS.findall(claim)) != 1 or _DENIAL.search(claim):
        return None  # a denial is read as the claim it denies, turned, by the rest of check
    match = _LEADING.match(claim.strip()) or _BETWEEN.match(claim.strip())
    if match is None:
        return None
    first, second = _persons_named(base, match["first"].strip(), match["second"].strip(), named)
    if any(_PRONOUN_START.search(side) or _GERUND_START.match(side) or not re.search(
            r"[A-Za-z]", side) for side in (first, second)) or _UNIT_END.search(first):
        return None  # whose the pronoun or the "-ing" is, the sides alone do not say; nor
        # how far apart "days after" puts them
    later = match["word"].lower() in ("after", "later than")
    unit_words = (match.groupdict().get("unit") or "").split()
    unit, calendar = unit_words[1:2], unit_words[:1] == ["the"]  # "the month before"
    apart = _exact_span(match.groupdict().get("span") or "")  # "seven years after": 7 years
    if apart is not None:  # counted in calendar units: 2012 to 2019 is seven years
        unit, span, calendar = [apart[1]], apart[0], True
    sides = [check(_FILLERS.sub("", side)) for side in (first, second)]
    if any(result["verdict"] != SUPPORTED for result in sides):
        return None  # a side read out of its claim ("the last rebels left") is left whole
    found: Record = {"quantities": [], "dates": [], "names": []}
    located = [_event_of(base, side, named(side)) for side in (first, second)]
    events = [event for event in located if event is not None]
    if len(events) != 2 or events[0]["id"] == events[1]["id"]:
        return None
    if unit and not calendar:  # "a month before": about a month of time, not the month
        return _elapsed(claim, events, later, unit[0], found)
    gap = _gap(events[0], events[1], unit[0] if unit else None)
    if gap is None:
        return None
    said = f"{_dated(events[0])} {_said(gap, unit)} {_dated(events[1])}"
    found["order"] = {"events": [event["id"] for event in events], "gap": gap,
                      "unit": unit[0] if unit else None}
    claimed = (span if apart else 1) * (1 if later else -1)
    holds = gap == claimed if unit else (gap > 0) == later
    if apart and not holds and gap * claimed > 0 and abs(gap) - abs(claimed) == 1:
        return None  # 2012-02-22 to 2019: six whole years or seven, as the days fall
    vague = match.groupdict().get("span") and apart is None  # "some weeks before"
    if not holds and (not vague or (gap > 0) != later):
        return answer(claim, REFUTED, f"the base dates {said}", events, found)
    if vague:
        return None  # the order holds; how far apart, the claim does not say exactly
    return answer(claim, SUPPORTED, f"the base dates {said}", events, found)


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_EXACT_SPAN = re.compile(r"(?P<count>\d{1,4}|[a-z]+) (?P<unit>day|month|year|decade)s?",
                         re.IGNORECASE)


def _exact_span(span: str) -> tuple[int, str] | None:
    """How many calendar days, months or years apart a span the claim gives puts two
    happenings ("seven years", "a decade": 10 years), or None where it is hedged or vague
    ("about a year", "some weeks")."""
    found = _EXACT_SPAN.fullmatch(span.strip())
    if found is None:
        return None
    word = found["count"].lower()
    count = int(word) if word.isdigit() else _NUMBERS.get(word)
    if count is None:
        return None
    unit = found["unit"].lower()
    return (count * 10, "year") if unit == "decade" else (count, unit)


_UNIT_END = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?|centuries|century|"
                       r"hours?)$", re.IGNORECASE)
_DAYS = {"day": 1.0, "month": 30.44, "year": 365.25}


def _elapsed(claim: str, events: list[Record], later: bool, unit: str,
             found: Record) -> Record | None:
    """"A month before", "a year after": backed where the time between the two events'
    dates is surely within 15% of the unit ("a year" is no ten months), refuted where it is
    surely off by half of it or more; None where their dates cannot tell."""
    one, other = (parse_edtf(str(event["edtf"])) for event in events)
    if one.end is not None or other.end is not None:
        return None
    sign = 1 if later else -1
    low, high = sorted((sign * (one.earliest - other.latest), sign * (one.latest - other.earliest)))
    size = _DAYS[unit]
    said = f"{_dated(events[0])} and {_dated(events[1])}, {low}–{high} days apart"
    found["order"] = {"events": [event["id"] for event in events], "days": [low, high]}
    if low >= 0.85 * size and high <= 1.15 * size:
        return answer(claim, SUPPORTED, f"the base dates {said}", events, found)
    if high < 0.5 * size or low > 1.5 * size:
        return answer(claim, REFUTED, f"the base dates {said}, not about a {unit} "
                      f"{'after' if later else 'before'}", events, found)
    return None


def _dated(event: Record) -> str:
    return f"{event['id']} ({parse_edtf(str(event['edtf'])).label()})"


_PERSONAL = re.compile(r"\b(?P<pronoun>he|she|him|her|his)\b", re.IGNORECASE)


def _persons_named(base: FactBase, first: str, second: str, named: Callable[[str], set[str]]
                   ) -> tuple[str, str]:
    """The two sides with "he", "she", "him" or "her" written as the one person the other
    side names ("seven years after she was killed", of "the ruling on Colvin's death"): a
    side may not say whom else it stands for."""
    sides = [first, second]
    for at, side in enumerate(sides):
        other = sides[1 - at]
        if not _PERSONAL.search(side) or _PERSONAL.search(other):
            continue
        persons = [record["name"] for record_id in sorted(named(other))
                   if (record := base.get(record_id)) is not None
                   and record.get("kind") == "person"]
        if len(persons) == 1:
            sides[at] = _PERSONAL.sub(functools.partial(_as_person, persons[0]), side)
    return sides[0], sides[1]


def _as_person(name: str, found: re.Match[str]) -> str:
    return name + "'s" * (found["pronoun"].lower() == "his")  # "his death": "Colvin's"


def _said(gap: int, unit: list[str]) -> str:
    if unit and not gap:
        return f"in the same {unit[0]} as"
    if unit and gap in (-1, 1):
        return f"the {unit[0]} {'before' if gap < 0 else 'after'}"
    if unit and gap:
        return f"{abs(gap)} {unit[0]}s {'before' if gap < 0 else 'after'}"
    return "before" if gap < 0 else "after"


def _event_of(base: FactBase, side: str, named: set[str]) -> Record | None:
    """The one dated event ``ask`` is sure a side speaks of, that involves every record the
    side names and whose summary writes every other name the side writes ("Aurelian"), or
    None: a side that names nothing ("an uprising led from the city") says too little to be
    one event of the base."""
    from homsfacts.check.ask import ask  # ask reads with the parts of check that need this

    capitalised = {fold(word) for word in _CAPITALISED.findall(side)} - STOP_WORDS
    if not named and not capitalised:
        return None
    asked = ask(base, f"When {_FILLERS.sub('', side).rstrip('.')}?")
    data = asked["answer"]["data"] if asked["sure"] and asked["answer"] else None
    records = data if isinstance(data, list) else [data] if data else []
    events = [record for record in records if record.get("type") == "event"
              and record.get("edtf")]
    rivals = [candidate["id"] for candidate in asked["candidates"]
              if candidate.get("type") == "event" and candidate["score"] >= RIVAL]
    happening = events[0].get("happening") if events else None
    rivals += [other["id"] for other in (base.of_type("event") if happening else [])
               if other.get("happening") == happening and other["edtf"] != events[0][
                   "edtf"]]  # reports of it that date it otherwise (1908, and 1908-13)
    if len(events) != 1 or rivals:
        return None  # "the rebels took Homs": in 2024, or the Muslims in 636?
    involved = {*events[0]["entities"], *events[0]["places"]} | {  # "killed in Homs"
        outer["id"] for place in events[0]["places"] for outer in base.cards.containing(place)
        if re.search(rf"\b(?:in|at|inside|near)\s+(?:the\s+)?{re.escape(fold(outer['name']))}\b",
                     fold(side))}
    known = f" {fold(str(events[0]['summary']))} " + " ".join(
        fold(name) for record in map(base.get, named) if record is not None
        for name in [record["name"], *record.get("aliases", [])])
    stems = set().union(*map(porter_stems, known.split()))  # "Muslims": "Muslim forces"
    unsaid = {word for word in capitalised if not porter_stems(word) & stems}
    return events[0] if named <= involved and not unsaid else None


def _gap(first: Record, second: Record, unit: str | None) -> int | None:
    """How far the base's dates put ``first`` after ``second`` (negative: before): in
    calendar ``unit``s where one is asked ("the month before"), both dates one day, month
    or year at least as precise; else -1 or 1. None where the dates do not tell."""
    one, other = parse_edtf(str(first["edtf"])), parse_edtf(str(second["edtf"]))
    if unit is not None:
        if one.end is not None or other.end is not None or any(
                _UNITS.index(date.start.precision) > _UNITS.index(unit)
                for date in (one, other)):
            return None
        return _index(one.start, unit) - _index(other.start, unit)
    if one.latest < other.earliest:
        return -1
    if one.earliest > other.latest:
        return 1
    return None


def _index(date: PartialDate, unit: str) -> int:
    """The calendar day, month or year a date falls in."""
    if unit == "year":
        return date.year
    if unit == "month":
        return date.year * 12 + (date.month or 1)
    return day_number(date.year, date.month or 1, date.day or 1)


__all__ = ["ordered"]
