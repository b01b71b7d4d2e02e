"""Whose win a sentence says it was: "a major victory for the government" does not back "a
win for the rebels", nor "a symbolic defeat for the rebels" "a win for the rebels". A claim
and a sentence that both say whom an outcome was for must agree on the side (the army and
the government, or the rebels, as :func:`homsfacts.check.acts.side_of` reads them) and on
whether it was a win or a loss."""

from __future__ import annotations

import functools
import re

from homsfacts.check.side_names import side_of

_OUTCOME = re.compile(r"\b(?P<noun>wins?|victor(?:y|ies)|triumphs?|success(?:es)?|gains?|"
                      r"boosts?|defeats?|loss(?:es)?|setbacks?|blows?)\s+for\s+"
                      r"(?P<whom>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)
_LOSSES = ("defeat", "loss", "setback", "blow")


@functools.lru_cache(maxsize=64)
def _outcomes(text: str) -> tuple[tuple[bool, str, str], ...]:
    """Each outcome a text says was for a side: (a win?, the side, the words)."""
    found = []
    for match in _OUTCOME.finditer(text):
        side = side_of(match["whom"])
        if side is not None:
            won = not match["noun"].lower().startswith(_LOSSES)
            found.append((won, side, match.group()))
    return tuple(found)


def other_fortune(claim: str, text: str) -> str:
    """Why a sentence's outcome is not the claim's, as a reason, or "": it was for the
    other side, or the other way for the same side."""
    said = _outcomes(text)
    for won, side, words in _outcomes(claim):
        for other_won, other_side, other_words in said:
            if (won == other_won) != (side == other_side):
                return f"the source says {other_words!r}, not {words!r}"
    return ""


__all__ = ["other_fortune"]
