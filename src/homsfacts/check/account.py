"""Every part of a claim accounted for (FEVER): the parts of a claim (its acts with their
roles, its content words, whom it cites, what it counts) and whether a record's evidence
speaks to each. A part the evidence does not speak to makes the claim not-enough-info, and
the reason names it. What a record's evidence is, :class:`homsfacts.check.parts.Parts` reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.acts import (
    FIGURE_ACTS,
    NO_ACT_PHRASES,
    Act,
    acts,
    clash,
    same_act,
)
from homsfacts.check.copies import FULL_MONTHS
from homsfacts.check.people import COUNTRY_TERMS, PEOPLES
from homsfacts.check.reader import MONTH_WORDS, NUMBER_WORDS, ORDINAL_WORDS, Reading
from homsfacts.check.side_names import REBELS, SIDE_WORDS, side_of
from homsfacts.check.stems import porter_stems
from homsfacts.check.units import KINDS_OF_PEOPLE, LENGTH_WORDS
from homsfacts.check.words import lightened, terms

TIME_WORDS = frozenset({"early", "mid", "late", "spring", "summer", "autumn", "fall", "winter",
                         "week", "weeks", "century", "decade", "time", "period", "when",
                         "during", "while", "since", "until", "ago", "later", "earlier",
                         "began", "ended", "start", "end", "then", "once",
                         "today", "now", "currently", "still", "sunday", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "night", "morning",
                         "exactly", "precisely", "circa", "excess", "upwards", "least", "st",
                         "nd", "rd", "th", "case", "did", "does", "can", "could",
                         "would", "thing", "things", "old", "total", "all", "both", "out", "s",
                         "percent", "per", "cent", "usd", "dollars", "dollar", "million",
                         "billion", "thousand", "hundred", "times", "believed", "reported",
                         "reportedly", "estimated", "estimate", "around", "roughly"})
"""Words that say when or how sure, compared elsewhere, never a part the text must speak to."""


class Evidence(NamedTuple):
    """What one record speaks to: its acts (with their roles) and its words, and who says it
    (its attribution and its sources: "according to the Observatory")."""

    acts: list[Act]
    said: set[str]
    terms: set[str]
    voices: set[str]
    own: set[str]
    """The words of a figure's own label: what it counts ("Western journalists")."""
    agent_terms: set[str]
    """The words of the names of who did it, as the base records it (an event's
    ``agents``, or those of the events a figure is about)."""
    agent_sides: set[str]
    kin: bool = True
    """Whether the claim's rebels may be the sentence's fighters, by another word of theirs:
    not where the sentence is of a record the claim does not name ("the rebels are mostly
    Sunni" is not "the fighters [of the Old City], mostly Sunni")."""


_RATE = re.compile(r"(?:a|per|each|every) (?:year|month|week|day)\b|on average\b|annually\b|"
                   r"(?:\w+ )?(?:a|per|each|every) (?:year|month|week|day)\b")
"""Words after a count that make it a rate ("1,100 people a year", "a day on average")."""
_BETWEEN_TIMES = frozenset({"after", "before", "later", "earlier", "ago"})
"""Words after a length of time that make it the time between two happenings ("ten years
after"), which no figure of a length counts."""
_LENGTH_OF_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|centuries|hours?)\b",
                             re.IGNORECASE)


def counted(claim: str, quantity_text: str) -> set[str]:
    """The terms of what a number counts, in the words right after it ("2,200 civilians",
    "two French journalists"): up to three, to the first word that says nothing of a kind."""
    at = claim.lower().find(quantity_text.lower())
    if at < 0:
        return set()
    kind = [word for word in fold(quantity_text).split()  # "2,200 civilians", "two soldiers"
            if word in KINDS_OF_PEOPLE]
    after = fold(claim[at + len(quantity_text):]).split()
    if after[:1] == ["by"] and not acts(" ".join(after[:2])):  # "162 km by road": a way
        after = after[1:2]
    elif after[:1] == ["of"] and not kind:  # "hundreds of civilians"
        after = [word for word in after[1:] if word not in ("the", "those")]
    if _RATE.match(" ".join(after[:3])):  # "about 1,100 people a year": a rate, no count
        return {"rate"}
    if after[:1] and after[0] in _BETWEEN_TIMES and _LENGTH_OF_TIME.search(quantity_text):
        return {"interval"}
    for word in after[:3]:
        if not terms(word) or word in TIME_WORDS or acts(word) or word in MONTH_WORDS:
            break
        kind.append(word)
    return terms(" ".join(kind))


def agents_named(words: tuple[str, ...], records: list[Record]) -> set[str]:
    """The ids of the records whose name, alias or surname the words of an agent hold."""
    text = " " + " ".join(words) + " "
    found = set()
    for record in records:
        names = [record["name"], *record.get("aliases", [])]
        if record.get("kind") == "person":
            names.append(record["name"].split()[-1])
        if any(f" {fold(name.replace('-', ' '))} " in text for name in names if name):
            found.add(record["id"])
    return found


_FINDINGS = frozenset({"culpable", "responsible", "liable", "guilty", "accountable"})


def other_target(claim_acts: list[Act], event: Record, named: list[Record],
                 inside: Callable[[str], AbstractSet[str]] | None = None) -> str:
    """Where the claim has a person the act was done to whom the event does not ("found Marie
    Colvin culpable" against the court's finding against the Syrian government), or a place
    taken whole where the event takes a part of it (``inside``: the places inside one): "Homs
    was retaken" is not Baba Amr's retaking; or ""."""
    recorded = set(event.get("targets") or [])
    people = [record for record in named if record.get("kind") == "person"]
    for each in claim_acts:
        words = list(each.target_words)
        while words and words[-1] in _FINDINGS:  # "found Marie Colvin culpable"
            words.pop()
        ours = {record_id for record_id in agents_named(tuple(words), people)  # not "Colvin's
                if agents_named(tuple(words[-1:]), people) == {record_id}}  # death": the head
        if recorded and ours and not ours & recorded:
            return (f"the claim has {', '.join(sorted(ours))} as whom it {each.words}, where "
                    f"the base has {', '.join(sorted(recorded))}")
        wholes = agents_named(tuple(words), [record for record in named if record.get(
            "kind") not in ("person", None)]) if inside and each.act in _TAKEN_WHOLE else set()
        for whole in sorted(wholes - recorded):
            parts = sorted(recorded & set(inside(whole)) - {whole}) if inside else []
            if parts:
                return (f"it is done to {', '.join(parts)}, a part of {whole}, not to all of "
                        f"{whole}")
    return ""


_TAKEN_WHOLE = frozenset({"take", "retake", "siege", "evacuate"})
"""Acts done to a place as a whole: the taking of a part of it is not the taking of it."""


_NOT_DENYING = frozenset({"not", "never"})
CLAIM_HEDGES = frozenset({"thought", "believed", "reportedly", "allegedly", "apparently",
                          "purportedly", "supposedly"})
"""Hedges a claim adds: it then says less than the source, never more, so the source need
not say them (the other way round, a source's hedge the claim drops, is checked)."""


def spoken(reading: Reading) -> str:
    """The claim's words, without phrases that use an act's verb for no act: "took to
    calling" takes nothing, so "took" is no part of what the claim says."""
    text = f" {lightened(' '.join(reading.words))} "
    for phrase in NO_ACT_PHRASES:
        text = text.replace(f" {phrase} ", " ")
    return text.strip()


def claim_parts(reading: Reading, names: dict[str, str], naming: Sequence[str] = ()
                ) -> tuple[list[Act], set[str]]:
    """The claim's acts, and its other content words (folded terms): not the names it uses
    (a name is matched as a record, and ``naming`` are the claim's words that named one:
    "HTS", "SOHR"), nor its numbers, dates, hedges or act verbs."""
    # one of each act and roles: a long claim that repeats itself states no more
    claim_acts = list({(each.act, each.agent, each.target): each
                       for each in acts(reading.claim)}.values())
    # the words of a date ("before 2011") are compared as the date
    dated = fold(" ".join(date.text for date in reading.dates)).split()
    ranked = fold(" ".join(quantity.text for quantity in reading.quantities
                           if quantity.unit == "rank")).split()
    skip = (set(NUMBER_WORDS) - ORDINAL_WORDS) | set(MONTH_WORDS) | TIME_WORDS | set(dated) \
        | set(ranked) | LENGTH_WORDS  # a length's unit is compared with the figure's
    content = terms(" ".join(word for word in spoken(reading).split() if word not in skip))
    content -= terms(" ".join([*names.values(), *naming]))
    content -= terms(" ".join(each.words for each in claim_acts))
    if not reading.negated:  # "not until 2014" dates, "not only" widens: neither denies
        content -= _NOT_DENYING
    content -= CLAIM_HEDGES
    return claim_acts, content - TIME_WORDS - (set(NUMBER_WORDS) - ORDINAL_WORDS) - set(ranked)


def unaccounted(claim_acts: list[Act], content: set[str], evidence: Evidence,
                named_terms: AbstractSet[str] = frozenset(),
                voice: AbstractSet[str] = frozenset()) -> str:
    """The first part of the claim the evidence does not speak to, as a reason, or "".
    ``named_terms`` are the words of the names the claim uses: an agent it names ("a US
    court") must be the agent the source gives."""
    if voice - evidence.voices:
        shown = " ".join(word.title() if word in FULL_MONTHS else word for word in sorted(
            voice, key=lambda word: (word == "copy", word.isdigit(), word)))
        return (f"the source does not attribute it to {'the ' * ('copy' in voice)}{shown}, as "
                "the claim does")  # "the November 2016 copy"
    missing_acts = [each.words for each in claim_acts if each.act not in evidence.said]
    if missing_acts:
        return f"the source does not say that anyone {missing_acts[0]}"
    roles = clash(claim_acts, evidence.acts)
    if roles:
        return roles
    for each in claim_acts:  # who did it is a part: the source must say the same
        if each.act in FIGURE_ACTS or each.describes or not (
                each.agent or terms(" ".join(each.agent_words)) & named_terms
                or PEOPLES.intersection(each.agent_words)):  # "the Americans retook Waer"
            continue
        # a country in the agent's words ("an American court") is checked as a country
        whole = terms(" ".join(each.agent_words))
        claimed = whole - COUNTRY_TERMS
        doer = claimed or whole  # "Russia supervised": a country alone is the doer
        if not (each.agent and each.agent in evidence.agent_sides) and \
                not (claimed and claimed <= evidence.agent_terms) and \
                not any((each.agent and other.agent == each.agent)
                        or (doer and doer <= terms(" ".join(other.agent_words)))
                        for other in same_act(each, evidence.acts)):
            return f"the source does not say that {' '.join(each.agent_words)} {each.words}"
    sides = {each.agent for each in evidence.acts} | {each.target for each in evidence.acts}
    # "Government forces took back Waer": the words naming an agent the source agrees on
    # are that agent, whatever the source calls it
    named = terms(" ".join(word for each in claim_acts  # not "peacefully" before the verb
                           if each.agent is not None and each.agent in sides
                           for word in each.agent_words if word in SIDE_WORDS))
    if evidence.kin and evidence.terms & REBEL_NOUNS and len(content & REBEL_NOUNS) <= 1 and not \
            evidence.terms & GOVERNMENT_TERMS:  # "the mostly Sunni rebels": its "fighters"
        named |= REBEL_NOUNS
    missing = _unstemmed(sorted(content - evidence.terms - named), evidence.terms)
    if missing:
        return "the source does not speak to " + ", ".join(repr(word) for word in missing)
    return ""


REBEL_NOUNS = frozenset({"rebel", "fighter", "insurgent", "militant", "insurg", "milit"})
# with their stems, as a statement's evidence holds them; a "jihadist" says more of them
"""Nouns for the armed opposition, one word for another: every fighter the sources speak
of is a rebel (the army's are troops or soldiers). Only where the sentence names no one of
the other side, and the claim names the rebels by one word: else the words tell who did
what to whom ("rebels fought jihadists", "the factions fought off the army")."""
GOVERNMENT_TERMS = frozenset({"army", "government", "regime", "troop", "soldier", "assad",
                              "loyalist", "loyal", "armi", "govern", "regim"})
_PEOPLED = re.compile(r"(?<![\d,] )\b(?:people|minority|minorities|majority)\b", re.IGNORECASE)
"""Words of a sentence that speak of a place's people, as "population" and "residents" do
("its people", "an Alawite minority"; not "14,000 people", a count of whom the sentence
says more, nor "the district is mostly Alawite", which may be said of a part)."""


def implied(text: str) -> str:
    """Words a sentence says without writing them: "population" where it speaks of a
    place's people."""
    return "population" if _PEOPLED.search(text) else ""


def side_described(claim: str, names: Iterable[str]) -> set[str]:
    """"rebel" where the claim writes it before the name of a rebel group it names ("the
    rebel Free Syrian Army", "rebel alliance HTS"): a word of the name's, not a part to back.
    Only there: a rebel group's sentence speaks of no rebels as whom it attacked."""
    return {"rebel"} if any(side_of(name) == REBELS and re.search(
        rf"\brebels?(?:\s+(?:group|alliance|force|forces|faction|commander|leader))?\s+(?:the\s+)?"
        rf"{re.escape(name)}\b", claim, re.IGNORECASE) for name in names) else set()


_DERIVED = ("ment", "tion", "sion", "ance", "ence", "ity", "ness", "ist", "ism")


def _unstemmed(missing: list[str], held: set[str]) -> list[str]:
    """The missing words no held word shares a Porter stem with: "passed" is in "passes"
    and "held" in "holds", which terms, cut only of a plural's "s", keep apart. A noun made
    of a verb says more than the verb ("the bombardment killed" is not "it bombards"), so
    such nouns are met only by themselves."""
    inflected = [word for word in missing if not word.endswith(_DERIVED)]
    if not inflected:
        return missing
    known = frozenset().union(*(porter_stems(term) for term in held
                                if not term.endswith(_DERIVED)))
    met = {word for word in inflected if porter_stems(word) & known}
    return [word for word in missing if word not in met]


__all__ = [
    "CLAIM_HEDGES",
    "REBEL_NOUNS",
    "TIME_WORDS",
    "Evidence",
    "agents_named",
    "claim_parts",
    "counted",
    "implied",
    "other_target",
    "spoken",
    "unaccounted",
]
