"""Whom or what an act was done to: "the army bombed Baba Amr" is not said by a sentence in
which the army "bombarded the Old City", whatever else it did to Baba Amr."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.check.acts import Act, same_act
from homsfacts.check.order import record_names
from homsfacts.check.words import DETERMINERS
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from homsfacts.base.views import Record


_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "itself", "themselves", "its"})


def done_to_another(claim_acts: list[Act], sentence_acts: list[Act],
                    named: Iterable[Record]) -> str:
    """Why a sentence that has the claim's act done to another place than the claim's, and
    to none of the claim's, does not say the claim ("bombed Baba Amr" against "bombarded the
    Old City"), as a reason; or ""."""
    places = [record for record in named if record.get("kind") in WHERE_KINDS]
    # "besieged and bombarded the Old City": the first act is done to what the next one is
    sentence_acts = [each._replace(target_words=each.target_words or (
        sentence_acts[at + 1].target_words if at + 1 < len(sentence_acts) else ()))
        for at, each in enumerate(sentence_acts)]
    for claimed in claim_acts:
        # the place a claim's act was done to ends its words ("bombed Baba Amr", not "the
        # Homs evacuation"); a sentence's "it" ("left it") may be the claim's own place
        target = f" {' '.join(claimed.target_words)}"
        ours = [place for place in places
                if any(target.endswith(f" {fold(name)}") for name in record_names(place))]
        theirs = [other for other in same_act(claimed, sentence_acts)
                  if set(other.target_words) - _PRONOUNS - DETERMINERS]
        if ours and theirs and not any(
                f" {fold(name)} " in f" {' '.join(other.target_words)} "
                for other in theirs for place in ours for name in record_names(place)):
            return (f"the source has it {claimed.words} {' '.join(theirs[0].target_words)}, "
                    f"not {' '.join(claimed.target_words)}")
    return ""


__all__ = ["done_to_another"]
