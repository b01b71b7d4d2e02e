"""Times of day as claims and sources write them ("10 am", "0700 GMT", "ten in the
morning"), and how one differs from another: a happening begins once, so a claim that puts
it at another time than its source does is not what the source says."""

from __future__ import annotations

import re
from typing import NamedTuple

from homsfacts.check.spelled import NUMBER_WORD, SMALL

_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?::?(?P<minute>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"(?:\s*(?P<half_zone>gmt|utc)\b)?"
    r"|\b(?P<zoned>\d{2})(?P<zoned_minute>\d{2})\s*(?:hours?\s+|hrs\s+)?"
    r"(?P<zone>gmt|utc|local(?:\s+time)?)\b"
    rf"|\b(?P<said>\d{{1,2}}|{NUMBER_WORD})(?:\s+o['’]clock)?\s+in\s+the\s+"
    r"(?P<part>morning|afternoon|evening|night)\b", re.IGNORECASE)
"""A time of day as people write it: "10 am", "7 a.m.", "7 am GMT", "0700 GMT", "ten in the
morning"."""

_ABOUT = re.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost|circa|c\.)"
                    r"\s*$", re.IGNORECASE)

SLACK = 60
"""How many minutes a time said "about" may be from another and still be the same."""

class ClockTime(NamedTuple):
    """A time of day a text writes: its zone ("local" or "gmt"), minutes after midnight,
    whether it is hedged ("about 10 am"), and its words."""

    zone: str
    minutes: int
    hedged: bool
    text: str


def clock_times(text: str) -> list[ClockTime]:
    """The times of day a text writes, in its order."""
    found = []
    for match in _TIME.finditer(text):
        hedged = _ABOUT.search(text[max(0, match.start() - 16):match.start()]) is not None
        if match["zone"]:
            minutes = int(match["zoned"]) * 60 + int(match["zoned_minute"])
            zone = "local" if match["zone"].lower().startswith("local") else "gmt"
            found.append(ClockTime(zone, minutes, hedged, match.group()))
            continue
        said = match["hour"] or match["said"]
        hour = int(said) if said.isdigit() else SMALL.get(said.lower(), -1)
        if not 0 <= hour <= 12 and (match["half"] or match["part"]):
            continue
        afternoon = (match["half"] or "").lower().startswith("p") or \
            (match["part"] or "").lower() in ("afternoon", "evening", "night")
        hour = hour % 12 + (12 if afternoon else 0)
        found.append(ClockTime("gmt" if match["half_zone"] else "local",  # "7 am GMT"
                               hour * 60 + int(match["minute"] or 0), hedged, match.group()))
    return found


def retimed(claim: str, text: str) -> tuple[str, str] | None:
    """The claim with each time of day put as the sentence puts it, and the reason the two
    differ, when a time the claim writes is another than the sentence's in the same zone
    (beyond :data:`SLACK` where either says "about"); else None."""
    said = {time.zone: time for time in reversed(clock_times(text))}
    claimed = [time for time in clock_times(claim) if time.zone in said]
    other = [time for time in claimed if abs(time.minutes - said[time.zone].minutes)
             > (SLACK if time.hedged or said[time.zone].hedged else 0)]
    if not other:
        return None
    for time in claimed:
        claim = claim.replace(time.text, said[time.zone].text, 1)
    return claim, f"the source puts it at {said[other[0].zone].text}, not {other[0].text}"


__all__ = ["SLACK", "ClockTime", "clock_times", "retimed"]
