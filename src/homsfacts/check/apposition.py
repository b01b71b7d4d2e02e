"""A claim that describes a name in passing ("Al-Nusra Front, the forerunner of HTS, carried
out attacks"; "... the bastion of the FSA, a ragtag force of defectors") says two things:
its main clause, and what the name is. The base often says them in two sentences, so each is
checked on its own (:func:`split`): the claim is refuted where either part is, supported
only where both are and the description is what the base says the record is (:func:`in_parts`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.implied import GAP_VERBS, area_after_length
from homsfacts.check.order import TITLES
from homsfacts.check.reader import read
from homsfacts.check.spelled import COMPOUND_WORD, NUMBER_WORD
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, answer, lowered

_PARTICLES = frozenset({"al", "ibn", "bin", "el", "de", "des", "du", "la", "le", "of"})
"""Words of a name written in lower case: "Khalid ibn al-Walid", "Free Syrian Army"."""
_DESCRIPTION = re.compile(r"(?:(?:an?|the|[A-Z][\w-]*['’]s)\s+|(?=(?:"
                          + "|".join(sorted(TITLES)) + r")\s+of\s))"
                          r"(?:(?!\b(?:is|was|were|are|has|had|who|which|that)\b)[^,;])+?[.!]?")
"""A noun phrase with no verb of its own: "a ragtag mix of defectors and civilians",
"Syria's second city", or a title of a place with no article ("queen of Palmyra")."""
_LONGEST = 9
"""The most words a description after a claim's last comma has ("a ragtag force of army
defectors and civilians"): a longer one is a clause of its own ("the army's pull-out from
Homs cut Damascus off from ...")."""
_RELATIVE = re.compile(r"(?P<pronoun>who|whose|which|where|when)\s+(?P<clause>[^,]+)")
"""A clause of its own about a name, between commas: "who died in Homs"."""
_NOT_A_SUBJECT = frozenset({"in", "on", "at", "by", "after", "before", "during", "since",
                            "when", "while", "early", "late", "according", "for", "as",
                            "from", "with", "under", "until", "then", "later"})
"""First words of a leading phrase of time or voice ("In May 2014, the rebels ..."), which
names nothing the words after its comma describe."""


_OFFICES = ("rebel", "army", "city", "opposition", "military", "provincial", "council")
"""Lower-case words of whose office a title is ("rebel commander", "council president")."""
_TITLED = re.compile(
    r"(?:\b(?i:the|an?) )?\b(?P<title>(?:(?:[A-Z][\w-]*|(?i:" + "|".join(_OFFICES) + r")) ){0,2}"
    r"(?i:" + "|".join(sorted(TITLES)) + r"))"
    r" (?P<name>[A-Z][\w-]*(?: (?:[A-Z][\w-]*|(?:al|el|ibn|bin)\b[\w-]*))*)")
"""A title before a name ("HTS commander Abu Mohammed al-Golani", "Governor Talal
al-Barazi"): what the name was, said in passing."""


class Apposition(NamedTuple):
    """A claim's main clause and what it says one of its names is or did; None where the
    clause says whose, where or when ("Dar al-Kebira, where the evacuees were taken, ..."),
    which is not read: such a claim may be refuted by its main clause, never supported."""

    main: str
    description: str | None
    conjoined: bool = False
    """Whether the second part is a clause of its own, not a description ("... and Assad's
    rule 24"): it is backed as any claim is, not by what the base says a record is."""


def split(claim: str) -> Apposition | None:
    """The claim's main clause and its description of a name, or None where it describes
    none in passing. Read by its commas, each part once: no input costs the square of its
    length."""
    text = " ".join(claim.split())
    return _between_commas(text) or _titled(text) or _gapped(text) or _listed_counts(text)


_GAPPED = re.compile(
    r"(?P<subject>[^,;]{1,80}?)\s+(?P<verb>is|was|are|were|had|has|covers|covered|measures|"
    r"measured|lasted|numbered)\s+(?P<object>(?:[^,;]|(?<=\d),(?=\d{3})){0,60}?\d"
    r"(?:[^,;]|(?<=\d),(?=\d{3})){0,40}?)\s*,?\s+"
    rf"(?:and|while|whereas)\s+(?P<other>[^,;\d]{{1,50}}?)\s+(?P<count>(?:(?:about|some|around|"
    rf"nearly|roughly)\s+)?(?:\d[\d,]*(?:\.\d+)?|{COMPOUND_WORD}|{NUMBER_WORD}))\s*[.!]?",
    re.IGNORECASE)
"""Two counts, the second with its verb and unit left out: "The conflict was 13 years old
and Assad's rule 24"."""


def _gapped(text: str) -> Apposition | None:
    """A claim whose second clause leaves out the first's verb and unit, read as two
    claims ("The conflict was 13 years old." and "Assad's rule was 24 years."), each of
    whose counts is compared with the figure its own clause is about."""
    found = _GAPPED.fullmatch(text)
    if found is None or set(fold(found["other"]).split()) & GAP_VERBS:
        return None
    counted = read(f"{found['subject']} {found['verb']} {found['object']}").quantities
    if len(counted) != 1:
        return None
    number = re.search(r"\d[\d,.]*", counted[0].text)
    unit = counted[0].text[number.end():].strip() if number and counted[0].unit else ""
    if area_after_length(counted[0].unit, fold(found["other"])):
        unit = "square kilometres"  # "501 metres above sea level and its urban area 76"
    return Apposition(f"{found['subject']} {found['verb']} {found['object']}.",
                      f"{found['other']} {found['verb']} {found['count']} {unit}".strip() + ".",
                      conjoined=True)


_LISTED_COUNTS = re.compile(
    r"(?P<before>[^;]{0,120}?)\b(?P<first>\d[\d,]*)\s+(?P<kind>(?:[A-Za-z][\w-]*\s+){1,3}?)and\s+"
    r"(?P<second>\d[\d,]*)\s+(?P<other>(?:[A-Za-z][\w-]*\s+){1,3}?)(?P<head>[A-Za-z][\w-]*)"
    r"(?P<after>(?:\s+(?:in|at|of|on|during|by|from|living|who|that)\b[^;]{0,120})?[.!]?)")
"""Two counts of kinds that share one head noun, written once after the second: "5,500 Greek
Orthodox and 1,500 Syriac Orthodox Christians in Homs"."""


def _listed_counts(text: str) -> Apposition | None:
    """A claim that counts two kinds of one thing, the thing named once ("... recorded 5,500
    Greek Orthodox and 1,500 Syriac Orthodox Christians in Homs"), read as two claims, each
    count with its own kind and the shared noun."""
    found = _LISTED_COUNTS.fullmatch(text)
    if found is None or len(found["kind"].split()) > len(found["other"].split()) + 1 or \
            set(fold(found["kind"] + found["other"]).split()) & GAP_VERBS:
        return None
    after = found["after"].rstrip(".!")
    return Apposition(f"{found['before']}{found['first']} {found['kind']}{found['head']}{after}.",
                      f"{found['before']}{found['second']} {found['other']}{found['head']}{after}.",
                      conjoined=True)


def _between_commas(text: str) -> Apposition | None:
    """A description of a name between commas, or after the last comma."""
    pieces = text.split(", ")
    if len(pieces) >= 3 and pieces[2][:1].islower() and \
            pieces[0].split()[0].lower() not in _NOT_A_SUBJECT:
        head, middle, rest = pieces[0], pieces[1], ", ".join(pieces[2:])
        if middle.lower().startswith("not "):  # "the government, not the rebels, took"
            return Apposition(f"{head} {rest}", None)
        name = _trailing_name(head)
        relative = _RELATIVE.fullmatch(middle)
        if name and _DESCRIPTION.fullmatch(middle):
            return Apposition(f"{head} {rest}", f"{name} was {middle}.")
        if name and relative:
            pronoun, clause = relative["pronoun"].lower(), relative["clause"]
            # "whose father ruled" and "where the evacuees went" are not read: what they
            # say of another thing (his father, the evacuees) is no part the base can place
            said = {"who": f"{name} {clause}.", "which": f"{name} {clause}."}.get(pronoun)
            return Apposition(f"{head} {rest}", said)
    if len(pieces) >= 2 and len(pieces[-1].split()) <= _LONGEST and \
            _DESCRIPTION.fullmatch(pieces[-1]) and not (  # "According to Reuters, the ..."
                len(pieces) == 2 and re.match(r"(?i)according to\b", pieces[0])):
        head = ", ".join(pieces[:-1])
        name = _trailing_name(head)
        if name:
            return Apposition(f"{head}.", f"{name} was {pieces[-1].rstrip('.!')}.")
    return None


def _titled(text: str) -> Apposition | None:
    """A title before a name ("Rebel commander Hassan Abdul-Ghani said ..."): the claim
    without it, and the name said to hold it."""
    titled = _TITLED.search(text)
    if titled is None:
        return None
    first, *rest = titled["title"].split()
    if first.lower() in _OFFICES or first.lower() in TITLES:  # "Rebel commander X ..."
        first = first.lower()
    return Apposition(text[:titled.start()] + text[titled.start("name"):],
                      f"{titled['name']} was the {' '.join([first, *rest])}.")


def _trailing_name(head: str) -> str:
    """The name a text ends with ("... the bastion of the FSA": FSA), or "" where it ends
    with none, or with the last of several ("Marie Colvin and Remi Ochlik, the French
    journalists": the description is of both, not of Ochlik)."""
    words = head.split()
    start = len(words)
    while start and (any(part[:1].isupper() for part in words[start - 1].split("-")) or (
            words[start - 1].lower() in _PARTICLES and start < len(words))):
        start -= 1  # "al-Golani", "ibn", "Walid"
    while start < len(words) and not words[start][:1].isupper():
        start += 1  # a name begins with a capital, not a particle
    if start and words[start - 1].lower() in ("and", "or", "&"):
        return ""
    return " ".join(words[start:])


def _once(items: list[Record]) -> list[Record]:
    return [item for at, item in enumerate(items) if item not in items[:at]]


def in_parts(claim: str, parts: Apposition, judge: Callable[[str], Record]) -> Record:
    """The verdict on a claim read as its parts (:func:`split`), each judged by ``judge``
    once: refuted where either part is, supported where both are and the description is
    backed by what the base says of the record it describes; else not-enough-info, with the
    main clause's evidence. A clause that is not read (whose, where, when) leaves the claim
    not-enough-info at best."""
    main = judge(parts.main)
    description = judge(parts.description) if parts.description else None
    found = {**main["found"], "parts": [main["claim"], *(
        [description["claim"]] if description else [])]}
    if description is not None and parts.conjoined:  # "... and Assad's rule 30": both counts
        found.update({key: _once([*main["found"].get(key, []),  # a date both parts say once
                                  *description["found"].get(key, [])])
                      for key in ("quantities", "dates")})
    for part in (main, description):
        if part is not None and part["verdict"] == REFUTED:
            return answer(claim, REFUTED, f"it says {_brief(part['claim'])!r}, and "
                          f"{_brief(lowered(part['reason']))}", part["evidence"], found)
    if description is None:
        backed = "" if main["verdict"] == SUPPORTED else \
            f", and {_brief(lowered(main['reason']))}"
        return answer(claim, NOT_ENOUGH_INFO, f"it says {_brief(main['claim'])!r}{backed}; what "
                      "it says between its commas is not read", main["evidence"], found)
    if main["verdict"] == description["verdict"] == SUPPORTED and (
            parts.conjoined or _of_itself(description)):
        evidence = list({record["id"]: record for record in
                         [*main["evidence"], *description["evidence"]]}.values())
        return answer(claim, SUPPORTED, f"read as {_brief(main['claim'])!r} and "
                      f"{_brief(description['claim'])!r}: {_brief(lowered(main['reason']))} "
                      f"{_brief(description['reason'])}", evidence, found)
    unbacked = main if main["verdict"] != SUPPORTED else description
    why = unbacked["reason"] if unbacked["verdict"] != SUPPORTED else (
        "what backs it is not said of the record it describes")
    return answer(claim, NOT_ENOUGH_INFO, f"it says {_brief(unbacked['claim'])!r}, and "
                  f"{_brief(lowered(why))}", unbacked["evidence"], found)


_QUOTED = 600
"""How much of a part, or of the reason for its verdict, a reason quotes: a claim of many
parts would otherwise nest each part's reason in the next, at the square of its length."""


def _brief(text: str) -> str:
    return text if len(text) <= _QUOTED else text[:_QUOTED].rsplit(" ", 1)[0] + " …"


def _of_itself(description: Record) -> bool:
    """Whether what backs a description says what the record it describes is: the record's
    own description, a sentence that says what it is ("It was ...", "Al-Nusra Front, which
    was linked to Al-Qaeda, was its precursor", "The source describes it as ..."), or a
    figure or event about it. A sentence of the record that only holds the words ("Russia,
    his ally", for "Bashar al-Assad, Russia's president") does not."""
    begins = f" {fold(description['claim'])} "  # "X was ...": X is the record described
    first = sorted(description["found"].get("names") or [],
                   key=lambda name: not begins.startswith(f" {fold(name['name'])} "))[:1]
    if not first:
        return _described_alike(description)
    record_id, name = first[0]["id"], first[0]["name"].lower()
    sentence = description["found"].get("sentence")
    if sentence is None:  # a figure or an event: it must be about the record
        return any(record_id in {record["id"], *(record.get("about") or []),
                                 *(record.get("entities") or []), *(record.get("places") or [])}
                   for record in description["evidence"])
    own = any(record["id"] == record_id and fold(record.get("description") or "") ==
              fold(sentence) for record in description["evidence"])
    said = " ".join(sentence.lower().split())
    return own or bool(re.match(rf"(?:{re.escape(name)}|it|he|she|they)(?:, [^,]*,)? "
                                r"(?:is|was|are|were)\b", said)) or bool(
        re.search(r"\bdescribes? (?:it|him|her|them) as\b", said))


def _described_alike(description: Record) -> bool:
    """Whether the text that backs a description of a name the base keeps no record of
    describes it in the same place and words: "Zenobia, queen of Palmyra" or "Queen Zenobia
    of Palmyra" back "Zenobia, queen of Palmyra", and "the Roman emperor Aurelian" backs "the
    emperor Aurelian"."""
    said = re.fullmatch(r"(?P<name>.+?) was (?P<what>.+?)\.?", description["claim"])
    if said is None:
        return False
    name, what = fold(said["name"]), fold(said["what"])
    title = re.fullmatch(r"(\w+) (of .+)", what)
    bare_title = re.sub(r"^(?:the|an?) ", "", what)
    forms = [f" {name} {what} ", f" {bare_title} {name} ", f" {name} {bare_title} "]
    if title is not None:  # "queen of Palmyra" as "Queen Zenobia of Palmyra"
        forms.append(f" {title[1]} {name} {title[2]} ")
    texts = [description["found"].get("sentence") or "",
             *(str(record.get("summary") or "") for record in description["evidence"])]
    return any(form in f" {fold(text)} " for text in texts for form in forms)


__all__ = ["Apposition", "in_parts", "split"]
