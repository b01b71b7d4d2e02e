"""A noun a claim gives another owner than the card of what a figure counts does: "the
capital of Syria" is not Homs's "capital of Homs Governorate"."""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record, cited_paragraphs
from homsfacts.check.hedging import HEDGE_KINDS
from homsfacts.check.order import whose
from homsfacts.check.reader import Reading

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_HEDGE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, HEDGE_KINDS), key=len,
                                                     reverse=True)) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _uncounted(claim: str, quantities: tuple[str, ...]) -> str:
    """The claim without its numbers and hedges, read once a claim: each of its numbers
    asks again."""
    for quantity in quantities:  # with its "of": "a population of about 800,000 before the
        claim = re.sub(rf"(?:\bof\s+)?{re.escape(quantity)}", " ", claim)  # war" owns no war
    return _HEDGE_WORDS.sub(" ", claim)


def owned_elsewhere(reading: Reading, figure: Record, base: FactBase,
                    mentioned: AbstractSet[str]) -> str:
    """A noun the claim gives another owner than the card of what the figure counts does,
    whose words back the claim's: "the capital of Syria" is not Homs's "capital of Homs
    Governorate"; or "". A count owns nothing ("a population of around 800k")."""
    claim = _uncounted(reading.claim, tuple(quantity.text for quantity in reading.quantities))
    named = {record_id: record for record_id in mentioned
             if (record := base.get(record_id)) is not None}
    cited = set(cited_paragraphs(figure))
    for record_id in figure.get("about") or []:
        card = base.get(record_id)
        if card is not None and card["type"] == "entity":
            texts = [card.get("description") or "", *(
                statement["text"] for statement in card.get("statements") or []
                if cited & set(cited_paragraphs(statement)))]  # as in its evidence
            for text in texts:
                if whose(claim, card, named, f" {fold(text)} "):  # said again with the
                    return whose(claim, card, named | _named_in(text, base),  # text's names
                                 f" {fold(text)} ")
    return ""


def _named_in(text: str, base: FactBase) -> dict[str, Record]:
    """The records a text names in up to three words ("Homs Governorate"), by id."""
    words = fold(text).split()
    grams = [" ".join(words[start:start + size]) for size in (3, 2, 1)
             for start in range(len(words) - size + 1)]
    return {record_id: record for ids in base.mentions(grams).values() if len(ids) == 1
            for record_id in ids if (record := base.get(record_id)) is not None}


__all__ = ["owned_elsewhere"]
