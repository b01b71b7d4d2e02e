"""What a question takes for granted that its best record does not say, for ``ask``: a
question is answered only by a record that fits all it assumes. "When did the rebels retake
Baba Amr?" is not answered by the army's retaking; "when did Ottoman rule end?" not by the
event of its beginning; "when was the American journalist Remi Ochlik killed?" not by the
killing of a Frenchman; "how many died, according to the army?" not by the Observatory's
count; "where is Palmyra?" not by Homs, whose statements mention Palmyra."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold, id_words
from homsfacts.base.views import Record
from homsfacts.check.acts import FIGURE_ACTS, acts, clash
from homsfacts.check.naming import Names
from homsfacts.check.people import claimed_nationality, nationality
from homsfacts.check.question import EVENT, Question

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_ENDS = re.compile(r"\b(?:end|ends|ended|ending|finish|finished|stop|stopped|lifted)\b")
_BEGINS = re.compile(r"\b(?:begin|begins|began|begun|beginning|start|starts|started|"
                     r"starting|open|opened)\b")
_THING = re.compile(r"^(?i:where|what|who)\s+(?:is|was|are|were)\s+(?P<thing>(?:the\s+)?"
                    r"[A-Z][\w'’-]*(?:\s+(?:of|in|the|[A-Z][\w'’-]*))*)\s*\??$")
"""A question of what or where a named thing is ("Where is Palmyra?", "What is the Survey
of Western Palestine?")."""


def assumed_otherwise(base: FactBase, asked: Question, record: Record) -> str:
    """What the question takes for granted that the record does not say, as a reason for
    not being sure that follows "the best match", or ""."""
    return (_unknown_thing(asked) or _other_end(asked, record) or _other_doer(asked, record)
            or _other_nationality(base, asked) or _other_voice(base, asked, record))


def _unknown_thing(asked: Question) -> str:
    """A named thing the question asks about that no record is named by: a statement that
    mentions Palmyra is no card of Palmyra."""
    match = _THING.match(" ".join(asked.text.split()))
    if match is None or asked.names:
        return ""
    return f"only mentions {match['thing']!r}, which no record is named"


def _other_end(asked: Question, record: Record) -> str:
    """An event of a beginning, for a question of an end, or the other way round."""
    if asked.kind != EVENT or record["type"] != "event":
        return ""
    question = asked.text.lower()
    own = f"{id_words(record['id'])} {record['summary']}".lower()
    if _ENDS.search(question) and not _ENDS.search(own) and _BEGINS.search(own):
        return f"is when it began ({record['id']}), and the question asks when it ended"
    if _BEGINS.search(question) and not _BEGINS.search(own) and _ENDS.search(own):
        return f"is when it ended ({record['id']}), and the question asks when it began"
    return ""


def _other_doer(asked: Question, record: Record) -> str:
    """An event whose act a "when" question gives another doer than its source does ("when
    did the rebels retake Baba Amr?" against the army's retaking)."""
    if asked.kind != EVENT or record["type"] != "event":
        return ""
    question_acts = [each for each in acts(asked.text) if each.act not in FIGURE_ACTS]
    roles = clash(question_acts, acts(record["summary"]) + acts(id_words(record["id"])))
    return f"does not fit who the question says did it: {roles.replace('claim', 'question')}" \
        if roles else ""


def _other_nationality(base: FactBase, asked: Question) -> str:
    """A nationality the question gives a person it names that the base gives otherwise."""
    for record_id in asked.names:
        person = base.get(record_id)
        if person is None or person.get("kind") != "person":
            continue
        claimed, own = claimed_nationality(asked.text, person), nationality(person)
        if claimed is not None and own is not None and claimed[1] != own:
            return (f"is of {person['name']}, whom the question makes {claimed[0]}; the base "
                    f"gives {own}")
    return ""


def _other_voice(base: FactBase, asked: Question, record: Record) -> str:
    """A source the question names ("according to Reuters") that neither a figure's
    attribution nor its sources are."""
    if record["type"] != "figure":
        return ""
    voice, _ = Names(base).voice(asked.text)  # "SOHR": the Observatory's own name
    if not voice:
        return ""
    spoken = [record.get("attribution") or ""]
    for citation in record.get("sources") or []:
        source = base.get(citation["source"])
        if source is not None:
            spoken += [source.get("publisher") or "", source.get("carries") or "",
                       source["id"].replace("-", " ")]
    if voice & set(fold(" ".join(spoken)).split()):
        return ""
    return f"is not attributed to {' '.join(sorted(voice))}, whom the question cites"


__all__ = ["assumed_otherwise"]
