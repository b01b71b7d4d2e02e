"""Comparing one part of a claim with one sourced fact: a date with an event's date, a
quantity's unit with a figure's, and the words that say how they differ."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from homsfacts.base.dates import parse_edtf
from homsfacts.base.views import Record, date_label
from homsfacts.check.reader import ClaimDate, Quantity, Reading
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

_NOW_WORDS = frozenset({"today", "now", "currently", "nowadays", "present", "still"})


START_WORDS = frozenset({"began", "begin", "begins", "started", "start", "starts"})


END_WORDS = frozenset({"ended", "end", "ends", "finished", "over"})


def against_event(date: ClaimDate, event: Record, reading: Reading) -> tuple[str, str]:
    """A claim's date against an event's, both as intervals. The claim is refuted when the
    event lies wholly outside what its words may reach; supported when the event lies inside
    what they surely cover (or, for a span such as a siege, when they meet it); and
    not-enough-info when the claim is more precise than the source. "Began" and "ended" take
    one end of a span, which is then a date like any other: "the siege began in June 2012"
    is more precise than a start given to the year. "The winter of 2012" may mean either
    winter, and stands only where both give the same verdict."""
    verdict, reason = _against_event(date, event, reading)
    if date.alternative is not None:
        other, _ = _against_event(date.alternative, event, reading)
        if other != verdict:
            shown = date_label(event)
            return (NOT_ENOUGH_INFO, f"{date.text!r} may mean the winter that ends or the one "
                    f"that begins that year, and the two give different answers for {event['id']}, "
                    f"dated {shown}")
    return verdict, reason


def _against_event(date: ClaimDate, event: Record, reading: Reading) -> tuple[str, str]:
    edtf = parse_edtf(event["edtf"])
    earliest, latest = edtf.earliest, edtf.latest
    words = set(reading.words)
    # A derived span shorter than a month ("last week") is not a duration but the stretch in
    # which one day falls: a claimed day inside it is more precise than the source.
    uncertain_day = event["derived"] and edtf.end is not None and \
        (datetime.date.fromisoformat(latest) - datetime.date.fromisoformat(earliest)).days < 31
    is_duration = edtf.end is not None and not uncertain_day
    if is_duration and words & START_WORDS:  # "the siege began in 2012": its start
        earliest, latest = edtf.start.earliest(), edtf.start.latest()
        is_duration = False
    elif is_duration and edtf.end is not None and words & END_WORDS:
        earliest, latest = edtf.end.earliest(), edtf.end.latest()
        is_duration = False
    shown = date_label(event)
    reach_first, reach_last = date.reach()
    if latest < reach_first or earliest > reach_last:
        return (REFUTED, f"the event {event['id']} is dated {shown}, not {date.text}"
                f"{_date_difference(date, earliest, latest)}")
    inside = date.earliest <= earliest and latest <= date.latest
    meets = not (latest < date.earliest or earliest > date.latest)
    if inside or (is_duration and meets):
        return SUPPORTED, f"{date.text!r} agrees with the event {event['id']}, dated {shown}"
    if earliest <= date.earliest and date.latest <= latest:
        return (NOT_ENOUGH_INFO, f"the claim is more precise ({date.text}) than the source, "
                f"which dates {event['id']} only to {shown}")
    return (NOT_ENOUGH_INFO, f"{date.text!r} only partly covers the event {event['id']}, "
            f"dated {shown}: the source does not say which part")


def _date_difference(date: ClaimDate, earliest: str, latest: str) -> str:
    claim_year, first, last = int(date.earliest[:4]), int(earliest[:4]), int(latest[:4])
    years = claim_year - last if claim_year > last else first - int(date.latest[:4])
    if years >= 1:
        direction = "later" if claim_year > last else "earlier"
        return f": the claim is {years} year{'s' if years != 1 else ''} {direction}"
    return ""


def units_fit(quantity: Quantity, figure: Record) -> bool:
    unit = str(figure["unit"])
    if quantity.unit is None:  # a bare count: "the siege killed 2,200"
        return unit == "people"
    if quantity.unit == "share":
        return unit in ("share", "percent")
    return quantity.unit == unit


def scope_problem(reading: Reading, figure: Record) -> str:
    """Why a figure does not answer for the time the claim speaks of, or ""."""
    words = set(reading.words)
    when = figure.get("period") or figure.get("as_of")
    if words & _NOW_WORDS and when:
        return (f"the claim is about the present, and the base's figure, {figure['label']!r}, "
                f"is for {when}")
    return ""


def display(figure: Record) -> str:
    text = str(figure["display"])
    if figure.get("attribution"):
        text += f" ({figure['attribution']})"
    return text


def spread(outcomes: Iterable[tuple[Record, bool]]) -> str:
    return "; ".join(f"{display(value)} ({value['id']})" for value, _ in outcomes)


def difference(quantity: Quantity, figure: Record) -> str:
    value = figure.get("value")
    if value is None or quantity.value == 0 or figure["unit"] == "rank":
        return ""
    ratio = quantity.value / value
    if ratio >= 1.5:
        return f": the claim is {ratio:.1f} times the source's figure"
    if ratio <= 1 / 1.5:
        return f": the claim is {1 / ratio:.1f} times smaller than the source's figure"
    return f": the claim differs by {abs(quantity.value - value) / value:.0%}"
