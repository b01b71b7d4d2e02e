"""How ``ask`` settles on one answer among passages that score alike: a near tie between a
record and a part of it is one answer, and a statement that hedges what a question asks
("he was expected to win", for "who won?") answers nothing, nor one that has it done to its
subject ("killed in Homs", for "who killed Marie Colvin?")."""

from __future__ import annotations

import re
from typing import NamedTuple

from homsfacts.base.dates import year_of
from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.acts import acts, said
from homsfacts.check.moves import misplaced_year
from homsfacts.check.passages import LINKED, Passage, Passages
from homsfacts.check.people import DEMONYMS, nationality
from homsfacts.check.premises import clock_said, moving
from homsfacts.check.question import CARD, EVENT, FIGURE, PLACE, WHO, Question
from homsfacts.check.statements import HEDGES, PRONOUNS
from homsfacts.vocabulary import WHERE_KINDS


class Scored(NamedTuple):
    score: float
    held: frozenset[str]
    """The terms and names of the question the passage holds (a date counts as ``date``)."""
    passage: Passage


_LINKS = ("about", "entities", "places", "agents", "targets")
"""The fields by which one record is part of another: a figure about a place, an event and
the people in it."""


_WHAT_SAID = re.compile(r"\s*what\s+(?:did|does|do|has|have|had)\s+\S.*?\s+(?:say|tell|claim|"
                        r"announce|declare|write|call)\b", re.IGNORECASE)
"""A question of what someone said ("what did Golani say about the capture of Homs?"):
answered by what the base has the speaker say, not by an event that names the speaker."""


def one_for_related(asked: Question, ranked: list[Scored], lead: float) -> list[Scored]:
    """The ranking with a near tie between two records, one part of the other, made one: "who
    recaptured Baba Amr?" is answered by the event or the army in it alike, and "Homs
    elevation?" by the figure about Homs more than by Homs. The one kept is of the kind the
    question asks for, else the one that is about the other; the rest keep their ranks. Two
    records that hold the same of the question, one of the kind it asks for, are settled the
    same way. A near tie is a difference of less than ``lead``."""
    if len(ranked) < 2 or ranked[0].score - ranked[1].score >= lead:
        return ranked
    first, second = ranked[0].passage.record, ranked[1].passage.record

    def part_of(one: Record, other: Record) -> bool:
        return any(other["id"] in (one.get(field) or []) for field in _LINKS)

    wanted = "entity" if _WHAT_SAID.match(asked.text) else {  # said of its speaker's card
        WHO: "entity", PLACE: "entity", CARD: "entity", EVENT: "event", FIGURE: "figure"
    }.get(asked.kind)
    kinds = [first["type"], second["type"]]
    alike = ranked[0].held == ranked[1].held and kinds.count(wanted or "") == 1
    # or two that hold the same of the question, one of the kind it asks for ("who oversaw
    # the evacuation?": the UN, where the event of the evacuation says it oversaw it)
    if not (part_of(first, second) or part_of(second, first) or alike):
        return ranked
    clocked = [at for at, item in enumerate(ranked[:2]) if clock_said(asked, item.passage.text)]
    if len(clocked) == 1:  # "what time did it start?": the one that gives a time of day
        keep = clocked[0]
    elif wanted in kinds and kinds.count(wanted) == 1:
        keep = kinds.index(wanted)
    else:
        keep = 1 if part_of(second, first) else 0
    return [ranked[keep], *ranked[2:]]


def hedge_beside(passages: Passages, asked: Question, text: str) -> str:
    """A hedge (:data:`HEDGES`) the statement puts beside what the question asks and the
    question does not: "expected" in "he was expected to win", for "who won?"; or ""."""
    words, asking = fold(text).split(), set(fold(asked.text).split())
    for at, word in enumerate(words):
        if word in HEDGES and word not in asking:
            near = " ".join(words[max(0, at - 3):at + 4])
            if passages.stemmer.terms([near])[0] & asked.terms:
                return word
    return ""




_WHO_DID = re.compile(r"^who (?:first |then )?(?P<verb>[a-z]+)\b")
_PASSIVE = r"(?:\b(?:was|were|is|are|been|be|being|got)|,)\s+"


def done_to(question: str, passage: Passage) -> str:
    """How a passage of a person, group or place has a "who did it" question's act done to
    its record, or by another, not by the record ("French journalist, killed in Homs";
    "when rebels took Homs, his rule had lasted 24 years"), or an event's that does not say
    who did it ("are killed in Homs"), or ""."""
    asking = _WHO_DID.match(" ".join(question.lower().split()))
    if asking is None or asking["verb"] in _BE:  # "who were killed" asks whom, not who did
        return ""
    rest = asking.string[asking.start("verb"):]  # "took up arms" is read whole
    first = acts(rest)[:1]
    asked = {first[0].act} if first and rest.startswith(first[0].words) else {
        each.act for each in acts(asking["verb"])}  # not "said 400 people had left"
    if passage.record["type"] == "event":  # one says who did it in its own words, if at all
        done = [each for each in acts(passage.record["summary"]) if each.act in asked]
        if done and not passage.record.get("agents") and not any(
                each.agent_words for each in done):
            return f"does not say who {asking['verb']}"
        return ""
    own = set(fold(" ".join([passage.record.get("name") or "",
                             *passage.record.get("aliases", [])])).split()) | PRONOUNS
    stated = acts(passage.text)
    if asked and not asked & said(stated) and not any(  # "credits with the death toll" is
            asked & said(acts(word)) for word in passage.text.split()):  # not who killed
        return f"does not say that anyone {asking['verb']}"
    for each in stated:
        if each.act not in asked:
            continue
        if re.search(_PASSIVE + re.escape(each.words) + r"\b", passage.text, re.IGNORECASE):
            return f"was {each.words}, not the one who did it"
        doers = set(fold(" ".join(each.agent_words)).split()) - {"the"}
        described = re.search(rf"\b(?:that|who|which) {re.escape(each.words)}\b",
                              passage.record["description"])  # "Ally ... that supervised"
        if doers and not doers & own and not (described and passage.text.startswith(
                passage.record["description"])):
            return f"says that {' '.join(each.agent_words)} {each.words}"
    return ""


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "got", "gets", "get"})


_WENT = re.compile(r"^where (?:did|does|do|had|has) (?P<who>.+?) (?:go|flee|travel|move|escape|"
                   r"head|fly|run)\b", re.IGNORECASE)
"""A question of where someone went ("where did Assad go after leaving Damascus?")."""


def gone_by_another(question: str, record: Record, names: dict[str, str]) -> str:
    """The person a "where did X go" question asks of, where the event that answers it was
    done by others ("the army withdraws"), or "": an event answers only of its doers."""
    went = _WENT.match(" ".join(question.split()))
    if went is None or record["type"] != "event":
        return ""
    who = f" {fold(went['who'])} "
    asked = [record_id for record_id, words in names.items() if f" {words} " in who]
    doers = set(record.get("agents") or [])
    return went["who"] if any(record_id not in doers for record_id in asked) else ""


_MOVED = re.compile(r"\b(?:move|moved|relocate|relocated|transfer|transferred)\b", re.I)


def moved_elsewhere(asked: Question, passage: Passage) -> str:
    """The place a "where was it moved in YEAR" question's best passage puts in another
    clause than the year's, or "": "moved there from Mardin in 1933 and on to Damascus in
    1959" does not answer "where did it move in 1959" with the city it left."""
    record = passage.record
    if not (_MOVED.search(asked.text) and asked.dates and asked.kind == PLACE
            and record["type"] == "entity" and record.get("kind") in WHERE_KINDS):
        return ""
    year = str(year_of(asked.dates[0][0]))
    return record["name"] if misplaced_year(f"moved to {record['name']} in {year}", year,
                                            passage.text) else ""


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})


def only_possessed(asked: Question, passage: Passage) -> str:
    """The record of a statement that names it only as another's ("her death", "his rule")
    or not at all, for a "who did it" question, or "": such a statement says what others
    did ("a US court ... ordered a judgement" of Marie Colvin), never what it did. A
    description is of its record throughout ("Oversaw the evacuation")."""
    record = passage.record
    if (asked.kind != WHO or record["type"] != "entity"
            or passage.text.startswith(record["description"])):
        return ""
    own = {word for word in fold(" ".join([record["name"], *record.get("aliases", [])])).split()
           if len(word) > 2}
    words = set(fold(passage.text).split())
    return "" if words & (own | _SUBJECT_PRONOUNS) else f"does not have {record['name']} do it"


_HELD_UNTIL = re.compile(r"^who (?:\w+ )?(?:held|controlled|ruled|occupied|governed|kept|ran)\b"
                         r".*\b(?:until|till|before|up to)\b")
_TAKING = frozenset({"take", "retake", "enter", "reach"})


def ended_it(asked: Question, passage: Passage) -> str:
    """A passage that has its record (or an event, its doers) take what a "who held it until
    then" question asks of, or "": the one who took Waer in May 2016 ended the rebels' hold,
    which the question asks about ("who held Waer until 2016?")."""
    if not _HELD_UNTIL.search(" ".join(asked.text.lower().split())):
        return ""
    taken = [each.words for each in acts(passage.text) if each.act in _TAKING]
    taker = passage.record.get("name") or "its doers"
    return f"has {taker} end the hold the question asks about ({taken[0]!r})" if taken else ""


_WENT_TO = re.compile(r"\b(?:to which|where\b.*\b(?:took in|fled|went|were taken)|"
                      r"(?:taken|fled|went|moved|bussed) to)\b")
"""A place's description that says people were taken or went there."""


def not_where_they_went(asked: Question, passage: Passage) -> str:
    """A passage that does not say where anyone went, for a "where did they go" question: a
    place's description not of one people were taken or went to, another of its passages
    that does not name it after "to", or an event whose summary names no place they went
    to."""
    record = passage.record
    if not moving(asked):
        return ""
    if record["type"] == "event":
        went = re.search(r"\b(?:to|for|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[A-Z]",
                         record["summary"]) is not None
    elif passage.text.startswith(record["description"]):
        went = _WENT_TO.search(record["description"]) is not None
    else:
        went = re.search(rf"\bto (?:the )?{re.escape(fold(record['name']))}\b",
                         fold(passage.text)) is not None
    return "" if went else f"does not say where they went ({record['id']})"


def went_to(asked: Question, top: Scored, ranked: list[Scored], passages: Passages
            ) -> Scored | None:
    """For a "where did they go" question whose best passage is of the place they left but
    names the place they went to ("The evacuees were taken to Dar al-Kebira", of the Old
    City), that place's best passage, where it may answer; or None."""
    if not not_where_they_went(asked, top.passage):
        return None
    for item in ranked:
        record = item.passage.record
        if record.get("kind") in WHERE_KINDS and record["id"] != top.passage.record["id"] \
                and re.search(rf"\b(?:to|into)\s+(?:the\s+)?{re.escape(record['name'])}\b",
                              top.passage.text) and not misanswered(asked, item.passage, passages):
            return item
    return None


_WHERE_CLAUSE = re.compile(r"(?P<place>(?:[\w'’-]+ ){0,3}[\w'’-]+),? where (?P<rest>[^;.]+)")


def placed_elsewhere(passages: Passages, asked: Question, passage: Passage) -> str:
    """The place a statement gives what a "where" question asks of, in a clause of its own
    ("... cut Damascus off from the coast, where Assad's Alawite sect is strongest"), as
    the reason the card the statement belongs to does not answer, or "": the coast, not
    Homs, is where the sect is strongest."""
    record = passage.record
    if asked.kind != PLACE or record["type"] != "entity" or \
            passage.text.startswith(record["description"]):
        return ""
    for match in _WHERE_CLAUSE.finditer(passage.text):
        (said,) = passages.stemmer.terms([match["rest"]])
        if asked.terms and asked.terms <= said | set(asked.names):
            place = re.split(r"\b(?:from|to|in|at|on|of|off|into)\b", match["place"])[-1]
            return f"puts it where {place.strip()!r} is, not in {record['name']}"
    return ""


_WHO_IS_THE = re.compile(r"^(?:who|which) (?:was|is) (?:the |a |an )?(?P<word>\w+)")


def of_another_nation(asked: Question, record: Record) -> str:
    """A person of another nationality than the one a "who was the French journalist"
    question asks for, or "": Marie Colvin's statement names "the French journalist Remi
    Ochlik", and she was American."""
    asking = _WHO_IS_THE.match(" ".join(asked.text.lower().split()))
    country = DEMONYMS.get(asking["word"]) if asking else None
    own = nationality(record) if country and record.get("kind") == "person" else None
    return f"is of {own}, not {country}" if own and own != country else ""


def misanswered(asked: Question, passage: Passage, passages: Passages) -> str:
    """Why the best passage does not answer what the question asks of someone, or "": it
    had the act done to it, or by another ("who killed Marie Colvin?"), or says where
    others went ("where did Assad go?"), or moved in another year ("where did the
    Patriarchate move in 1959?"), or does not say where they went, or puts what a "where"
    question asks where another place is."""
    suffered = (done_to(asked.text, passage) or only_possessed(asked, passage)
                or ended_it(asked, passage)) if asked.kind == WHO else ""
    went = gone_by_another(asked.text, passage.record, asked.names)
    moved = moved_elsewhere(asked, passage)
    return suffered or (f"says where others went, not {went}" if went else "") or (
        f"puts {moved} in another clause than the year asked" if moved else "") or \
        not_where_they_went(asked, passage) or placed_elsewhere(passages, asked, passage) \
        or done_by_others(asked, passage)


def done_by_others(asked: Question, passage: Passage) -> str:
    """Why a statement of what a "where" or "when did X do it" question names does not
    answer it, or "": its act is done by others ("where did the army first take up arms?"
    against "in Homs the first rebel factions took up arms to fight it off")."""
    if asked.kind not in (PLACE, EVENT) or passage.record["id"] not in asked.names or \
            not re.match(r"\s*(?:where|when) did ", asked.text.lower()):
        return ""
    own = set(fold(asked.names[passage.record["id"]]).split()) - {"the", "a", "an"} | {
        "it", "its", "they", "he", "she", "his", "her"}
    for each in acts(asked.text):
        doers = [other.agent_words for other in acts(passage.text) if other.act == each.act]
        if doers and not any(set(words) & own for words in doers):
            return f"has others than {asked.names[passage.record['id']]} {each.words}"
    return ""


def without_refused_rivals(asked: Question, ranked: list[Scored], passages: Passages,
                           lead: float) -> list[Scored]:
    """The ranking without the near rivals of the best that could not answer it themselves
    (:func:`misanswered`): "Russia, his ally, supervised the operation", a statement of
    Assad, does not stand between "who oversaw the operation?" and Russia."""
    if not ranked:
        return ranked
    best = ranked[0].score
    return [ranked[0], *(item for item in ranked[1:] if best - item.score >= lead
                         or not misanswered(asked, item.passage, passages))]


def newest(asked: Question, close: list[Scored], scored: list[Scored]) -> Scored | None:
    """For a question that asks the latest value ("the most recent population figure"), of
    the figures about what it names (not a part of it: Waer's is no population of Homs) that
    answer it about as well, and the other reports of their quantities, the one of the latest
    date; else None, as when two quantities share that date."""
    if not asked.latest:
        return None
    quantities = {_quantity(item.passage.record) for item in close}
    dated = [item for item in scored if _quantity(item.passage.record) in quantities
             and item.passage.dates and item.passage.record["type"] == "figure"
             and all(item.passage.names.get(name, 0.0) >= LINKED for name in asked.names)]
    if not dated:
        return None
    last = max(item.passage.dates[0][1] for item in dated)
    at_last = [item for item in dated if item.passage.dates[0][1] == last]
    return at_last[0] if len({_quantity(item.passage.record) for item in at_last}) == 1 else None


def _quantity(record: Record) -> str:
    return str((record.get("group") or {}).get("id") or record["id"])


__all__ = [
    "Scored",
    "done_to",
    "ended_it",
    "gone_by_another",
    "hedge_beside",
    "misanswered",
    "moved_elsewhere",
    "newest",
    "not_where_they_went",
    "one_for_related",
    "only_possessed",
    "placed_elsewhere",
    "went_to",
    "without_refused_rivals",
]
