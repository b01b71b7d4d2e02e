"""Whom a sentence is said of, what it says a record is and where, and what it denies:

- a claim that begins with a record ("Homs was a coastal city", "Lebanon borders Iraq") is
  backed only by a sentence of that record, of another record the claim names, or one that
  begins with its name (:func:`not_of`), and what it says the record is must be what the
  sentence calls it (:func:`head_unsaid`);
- where it says a thing lies or was taken must be where the sentence puts it
  (:func:`placed_unsaid`);
- a sentence denies what a claim says only where its negation stands in a part that speaks
  of the claim, and only the words it governs (:func:`denies`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.base.written_dates import MONTHS
from homsfacts.check.negation import negation
from homsfacts.check.order import record_names
from homsfacts.check.stems import porter_stems
from homsfacts.check.words import terms

if TYPE_CHECKING:
    from homsfacts.check.sentences import Sentence


def described_record(claim: str, named: dict[str, Record]) -> Record | None:
    """The record a claim is said of ("Homs was a coastal city", "Lebanon borders Iraq"):
    one it names at its start, alone, or None."""
    folded = f" {fold(claim)} "
    for record in named.values():
        for name in record_names(record):
            if re.match(rf" (?:the )?{re.escape(name)} (?!and |or |s )", folded):
                return record
    return None


def inside_a_name(named: dict[str, str], record: Record) -> bool:
    """Whether a sentence, whose names are ``named``, writes a record's name only inside
    another's: "the Syrian army" in "the Free Syrian Army", "Homs" in "Homs province"."""
    own = [f" {name} " for name in record_names(record)]
    return record["id"] not in named and any(
        name in f" {fold(other)} " and fold(other) != name.strip()
        for other in named.values() for name in own)


_OTHER_SUBJECT = re.compile(r"(?!(?:It|Its|He|She|His|Her|They|Their|The|A|An|This|These|"
                            r"Those|There|In|On|At|By|Once|When|After|Before)\b)"
                            r"(?P<subject>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
                            r"(?:is|was|are|were|has|had|lies)\b")
"""A statement that begins with a name of its own ("Al-Mukharram District is mostly
Alawite", a statement of the province): what it says is said of that name."""


def not_of(sentence: Sentence, described: Record | None, text: str,
            named: dict[str, Record]) -> str:
    """Why a sentence cannot back what a claim says of the record it begins with, or "": it
    must be the record's own (its description or a statement of it), the own of another
    record the claim names, or begin with its name; "Damascus was cut off from Assad's
    coastal strongholds" says nothing of what Homs is, nor "Homs Governorate borders
    Lebanon and Iraq" that Lebanon borders Iraq. A statement of the record that begins with
    a name of its own ("Al-Mukharram District is mostly Alawite") is said of that name."""
    if described is None:
        return ""
    other = _OTHER_SUBJECT.match(sentence.text)
    if other and sentence.record["id"] == described["id"] and sentence.text != described.get(
            "description") and fold(other["subject"]) not in record_names(described):
        return f"it is said of {other['subject']}, not of {described.get('name')}"
    if sentence.record["id"] in named or (
            sentence.subject is not None and sentence.subject["id"] == described["id"]):
        return ""
    if any(re.match(rf" (?:the )?{re.escape(name)} (?!s )", text)
           for name in record_names(described)):  # not "Syria's largest governorate"
        return ""
    return f"it is not said of {described.get('name') or described['id']}"


def denies(text: str, claimed: set[str]) -> tuple[str, str]:
    """How a sentence denies what the claim says: the negating word where it denies the
    claim's own words, else "" and the words it denies beside them, else ("", ""). A
    negation counts only in a part of the sentence between commas that speaks of something
    the claim says ("Court in the United States, not named in the source, that ruled ..."
    denies no ruling); "Reuters could not verify the video said to show the fighters
    leaving" denies a verifying, and shows no video."""
    stems = frozenset().union(*(porter_stems(term) for term in claimed))
    for clause in text.split(","):
        word = negation(clause)[0]
        if not word or not terms(clause) & claimed:
            continue
        governed = _GOVERNED.search(clause)
        if governed is None or any(porter_stems(term) & stems
                                   for term in terms(governed["words"])):
            return word, ""
        return "", governed.group()
    return "", ""


_LACKING = re.compile(r"\b(?P<word>without|no|lacking|lacked|lacks|lack)\s+(?P<words>[\w'’ -]+?)"
                      r"(?=[,.;:]|\s+(?:and|but|or|for|as|while|when|after|before|in|on|at|to|"
                      r"from|by)\b|\s*$)", re.IGNORECASE)


def lacked(text: str, *, said: tuple[str, ...] = ("without",)) -> set[str]:
    """The terms of what a text says someone was without ("left people trapped without
    food": food), by the words in ``said``: a sentence that says so denies a claim that
    they had it, where the claim does not say they lacked it too ("with no food")."""
    return set().union(*(terms(match["words"]) for match in _LACKING.finditer(text)
                         if match["word"].lower() in said))


_LEFT_BEHIND = re.compile(r"\b(?:leave|leaves|left|leaving|abandon|abandoned|abandoning)\s+"
                          r"(?P<words>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+behind\b", re.IGNORECASE)
_TAKING = re.compile(r"\b(?:take|takes|took|taken|taking|carry|carries|carried|carrying|bring|"
                     r"brings|brought|keep|keeps|kept|leave\s+with|left\s+with)\b", re.IGNORECASE)


def lack_denies(text: str, claim: str, claimed: set[str]) -> bool:
    """Whether a sentence says those it speaks of were without what the claim has them have
    ("trapped without food" against "had plenty of food"), or left behind what the claim
    has them take ("had to leave heavy weapons behind" against "could take their heavy
    weapons"), where the claim does not say so itself."""
    denied = lacked(claim, said=("without", "no", "lacking", "lacked", "lacks", "lack"))
    if lacked(text) & claimed - denied:
        return True
    own = {frozenset(terms(match["words"])) for match in _LEFT_BEHIND.finditer(claim)}
    return bool(_TAKING.search(_LEFT_BEHIND.sub("", claim))) and any(
        left and left <= claimed and left not in own and not left <= denied  # "but no heavy
        for match in _LEFT_BEHIND.finditer(text) if (left := frozenset(terms(match["words"]))))


_LIES = re.compile(r"\b(?:(?:lies|lie|lay|lying|stands|stand|sits|sit|situated|located|city|"
                   r"town|village|port)\s+(?P<at>on|in|at|near|beside|along|by)|(?:is|was)\s+"
                   r"(?P<at_is>on|near|beside|along|by))\s+(?:the\s+)?"
                   r"(?P<phrase>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:connecting|linking|of|"
                   r"in|near|with|between|that|which|and|from|to|through)\b|[,.;]|\s*$)",
                   re.IGNORECASE)


_IN_PLACE = re.compile(r"^(?P<thing>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+"
                       r"(?:is|was|are|were|lies|lay|stands|stood)\s+(?:(?:located\s+|situated\s+)?"
                       r"in|(?:a\s+)?part\s+of)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                       r"(?:\s+(?:province|governorate|district|region))?)")
"""A claim that puts a thing in a place ("The National Museum is in Homs", "Homs province is
part of Lebanon")."""


def _puts_in(head: str, place: str, text: str) -> bool:
    """Whether a folded sentence puts the thing whose head word is ``head`` in ``place``: a
    sentence that names the thing puts it in the place after its name, or has the place
    have it ("It ... has an oil refinery"), and a sentence of the place may call the place
    "its" ("Termaaleh lies in its north"); a sentence of the thing itself says "in" or "of"
    the place ("Neighbourhood of Homs", not "Castle near Homs")."""
    named, here = f" {head} " in text, f" {place} " in text
    if re.search(rf" in (?:\w+ )?{re.escape(head)} ", text):
        return False  # "City in western Syria" puts a city in Syria, not Syria in it
    where = re.escape(place) if here else "its"  # "in size after it" is no place
    # "Neighbourhood of Homs", not "162 km north of Damascus"
    put = rf"(?:in|(?<!north )(?<!south )(?<!east )(?<!west )(?<!km )(?<!miles )of) " \
        rf"(?:(?!\d)\w+ ){{0,3}}?{where} "  # "began in 2011 Homs is ..." puts nothing in Homs
    if not named:  # "Neighbourhood of Homs", "Syria's largest governorate"
        return here and (re.search(f" {put}", text) is not None or f" {place} s " in text)
    thing = re.escape(head)
    holder = re.escape(place) if here else "(?:it|the city)"  # "It ... has an oil refinery"
    return re.search(rf" {thing} (?:\w+ ){{0,5}}?{put}", text) is not None or re.search(
        rf" {holder} (?:\w+ ){{0,6}}?(?:has|had|have|holds|held) (?:\w+ ){{0,4}}?{thing} ",
        text) is not None


_TO = re.compile(r"\b(?:taken|took|moved|transferred|went|gone|sent|brought|carried|bussed|"
                 r"bused|fled|evacuated|relocated|driven|returned)\s+(?:\w+\s+){0,2}?"
                 r"(?:to|into)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
"""A place a claim moves something to ("taken to Homs", "moved its seat to Homs")."""


def placed_unsaid(claim: str, text: str) -> str:
    """Where a claim puts a thing ("lies on the coast", "taken to Homs") that the sentence
    does not put it, as a reason, or "": a place it was taken to must follow "to" in the
    sentence too; and the sentence must say the head word of the place, or one meaning
    the same, within a few words after the same preposition ("on the main north-south
    route"), not merely hold the word ("the link between inland cities and the coast")."""
    for match in _TO.finditer(claim):  # "taken to Homs" against "taken to ... Damascus"
        place = fold(match["place"])
        if f" {place} " in text and not re.search(
                rf" (?:to|into) (?:the )?(?:\w+ ){{0,3}}{re.escape(place)} ", text):
            return f"the source does not say it went to {match['place']}"
    placed = _IN_PLACE.search(claim)  # "The National Museum is in Homs" against "... the
    # National Museum in Damascus", where the sentence puts another thing in Homs
    if placed:
        head, place = fold(placed["thing"]).split()[-1], fold(placed["place"])
        if place in MONTHS or not _puts_in(head, place, text):  # "Waer is in May": no place
            return f"the source does not put {placed['thing']} in {placed['place']}"
    for match in _LIES.finditer(claim):
        at, head = (match["at"] or match["at_is"]).lower(), match["phrase"].split()[-1]
        wanted = terms(head)
        after = re.findall(rf" {at} ((?:[\w'’]+ ?){{1,5}})", text)
        after += re.findall(rf"((?:[\w'’]+ ){{1,3}}){at} which ", text)  # "route, on which"
        if wanted and not any(wanted <= terms(words) for words in after):
            return f"the source does not say it lies {at} the {head}"
    return ""


_COPULA = re.compile(r"\b(?:is|was|are|were)\s+(?:(?:a|an|the|its|his|her|their)\s+|"
                     r"[\w'’-]+['’]s\s+)?"
                     r"(?P<phrase>[^,;()]+)", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s(?:of|in|on|at|from|for|with|by|to|who|whom|that|which|when|"
                         r"where|whose|born|killed|named|called|until|since|after|before|"
                         r"between|near|under)\b.*", re.IGNORECASE)


_PARTICIPLES = frozenset({"thought", "said", "believed", "known", "seen", "taken", "held",
                          "given", "made", "born", "built", "done", "led", "run", "shown",
                          "found", "told", "put", "set", "hit", "cut", "left", "kept", "won",
                          "retaken", "overrun", "driven", "beaten", "fallen", "chosen", "drawn",
                          "withdrawn", "overthrown", "thrown", "torn", "shot", "sent", "lost",
                          "brought", "caught", "fought", "struck", "fled", "laid", "paid",
                          "sold", "rebuilt", "begun", "rung", "broken", "hidden", "spoken"})
"""Participles that end in no "-ed": a passive ("was born", "was thought"), no class."""


def described_by(sentence: Sentence, described: Record) -> bool | None:
    """Whether a sentence is the description of the record a claim describes (True), of
    another record (None), or no description (False)."""
    if sentence.text != sentence.record.get("description"):
        return False
    return True if sentence.record["id"] == described["id"] else None


def head_unsaid(claim: str, sentence: str, description: bool | None) -> str:
    """What a claim says a record is ("Bashar al-Assad was a rebel") that a sentence of it
    does not say it is, or "": where the sentence is the record's description, one of its
    phrases between commas ("President of Syria when the rebel offensive reached Homs" is
    a president, not a rebel); else what follows its "is" or "was" ("It was the target of
    a bombing"), or "describes it as": a sentence that says neither says not what it is.
    ``description`` is None for the description of another record, which says what that
    one is ("Court in the United States ..." does not make Marie Colvin a court)."""
    heads = [[word.strip(".!?'’\"") for word in
              _PHRASE_END.sub("", f" {found['phrase']}").split()[-1:]]
             for found in _COPULA.finditer(claim)]
    head = next((one for one in heads if one and terms(one[0]) and one[0][:1].islower()
                 and not one[0].lower().endswith("ed") and one[0].lower() not in _PARTICIPLES),
                [])  # "is bordered by", "it was thought", "was the Al-Nusra Front": no class
    if not head:
        return ""
    said = " ".join(sentence.split())
    if description is None:
        return f"the source does not call it {head[0]!r}"
    # what follows each "is" or "was", or "describes it as"; and a description's phrases
    phrases = [found["phrase"] for found in _COPULA.finditer(said)] + re.findall(
        r"\bdescribes? (?:it|him|her|them) as ([^,;()]+)", said) + (
        [re.split(r"\s(?:who|whom|that|which|when|where|whose)\s", part)[0]
         for part in re.split(r"[,;(]", said)] if description else [])
    if any(terms(head[0]) <= terms(phrase) for phrase in phrases):
        return ""
    return f"the source does not call it {head[0]!r}"


_GOVERNED = re.compile(r"\b(?:not|never|n't|no longer)\s+(?P<words>(?:[\w'’-]+\s+){0,1}[\w'’-]+)",
                       re.IGNORECASE)
"""The words a negation governs: "could not verify the video" denies a verifying, not a
video."""


__all__ = ["denies", "described_by", "described_record", "head_unsaid", "inside_a_name",
           "lack_denies", "lacked", "not_of", "placed_unsaid"]
