"""The figures and events a claim may be about: those that share a word with it (a synonym
counts) or involve a record it names, found through the index. Every other one scores nothing
against the claim, and reading them all made a claim's time grow with the base (issue 21:
0.69 s a claim at 100,000 records against 5 ms for the shipped base; now 1.1x)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from homsfacts.base.match import fold, id_words
from homsfacts.base.search import Matching
from homsfacts.base.views import Record
from homsfacts.check.account import TIME_WORDS, Evidence, unaccounted
from homsfacts.check.acts import FIGURE_ACTS, Act, acts, clash, crossed, said, same_act
from homsfacts.check.compare import END_WORDS, START_WORDS, against_event, other_end, word_set
from homsfacts.check.fortunes import other_fortune
from homsfacts.check.people import RULING_PEOPLES
from homsfacts.check.reader import MONTH_WORDS, ORDINAL_WORDS, Reading
from homsfacts.check.stems import porter_stems
from homsfacts.check.units import KINDS_OF_PEOPLE
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.voices import report_dated
from homsfacts.check.weekdays import other_weekday
from homsfacts.check.when import ClaimDate, date_clause
from homsfacts.check.words import spellings, terms

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase
    from homsfacts.check.parts import Parts

Termed = tuple[Record, set[str], set[str]]
"""A figure or event, with its terms and the ids it is about or involves."""


def _termed_figures(figures: list[Record]) -> list[Termed]:
    return [(figure, terms(" ".join(filter(None, [figure["label"], figure.get("period"),
                                                  figure.get("words")]))),
             set(figure["about"])) for figure in figures]


def _termed_events(events: list[Record]) -> list[Termed]:
    return [(event, terms(event["summary"]), set(event["entities"]) | set(event["places"]))
            for event in events]


PEOPLE_GROUPS = frozenset({"male", "female", "armenian", "christian", "muslim", "alawite",
                           "sunni", "orthodox", "syriac", "greek", "kurd", "kurdish", "jewish",
                           "druze"})
"""Words by which a figure counts only some people ("Armenians who settled in Homs", "the
share that was male"): it says nothing of a claim that names none of them."""
GROUPS_COUNTED = PEOPLE_GROUPS | {"palestinian", "refugee"}
"""The same for a claim, and a camp's refugees, who are no count of the city's people."""


@functools.lru_cache(maxsize=4096)
def groups_named(text: str) -> frozenset[str]:
    """The groups of people a text names (:data:`PEOPLE_GROUPS`): a question of
    "Armenians" is answered by no count of Homs camp, and one of "Greeks" by no count of
    Greek Orthodox Christians."""
    return frozenset(PEOPLE_GROUPS & terms(text))


def admitted(base: FactBase, claim_terms: set[str], names: dict[str, str]
             ) -> tuple[list[Termed], list[Termed]]:
    """Every report of the figures and of the events a claim of ``claim_terms`` naming
    ``names`` may be about (not a figure of a group of people it does not name). An event may
    also be about someone the claim names whom its
    summary names without linking (the names' words count for events)."""
    linked = tuple(sorted(names))
    about = Matching(tuple(sorted(spellings(claim_terms))), linked)
    named = Matching(tuple(sorted(spellings(claim_terms | terms(" ".join(names.values()))))),
                     linked)
    return ([termed for termed in _termed_figures(base.figures(every_report=True,
                                                                matching=about))
             if not GROUPS_COUNTED & termed[1] - claim_terms],
            _termed_events(base.timeline(every_report=True, matching=named)))


_MOST_DATES = 8
"""How many of a claim's dates are tried as the date of the event another date was refuted
by: each is compared with that event, so a claim of many dates would cost their square."""


def reconsidered(date: ClaimDate, reading: Reading, outcome: tuple[str, str], chosen: Record,
                 others: list[Record], names: str,
                 is_name: Callable[[str], bool] | None = None
                 ) -> tuple[str, str, list[Record]] | None:
    """A second look at the event a claim's date was compared with, or None where it
    stands. The date is said of the words of its own clause ("weeks before a presidential
    election held on 3 July"): where they speak of something the event does not, the event
    is not what the date dates. And a date is refuted only when no other event the claim
    may mean (``others``) fits it."""
    clause = date_clause(reading.claim, date.text)
    if outcome[0] == REFUTED and any(inside.startswith(date.text.split()[0])
                                     for inside in _bracketed(reading.claim)):
        return (NOT_ENOUGH_INFO, f"{date.text!r}, in brackets, dates {clause!r}, which "
                f"{chosen['id']} does not date", [chosen])  # "the First World War (1914-18)"
    if report_dated(reading.claim, date.text):  # "AFP reported on 6 December 2024 that"
        return (NOT_ENOUGH_INFO, f"{date.text!r} dates a report of what the claim says, not "
                f"{chosen['id']}", [chosen])
    dated = next((other for other in reading.dates[:_MOST_DATES] if other.text != date.text
                  and outcome[0] == REFUTED
                  and against_event(other, chosen, reading)[0] == SUPPORTED), None)
    if dated is not None:  # "took it in 636 ...; it passed to the Ottomans in 1516"
        return (NOT_ENOUGH_INFO, f"{date.text!r} does not fit {chosen['id']}, which the "
                f"claim dates {dated.text!r}: it dates another happening", [chosen])
    clause_terms, claimed = _clause_parts(clause)
    spoken = clause_terms - terms(names) - TIME_WORDS - terms(date.text)
    stated = claimed & _dated_acts(chosen["summary"], chosen["id"])
    if claimed and not stated:
        return (NOT_ENOUGH_INFO, f"{date.text!r} dates what the claim says in "
                f"{clause.strip()!r}, and {chosen['id']} does not say that: "
                f"{', '.join(sorted(claimed))}", [chosen])
    if spoken and not stated and not spoken & terms(chosen["summary"]):
        return (NOT_ENOUGH_INFO, f"{date.text!r} dates what the claim says in "
                f"{clause.strip()!r}, and {chosen['id']} is not about that", [chosen])
    weekday = other_weekday(reading.claim, chosen) if outcome[0] == SUPPORTED else None
    if weekday is not None:  # "on a Sunday in May 2014" against Wednesday 7 May 2014
        return (*weekday, [chosen])
    fortune = (other_fortune(reading.claim, chosen["summary"]) or _only_whose(
        clause, chosen["summary"], names) if outcome[0] == SUPPORTED else "") or (
        other_end(clause, _what_it_is(chosen))  # nor refuted by it: "the Mandate began"
        if outcome[0] != NOT_ENOUGH_INFO else "")
    ordinals = ORDINAL_WORDS & (word_set(clause) - word_set(date.text))  # read once a claim
    if outcome[0] == SUPPORTED and ordinals and not ordinals & word_set(
            chosen["summary"]):  # "the third deal" against "the first deal"
        fortune = fortune or (f"the claim says {', '.join(map(repr, sorted(ordinals)))}, "
                              f"and {chosen['id']} does not")
    if fortune:  # "a win for the rebels" against "a major victory for the government"; "the
        # war ended in 2011" against "a crackdown sparks the war"
        fits = "agrees with" if outcome[0] == SUPPORTED else "does not fit"
        return NOT_ENOUGH_INFO, f"{date.text!r} {fits} {chosen['id']}, but {fortune}", [
            chosen]
    change, state = _marks(clause)
    if change and ((outcome[0] == REFUTED and _ENDING.search(chosen["summary"])) or (
            outcome[0] == SUPPORTED and _INDEPENDENCE.search(chosen["summary"]))):
        return (NOT_ENOUGH_INFO, f"{date.text!r} dates a beginning ({change.group()!r}), and "
                f"{chosen['id']} says how a state ended", [chosen])
    if state and outcome[0] == SUPPORTED and _ENDING.search(chosen["summary"]):
        # "rose against French rule in 1946" is not dated by independence in 1946
        return (NOT_ENOUGH_INFO, f"{date.text!r} dates a state ({state.group()!r}) that "
                f"{chosen['id']} ends; the source does not date the state", [chosen])
    spans = "/" in str(chosen.get("edtf") or chosen.get("date") or "")
    bound = re.match(r"(?:until|till|since|from|before|after)\b", date.text, re.IGNORECASE)
    if state and bound and outcome[0] == SUPPORTED and not spans:
        # "held by the government until May 2016": the retaking that ended the state does not
        # say who held it before, nor who held it after
        return (NOT_ENOUGH_INFO, f"{date.text!r} bounds a state ({state.group()!r}) that "
                f"{chosen['id']}, one day or year, begins or ends; the source does not say "
                "whose it was then", [chosen])
    if state and outcome[0] == REFUTED and not spans:
        return (NOT_ENOUGH_INFO, f"{date.text!r} dates a state ({state.group()!r}) that "
                f"{chosen['id']}, one day or year, may begin or end, not bound", [chosen])
    unsaid = _unsaid(spoken, clause, chosen, is_name) if outcome[0] == REFUTED else []
    if unsaid:  # "taken by the Ottomans in 1516" is not the Muslim conquest of 636
        fitting = next((event for event in others
                        if not _unsaid(spoken, clause, event, is_name)), None)
        if fitting is not None:  # the Ottomans' own event, which speaks of them
            return (*against_event(date, fitting, reading), [fitting])
        return (NOT_ENOUGH_INFO, f"{date.text!r} does not fit {chosen['id']}, which may be "
                f"another happening: it does not speak of {', '.join(map(repr, unsaid))}",
                [chosen])
    if outcome[0] == REFUTED:
        for event in others:
            if against_event(date, event, reading)[0] != REFUTED:
                return (NOT_ENOUGH_INFO, f"{date.text!r} does not fit {chosen['id']}, but the "
                        f"claim may mean {event['id']}, which it fits", [chosen, event])
    return None


_ERA_WORDS = frozenset({"ad", "bc", "bce", "ce", "the"})
_AT = re.compile(r"\b(?:at|in|near)\s+(?P<place>[A-Z][\w-]+)\b(?!['’])")


def _only_whose(clause: str, summary: str, names: str) -> str:
    """A place the claim's dated clause puts the happening at, no record the claim names,
    that the event's summary does not write, or writes only as whose someone is ("Queen
    Zenobia of Palmyra", for "defeated Zenobia at Palmyra"); or ""."""
    for match in _AT.finditer(clause):
        place = re.escape(match["place"])
        if fold(match["place"]) in fold(names).split() or \
                fold(match["place"]) in MONTH_WORDS | _ERA_WORDS:
            continue  # a place the claim names is read as a name; "in December" no place
        if not re.search(rf"\b{place}\b", summary):
            return f"the source does not put it in {match['place']}"
        whose = only_whose(match["place"], summary)
        if whose:
            return whose
    return ""


def only_whose(place: str, summary: str) -> str:
    """Why a summary that writes ``place`` only as whose someone is ("Queen Zenobia of
    Palmyra") does not put there what it tells, as a reason; or ""."""
    written = re.escape(place)
    if re.search(rf"\bof\s+{written}\b", summary) and not re.search(
            rf"\b(?:at|in|near|to|from)\s+{written}\b", summary):
        return f"the source names {place} only as whose, not as where it happened"
    return ""


def _what_it_is(event: Record) -> str:
    """What an event is the date of: its id where the id says ("ottoman-rule-begins"), else
    its summary, which may also say how what began went on ("who hold it until ...")."""
    named = id_words(event["id"])
    return named if set(named.split()) & (START_WORDS | END_WORDS) else event["summary"]


_SOME = re.compile(r"(?<!, )\b(?:a|an|another|some)\s+(?:(?!(?:on|of|in|at|by|for|to|with)\b)"
                   r"[\w'’-]+\s+){0,2}?(?:journalists?|"
                   r"reporters?|neighbou?rhoods?|districts?|areas?|evacuations?|sieges?|"
                   r"battles?|attacks?|bombings?|offensives?|protests?|convoys?)\b",
                   re.IGNORECASE)
"""A happening or a party the claim leaves indefinite ("a journalist", "an evacuation"): one
of a kind, which a record of another date need not be."""


def other_happening(reading: Reading, content: set[str], record: Record,
                    evidence: Evidence) -> str:
    """Why the record a claim's date was refuted by may be another happening than the
    claim's, or "": the claim speaks of what the record does not, or states nothing that
    happened ("the tomb dates from the 11th century") where the record's event is a deed
    ("a larger mosque is built at the tomb")."""
    missing = unaccounted([], content, evidence)
    claim = reading.claim
    some = _SOME.search(claim)
    if some:  # "a journalist was killed in 2013": maybe another than the base's two
        return f"the claim speaks of {some.group().strip()!r}, which may be another than the " \
            f"one {record['id']} records"
    people = terms(" ".join(word for quantity in reading.quantities  # "17 rebels"
                            for word in fold(quantity.text).split() if word in KINDS_OF_PEOPLE))
    if people - evidence.terms:  # "17 rebels were killed in March 2012": not the journalists
        return f"the claim speaks of {', '.join(sorted(people - evidence.terms))}, and " \
            f"{record['id']} does not"
    if missing or record["type"] != "event" or [  # "inhabitants" is no deed
            each for each in acts(claim, nouns=True) if each.act not in FIGURE_ACTS]:
        return missing
    deeds = sorted(said(acts(record["summary"])))
    if (deeds == ["take"] and _CHANGE.search(claim)) or (  # "came under Ottoman rule" is taken
            deeds and terms(" ".join(deeds)) <= terms(claim)):  # "the crackdown that sparked"
        return ""
    return f"the claim says nothing of what {record['id']} says happened ({', '.join(deeds)})" \
        if deeds else ""


_STATE = re.compile(r"\b(?:was|were|remained|stayed)\s+(?:still\s+)?(?:in\s+(?:\w+\s+)?hands|"
                    r"under|besieged|(?:ruled|held|governed|controlled|occupied)\s+by|independent)\b|"
                    r"\b(?:ruled|held|governed|controlled|occupied)\s+(?:homs|emesa|"
                    r"the\s+city|it)\b|\b(?:under|against)\s+(?:\w+\s+){0,2}?(?:rule|mandate)\b|"
                    r"\b(?:was|were|remained|stayed)\s+(?:an?\s+)?(?:"
                    + "|".join(sorted(RULING_PEOPLES)) + r")\b", re.IGNORECASE)
"""Words of a state that lasts ("the Ottomans ruled Homs in 1600", "under French rule"):
an event of one date that begins or ends it ("Homs passes to the Ottomans", 1516) does not
bound it, and refutes no later or earlier year."""
_HELD = re.compile(r"\b(?:ruled|held|governed|controlled|occupied)\s+(?:the\s+)?[A-Z][\w-]*\b"
                   r"(?!(?:\s+[\w-]+){0,4}\s+(?:culpable|responsible|liable|guilty)\b)")
"""A state of a place the claim names ("the rebels held Waer"), written with its capital;
not a court's finding ("held the Syrian government culpable")."""
_CHANGE = re.compile(r"\b(?:came|comes|fell|falls|passed|passes|brought|returned|went|taken|"
                     r"took)\s+(?:back\s+)?(?:into|under|to)\b|\b(?:became|becomes)\s+(?:a\s+)?"
                     r"part\s+of\b", re.IGNORECASE)
"""Words that begin a state ("came under Ottoman rule", "fell back under government
control", "became part of the French Mandate"): a point in time, which a date may refute,
but not by an event that ends one."""
_ENDING = re.compile(r"\b(?:independen\w*|withdr[ae]\w*|ends|ended|leaves|left)\b",
                     re.IGNORECASE)
"""Words of an event that ends a state ("Syria becomes independent")."""
_INDEPENDENCE = re.compile(r"\b(?:independen\w*|ends|ended)\b", re.IGNORECASE)
"""Words of an event that is the end of a state itself, which dates no beginning ("came under
the French mandate in 1946"); "once the army has left" beside a taking ends nothing."""


def _unsaid(spoken: frozenset[str] | set[str], clause: str, event: Record,
            is_name: Callable[[str], bool] | None = None) -> list[str]:
    """The capitalised words of a date's clause ("the Ottomans", "the French"), besides its
    names, that an event's summary does not hold, even by a shared stem: another actor. The
    clause's first word is one where ``is_name`` says the base writes it as a name
    ("Zenobia was captured")."""
    first = re.match(r"[A-Z][\w'’-]*", clause.strip())
    held = terms(f"{event['summary']} {id_words(event['id'])}")
    missing = (spoken & _proper_terms(clause, bool(first and is_name and is_name(first[0])))
               ) - held
    known = frozenset().union(*(porter_stems(term) for term in held))
    return sorted(word for word in missing if not porter_stems(word) & known)



@functools.lru_cache(maxsize=64)
def _marks(clause: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """A beginning of a state a clause says, else the state itself, read once a clause."""
    change = _CHANGE.search(clause)
    return change, None if change else (_STATE.search(clause) or _HELD.search(clause))


@functools.lru_cache(maxsize=64)
def _proper_terms(clause: str, first_is_name: bool = False) -> frozenset[str]:
    """The terms of the capitalised words of a clause but its first, unless the first is a
    name, read once a clause."""
    return frozenset(terms(" ".join(
        part for found in re.finditer(r"\b[A-Z][\w'’-]*", clause.strip())
        if found.start() or first_is_name
        for part in found.group().split("-") if part[:1].isupper())))


@functools.lru_cache(maxsize=8)
def _bracketed(claim: str) -> frozenset[str]:
    """What each bracket of a claim begins with, read once a claim ("(1914-18)")."""
    return frozenset(found.lstrip() for found in re.findall(r"\(([^()]{0,40})", claim))


@functools.lru_cache(maxsize=1_024)
def _clause_parts(clause: str) -> tuple[frozenset[str], frozenset[str]]:
    """A clause's terms and the acts it states, read once: a claim's dates often share one
    clause, and reading it again for each made a long claim's time grow as its square."""
    return frozenset(terms(clause)), frozenset(said(acts(clause)) - FIGURE_ACTS)


@functools.lru_cache(maxsize=4_096)
def _dated_acts(summary: str, record_id: str) -> frozenset[str]:
    """The acts an event's summary and id date: not those of a participle that only
    describes ("a priest-king born in Emesa")."""
    return frozenset(said([each for each in acts(summary) if not each.describes]
                          + acts(id_words(record_id))))


def reversed_roles(date: ClaimDate, reading: Reading, claim_acts: list[Act],
                   named: list[Record], misfits: list[tuple[int, Record, str]], parts: Parts
                   ) -> tuple[Record, str] | None:
    """The one event a claim is about but for who did it to whom, the roles swapped ("rebels
    seized Baba Amr from the army in March 2012", where the army retook it from them then):
    a happening has one agent, so the claim is refuted. A claim that names only another
    agent ("rebels recaptured Baba Amr") may speak of another happening, and is not. The
    event must involve every person and place the claim names, share enough with it (the
    misfits' scores are the judge's) and fit its date; None where no event, or more than
    one, does."""
    found = [(event, roles) for score, event, _ in misfits if score >= 2
             and _swapped(claim_acts, parts.evidence(event).acts)
             and (roles := clash(claim_acts, parts.evidence(event).acts))
             and not parts.misfit(event, [], named, reading.words)
             and against_event(date, event, reading)[0] == SUPPORTED]
    if len({event.get("happening") or event["id"] for event, _ in found}) != 1:
        return None
    event, roles = found[0]
    return event, f"{roles} ({event['id']}, {date.text})"


def _swapped(claim_acts: list[Act], record_acts: list[Act]) -> bool:
    """Whether the claim makes whom an act was done to the one the record has doing it."""
    return bool(crossed(claim_acts, record_acts)) or any(
        each.agent and each.target and each.agent != each.target
        and any(other.agent == each.target for other in same_act(each, record_acts))
        for each in claim_acts)
