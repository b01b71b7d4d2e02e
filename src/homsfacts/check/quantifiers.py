"""How much of a whole a claim says something of ("all of those trapped", "a few of the
fighters") against how much its source says ("most of the people the siege had trapped"):
another share is no backing. Only a share before "of" or "the" is read, where the words
mean a part of a whole and not "some 400" or "all but"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from homsfacts.base.views import Record

_SHARES = {"all": "all", "every one": "all", "each": "all", "most": "most",
           "the majority": "most", "many": "many", "some": "some", "several": "some",
           "a few": "few", "few": "few", "none": "none", "half": "half",
           "a handful": "few", "a small number": "few", "a minority": "few",
           "a fraction": "few", "hardly any": "few", "the vast majority": "most",
           "the bulk": "most", "almost all": "most", "nearly all": "most"}
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


__all__ = ["share_unsaid", "shares"]
