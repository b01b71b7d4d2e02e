"""Comparing one part of a claim with one sourced fact: a date with an event's date, a
quantity's unit with a figure's, and the words that say how they differ."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

from homsfacts.base.dates import parse_edtf, year_of
from homsfacts.base.match import fold
from homsfacts.base.reports import figure_range
from homsfacts.base.views import Record, date_label
from homsfacts.check.bounds import BOUND, against_bound, at_an_uncertain_end, moved_inside
from homsfacts.check.choice import figure_span
from homsfacts.check.copies import SOURCE_DATE
from homsfacts.check.hedging import finer_than_shown, hedge_fits, only_touches
from homsfacts.check.moves import year_misfit
from homsfacts.check.once import searched
from homsfacts.check.quantity import RANGE, Quantity
from homsfacts.check.reader import Reading
from homsfacts.check.spelled import worded_range
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.when import OPEN_END, OPEN_START, ClaimDate

_NOW_WORDS = frozenset({"today", "now", "currently", "nowadays", "present", "still"})


START_WORDS = frozenset({"began", "begin", "begins", "started", "start", "starts"})


END_WORDS = frozenset({"ended", "end", "ends", "finished", "over"})


_CLAIMED_ENDS = frozenset({"ended", "end", "ends", "ending", "finished"})
_SAID_BEGINS = START_WORDS | {"sparks", "sparked", "spark", "launches", "launched", "inspired",
                              "erupted", "began", "begun", "since", "lays", "laid"}
_SAID_ENDS = _CLAIMED_ENDS | {"until", "over", "independent", "independence"}


@functools.lru_cache(maxsize=256)
def word_set(text: str) -> frozenset[str]:
    """A text's folded words, read once: a claim of many dates asks once a date."""
    return frozenset(fold(text).split())


def other_end(claim: str, text: str) -> str:
    """Why a text that says a thing began does not back a claim that it ended, or the other
    way round ("In 2011 the civil war ended" against "a crackdown ... sparks the civil
    war"), or ""."""
    claimed, said = word_set(claim), word_set(text)
    if claimed & _CLAIMED_ENDS and not said & _SAID_ENDS and said & _SAID_BEGINS:
        return f"the source says it began ({sorted(said & _SAID_BEGINS)[0]}), not that it ended"
    if claimed & START_WORDS and not said & _SAID_BEGINS and said & _SAID_ENDS:
        return f"the source says it ended ({sorted(said & _SAID_ENDS)[0]}), not that it began"
    return ""


@functools.lru_cache(maxsize=256)
def _numbers(text: str) -> frozenset[str]:
    """The digits a text writes, read once: a claim is held against many sentences."""
    return frozenset(re.findall(r"\d+", text))


def sentence_misses(claim: str, text: str) -> str:
    """What a sentence does not say that a claim with no count or date does, or "": that a
    thing began or ended (:func:`other_end`), or a number the claim writes that counts
    nothing ("a dialling code of 011", "43 people per km2"), which the sentence must write
    too: not the date of the copy of a source it cites ("the 2020 copy")."""
    unwritten = sorted(_numbers(SOURCE_DATE.sub(" ", claim)) - _numbers(text))
    return other_end(claim, text) or (
        f"the source does not write {unwritten[0]}" if unwritten else "")


def against_event(date: ClaimDate, event: Record, reading: Reading, *,
                  whole: bool = False) -> tuple[str, str]:
    """A claim's date against an event's, both as intervals. The claim is refuted when the
    event lies wholly outside what its words may reach; supported when the event lies inside
    what they surely cover (or, for a span such as a siege, when they meet it); and
    not-enough-info when the claim is more precise than the source. "Began" and "ended" take
    one end of a span, which is then a date like any other: "the siege began in June 2012"
    is more precise than a start given to the year. "The winter of 2012" may mean either
    winter, and stands only where both give the same verdict. With ``whole``, a span backs a
    date only when it lies wholly inside it: a count over a two-year siege is not a count
    for one of its years."""
    verdict, reason = _against_event(date, event, reading, whole)
    if date.alternative is not None:
        other, _ = _against_event(date.alternative, event, reading, whole)
        if other != verdict:
            shown = date_label(event)
            return (NOT_ENOUGH_INFO, f"{date.text!r} may mean the winter that ends or the one "
                    f"that begins that year, and the two give different answers for {event['id']}, "
                    f"dated {shown}")
    return verdict, reason


def _against_event(date: ClaimDate, event: Record, reading: Reading,
                   whole: bool) -> tuple[str, str]:
    edtf = parse_edtf(event["edtf"])
    earliest, latest = edtf.earliest, edtf.latest
    bounded = against_bound(date, event)
    if bounded is not None:
        return bounded
    words = set(reading.words)
    # A derived span shorter than a month ("last week") is not a duration but the stretch in
    # which one day falls: a claimed day inside it is more precise than the source.
    uncertain_day = event["derived"] and edtf.end is not None and latest - earliest < 31
    is_duration = edtf.end is not None and not uncertain_day and not edtf.one_of
    moved = moved_inside(date, event, reading.claim) if is_duration else None
    if moved is not None:  # a move is one end of a stay
        return moved
    if is_duration and words & START_WORDS:  # "the siege began in 2012": its start
        earliest, latest = edtf.start.earliest(), edtf.start.latest()
        is_duration = False
    elif is_duration and edtf.end is not None and words & END_WORDS:
        earliest, latest = edtf.end.earliest(), edtf.end.latest()
        is_duration = False
    is_duration = is_duration and not whole
    shown = date_label(event)
    reach_first, reach_last = date.reach()
    if latest < reach_first or earliest > reach_last:
        return (REFUTED, f"the event {event['id']} is dated {shown}, not {date.text}"
                f"{_date_difference(date, earliest, latest)}")
    inside = date.earliest <= earliest and latest <= date.latest
    meets = not (latest < date.earliest or earliest > date.latest)
    bound = BOUND.match(date.iso)  # "until 1959": its own year
    year = year_of(parse_edtf(bound["iso"]).earliest) if bound else year_of(date.earliest)
    turned, misplaced = year_misfit(reading.claim, str(year), event["summary"]) \
        if bound or year_of(date.earliest) == year_of(date.latest) else (False, "")
    if misplaced:  # a move of that year the other way round refutes it
        return REFUTED if turned else NOT_ENOUGH_INFO, misplaced
    if inside or (is_duration and meets):
        uncertain = None if inside else at_an_uncertain_end(date, event)  # "December 2014"
        return uncertain or (SUPPORTED, f"{date.text!r} agrees with the event {event['id']}, "
                             f"dated {shown}")
    if earliest <= date.earliest and date.latest <= latest:
        return (NOT_ENOUGH_INFO, f"the claim is more precise ({date.text}) than the source, "
                f"which dates {event['id']} only to {shown}")
    return (NOT_ENOUGH_INFO, f"{date.text!r} only partly covers the event {event['id']}, "
            f"dated {shown}: the source does not say which part")


def of_the_time(values: list[Record], date: ClaimDate) -> list[Record]:
    """The values of a quantity counted over time (a city's population) for the time a claim
    names: only those may back or refute it, and only their sources give it its voice."""
    return [value for value in values if (span := figure_span(value)) is not None and not (
        span[1] < date.earliest or span[0] > date.latest)]


def answering(quantity: Quantity, figures: list[Record],
              outcomes: list[tuple[str, str, list[ClaimDate]]]) -> list[int]:
    """Which of equally likely figures' outcomes tell a claim's verdict: not a figure the
    claim's count lies within but says more precisely than ("two years" against "more than
    a year"), where another figure answers; such a figure neither backs nor refutes it."""
    within = [at for at, figure in enumerate(figures)
              if outcomes[at][0] == NOT_ENOUGH_INFO and (allowed := figure_range(figure))
              and allowed[0] <= quantity.low and quantity.high <= allowed[1]]
    return [at for at in range(len(figures)) if at not in within] or list(range(len(figures)))


def against_figure(quantity: Quantity, figure: Record, values: list[Record],
                   dates: list[ClaimDate], of_an_event: bool = False
                   ) -> tuple[str, str, list[ClaimDate]]:
    """One quantity against a figure and ``values``, every report of the same quantity
    (preferred first), and the claim's first date against the figure's own date: a count of
    what an event did (``of_an_event``) is dated by it, and another date refutes the claim;
    any other count holds for its own time, and says nothing of another. The verdict,
    its reason, and the dates left for events."""
    label = figure["label"]
    if quantity.unit == "share" and figure["unit"] == "percent":  # "51.5%" reads as 0.515
        quantity = quantity._replace(value=quantity.value * 100, low=quantity.low * 100,
                                     high=quantity.high * 100)
    remaining = dates
    group = figure.get("group")
    over_time = bool(group and group.get("over_time"))
    """Values for different times ("Homs had 652,609 inhabitants in 2004"): each is
    true for its own time, and none refutes a claim about another."""
    claim_date, span = None, figure_span(figure)  # its date, or its period ("12th century")
    when = figure.get("as_of") or figure.get("period")
    if span is not None and dates:
        claim_date = dates[0]
        remaining = dates[1:]
        if span[1] < claim_date.earliest or span[0] > claim_date.latest:
            if over_time:
                return (NOT_ENOUGH_INFO, f"the base gives {label!r} for other times than "
                        f"{claim_date.text}", remaining)
            if of_an_event:
                return (REFUTED, f"{label!r} is dated {when}, not {claim_date.text}", remaining)
            # the metropolitan area's 2004 census says nothing of its population in 2010
            return (NOT_ENOUGH_INFO, f"the base gives {label!r} for {when}, not "
                    f"for {claim_date.text}", remaining)
        if not (claim_date.earliest <= span[0] and span[1] <= claim_date.latest):
            return (NOT_ENOUGH_INFO, f"the claim dates {label!r} more precisely "
                    f"({claim_date.text}) than its source ({when})", remaining)
    if over_time and claim_date is not None:
        values = of_the_time(values, claim_date) or [figure]
    label = values[0]["label"]
    outcomes = []
    unclear = []  # within the source's hedge, but its own value is outside the claim's range
    rounded = []  # an exact value the claim's plain number only rounds
    for value in values:
        own = figure_range(value)
        allowed = own or (  # "tens of thousands" against the same words
            worded_range(str(value.get("words") or "")) if quantity.hedge == "vague" else None)
        if allowed is None:
            continue
        meets = not (quantity.high < allowed[0] or quantity.low > allowed[1]
                     or only_touches(quantity, value, allowed))
        # "fewer than 2,000" meets "about 2,200" (1,980 to 2,420) without agreeing with it
        centre = value.get("value")
        agrees = meets and (centre is None or quantity.low <= centre <= quantity.high)
        ranged = own is None or None not in (value.get("low"), value.get("high"))
        if quantity.hedge == RANGE or ranged or math.inf in (-allowed[0], allowed[1]):
            # "between 2,000 and 2,500", or a source's "more than 200,000", "between 15,000
            # and 20,000" or "tens of thousands": all it allows must lie in the claim's range
            agrees = quantity.low <= allowed[0] and allowed[1] <= quantity.high
        agrees = agrees and hedge_fits(quantity, centre, allowed)  # "at least 2,200", "about 2,000"
        if agrees and quantity.hedge == "none" and value.get("qualifier") == "exact" and \
                centre is not None and not math.isclose(quantity.value, centre):
            agrees = False  # "160 km" against an exact 162: a rounding, or another number
            rounded.append(value)
        elif meets and not agrees:
            unclear.append(value)
        outcomes.append((value, agrees))
    if not outcomes:
        return (NOT_ENOUGH_INFO, f"the source gives {label!r} only in words "
                f"({figure['display']!r}), which cannot be compared with "
                f"{quantity.text!r}", remaining)
    first, first_agrees = outcomes[0]
    others = [(value, agrees) for value, agrees in outcomes[1:]]
    if over_time and claim_date is None and not first_agrees and \
            any(agrees for _, agrees in others):
        return (NOT_ENOUGH_INFO, f"{quantity.text!r} agrees with {label!r} only for "
                f"another time than the latest, and the claim does not say when",
                remaining)
    preferred = group is not None and group["status"] != "disputed"
    if all(agrees for _, agrees in outcomes):
        note = f" and {len(others)} other report{'s' if len(others) != 1 else ''}" \
            if others else ""
        return (SUPPORTED, f"{quantity.text!r} agrees with {label!r}: "
                f"{display(first)}{note}", remaining)
    if group is not None and group["status"] == "disputed" and any(a for _, a in outcomes):
        return (NOT_ENOUGH_INFO, f"the sources disagree on {label!r} and none is ranked "
                f"above the others: {spread(outcomes)}", remaining)
    if first_agrees and preferred:
        against = ", ".join(f"{display(value)} ({value['id']})"
                            for value, agrees in others if not agrees)
        return (SUPPORTED, f"{quantity.text!r} agrees with the preferred value of "
                f"{label!r}, {display(first)}, though another report gives {against}",
                remaining)
    if rounded:
        return (NOT_ENOUGH_INFO, f"the source gives {label!r} exactly, as "
                f"{display(rounded[0])}, and the claim's {quantity.text!r} only rounds it",
                remaining)
    if unclear:
        return (NOT_ENOUGH_INFO, f"{quantity.text!r} meets {label!r}, "
                f"{display(unclear[0])}, only at the edge of the source's hedge", remaining)
    agreeing = [value for value, agrees in others if agrees]
    if agreeing:  # a source the base keeps says what the claim says: it is not refuted
        return (NOT_ENOUGH_INFO, f"the preferred report of {label!r} is {display(first)}, "
                f"not {quantity.text}, but a report ranked below it agrees with the claim: "
                f"{display(agreeing[0])} ({agreeing[0]['id']})", remaining)
    if quantity.hedge == "vague" and _same_order(quantity, first.get("value")):
        return (NOT_ENOUGH_INFO, f"{label!r} is {display(first)}, a number of the order "
                f"{quantity.text!r} names, which says no more than its order", remaining)
    if finer_than_shown(quantity.value, first):  # "$302,511,836" against "$302.5 million"
        return (NOT_ENOUGH_INFO, f"the claim's {quantity.text!r} is more precise than the "
                f"source's {display(first)}, and within its rounding", remaining)
    if quantity.spares(figure_range(first) or worded_range(str(first.get("words") or ""))):
        return (NOT_ENOUGH_INFO, f"{quantity.text!r} may count a part of what {label!r} "
                f"counts ({display(first)}), which does not rule it out", remaining)
    return (REFUTED, f"{label!r} is {display(first)}, not {quantity.text}"
            f"{difference(quantity, first)}", remaining)


def _same_order(quantity: Quantity, value: object) -> bool:
    """Whether a value is of the order a count in words names ("several thousand": 1,000 to
    9,999), though not of the count itself: 2,200 is no "several thousand", nor refutes it."""
    if not isinstance(value, int | float) or quantity.low <= 0:
        return False
    order = 10.0 ** math.floor(math.log10(quantity.low))
    return bool(order <= value <= quantity.high)


def _date_difference(date: ClaimDate, earliest: int, latest: int) -> str:
    if date.earliest == OPEN_START or date.latest == OPEN_END:
        return ""  # "before 2011" is no number of years from anything
    claim_year, first, last = year_of(date.earliest), year_of(earliest), year_of(latest)
    years = claim_year - last if claim_year > last else first - year_of(date.latest)
    if years >= 1:
        direction = "later" if claim_year > last else "earlier"
        return f": the claim is {years} year{'s' if years != 1 else ''} {direction}"
    return ""


_PART_OF_A_PLACE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?P<thing>camp|refinery|university|airport|club|stadium|prison|"
    r"hospital|citadel|gate|museum|station|church|mosque|market|souk|suburb|countryside)s?\b",
    re.IGNORECASE)  # "Homs camp", "the Homs Refinery"
"""A thing named after a place ("Homs camp", "Homs refinery"): a count of it is not one of
the place, whatever the figure's place."""


_TIME_OF = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+of\s+(?:the\s+)?(?P<what>[a-z]+)")
"""A length of something ("one day of fighting"): a figure of another length ("his rule")
does not answer it."""


def scope_problem(reading: Reading, figure: Record) -> str:
    """Why a figure does not answer for the time or the thing the claim speaks of, or ""."""
    thing, spent = searched(_PART_OF_A_PLACE, reading.claim), searched(_TIME_OF, reading.claim)
    label_words = fold(figure["label"]).split()
    if thing and thing["thing"].lower() not in label_words:
        return (f"the claim counts something of {thing.group()!r}, and {figure['label']!r} "
                "is not about it")
    if spent and figure.get("unit") == "years" and \
            spent["what"].lower()[:5] not in {word[:5] for word in label_words}:
        return (f"the claim counts {spent.group()!r}, and {figure['label']!r} is not the "
                f"length of any {spent['what']}")
    words = set(reading.words)
    when = figure.get("period") or figure.get("as_of")
    if words & _NOW_WORDS and when:
        return (f"the claim is about the present, and the base's figure, {figure['label']!r}, "
                f"is for {when}")
    return ""


_OPENING = frozenset({"first", "initial", "began", "begin", "start", "started", "beginning"})
_CLOSING = frozenset({"last", "final", "ended", "end", "remaining"})
_WHOLE = frozenset({"all", "total", "altogether", "overall"})


def narrower_count(reading: Reading, figure: Record) -> str:
    """Why a figure counted at one moment ("buses the first evacuees boarded", "when the
    evacuation began") does not refute a count the claim gives of another moment or of the
    whole ("a final group of 360", "forty buses in all"), or ""."""
    label, words = set(fold(figure["label"]).split()), set(reading.words)
    for moment, other in ((_OPENING, _CLOSING), (_CLOSING, _OPENING)):
        if label & moment and words & (other | _WHOLE):
            return (f"{figure['label']!r} is a count at one moment, and the claim counts "
                    f"{'the whole' if words & _WHOLE else 'another'}")
    return ""


_STILL = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?been\b[^.;]*\bsince\b|\bsince\b[^.;]*"
                    r"\b(?:has|have)\s+(?:\w+\s+)?been\b", re.IGNORECASE)
"""A state that holds from a date to this day ("has been under Ottoman rule since 1516")."""


def present_unsaid(reading: Reading, records: Iterable[Record]) -> str:
    """Why events the claim was matched with do not speak of what stands today, where the
    claim does ("the mosque that stands today was built in 1265", where the base's 1265
    mosque is an earlier one), or "": an event speaks of it only in its own summary."""
    words = set(reading.words) & (_NOW_WORDS | {"current"})
    if _STILL.search(reading.claim):  # "has been under Ottoman rule since 1516": to this day
        words.add("still")
    events = [record for record in records if record["type"] == "event"]
    if not words or not events or any(
            words & set(fold(event["summary"]).split()) or
            _NOW_WORDS & set(fold(event["summary"]).split()) for event in events):
        return ""
    return (f"the claim speaks of what is {sorted(words)[0]}, and "
            f"{', '.join(event['id'] for event in events)} does not")


def display(figure: Record) -> str:
    text = str(figure["display"])
    if figure.get("attribution"):
        text += f" ({figure['attribution']})"
    return text


def spread(outcomes: Iterable[tuple[Record, bool]]) -> str:
    return "; ".join(f"{display(value)} ({value['id']})" for value, _ in outcomes)


def difference(quantity: Quantity, figure: Record) -> str:
    value = figure.get("value")
    # A ratio says something only between two positive numbers; a value of 0 or below (or a
    # float so small that the ratio overflows) gets the verdict without one.
    if value is None or value <= 0 or quantity.value <= 0 or figure["unit"] == "rank":
        return ""
    ratio = quantity.value / value
    if not math.isfinite(ratio):
        return ""
    if ratio >= 1.5:
        return f": the claim is {ratio:.1f} times the source's figure"
    if ratio <= 1 / 1.5:
        return f": the claim is {1 / ratio:.1f} times smaller than the source's figure"
    return f": the claim differs by {abs(quantity.value - value) / value:.0%}"
