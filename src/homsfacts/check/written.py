"""Claims whose numbers no figure counts and whose dates no event dates, checked against one
sentence of the base that writes them ("Khalid ibn al-Walid was born in Mecca in 592", "the
evacuation began at about 10 am"): supported by a sentence that says every other part and
writes each number as the claim does; refuted by one that says every other part and puts the
happening at another time of day ("at around 7 am" against "at about 10 am"), for a
happening begins once."""

from __future__ import annotations

import re
from typing import NamedTuple

from homsfacts.base.views import Record
from homsfacts.check.acts import Act
from homsfacts.check.order import record_names
from homsfacts.check.reader import Reading, read
from homsfacts.check.spelled import NUMBER_WORD
from homsfacts.check.statements import Reader, Sentence, sentences, where_said
from homsfacts.check.verdicts import REFUTED, SUPPORTED
from homsfacts.check.words import STOP_WORDS, terms

_NUMBER_OR_WORD = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+")

_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\b(?P<zoned>\d{2})(?P<zoned_minute>\d{2})\s*(?P<zone>gmt|utc)\b"
    rf"|\b(?P<said>\d{{1,2}}|{NUMBER_WORD})(?:\s+o['’]clock)?\s+in\s+the\s+"
    r"(?P<part>morning|afternoon|evening|night)\b", re.IGNORECASE)
"""A time of day as people write it: "10 am", "7 a.m.", "0700 GMT", "ten in the morning"."""

_ABOUT = re.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost|circa|c\.)"
                    r"\s*$", re.IGNORECASE)

SLACK = 60
"""How many minutes a time said "about" may be from another and still be the same."""

_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


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
            found.append(ClockTime("gmt", minutes, hedged, match.group()))
            continue
        said = match["hour"] or match["said"]
        hour = int(said) if said.isdigit() else _HOURS.get(said.lower(), -1)
        if not 0 <= hour <= 12 and (match["half"] or match["part"]):
            continue
        afternoon = (match["half"] or "").lower().startswith("p") or \
            (match["part"] or "").lower() in ("afternoon", "evening", "night")
        hour = hour % 12 + (12 if afternoon else 0)
        found.append(ClockTime("local", hour * 60 + int(match["minute"] or 0), hedged,
                               match.group()))
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


def judge_numbers(reader: Reader, reading: Reading, names: dict[str, str],
                  claim_acts: list[Act]) -> tuple[str, str, Sentence] | None:
    """The verdict of the sentence that says every other part of a claim whose numbers and
    dates no figure or event is about, its reason and the sentence: supported where it writes
    each number as the claim does, in the same company: the word after it the same ("501 m",
    not "501 ft"; "25 sub-districts", not "25 districts"), and the words of its clause in the
    number's clause ("born in Mecca in 592", not "took the throne in AD 218"); refuted where
    it puts the happening at another time of day (:func:`retimed`). None otherwise."""
    verdict, reason, sentence = reader.judge(reading, names, claim_acts)
    if verdict != SUPPORTED or sentence is None:
        return _timed_otherwise(reader, reading, names, claim_acts)
    written = [re.sub(r"^0+", "", date.iso[:4]) for date in reading.dates
               if re.fullmatch(r"\d{4}", date.iso[:4])] + \
        [match for quantity in reading.quantities
         for match in re.findall(r"\d[\d,.]*\d|\d", quantity.text)]
    named = terms(" ".join(name for record_id in names if (record := reader.base.get(
        record_id)) is not None for name in record_names(record)))
    if not written or not all(_in_company(number, reading.claim, sentence.text, named)
                              for number in written):  # "10 pm" where it says "10 am"
        return _timed_otherwise(reader, reading, names, claim_acts)
    return SUPPORTED, reason, sentence


def read_in(found: Record, verdict: str, reason: str, sentence: Sentence) -> Record:
    """What was read in a claim that a sentence settles: the sentence, and each number and
    date the claim gives compared with it, with its verdict (no figure or event was)."""
    del reason
    return {**found, "sentence": sentence.text, **{
        part: [{**each, "compared_with": "the sentence", "result": verdict}
               for each in found[part]] for part in ("quantities", "dates")}}


def _timed_otherwise(reader: Reader, reading: Reading, names: dict[str, str],
                     claim_acts: list[Act]) -> tuple[str, str, Sentence] | None:
    """A sentence that says every part of the claim but its time of day, which it gives
    otherwise: the claim read with the sentence's time is supported by that very sentence."""
    if not clock_times(reading.claim):
        return None
    for sentence in sentences(reader.base, names, reading.claim):
        changed = retimed(reading.claim, sentence.text)
        if changed is None:
            continue
        verdict, _, backing = reader.judge(read(changed[0]), names, claim_acts)
        if verdict == SUPPORTED and backing is not None and backing.text == sentence.text:
            return REFUTED, (f"{changed[1]} ({where_said(sentence)}: "
                             f"\u201c{sentence.text}\u201d)"), sentence
    return None


def _in_company(number: str, claim: str, text: str, named: set[str]) -> bool:
    """Whether ``text`` writes ``number`` as ``claim`` does: followed by the same word, where
    the claim has one, and in a clause (between commas, or "and") that holds every word of
    the claim's clause around it but the names (``named``): "51.5% of its people were male
    and 48.5% female" gives no share of women."""
    def clauses(whole: str) -> list[list[str]]:
        return [_NUMBER_OR_WORD.findall(part.lower())
                for part in re.split(r",(?!\d)|[;:()]|\band\b", whole, flags=re.IGNORECASE)]

    for part in clauses(claim):
        for at in (index for index, word in enumerate(part) if word == number):
            after = part[at + 1:at + 2]
            wanted = terms(" ".join(part)) - named
            if not any(word == number and (not after or after[0] in STOP_WORDS
                                           or there[index + 1:index + 2] == after)
                       and wanted <= terms(" ".join(there))
                       for there in clauses(text) for index, word in enumerate(there)):
                return False
    return True


__all__ = ["ClockTime", "clock_times", "judge_numbers", "read_in", "retimed"]
