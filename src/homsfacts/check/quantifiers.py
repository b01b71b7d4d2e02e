"""How much of a whole a claim says something of ("all of those trapped", "a few of the
fighters") against how much its source says ("most of the people the siege had trapped"):
another share is no backing. Only a share before "of" or "the" is read, where the words
mean a part of a whole and not "some 400" or "all but"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from homsfacts.base.views import Record
from homsfacts.check.compare import present_unsaid
from homsfacts.check.reader import Reading
from homsfacts.check.scope import day_part_unsaid

_SHARES = {"all": "all", "every one": "all", "each": "all", "most": "most",
           "the majority": "most", "many": "many", "some": "some", "several": "some",
           "a few": "few", "few": "few", "none": "none", "half": "half"}
_SHARE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SHARES), key=len, reverse=True))
                    + r") (?:of |the )", re.IGNORECASE)


def shares(text: str) -> set[str]:
    """The shares of a whole a text speaks of ("most of the people": most)."""
    return {_SHARES[match.lower()] for match in _SHARE.findall(text)}


def share_unsaid(claim: str, records: Iterable[Record]) -> str:
    """Why records do not back the share of a whole the claim gives, or "": their own text
    gives another ("all of those trapped" against "most of the people trapped")."""
    claimed = shares(claim)
    if not claimed:
        return ""
    for record in records:
        own = shares(str(record.get("summary") or record.get("label") or ""))
        if own and not claimed & own:
            return (f"the claim speaks of {sorted(claimed)[0]} of them, and {record['id']} of "
                    f"{sorted(own)[0]}")
    return ""


def aside_unsaid(reading: Reading, records: list[Record]) -> str:
    """What a claim adds to the numbers and dates its records back that they do not say, or
    "": what stands today, a share of a whole, a part of the day."""
    return present_unsaid(reading, records) or share_unsaid(reading.claim, records) or \
        day_part_unsaid(reading.claim, records)


__all__ = ["aside_unsaid", "share_unsaid", "shares"]
