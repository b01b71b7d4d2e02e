"""Who said a thing is not who did it: a card that reports what others did ("it said that
about 400 people had left the Old City") does not answer "who left the Old City?"; nor does
an event that names the act only as what something had undergone ("the besieged centre")
answer who did it."""

from __future__ import annotations

import re

from homsfacts.base.match import id_words
from homsfacts.base.views import Record
from homsfacts.check.acts import FIGURE_ACTS, acts, said
from homsfacts.check.question import WHO, Question

_REPORTING = re.compile(r"\b(?:said|says|told|tells|reported|reports|quoted|announced|called|"
                        r"calls|described|describes)\b", re.IGNORECASE)
"""A verb after which a statement gives what others did, as its subject reported it."""
_OF_ITSELF = re.compile(r"^\s*(?:(?:the\s+)?[A-Z][\w.]*\s+)?(?:that\s+)?(?:he|she|it|they|we)\b")
"""What the speaker reported of itself: "who told AFP he took in evacuees"."""


def only_reported(asked: Question, record: Record) -> str:
    """For a question of who did something, a person or group whose card has the act only
    in what it reported others did, as a reason for not being sure; or ""."""
    if asked.kind != WHO or record["type"] != "entity" or _REPORTING.search(asked.text):
        return ""  # "who said 400 people had left?" asks for the reporter
    asked_acts = {each.act for each in acts(asked.text)} - FIGURE_ACTS
    if not asked_acts:
        return ""
    texts = [record["description"], *(statement["text"] for statement in record["statements"])]
    own, reported = set(), set()
    for text in texts:
        parts = _REPORTING.split(text, maxsplit=1)
        if len(parts) > 1 and _OF_ITSELF.match(parts[1]):
            parts = [text]
        own |= said(acts(parts[0])) & asked_acts
        reported |= said(acts(parts[1])) & asked_acts if len(parts) > 1 else set()
    if reported and not own:
        return (f"reports what others did ({record['id']}), which does not make it who "
                "did it")
    return ""


def act_unsaid(asked: Question, record: Record) -> str:
    """For a question of who did something, an event whose summary does not state the act
    ("who besieged the Old City?" against "rebel fighters start to withdraw from the besieged
    centre"), as a reason for not being sure; or ""."""
    if asked.kind != WHO or record["type"] != "event":
        return ""
    asked_acts = {each.act for each in acts(asked.text)} - FIGURE_ACTS
    unsaid = sorted(asked_acts - said(acts(record["summary"]) + acts(id_words(record["id"]))))
    return f"does not say that anyone did it ({record['id']}: {unsaid[0]})" if unsaid else ""


__all__ = ["act_unsaid", "only_reported"]
