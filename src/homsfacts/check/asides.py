"""What a claim adds beside the numbers and dates its records back, which they must say too:
what stands today, a share of a whole, a part of the day."""

from __future__ import annotations

import re

from homsfacts.base.views import Record
from homsfacts.check.compare import present_unsaid
from homsfacts.check.quantifiers import share_unsaid
from homsfacts.check.reader import Reading
from homsfacts.check.scope import day_part_unsaid
from homsfacts.check.voices import claimed_voice


def aside_unsaid(reading: Reading, records: list[Record]) -> str:
    """What a claim adds to the numbers and dates its records back that they do not say,
    or "": what stands today, a share of a whole ("all of those trapped" against "most"), a
    part of the day ("in the morning" against "on Saturday night")."""
    return present_unsaid(reading, records) or share_unsaid(reading.claim, records) or \
        day_part_unsaid(reading.claim, records) or dated_by_one(reading.claim, records)


def dated_by_one(claim: str, records: list[Record]) -> str:
    """An event dated only as one source dates it ("..., as a German question-and-answer
    page dates it"), for a claim that names no voice: it backs only what that source says."""
    for record in records:
        voice = _DATED_BY.search(str(record.get("summary") or "")[-200:])  # its last words
        if voice and not claimed_voice(claim):
            return f"the base dates {record['id']} only {voice.group().strip(',. ')}"
    return ""


_DATED_BY = re.compile(r",? as (?:an? |the )?[\w' -]+? (?:dates|gives) it\.?$")


__all__ = ["aside_unsaid"]
