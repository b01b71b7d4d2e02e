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
from homsfacts.check.acts import FIGURE_ACTS, acts, clash, crossed, said, sides_said
from homsfacts.check.alternatives import contradiction
from homsfacts.check.clock import clock_times
from homsfacts.check.givens import (
    BIRTH,
    born_elsewhere,
    number_unsaid,
    own_text,
    question_said_otherwise,
    roles_crossed,
)
from homsfacts.check.naming import Names
from homsfacts.check.order import record_names
from homsfacts.check.participants import home_peoples, unsaid_peoples
from homsfacts.check.people import claimed_nationality, nationality
from homsfacts.check.question import EVENT, PLACE, WHO, Question
from homsfacts.check.speakers import act_unsaid, only_reported
from homsfacts.check.statements import PRONOUNS
from homsfacts.check.voices import source_voice
from homsfacts.check.words import terms

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

_ENDS = re.compile(r"\b(?:end|ends|ended|ending|finish|finished|stop|stopped|lifted|"
                   r"independen\w*)\b")
_BEGINS = re.compile(r"\b(?:begin|begins|began|begun|beginning|start|starts|started|"
                     r"starting|open|opened|sparks|sparked|erupts|erupted)\b")
_MOTION = re.compile(r"\b(?:go|goes|went|gone|flee|fled|move|moved|travel|travelled|head|"
                     r"headed|leave|left|taken|sent|bussed|evacuated|escape|escaped)\b")
_DIED = re.compile(r"^(?:when|where|how) (?:did|was|were) (?P<who>.+?) (?:die|killed)\b")
"""A question of someone's death, whose answer must have it befall them."""
_CLOCK_ASKED = re.compile(r"\b(?:what|which) time\b|\bat what hour\b|\bwhat hour\b")
"""A question of the time of day something happened."""
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                         "southeast", "southwest"})
_DURING = re.compile(r"\b(?:in|during|under) the (?:[\w-]+ ){1,2}(?:period|era|age|times|reign)\b",
                     re.IGNORECASE)
"""A span an event happens within ("in the Mamluk period")."""
_MOVED_TO = re.compile(r"\b(?:(?:move|moved|moves|relocate|relocated|transfer|transferred)\b"
                       r"(?: \w+){0,3}? to|(?:arrive|arrived|arrives|come|came|comes) (?:in|at|"
                       r"to)) (?P<place>[\w-]+)")
_LEFT = re.compile(r"\b(?:leave|left|leaves|depart|departed|departs) (?:from )?(?P<place>[\w-]+)")
_TITLES = {title: group for group in (
    frozenset({"governor"}), frozenset({"president"}), frozenset({"mayor"})) for title in group}
_TITLE_ASKED = re.compile(rf"^who (?:was|is|were|are|became) (?:the )?(?:\w+ )?"
                          rf"(?P<title>{'|'.join(_TITLES)})\b")
"""A question of who held an office ("who was governor of Homs in 2020?"): the answer must
be a person whose card begins with that office."""
_GROUPS = {word: group for group, words in {
    "fighters": ("rebel", "rebels", "fighter", "fighters", "gunmen", "insurgents", "militants"),
    "journalists": ("journalist", "journalists", "reporter", "reporters", "photographer",
                    "correspondents"),
    "civilians": ("civilian", "civilians"),
    "soldiers": ("soldier", "soldiers", "troops"),
}.items() for word in words}
"""The groups of people a question or a figure may count, by the words that name them."""
_LABEL_HEAD = re.compile(r"\s(?:in|of|on|at|when|who|that|which|among|by|from|to|during|"
                         r"before|after|as|for)\s")
_WIDER = frozenset({"country", "region", "province"})
"""Places wider than a city: a figure of the city, or of a part of it, counts a part of
them; a figure of a part of the city is the city's in a question ("the siege of Homs")."""
_THING = re.compile(r"^(?i:where|what|who)\s+(?:is|was|are|were)\s+(?P<thing>(?:the\s+)?"
                    r"[A-Z][\w'’-]*(?:\s+(?:of|in|the|[A-Z][\w'’-]*))*)\s*\??$")
"""A question of what or where a named thing is ("Where is Palmyra?", "What is the Survey
of Western Palestine?")."""


def assumed_otherwise(base: FactBase, asked: Question, record: Record) -> str:
    """What the question takes for granted that the record does not say, as a reason for
    not being sure that follows "the best match", or ""."""
    return (_unknown_thing(base, asked) or _other_end(asked, record)
            or _other_doer(base, asked, record) or _unborn(asked, record)
            or _other_nationality(base, asked) or _other_voice(base, asked, record)
            or _other_group(asked, record) or _a_part(base, asked, record)
            or _where_it_was(asked, record) or _no_clock(asked, record) or _within(asked, record)
            or _counts_another_act(base, asked, record) or _moved_otherwise(asked, record)
            or _other_title(asked, record) or question_said_otherwise(base, asked, record)
            or born_elsewhere(asked, record) or number_unsaid(base, asked, record)
            or roles_crossed(asked, record) or only_reported(asked, record)
            or act_unsaid(asked, record)
            or _other_direction(asked, record))


def clock_said(asked: Question, text: str) -> bool:
    """Whether a question asks a time of day ("what time did the evacuation start?") that a
    passage, of any record, gives: a card's statement may say it where no event does; not
    the time something began for a question of when it ended."""
    question, said = asked.text.lower(), text.lower()
    if not _CLOCK_ASKED.search(question):
        return False  # most questions: read no more of each passage
    other_end = (_ENDS.search(question) and _BEGINS.search(said) and not _ENDS.search(said)) or \
        (_BEGINS.search(question) and _ENDS.search(said) and not _BEGINS.search(said))
    unsaid = [number for number in re.findall(r"\b\d[\d,]*\b", question) if number not in said]
    return bool(clock_times(text)) and not other_end \
        and not unsaid  # "by what time had 400 left?" is not when it began


def _no_clock(asked: Question, record: Record) -> str:
    """A record that gives no time of day, for a question that asks one ("what time did
    Colvin die?" is not answered by the court's ruling on her death)."""
    if not _CLOCK_ASKED.search(asked.text.lower()) or clock_times(own_text(record)):
        return ""
    return f"gives no time of day ({record['id']})"


def _other_direction(asked: Question, record: Record) -> str:
    """A figure between two places that puts them the other way round from the question:
    "how far south of Damascus is Homs?" against "north of Damascus"."""
    if record["type"] != "figure":
        return ""
    directions = sorted(set(fold(asked.text).split()) & _DIRECTIONS)
    otherwise = contradiction(directions, str(record["label"]), asked.text) if directions \
        else ""
    return f"{otherwise.replace('the source says', 'says')} ({record['id']})" if otherwise else ""


def moving(asked: Question) -> bool:
    """Whether a "where" question asks where someone went ("where did the fighters go?")."""
    return asked.kind == PLACE and _MOTION.search(asked.text.lower()) is not None


def _where_it_was(asked: Question, record: Record) -> str:
    """The place a "where did they go" question names, as its answer: "where did the Old
    City rebels go?" is not answered by the Old City."""
    if record["id"] not in asked.names or not moving(asked):
        return ""
    return f"is {record['name']}, which the question names; it asks where they went"


def _unknown_thing(base: FactBase, asked: Question) -> str:
    """A named thing the question asks about that no record is named by: a statement that
    mentions Palmyra is no card of Palmyra, nor one of Damascus of "the National Museum in
    Damascus"."""
    match = _THING.match(" ".join(asked.text.split()))
    if match is None:
        return ""
    thing = fold(match["thing"]).removeprefix("the ")
    named = {fold(name) for record_id in asked.names if (record := base.get(record_id))
             for name in [record["name"], *record.get("aliases", [])]}
    return "" if thing in named else f"only mentions {match['thing']!r}, which no record is named"


def _unborn(asked: Question, record: Record) -> str:
    """An event that says no birth, for a question of when or who someone was born: one
    whose only birth stands in an aside ("Elagabalus, a priest-king born in Emesa, ...,
    takes the Roman throne") dates a deed, not the birth."""
    if asked.kind not in (EVENT, WHO) or record["type"] != "event" or \
            not BIRTH.search(asked.text.lower()):
        return ""
    clauses = str(record.get("summary") or "").lower().split(", ")
    if BIRTH.search(clauses[0]) or BIRTH.search(clauses[-1]):
        return ""
    return f"does not say when anyone was born ({record['id']})"


def _counts_another_act(base: FactBase, asked: Question, record: Record) -> str:
    """A figure of a deed the question does not ask of ("what share of those trapped died"
    against the share evacuated): each act of the question must be one its label or its
    events state."""
    if record["type"] != "figure":
        return ""
    texts = [str(record["label"]), *(str((base.get(about) or {}).get("summary") or "")
                                     for about in record.get("about") or [])]
    stated = said([each for text in texts for each in acts(text, nouns=True)])
    other = [each.words for each in acts(asked.text)
             if each.act not in FIGURE_ACTS and each.act not in stated]
    return f"does not count who {other[0]} ({record['id']})" if other else ""


def _other_title(asked: Question, record: Record) -> str:
    """A person the question asks for by a title ("who was governor of Homs in 2020?") whose
    card gives another ("President of the Homs city council")."""
    title = _TITLE_ASKED.match(fold(asked.text))
    if title is None or record.get("kind") != "person" or " and " in fold(asked.text):
        return ""  # "who were the governor and the council president": each its own
    head = re.split(r" of | as |,|;", str(record.get("description") or ""))[0]
    said = set(fold(f"{head} {' '.join(record.get('aliases') or [])}").split())
    if said & _TITLES[title["title"]]:
        return ""
    return f"is {record['name']}, whom the base does not call {title['title']}"


def _moved_otherwise(asked: Question, record: Record) -> str:
    """An event that has something move from where the question has it move to ("when did
    the Syriac Patriarchate move to Mardin?" against its move from Mardin to Homs)."""
    summary = f" {fold(str(record.get('summary') or ''))} "
    for pattern, given, asked_as in ((_MOVED_TO, "from", "to"), (_LEFT, "to", "from")):
        moved = pattern.search(fold(asked.text))
        if moved is not None and f" {given} {moved['place']} " in summary and \
                f" {asked_as} {moved['place']} " not in summary:
            return (f"has it move {given} {moved['place'].title()}, not {asked_as} it "
                    f"({record['id']})")
    return ""


def _within(asked: Question, record: Record) -> str:
    """An event that happens within what a question asks the start or end of ("when did
    the Mamluk period begin?" is not answered by a mosque built "in the Mamluk period"), or
    the event a question asks the date of only as what inspired it ("when was the Arab
    Spring?" by protests "inspired by the Arab Spring")."""
    if asked.kind != EVENT or record["type"] != "event":
        return ""
    summary = str(record.get("summary") or "")
    during = _DURING.search(summary)
    if during and (_BEGINS.search(asked.text.lower()) or _ENDS.search(asked.text.lower())) \
            and set(fold(during.group()).split()) & set(fold(asked.text).split()):
        return f"happens {during.group().lower()} ({record['id']}), not when it began or ended"
    if not asked.terms and asked.names and not set(asked.names) & {
            *(record.get("agents") or []), *(record.get("targets") or [])}:
        return f"only mentions what the question asks the date of ({record['id']})"
    return ""


def _groups(text: str) -> set[str]:
    return {_GROUPS[word] for word in fold(text).split() if word in _GROUPS}


def _other_group(asked: Question, record: Record) -> str:
    """A figure that counts another group of people than the question ("how many rebels
    died" by a toll of all people; "how many people were killed" by a count of
    journalists)."""
    if record["type"] != "figure" or not (asked.units is None or "people" in asked.units):
        return ""
    head = _LABEL_HEAD.split(record["label"], maxsplit=1)[0]  # what it counts, not of what
    asking, counted = _groups(asked.text), _groups(head)
    if asking == counted:
        return ""
    what = " and ".join(sorted(counted)) or "all people"
    return f"counts {what}, and the question asks of {' and '.join(sorted(asking)) or 'all'}"


def _a_part(base: FactBase, asked: Question, record: Record) -> str:
    """A figure about a place inside a country, region or province the question names, not
    about it ("how many journalists were killed in Syria" by a count of those killed in
    Homs)."""
    if record["type"] != "figure":
        return ""
    about = set(record.get("about") or [])
    for event_id in list(about):
        event = base.get(event_id)
        if event is not None and event["type"] == "event":
            about.update(event["places"])
    for record_id in asked.names:
        place = base.get(record_id)
        if place is None or place.get("kind") not in _WIDER or record_id in about or \
                fold(place["name"]) in fold(record["label"]):  # "among Syria's cities"
            continue
        parts = sorted(set(base.cards.inside(record_id)) & about)
        if parts:
            where = " and ".join(str((base.get(part) or {}).get("name") or part)
                                 for part in parts)
            return (f"counts what happened in {where}, a part of {place['name']}, which the "
                    "question asks about")
    return ""


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
    begun = _BEGUN.search(question)
    sparked = [" ".join(each.target_words) for each in acts(str(record["summary"]))
               if each.act == "spark" and each.target_words]
    if begun and sparked and not terms(begun["what"]) & terms(sparked[0]):
        return (f"is when {record['id']} sparked {sparked[0]}, and the question asks when "
                f"{begun['what']} began")  # "when did the protests start?" is no crackdown
    return ""


_BEGUN = re.compile(r"\b(?:did|do|does|has|have|had)\s+(?P<what>.+?)\s+(?:start|begin|erupt)\b")


def _other_doer(base: FactBase, asked: Question, record: Record) -> str:
    """An event whose act a question gives another doer than its source does ("when did
    the rebels retake Baba Amr?" against the army's retaking, "when did Russia retake
    Waer?" against the government's, "who defeated Aurelian?" against his victory), or that
    does not state the act a side is said to have done ("when did the rebels besiege the
    Old City?" by an evacuation)."""
    if asked.kind not in (EVENT, WHO) or record["type"] != "event":
        return ""
    every = acts(asked.text)
    question_acts = [each for each in every if each.act not in FIGURE_ACTS]
    record_acts = acts(record["summary"]) + acts(id_words(record["id"]))
    roles = clash(question_acts, record_acts) or crossed(question_acts, record_acts)
    if roles:
        return f"does not fit who the question says did it: {roles.replace('claim', 'question')}"
    involved = [other for each in [*record["entities"], *record["places"]]
                if (other := base.get(each)) is not None]
    peoples = unsaid_peoples(asked.text, record, involved,  # "when did the Ottomans ..."
                             home_peoples(base))
    if peoples:
        return f"does not speak of the {peoples[0]} ({record['id']})"
    doers, undergone = set(record.get("agents") or []), set(record.get("targets") or [])
    died = _DIED.match(" ".join(asked.text.lower().split()))
    dead = {record_id for record_id, words in asked.names.items()
            if died and f" {words} " in f" {fold(died['who'])} "}
    if dead and not dead & undergone:  # "when did Marie Colvin die?" is no court's ruling
        return f"does not say that {' and '.join(_names(base, sorted(dead)))} died"
    if re.match(r"\s*when (?:was|were)\b", asked.text.lower()):  # "when was Khalid buried"
        done = [each for each in every if each.act not in FIGURE_ACTS
                and each.act not in said(record_acts)]  # not the mosque built at his tomb
        if done:
            return f"does not say that anyone was {done[0].words} ({record['id']})"
    did = re.match(r"\s*(?:when|who) (?:did|does|do)\b", asked.text.lower())
    for each in every if did else []:  # "when did X do it", not "when was X done"
        named = {record_id for record_id, words in asked.names.items()
                 if set(words.split()) <= set(each.agent_words)}
        if each.act != "die" and named & undergone:  # "when did Colvin kill Ochlik?"
            return f"has {' and '.join(_names(base, sorted(named)))} as whom it was done to"
        if each.act in FIGURE_ACTS:
            continue
        if doers and named and not doers & named and not _serving(base, doers, named):
            return (f"has {' and '.join(_names(base, sorted(doers)))} do it, not "
                    f"{' and '.join(_names(base, sorted(named)))}")
        if each.agent and each.act not in said(record_acts):
            return f"does not say that anyone {each.words} ({record['id']})"
        doing = [other.agent_words for other in record_acts if other.act == each.act]
        if named and not doers and doing and not any(  # "when did the UN leave Homs?"
                set(words) & (PRONOUNS | _name_words(base, named)) for words in doing):
            return (f"has others than {' and '.join(_names(base, sorted(named)))} "
                    f"{each.words} ({record['id']})")
        if each.agent and not named and not doers and not any(  # "did the rebels kill her"
                other.agent for other in record_acts if other.act == each.act) and \
                each.agent not in sides_said(str(record["summary"])):
            return f"does not say who did it, as the question does ({record['id']})"
    return ""


def _name_words(base: FactBase, ids: set[str]) -> set[str]:
    return {word for record_id in ids if (record := base.get(record_id)) is not None
            for name in [record["name"], *record.get("aliases", [])]
            for word in fold(name).split()}


def _serving(base: FactBase, doers: set[str], named: set[str]) -> bool:
    """Whether a doer is the named record's own ("The Syrian government's army"): what
    "government troops" did, the army did."""
    owners = [f"{fold(name)} s " for record_id in named if (record := base.get(record_id))
              for name in record_names(record)]
    return any(fold(str((base.get(doer) or {}).get("description") or "")).startswith(
        tuple(f"the {owner}" for owner in owners) + tuple(owners)) for doer in doers)


def _names(base: FactBase, ids: list[str]) -> list[str]:
    return [str((base.get(record_id) or {}).get("name") or record_id) for record_id in ids]


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
            spoken.append(source_voice(source))
    if voice & set(fold(" ".join(spoken)).split()):
        return ""
    return f"is not attributed to {' '.join(sorted(voice))}, whom the question cites"


__all__ = ["assumed_otherwise", "clock_said", "moving"]
