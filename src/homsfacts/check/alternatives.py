"""Words that exclude one another where a thing has one of them: a direction ("north of
Damascus"), an end of a scale ("the largest governorate", "the first deal"), a country
("a US court", "a Britain-based monitor").

A claim that says all a source's sentence says but puts one of these words where the sentence
puts another is refuted by it: "Homs Governorate is the smallest" against "Syria's largest
governorate", "a French court" against "a US court". Only a word of the claim that the sentence
does not hold counts, and only against a word of the same kind that the claim does not also
use ("the Syrian government" in both is no country the claim changes)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable

from homsfacts.base.match import fold
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS
from homsfacts.check.side_names import side_of
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED
from homsfacts.check.words import MOSTLY_WORDS, STOP_WORDS, terms

_SCALES: list[list[tuple[str, ...]]] = [
    [("north", "northern", "northwards"), ("south", "southern", "southwards")],
    [("east", "eastern", "eastwards"), ("west", "western", "westwards")],
    [("largest", "biggest"), ("smallest",)],
    [("first", "earliest"), ("last", "final", "latest")],
    [("oldest",), ("newest", "youngest")],
    [("majority",), ("minority",)],
    [("highest",), ("lowest",)],
]

_KIND: dict[str, tuple[str, str]] = {
    word: (f"scale {number}", meanings[0])
    for number, scale in enumerate(_SCALES) for meanings in scale for word in meanings}
"""Each word's kind and meaning: ``biggest`` -> (its scale, ``largest``)."""
_KIND.update({word: ("faith", faith) for faith, words in {
    "sunni": ("sunni", "sunnis"), "shia": ("shia", "shiite", "shiites", "shi'ite", "shias"),
    "alawite": ("alawite", "alawites"), "christian": ("christian", "christians"),
    "druze": ("druze",)}.items() for word in words})
"""Faiths, which exclude one another only where a people is "mostly" of one, in the claim
and in the sentence (a minority of one leaves room for others, and a list of several is read
as no single one)."""
_KIND.update({word: ("country", country) for word, country in DEMONYMS.items()})
_KIND.update({word: ("country", country) for word, country in COUNTRY_WORDS.items()})


def contradiction(gaps: Iterable[str], text: str, claim: str) -> str:
    """How the sentence ``text`` says otherwise every word of the claim it does not hold
    (``gaps``), as a reason ("the source says 'largest', not 'smallest'"), or "". The other
    word must stand in the same company as the claim's (a word of the claim's beside both:
    "north of Damascus", "US court"), the sentence must hold no word that means the claim's
    ("first" for "earliest"), and one meaning only may stand against it."""
    said, claimed = fold(text).split(), fold(claim).split()
    found = []
    for term in gaps:  # a term as the claim writes it: "east" is its "eastern"
        gap = term if term in claimed else next(
            (word for word in claimed if word in _KIND and term in terms(word)), term)
        kind = _KIND.get(gap)
        if kind is None or gap not in claimed or any(
                _KIND.get(word) == kind for word in said) or (
                kind[0] == "faith" and not _mostly(claimed, claimed.index(gap))):
            return ""
        company = _company(claimed, claimed.index(gap))
        rivals = [(at, word) for at, word in enumerate(said) if word not in claimed
                  and word in _KIND and _KIND[word][0] == kind[0] and _KIND[word][1] != kind[1]
                  and (kind[0] != "faith" or _mostly(said, at))]
        listed = any(_KIND.get(first, ("",))[0] == kind[0] == _KIND.get(second, ("",))[0]
                     for first, joint, second in zip(said, said[1:], said[2:], strict=False)
                     if joint in ("and", "or"))
        if len({_KIND[word][1] for _, word in rivals}) != 1 or listed:
            return ""  # none, or a list ("borders Lebanon and Iraq"): one value is not read
        gap_at = claimed.index(gap)
        others = sorted({word for at, word in rivals if company & _company(said, at)
                         and not _other_of(claimed, gap_at, said, at)})
        if not others:
            return ""
        found.append(f"{others[0]!r}, not {gap!r}")
    return ("the source says " + "; ".join(found)) if found else ""


_MOST = frozenset({*MOSTLY_WORDS, "majority"})


def _mostly(words: list[str], at: int) -> bool:
    """Whether the faith at ``at`` is what most are ("mostly Sunni", "a Sunni majority"): a
    minority of one faith leaves room for others."""
    return bool(_MOST & set(words[max(0, at - 2):at + 2]))


def _other_of(claimed: list[str], at: int, said: list[str], there: int) -> bool:
    """Whether the claim's word and the sentence's say "of" two different things: "Damascus
    is south of Homs" and "Homs ... north of Damascus" say the same, each of the other."""
    mine, theirs = claimed[at + 1:at + 3], said[there + 1:there + 3]
    return len(mine) == len(theirs) == 2 and mine[0] == theirs[0] == "of" and mine != theirs


def out_of_company(claim: str, text: str) -> str:
    """A direction or end of a scale the claim says that the sentence says only of another
    thing ("south of Damascus" against "advanced from the north, the south and the east"),
    as a reason; or ""."""
    said, claimed = fold(text).split(), fold(claim).split()
    for at, word in enumerate(claimed):
        if word in _KIND and _KIND[word][0] == "country":  # "a Syrian court", "a US court"
            head = claimed[at + 1:at + 2]
            other = [before for before, after in itertools.pairwise(said)
                     if [after] == head and _KIND.get(before, ("",))[0] == "country"
                     and _KIND[before][1] != _KIND[word][1]]
            if other:
                return f"the source says {other[0]!r} {head[0]}, not {word!r}"
            continue
        if word not in _KIND or _KIND[word][0] == "faith":  # a faith is read in company above
            continue
        # wider than a contradiction's: to say "last" of the same thing, the words of a
        # compound ("the last rebel-held part") may stand further off
        company = _company(claimed, at, 4)
        places = [there for there, other in enumerate(said) if _KIND.get(other) == _KIND[word]]
        if places and company and not any(company & _company(said, there, 4) for there in places):
            return f"the source says {word!r} of something else than the claim does"
    return ""


def _company(words: list[str], at: int, reach: int = 2) -> set[str]:
    """The words that say what a word is about: the terms ``reach`` either side of it, a
    province and a governorate alike ("the smallest province", "the largest governorate")."""
    found = terms(" ".join(words[max(0, at - reach):at] + words[at + 1:at + 1 + reach]))
    return found | {"governorate"} if found & _PROVINCES else found


_PROVINCES = frozenset({"province", "governorate"})


def country_unsaid(claim: str, held: set[str], names: list[str]) -> tuple[str, str] | None:
    """A country the claim gives ("a court in France") that the names of the records it
    names give otherwise ("US court"): refuted; else one that neither they nor the evidence
    (``held``, its terms) give: not-enough-info; None where there is none."""
    named = " ".join(names)
    spoken = fold(re.sub(r"\bus\b", "", claim))  # "us" is the country only as "US"
    countries = [word for word in spoken.split() if _KIND.get(word, ("",))[0] == "country"]
    by_name = {_KIND[word][1] for word in fold(named).split() if word in _KIND}
    words = spoken.split()
    owning = {word for word, after in itertools.pairwise(words)  # "with Russian supervision"
              if after not in STOP_WORDS and after not in fold(named).split()}
    gaps = [word for word in countries if _KIND[word][1] not in by_name and word not in owning]
    for name in names:  # each name on its own: "Syrian army" beside "Baba Amr" is no company
        for gap in gaps:  # and each country: "a French court ... the Syrian state"
            otherwise = contradiction([gap], name, claim)
            if otherwise:
                return REFUTED, f"{otherwise}: the record the claim speaks of is the {name}"
    given = by_name | {_KIND[word][1] for word in held if word in _KIND}
    gaps = [word for word in countries if _KIND[word][1] not in given]
    if not gaps:  # "from France" is given by "a Frenchman"
        return None
    return NOT_ENOUGH_INFO, f"the source does not speak to {gaps[0]!r}, which the claim says"


_PLACED = re.compile(r"\b(?P<slot>[Bb]orn|[Bb]uried|[Bb]ased)\s+(?:in|at)\s+"
                     r"(?P<after>(?:\S+\s+){0,5}\S+)")
"""Where someone was born or is buried, or where a body is based, and the words after it."""
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*)*")


def placed_otherwise(claim: str, text: str, place_of: Callable[[str], str | None],
                     inside: Callable[[str, str], bool]) -> str:
    """How a sentence about what the claim speaks of puts its birth, burial or base in
    another place than the claim ("born in Emesa", for "born in Damascus"), or "". Both
    places must be places of the base (``place_of``: a name to its id, or None), neither
    inside the other (``inside``): "born in Arabia" or "in Makkah" is not read against
    "born in Mecca"."""
    def placed(text: str) -> dict[str, tuple[str, str]]:
        found: dict[str, tuple[str, str]] = {}
        for match in _PLACED.finditer(text):
            for name in _CAPITALISED.findall(match["after"]):
                record_id = place_of(name)
                if record_id is not None:  # "the Roman city of Emesa": Emesa
                    found.setdefault(match["slot"].lower(), (name, record_id))
                    break
        return found

    claimed = placed(claim)
    for slot, (name, record_id) in placed(text).items():
        if slot in claimed and claimed[slot][1] != record_id and not inside(
                claimed[slot][1], record_id) and not inside(record_id, claimed[slot][1]):
            return f"the source says {slot} in {name}, not in {claimed[slot][0]}"
    return _born_otherwise(claim, text)


_HELD = re.compile(r"\b(?P<side>[\w]+)-held\b", re.IGNORECASE)
_ANOTHER_TIME = re.compile(r"\b(?:now|today|still|later|since|until|after|before|by|once|"
                           r"formerly|\d{4})\b", re.IGNORECASE)
"""Words that date a claim: who holds a place changes, and the source's side is of its time."""


def held_otherwise(claim: str, text: str, names: list[str]) -> str:
    """Who held a place, where the claim puts it beside the place's name ("Dar al-Kebira, a
    government-held town") and a sentence about that place gives the other side ("Rebel-held
    town 20 km from Homs"), as a reason; or ""."""
    given = [side_of(match["side"]) for match in _HELD.finditer(text)]
    if len(set(given)) != 1 or given[0] is None or _ANOTHER_TIME.search(claim):
        return ""
    written = " ".join(re.sub(r"(?<=\w)-(?=\w)|['’]", " ", claim).split())  # as names are
    for name in names:
        beside = re.search(rf"\b{re.escape(name)}(?:,\s+|\s+(?:is|was)\s+)(?:an?\s+|the\s+)?"
                           r"(?P<side>\w+)\s+held\b", written, re.IGNORECASE)
        claimed = side_of(beside["side"]) if beside else None
        if claimed is not None and claimed != given[0]:
            return f"the source has it held by {given[0]}, not by {claimed}"
    return ""


_BORN_IN = re.compile(r"\b[Bb]orn\b(?:\s+(?:in|at)\s+[A-Z][\w'’-]*)?\s+(?:in\s+)?"
                      r"(?P<hedge>(?:around|about|c\.|circa)\s+)?(?:AD\s+)?(?P<year>\d{3,4})\b"
                      r"(?!\s*(?:BC|BCE|people|km))")
"""The year of a birth ("born in Mecca in 592", "born in 592"): a person is born once."""


def _born_otherwise(claim: str, text: str) -> str:
    """The year a sentence about whom the claim speaks of gives a birth, where the claim
    gives another ("born in 629" against "Born in Mecca in 592"), as a reason; or ""."""
    claimed, given = _BORN_IN.search(claim), _BORN_IN.search(text)
    if claimed and given and claimed["year"] != given["year"] and not (
            claimed["hedge"] or given["hedge"]):
        return f"the source says born in {given['year']}, not in {claimed['year']}"
    return ""


def placed_elsewhere_unknown(claim: str, text: str,
                             place_of: Callable[[str], str | None]) -> str:
    """Why a sentence that puts a birth, burial or base at a place the base does not hold
    ("born in Mecca") backs no claim that puts it at one it holds ("born in Homs"), or "";
    it does not refute it, for the base cannot tell where the unknown place lies."""
    claimed = {match["slot"].lower(): names for match in _PLACED.finditer(claim)
               if (names := _CAPITALISED.findall(match["after"]))
               and place_of(names[0]) is not None}
    for match in _PLACED.finditer(text):
        names = _CAPITALISED.findall(match["after"])
        slot = match["slot"].lower()
        if slot in claimed and names and place_of(names[0]) is None and \
                fold(names[0]) != fold(claimed[slot][0]):
            return f"the source says {slot} in {names[0]}, not in {claimed[slot][0]}"
    return ""


_RANKED = (r"(?:largest|biggest|smallest|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|"
           r"capital)")
_OWNER = r"(?P<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
_OWNS = re.compile(rf"\b{_OWNER}['’]s\b")
_OF = re.compile(rf"\b{_RANKED}\s+(?:[a-z]+\s+)?(?:in|of)\s+(?:the\s+)?{_OWNER}")


@functools.lru_cache(maxsize=64)
def _claimed_owners(claim: str, is_country: Callable[[str], bool]) -> frozenset[str]:
    """The countries a claim that ranks something makes its owners, read once a claim: each
    of its numbers asks again."""
    if not re.search(rf"\b{_RANKED}", claim, re.IGNORECASE):
        return frozenset()
    return frozenset(fold(match["owner"]) for pattern in (_OWNS, _OF)
                     for match in pattern.finditer(claim) if is_country(match["owner"]))


def owned_otherwise(claim: str, text: str, is_country: Callable[[str], bool]) -> str:
    """The country a text makes the owner of what a claim gives another country ("Homs
    Governorate is the largest governorate of Lebanon" against "Syria's largest
    governorate"; "Lebanon's third city" against "Syria's cities"), or ""."""
    claimed = _claimed_owners(claim, is_country)
    said = {fold(match["owner"]) for match in _OWNS.finditer(text)
            if is_country(match["owner"])} if claimed else set()
    if claimed and said and not claimed & said:
        return (f"the source gives it as {sorted(said)[0].title()}'s, not "
                f"{sorted(claimed)[0].title()}'s")
    return ""


__all__ = ["contradiction", "country_unsaid", "held_otherwise", "out_of_company",
           "owned_otherwise", "placed_otherwise"]
