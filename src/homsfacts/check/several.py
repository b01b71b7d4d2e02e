"""Questions that ask for several records ("which countries does Homs province border?",
"who were the two journalists killed in Homs?"): where the records that tie for the answer
are all of one kind, the kind asked, as many as the question says, and each answers it by
its own description, they are the answer, as a list, each with its citation, as ``who`` and
``where`` list what a base holds. A tie that falls short of any of these stays "not sure"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.views import Record
from homsfacts.check.question import KINDS_ASKED, PLACE, WHO, Question
from homsfacts.check.settle import Scored
from homsfacts.check.spelled import SMALL
from homsfacts.vocabulary import WHERE_KINDS, WHO_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_PLURAL = re.compile(r"^(?:which|what) (?:(?:two|three|four|both|other) )?(?P<noun>[a-z]+s)\b"
                     r"|^who (?:were|are)\b|^(?:where|what) (?:were|are) the (?:two|three)\b")
"""A question in the plural: "which countries", "who were", "which two towns"."""


_RELATIVE_PLACE = re.compile(r"\b(?:north|south|east|west|near|beside|around)\b", re.IGNORECASE)
"""Words that place one thing by another ("which cities are north of Homs"): a description
that holds them may say them of something else ("the main north-south route")."""


def several(base: FactBase, asked: Question, tied: list[Scored]) -> Record | None:
    """The list answer to a question in the plural, from the records tied for it (two or
    more), or None where the question asks for one or the tie is no such list."""
    plural = _PLURAL.match(" ".join(asked.text.lower().split()))
    if len(tied) < 2 or plural is None:
        return None
    noun = plural["noun"] or ""
    wanted = asked.entity_kind or KINDS_ASKED.get(noun) or KINDS_ASKED.get(noun[:-1], "")
    kinds = WHERE_KINDS if asked.kind == PLACE else WHO_KINDS if asked.kind == WHO else (
        WHERE_KINDS | WHO_KINDS)
    records = [item.passage.record for item in tied]
    if any(record["type"] != "entity" or record.get("kind") not in kinds
           or (wanted and record.get("kind") != wanted)
           for record in records) or _RELATIVE_PLACE.search(asked.text) or \
            len({record.get("kind") for record in records}) > 1:  # people and a monitor
        return None
    counted = [SMALL[word] for word in asked.text.lower().split() if word in SMALL]
    if counted and counted[0] != len(records):  # "the two journalists": two, no more
        return None
    # each must answer it by what it is: its own description holds every term and name
    # the question asks ("who were the French journalists?" is not answered by Colvin, an
    # American whose statements name the French journalist beside her)
    asked_for = (set(asked.terms) - set(SMALL)) | set(asked.names) | (
        {"date"} if asked.dates else set())
    if any(not item.passage.text.startswith(item.passage.record.get("description") or "\0")
           or not asked_for <= item.held for item in tied):
        return None
    shown = [base.get(str(record["id"])) for record in records]
    return {"kind": "entities", "data": [record for record in shown if record is not None]}


__all__ = ["several"]
