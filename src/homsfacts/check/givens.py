"""What a question gives that its best record must say too: a birth at the place it answers
with ("where was Zenobia born?"), a number ("who said the siege killed 3,000 people?"), and
words of another side, ruler, church or place (:mod:`homsfacts.check.otherwise`). Each is a
reason for not being sure that follows "the best match"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.search import Matching
from homsfacts.base.views import Record
from homsfacts.check.acts import acts
from homsfacts.check.candidates import only_whose
from homsfacts.check.copies import SOURCE_DATE
from homsfacts.check.modifiers import modified_otherwise
from homsfacts.check.otherwise import moved_otherwise, unlisted_word
from homsfacts.check.question import PLACE, Question
from homsfacts.check.sides import sides_swapped
from homsfacts.check.stems import STOP
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

BIRTH = re.compile(r"\b(?:born|birth)\b")


def own_text(record: Record) -> str:
    """The words a record says itself: its summary, label, display, description and
    statements."""
    return " ".join([str(record.get(field) or "") for field in (
        "summary", "label", "display", "description")] + [
        str(statement.get("text") or "") for statement in record.get("statements") or []])


def born_elsewhere(asked: Question, record: Record) -> str:
    """A place whose words put no birth of the one the question asks of ("where was Zenobia
    born?" of Homs, where Elagabalus was born)."""
    if asked.kind != PLACE or record.get("kind") not in WHERE_KINDS or \
            not BIRTH.search(asked.text.lower()):
        return ""
    named = [fold(word) for word in re.findall(r"(?<!^)\b[A-Z][\w'’-]+", asked.text.strip())]
    clauses = [fold(clause) for clause in re.split(r"[;,.]", own_text(record))]
    if not named or any(BIRTH.search(clause) and all(word in clause for word in named)
                        for clause in clauses):
        return ""
    return f"does not say that {' '.join(named).title()} was born there ({record['id']})"


_AT = re.compile(r"\b(?:at|in|near)\s+([A-Z][\w-]+)")
"""A place a question puts what it asks of ("did Aurelian defeat Zenobia at Palmyra?")."""


def question_said_otherwise(base: FactBase, asked: Question, record: Record) -> str:
    """A word of another side, ruler or church, or a new name, that the record gives
    otherwise ("the Mamluk governor" against "the Ottoman governor"), a side next to the
    act or a place of the act that it gives otherwise (:func:`sides_swapped`,
    :func:`only_whose`: "at Palmyra" of "Queen Zenobia of Palmyra"), or a name no record
    holds that the record does not say ("where was Zenobia born?" of Homs's card)."""
    otherwise = modified_otherwise(asked.text, [own_text(record)]) or moved_otherwise(
        asked.text, [own_text(record)], base) or sides_swapped(asked.text, own_text(record)) \
        or next(filter(None, (only_whose(place, str(record.get("summary") or ""))
                              for place in _AT.findall(asked.text))), "")
    if otherwise:
        return (f"{otherwise.replace('the source ', '').replace('the claim', 'the question')} "
                f"({record['id']})")
    name = unlisted_word(asked.text, [record], base)
    return f"does not name {name}, which the question names ({record['id']})" if name else ""


def number_unsaid(base: FactBase, asked: Question, record: Record) -> str:
    """A count the question gives that the record does not write, nor a figure it is about
    or credited with ("who said the siege killed 3,000 people?" of the Observatory, which
    put it at about 2,200); the numbers of the question's dates are dates, and those of the
    copy of a source it cites say whose words."""
    numbers = [number.replace(",", "") for number in re.findall(
        r"\b\d[\d,.]*\d\b", SOURCE_DATE.sub(" ", asked.text))  # "the 2012 copy" says whose
        if number not in asked.date_text]
    if not numbers:
        return ""
    linked = base.figures(every_report=True, matching=Matching(linked=(record["id"],)))
    records = [record, *(figure for figure in linked  # through the index, not every figure
                         if record["id"] in {figure.get("attributed_to"), *figure["about"]})]
    written = {number.replace(",", "") for each in records for number in re.findall(
        r"\d[\d,.]*\d|\d", own_text(each))} | {
        str(each.get(field)).removesuffix(".0") for each in records
        for field in ("value", "low", "high") if each.get(field) is not None}
    unsaid = [number for number in numbers if number not in written]
    return f"does not give {unsaid[0]} ({record['id']})" if unsaid else ""


def roles_crossed(asked: Question, record: Record) -> str:
    """An event that has whom the question makes the doer undergo the act, or the one it
    makes undergo it do it ("who did Zenobia defeat?" of Aurelian's defeat of Zenobia), by
    the words of each role, as a reason; or ""."""
    if record["type"] != "event" or _PASSIVE.search(asked.text.lower()):
        return ""  # "when was Waer retaken by the government?": its subject underwent it
    stated = acts(str(record["summary"]))
    for each in acts(asked.text):
        doer, done_to = _role_words(each.agent_words), _role_words(each.target_words)
        for other in (other for other in stated if other.act == each.act):
            agents, targets = _role_words(other.agent_words), _role_words(other.target_words)
            crossed = (doer & targets) - agents or (done_to & agents) - targets
            if crossed:
                return (f"has {' '.join(sorted(crossed)).title()} in the other role of "
                        f"{other.words!r} ({record['id']})")
    return ""


def _role_words(words: tuple[str, ...]) -> set[str]:
    return {word for word in words if word not in STOP and word not in _ASKING}


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\b(?:\s+\S+){0,6}?\s+\w+(?:ed|en|lt|ght)\b")
_ASKING = frozenset({"who", "whom", "which", "what", "did", "does", "do", "was", "were"})


__all__ = ["BIRTH", "born_elsewhere", "number_unsaid", "own_text", "question_said_otherwise",
           "roles_crossed"]
