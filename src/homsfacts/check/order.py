"""Where words stand in a sentence, against where a claim puts them: two records named in the
same order, a noun with the same owner ("HTS's forerunner" is not "the forerunner of the
Nusra Front"), and words the claim puts together not far apart in the sentence."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from homsfacts.base.match import fold, initials
from homsfacts.base.views import Record
from homsfacts.base.written_dates import MONTHS
from homsfacts.check.words import STOP_WORDS, terms

GAP = 3
"""The most words of a sentence (stop words aside) that may stand between two words of the
claim it holds, in the claim's order: "the capital of the revolution ... Syria" does not say
"the capital of Syria"."""


def record_names(record: Record) -> list[str]:
    """Every name a text may call a record by, folded: its name, its aliases and, for a
    person, the surname."""
    names = [record.get("name") or "", *record.get("aliases", [])]
    if record.get("kind") == "person" and record.get("name"):
        names.append(record["name"].split()[-1])
    return [fold(name) for name in names if fold(name)]


def _written_names(record: Record) -> list[str]:
    """The names of a record (:func:`record_names`) and, for a group one of whose names is
    a plural, its adjective ("Alawites": "mostly Alawite")."""
    names = record_names(record)
    if record.get("kind") == "group":
        names += [name[:-1] for name in names if name.endswith("s") and " " not in name]
    return names


def first_at(text: str, record: Record) -> int | None:
    """Where a sentence first names a record, by any of its names, or None."""
    places = [text.find(f" {name} ") for name in _written_names(record)]
    return min((place for place in places if place >= 0), default=None)


def name_at(text: str, record: Record, at: int) -> str:
    """The name of a record that ``text`` writes at ``at`` (where :func:`first_at` found it)."""
    return next(name for name in _written_names(record) if text.startswith(f" {name} ", at))


LOCATIVE = frozenset({"in", "at", "near", "around", "inside", "outside", "across",
                      "throughout", "within", "from"})
"""Words before a place that say where something is or happened ("in Homs"), as against
a place that is a part of what is said ("the capital of Syria")."""


PART_NOUNS = frozenset({"centre", "center", "heart", "outskirts", "north", "south", "east",
                        "west", "part", "parts", "district", "districts", "neighbourhood",
                        "neighbourhoods", "neighborhood", "neighborhoods", "streets", "edge",
                        "countryside", "suburbs", "quarter", "quarters"})
"""Nouns for a part of a place: "the old centre of Homs" and "Homs neighbourhoods" say
where, as "in Homs" does."""


_PART_WORDS = frozenset({"central", "northern", "southern", "eastern", "western", "downtown",
                         "rural", "greater", "north", "south", "east", "west"})
"""Words before a place's name that say which part of it ("in central Damascus")."""


_HAPPENINGS = frozenset({"siege", "evacuation", "deal", "handover", "offensive", "fighting",
                         "battle", "uprising", "protests", "crackdown", "bombing", "withdrawal"})
"""Nouns of a happening a place's name may stand before to say where it was."""


def located(claim: str, place: Record) -> bool:
    """Whether the claim names ``place`` only to say where: after "in", "at" ..., after
    "the centre of", or before "neighbourhoods"."""
    folded = f" {fold(claim)} "
    at = first_at(folded, place)
    if at is None:
        return False
    before = [word for word in folded[:at].split() if word != "the"]  # "in the US"
    while before[-1:] == ["s"]:  # "in Homs's Old City": where, whose ever it is
        del before[-2:]
    if before[-1:] and before[-1] in _PART_WORDS:  # "in central Damascus": there too
        del before[-1:]
    before = before[-2:]
    name = name_at(folded, place, at)
    after = folded[at + len(name) + 2:].split()[:1]
    return (bool(before) and before[-1] in LOCATIVE) or before[-2:-1] + before[-1:] in (
        [[noun, "of"] for noun in PART_NOUNS]) or (bool(after) and after[0] in PART_NOUNS) \
        or (bool(after) and after[0] in _HAPPENINGS)  # "the Homs siege": where it was


def says_where(claim: str, place: Record) -> bool:
    """Whether a claim names a place to say where (:func:`located`), not where someone is
    from ("a journalist from the United States", "from France")."""
    return located(claim, place) and not any(
        re.search(rf"\bfrom\s+(?:the\s+)?{re.escape(name)}\b", fold(claim))
        for name in record_names(place))


def apart(claim: str, text: str, elsewhere: set[str], sentence: str = "") -> str:
    """Two words a part of the claim puts together that the sentence holds far apart (more
    than :data:`GAP` words between them), or in the other order; words the sentence holds
    only through its subject's or its people's names (``elsewhere``) are not placed. The
    parts of a claim joined by "and" or a comma are placed each on its own: "it has a
    refinery and is a hub" is "it is a hub and has a refinery". Words the ``sentence``
    holds only in different clauses are apart however near."""
    parts = re.split(r"[,;]|\band\b", claim, flags=re.IGNORECASE)
    said = [term for word in text.split() for term in sorted(terms(word))]  # read once
    return next(filter(None, (_apart(part, said, elsewhere)
                              and _apart(_COMPOUND.sub(r"\2 \1", part), said, elsewhere)
                              and _apart(_COMPOUND_NOUN.sub(r"\3 \2 \1", part), said, elsewhere)
                              for part in parts)), "") or _across(claim, sentence, elsewhere)


def _across(claim: str, sentence: str, elsewhere: set[str]) -> str:
    """Two words of the claim that a sentence of two clauses (joined by ";") holds only in
    different ones: "a win for it; ... a defeat for the rebels" is no win for the rebels."""
    clauses = [terms(clause) for clause in sentence.split(";")]
    if len(clauses) < 2:
        return ""
    placed = (terms(claim) & set().union(*clauses)) - elsewhere
    if any(placed <= clause for clause in clauses):
        return ""
    first = next(clause for clause in clauses if clause & placed)
    inside, outside = sorted(placed & first)[:1], sorted(placed - first)[:1]
    return (f"the source says {inside[0]!r} and {outside[0]!r} in different parts of its "
            "sentence, not together as the claim does") if inside and outside else ""


_COMPOUND = re.compile(r"(?<![\w'’-])([\w'’]+(?:-[\w'’]+)*?)-(linked|backed|led|held|based|run|"
                       r"controlled|allied)\b", re.IGNORECASE)
"""A compound that a sentence may write the other way round: "Al-Qaeda-linked" is "linked
to Al-Qaeda", "rebel-held" "held by the rebels"."""
_COMPOUND_NOUN = re.compile(_COMPOUND.pattern + r"\s+([\w'’]+)", re.IGNORECASE)
"""A compound before its noun: "the rebel-held part" is "the part held by the rebels"."""


def _apart(claim: str, sentence: list[str], elsewhere: set[str]) -> str:
    """Two terms of one part of a claim that the sentence holds only more than :data:`GAP`
    words apart, in whatever order it puts them ("the evacuation that the rebels agreed" is
    "the evacuation was agreed between the rebels"); words the claim says too do not part
    them, nor does a date, which is compared on its own."""
    placed = list(dict.fromkeys(
        term for word in fold(claim).split() if word not in MONTHS and not word.isdigit()
        for term in sorted(terms(word)) if term in sentence and term not in elsewhere))
    said = {term for word in fold(claim).split() for term in terms(word)} | elsewhere
    where = {term: [at for at, word in enumerate(sentence) if word == term] for term in placed}
    choices = list(itertools.islice(itertools.product(*where.values()), _MOST_PLACINGS))
    best = min(choices, key=lambda places: _widest(sorted(places), sentence, said), default=())
    if len(placed) < 2 or _widest(sorted(best), sentence, said) <= GAP:
        return ""
    ordered = sorted(zip(best, placed, strict=True))
    gaps = [(len([word for word in sentence[first + 1:second] if word not in said]), one, two)
            for (first, one), (second, two) in itertools.pairwise(ordered)]
    _, one, two = max(gaps)
    return f"the source says {one!r} and {two!r}, but not together as the claim does"


_MOST_PLACINGS = 512
"""How many ways of placing a claim's terms in a sentence are tried, each term at one of the
places the sentence has it: a bound on what one long sentence may cost."""


def _widest(places: list[int], sentence: list[str], said: set[str]) -> int:
    """The most words the claim does not say between two of ``places`` next to each other."""
    return max((len([word for word in sentence[first + 1:second] if word not in said])
                for first, second in itertools.pairwise(places)), default=0)


POSSESSIVES = frozenset({"its", "his", "her", "their"})
TITLES = frozenset({"governor", "president", "commander", "chief", "leader", "general",
                     "king", "queen", "emperor", "minister", "mayor", "head", "prince"})
"""Words of a person's alias that say what the person was, not who ("Governor Talal
al-Barazi"): alone they name no one."""


class Owner(NamedTuple):
    """The words that name whose a noun is, and whether they stand before it ("Syria's
    largest": they end with the owner) or after it ("the capital of Syria": they begin
    with it)."""

    words: str
    before: bool


def _owners(text: str) -> dict[str, Owner]:
    """Whose each noun is, where the text says: "HTS's forerunner" gives forerunner -> "hts"
    (the words before the 's), "the forerunner of al-Nusra Front" forerunner -> "al nusra
    front" (the words after "of"), "its forerunner" forerunner -> "its"."""
    words = text.split()
    owners: dict[str, Owner] = {}
    for index, word in enumerate(words):
        following = words[index + 1:index + 2]
        if word == "s" and index and following:
            owners.setdefault(following[0], Owner(" ".join(words[max(0, index - 4):index]),
                                                  True))
        elif word in POSSESSIVES and following:
            owners.setdefault(following[0], Owner(word, True))
        elif word == "of" and index and following:
            after = words[index + 1:index + 6]
            if after and after[0] in {"the", *POSSESSIVES} and len(after) > 1:
                after = after[1:]  # "the shelling of its centre": the shelling's is the centre
            owners.setdefault(words[index - 1], Owner(" ".join(after), False))
            if index >= 2 and words[index - 2] in TITLES:  # "Queen Zenobia of Palmyra"
                owners.setdefault(words[index - 2], Owner(" ".join(after), False))
    return owners


def _owner_names(record: Record) -> list[str]:
    """The names of a record as an owner, initials of three letters or more among them:
    "the forerunner of HTS". Initials place no record in a sentence (:func:`first_at`),
    for a sentence may name it in full elsewhere."""
    letters = initials(record.get("name") or "") or ""
    return [*record_names(record), *([letters] if len(letters) >= 3 else [])]


def whose(claim: str, subject: Record | None, named: dict[str, Record], text: str,
          home: str = "") -> str:
    """A noun the claim gives another owner than the sentence does: "Nusra's forerunner"
    is not "its [HTS's] forerunner", nor "the capital of Syria" "the capital of the
    revolution". An owner is the record one of whose names the owner's words begin or
    end with, else its first word; "the city" of a base about one city (``home``) is it."""

    def owner(found: Owner) -> str:
        if found.words in POSSESSIVES and subject is not None:
            return str(subject["id"])
        nearest = found.words.split()[-1:] if found.before else found.words.split()[:1]
        if home and nearest == ["city"]:  # "the last area of the city", "the city's core"
            return home
        padded = f" {found.words} "
        # words before "'s" end with the owner ("homs governorate is syria"), words after
        # "of" begin with it; the longest name: "homs governorate" is not Homs
        fitting = [(padded.endswith(f" {name} ") if found.before
                    else padded.startswith(f" {name} "), len(name), str(record["id"]))
                   for record in named.values() for name in _owner_names(record)
                   if padded.startswith(f" {name} ") or padded.endswith(f" {name} ")]
        if fitting:
            return max(fitting)[2]
        return nearest[0] if nearest else ""  # the word next to "'s" or "of"

    def shown(found: Owner) -> str:  # a record by its name, else the words to a stop word
        record = named.get(owner(found)) or (subject if subject is not None
                                             and owner(found) == subject["id"] else None)
        if record is not None:
            return str(record.get("name") or record["id"])
        kept = list(itertools.takewhile(lambda word: word not in STOP_WORDS,
                                        found.words.split()))
        return " ".join(kept[:2] or found.words.split()[:1])

    records = {*named, home, *([subject["id"]] if subject is not None else [])}
    claimed = _owners(fold(claim))
    stated = {term: (noun, whose) for noun, whose in _owners(text.strip()).items()
              for term in terms(noun)}  # by term: a "forerunner" is a "precursor"
    for noun, whose in claimed.items():
        said_of = next((stated[term] for term in sorted(terms(noun)) if term in stated), None)
        ours, theirs = (owner(whose), owner(said_of[1])) if said_of is not None else ("", "")
        if said_of is not None and ours != theirs and (
                {ours, theirs} & records or not terms(ours) & terms(theirs)):
            # two words, not records, may be one: "the heart of Homs" is its centre
            return (f"the source speaks of the {said_of[0]} of {shown(said_of[1])}, the "
                    f"claim of the {noun} of {shown(whose)}")
    return ""


_NAMED_AFTER = re.compile(r" [\w'-]+(?: [\w'-]+)? (?=(?:governorate|province|district|camp|"
                          r"mosque|river|castle|city council)\b)")
"""A name in the name of another thing ("Homs Governorate", "the Khalid ibn al-Walid
Mosque"), which does not place the record it names."""


_DONE_BY = re.compile(r" (?:was|were|is|are|been|being|be) (?:[a-z]+ )?[a-z]+(?:ed|en|wn|t) by ")
"""A passive verb and its "by", after which a claim names who did what it says."""


def named_order(claim: str, named: dict[str, Record], text: str) -> str:
    """Two records named in another order than the sentence's: "A was the forerunner of
    B" is not "B was the forerunner of A". Only records the sentence names are placed: where
    an unnamed subject stands ("the community", "its precursor") is not read."""
    folded = f" {fold(_COMPOUND.sub(' ', claim))} "  # "the Al-Qaeda-linked Al-Nusra Front"
    doers = {match.end() - 1 for match in _DONE_BY.finditer(folded)}
    placed = []  # places no Al-Qaeda before the Front
    for record in named.values():
        in_claim = first_at(folded, record)
        if in_claim in doers:  # "the operation ... was supervised by Russia": Russia did it,
            in_claim = -1  # as "Russia supervised the operation" says, naming it first
        in_sentence = first_at(_NAMED_AFTER.sub(" ", text), record)
        if in_claim is not None and in_sentence is not None:
            placed.append((in_claim, in_sentence, record))
    placed.sort(key=lambda item: item[0])
    for (_, first, one), (_, second, other) in itertools.pairwise(placed):
        if first > second:
            return (f"the source names {other.get('name')} before {one.get('name')}, the "
                    "other way round from the claim")
    return ""


__all__ = ["GAP", "LOCATIVE", "PART_NOUNS", "POSSESSIVES", "apart", "first_at", "located",
           "name_at", "named_order", "record_names", "says_where", "whose"]
