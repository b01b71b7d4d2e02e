"""Which records one sentence of the base speaks of: those it is about, names, involves, or
(for a statement) is framed by through its card's description. A claim that names a record
no sentence speaks of is not backed by that sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.naming import Names
from homsfacts.check.order import first_at, located, name_at, record_names
from homsfacts.check.reader import read
from homsfacts.check.side_names import GOVERNMENT, side_of
from homsfacts.check.stems import porter_stems
from homsfacts.check.subjects import inside_a_name
from homsfacts.check.words import STOP_WORDS, terms
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


def kind_named(claim: str, place: Record) -> bool:
    """Whether a claim names a place together with its kind ("the city of Homs", "Homs
    city"): then it speaks of that place and no other that shares its name."""
    kind = re.escape(str(place.get("kind") or ""))
    folded = fold(claim)
    return bool(kind) and any(
        re.search(rf"\b{kind} of {re.escape(name)}\b|\b{re.escape(name)} {kind}\b", folded)
        for name in record_names(place))


_RELATIVE = re.compile(r"(?P<head>[^,;]{1,120}), (?P<which>which|who) (?P<clause>[^,;]{1,200})")
"""A record and a clause about it: "Al-Nusra Front, which was linked to Al-Qaeda"; "who" is
said of no place ("in the north of Homs province, who told AFP": the activist told it)."""


def _stems(text: str) -> set[str]:
    return {stem for term in terms(text) for stem in porter_stems(term)}


def _namesakes(one: Record, other: Record) -> bool:
    """Whether two records share a word of their names ("Homs Governorate", "Homs")."""
    words = {word for name in record_names(one) for word in name.split()}
    return bool(words & {word for name in record_names(other) for word in name.split()})


def titles(claim: str, title: Record | None, card: Record) -> bool:
    """Whether a claim names ``title`` as a title of ``card``, just before its name and with
    no word between that is not a title ("HTS chief Golani", "Homs governor Talal
    al-Barazi", "the Baba Amr press centre"), unlike "Syria is in Homs"."""
    folded = f" {fold(claim)} "
    at_title, at_card = first_at(folded, title) if title else None, first_at(folded, card)
    if title is None or at_title is None or at_card is None or at_title >= at_card:
        return False
    name = name_at(folded, title, at_title)
    between = folded[at_title + len(name) + 2:at_card].split()
    return len(between) <= 2 and not set(between) & STOP_WORDS


def one_of_several(claim: str, sentence: str) -> str:
    """Why a sentence that makes something one of several ("one of the oldest mosques")
    does not back a claim that makes it the one ("the oldest mosque"), or ""."""
    for most in re.findall(r"\bthe (\w+est)\b", fold(claim)):
        if re.search(rf"\bone of the {most}\b", fold(sentence)) and \
                not re.search(rf"\bone of the {most}\b", fold(claim)):
            return f"the source says one of the {most}, not the {most}"
    return ""


_FORCES_OF = re.compile(r"\b(?:government|regime|pro-government)\s+(?:forces|troops|soldiers|"
                        r"units)\b", re.IGNORECASE)
"""Words that name a side's armed forces ("government forces"): the army, whatever the
records call it; "the government" alone is no army, nor the army a government."""


def forces_named(text: str) -> bool:
    """Whether a text names the government's armed forces (:data:`_FORCES_OF`) as who does
    something, not after a preposition ("a deal with the government's forces")."""
    return any(not re.search(r"\b(?:with|by|of|to|from|against|under|for|on)\s+(?:the\s+)?$",
                             text[max(0, match.start() - 20):match.start()], re.IGNORECASE)
               for match in _FORCES_OF.finditer(text))


class Presence:
    """What the sentences of one base speak of, each sentence's names read once."""

    def __init__(self, base: FactBase, names: Names) -> None:
        self.base = base
        self.names = names
        self._named: dict[str, dict[str, str]] = {}

    def absent(self, record: Record, sentence: str, named: dict[str, Record], claim: str) -> str:
        """Why a sentence (of ``record``) does not speak of all the claim names, or
        "": the first record the claim names that the sentence neither is about, names, nor
        (for a place the claim puts something in) lies in; a statement of the Old City
        speaks of "in Homs", not of "the capital of Syria". A place's own sentence speaks of
        no namesake the claim names with its kind: the province's "it borders Lebanon" is
        not said of "the city of Homs"."""
        text = f" {fold(sentence)} "
        involved = {record["id"], *(record.get("entities") or []), *(record.get("places") or []),
                    *(framing for framing in self._framing(record, sentence)
                      if record["id"] in named and (titles(claim, named.get(framing), record) or (
                          framing == self.names.home and record.get("kind") not in WHERE_KINDS)))}
        for record_id, other in named.items():
            if record.get("kind") in WHERE_KINDS and record_id != record["id"] and \
                    kind_named(claim, other) and record["id"] not in self._inside(record_id) \
                    and record["id"] not in named and _namesakes(record, other):
                return f"it speaks of {record.get('name')}, not of the {other.get('kind')} " \
                    f"{other.get('name')}"
            if record_id in involved or (first_at(text, other) is not None
                                         and not self._inside_a_name(sentence, other)) \
                    or (_FORCES_OF.search(claim) and (self._one_side(other, involved) or (
                        _FORCES_OF.search(sentence) and self._one_side(other, {record_id})))):
                continue
            if other.get("kind") in WHERE_KINDS and located(claim, other) and \
                    involved & self._inside(record_id):
                continue
            return f"it does not speak of {other.get('name') or record_id}"
        return ""

    def _one_side(self, other: Record, involved: set[str]) -> bool:
        """Whether a record the claim names is of the government's side with one the
        sentence is about: "government forces" (:data:`_FORCES_OF`) took what the army took.
        A person is no side: "Assad withdrew" is not "the army withdrew"."""
        def government(record: Record | None) -> bool:
            return record is not None and record.get("kind") != "person" and \
                side_of(str(record.get("name"))) == GOVERNMENT
        return government(other) and any(map(government, map(self.base.get, involved)))

    def said_of_another(self, sentence: str, content: set[str],
                        named: dict[str, Record]) -> str:
        """Why a sentence does not say of the claim's records what the claim does, or "": all
        the claim's words it holds stand in a clause about another record ("Al-Nusra Front,
        which was linked to Al-Qaeda, was its precursor" links no HTS to Al-Qaeda)."""
        held = content & _stems(sentence)
        for match in _RELATIVE.finditer(sentence):
            owners = [owner for record_id in self._names_in(match["head"])
                      if record_id not in named and (owner := self.base.get(record_id)) and not (
                          match["which"] == "who" and owner.get("kind") in WHERE_KINDS)]
            if held and owners and held <= _stems(match["clause"]):
                owner = owners[-1] or {}
                return f"the source says it of {owner.get('name')}, not of what the claim names"
        return ""

    def _inside(self, place_id: str) -> set[str]:
        return set(self.base.cards.inside(place_id))

    def _framing(self, record: Record, text: str) -> set[str]:
        """The records a statement's card is described by, which the statement speaks of
        without naming them: "He hailed the taking of Homs" is said by Golani, "commander of
        Hayat Tahrir al-Sham"; "the city's neighbourhoods" by a commander "of the forces
        entering Homs". Only a claim that names the card itself is spared so: "the article
        names Talal al-Barazi as governor" is no statement of his successor, whose
        description names him; and only a record it names as a title (:func:`titles`), or
        the place the base is about where the card is no place ("the UN oversaw the
        evacuation of rebels from Homs": its card oversaw "the evacuation of the Old City of
        Homs"), for a place's own relation to Homs is what a claim may turn round."""
        description = str(record.get("description") or "")
        if not description or text == description:
            return set()
        return set(self._names_in(description))

    def _inside_a_name(self, text: str, record: Record) -> bool:
        return inside_a_name(self._names_in(text), record)

    def names_in(self, text: str) -> dict[str, str]:
        """The records a sentence names, with the words that name each."""
        return self._names_in(text)

    def _names_in(self, text: str) -> dict[str, str]:
        if text not in self._named:  # the names a sentence writes, read once
            self._named[text] = self.names.in_claim(read(text))
        return self._named[text]


__all__ = ["Presence", "kind_named", "one_of_several"]
