"""The names in a claim: the capitalised words the base knows nothing of, the words that
name a record it names ("HTS", "SOHR"), and whom it attributes itself to, as the record
those words name."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from homsfacts.base.match import fold, initials
from homsfacts.base.views import Record
from homsfacts.check.modifiers import is_code
from homsfacts.check.order import TITLES, record_names, says_where
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS
from homsfacts.check.publications import publications_of
from homsfacts.check.reader import MONTH_WORDS, NUMBER_WORDS, Reading, read
from homsfacts.check.voices import (
    claimed_voice,
    describing_verbs,
    source_voice,
    tallies,
    voice_words,
)
from homsfacts.check.weekdays import named_weekdays
from homsfacts.check.whereabouts import misplaced
from homsfacts.check.words import COMMON_WORDS, STOP_WORDS, terms
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


_ERAS = frozenset({"ad", "bc", "bce", "ce", "a d", "b c"})
"""Capitalised words of a date ("AD 218"), no names."""


_COMPOUND = re.compile(r"-(?=(?:led|backed|linked|held|based|run|controlled|allied|aligned|"
                       r"affiliated|supported|dominated)$)", re.IGNORECASE)
"""The hyphen of a name's compound ("HTS-led", "Al-Qaeda-linked"): the name stands alone."""


def _parts(reading: Reading) -> list[str]:
    """The claim's words, bare, with a name apart from its compound: "Nusra-led" names
    Al-Nusra Front, led."""
    return [bare(part) for word in reading.words for part in _COMPOUND.split(word) if part]


def bare(word: str) -> str:
    """A word folded, without the "'s" that makes it an owner: "Syria's", "HTS's"."""
    return fold(re.sub(r"['’]s$", "", word))


_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2})\s*:\s+(?P<rest>\S.*)$",
                    re.DOTALL)
"""A label of a few words and a colon a pasted claim may begin with ("Tweet: ...")."""
_QUOTED = re.compile(r"^(?:'(?P<single>.+)'|\"(?P<double>.+)\"|“(?P<curly>.+)”|‘(?P<inner>.+)’)$",
                     re.DOTALL)


_DESCRIBING = frozenset({"britain", "british", "uk", "london", "based", "syrian", "us", "state"})
"""Capitalised words that describe a voice rather than name it ("the Britain-based Syrian
Observatory"): no part of its name, and no sign of another voice."""
_PLACE_NOUNS = frozenset({"governorate", "province", "city", "district", "neighbourhood",
                          "town", "village", "camp", "mosque", "region", "country"})
"""Words of a place's name that say what kind of place it is: written alone, capitalised
beside another name ("Aleppo Governorate"), they name no place of their own."""


@functools.lru_cache(maxsize=8)
def _written_as_names(claim: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a claim writes with a capital, folded, and the words it writes in capitals
    alone: read once a claim, for every word that may name a record asks."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", claim)
    return (frozenset(bare(token) for token in tokens if token[:1].isupper()),
            frozenset(re.findall(r"\b[A-Z0-9]+\b", claim)))


def _named_alone(word: str, record: Record, claim: str) -> bool:
    """Whether a claim writes a word of a place's name as that name: capitalised, not as the
    claim's first word, and not beside a capitalised word of another name ("the Associated
    Press" and "Opposition activists' videos" name no "Opposition press centre")."""
    own = set(fold(" ".join([record["name"], *record.get("aliases", [])])).split())
    tokens = re.findall(r"[^\W\d_][\w'’-]*", claim)
    return any(at > 0 and bare(token) == word and token[:1].isupper() and all(
        not other[:1].isupper() or bare(other) in own
        for other in tokens[at - 1:at + 2:2])  # the words either side of it
        for at, token in enumerate(tokens))


class Names:
    """Reads the names of claims against one base."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self._home: str | None = None
        self._sources: frozenset[str] | None = None
        self._countries: dict[str, bool] = {}

    def is_country(self, name: str) -> bool:
        """Whether a name names one country of the base ("Syria", "Lebanon"), through the
        index, each name read once."""
        if name not in self._countries:
            ids = self.base.mentions([fold(name)]).get(fold(name)) or []
            self._countries[name] = len(ids) == 1 and \
                (self.base.get(ids[0]) or {}).get("kind") == "country"
        return self._countries[name]

    @property
    def home(self) -> str:
        """The place the base is about: the one its events and figures name most often, at
        least twice as often as any other ("homs" in the shipped base), or "". A sentence's
        "the city" is it ("the last area of the city" is the last part of Homs)."""
        if self._home is None:
            ranked = self.base.cards.most_linked()
            top = self.base.get(ranked[0][0]) if ranked else None
            clear = len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] >= 2 * ranked[1][1])
            self._home = str(top["id"]) if top is not None and clear and \
                top.get("kind") in WHERE_KINDS else ""
        return self._home

    def unlabelled(self, claim: str) -> str:
        """The claim without a label it begins with ("Tweet: ...", "Student essay: ..."),
        and without quotes round what follows: such a label says where the claim was found,
        not what it says. A label that names a record or a source ("Reuters: ...") is the
        claim's voice, and stays."""
        match = _LABEL.match(claim)
        if match is None:
            return claim
        words = fold(match["label"]).split()
        grams = [" ".join(words[start:end]) for start in range(len(words))
                 for end in range(start + 1, len(words) + 1)]
        if self.base.mentions(grams) or set(words) & self._source_words():
            return claim
        rest = match["rest"].strip()
        quoted = _QUOTED.match(rest)
        inside = quoted and next(filter(None, quoted.groups()), None)
        return inside.strip() if inside else rest

    def _source_words(self) -> frozenset[str]:
        if self._sources is None:
            self._sources = frozenset(word for source in self.base.sources() for word in fold(
                source_voice(source, described=False)).split())
        return self._sources

    def source_terms(self) -> set[str]:
        """The terms of the words that name the base's sources ("AFP", "Reuters")."""
        return terms(" ".join(self._source_words()))

    def in_claim(self, reading: Reading) -> dict[str, str]:
        """The records the claim names, by their exact names, aliases or surnames."""
        words = _parts(reading)
        spans = [(start, size) for size in (4, 3, 2, 1)
                 for start in range(len(words) - size + 1)]
        grams = {span: " ".join(words[span[0]:span[0] + span[1]]) for span in spans}
        mentioned = self.base.mentions([gram for gram in grams.values()
                                        if gram and gram not in STOP_WORDS])
        names: dict[str, str] = {}
        taken: set[int] = set()  # "Homs Governorate" names the governorate, not also Homs
        for (start, size), gram in grams.items():  # the longest first
            ids = mentioned.get(gram) or []
            if len(ids) != 1 or taken & set(range(start, start + size)):
                continue  # a word that names several records names none of them
            record = self.base.get(ids[0])
            if record is not None and record["type"] == "entity" and (
                    size > 1 or self._proper(gram, record, reading.claim)):
                names[record["id"]] = record["name"]
                taken.update(range(start, start + size))
        return names

    def named(self, text: str) -> set[str]:
        """The ids of the records a text names (:meth:`in_claim`)."""
        return set(self.in_claim(read(text)))

    @staticmethod
    def _proper(word: str, record: Record, claim: str) -> bool:
        """Whether one word of a claim names a record: a person or body by any word of its
        name ("Colvin", "the court"); a place by its whole name or an alias, or a word of its
        name the claim writes as a name, not as a common word ("the Baathist opposition"
        names no "Opposition press centre")."""
        capitalised, initials = _written_as_names(claim)
        if len(word) <= 3 and word.upper() not in initials:
            return False  # "as reports tell us" names no US: initials are written as such
        if record.get("kind") == "person" and word in TITLES:
            return False  # "names Namir Makhlouf as governor" names no "Governor Talal ..."
        if record.get("kind") not in WHERE_KINDS or word in {
                fold(name) for name in [record["name"], *record.get("aliases", [])]}:
            return True  # "the court" is the US court the base knows; a place is named
        return word not in _PLACE_NOUNS and word in capitalised and _named_alone(
            word, record, claim)  # "Aleppo Governorate" is no Homs province

    def unknown(self, reading: Reading) -> list[str]:
        """Capitalised words inside the claim that appear nowhere in the base: a claim about
        Aleppo is not answered by a figure about Homs. Initials the index holds ("SOHR")
        are names it knows."""
        unknown = []
        for written, folded in self._capitalised(reading):
            if is_code(written):  # "SY-HM": a value a sentence's own code refutes, no name
                continue
            if folded.split()[0] in COUNTRY_WORDS:  # where: a place the base must hold
                if not self.base.mentions([folded]):
                    unknown.append(written)
            elif not self.base.search_ids(written) and not self.base.mentions([folded]) and \
                    folded not in self._source_words():  # "LA Times", a source's initials
                unknown.append(written)
        places = [record for record in map(self.base.get, self.in_claim(reading))
                  if record is not None and record.get("kind") in WHERE_KINDS]
        return unknown + misplaced(reading.claim, places, self._place_named, self._within)

    def _place_named(self, name: str) -> Record | None:
        ids = self.base.mentions([fold(name)]).get(fold(name)) or []
        return self.base.get(ids[0]) if len(ids) == 1 else None

    def _within(self, inner: str, outer: str) -> bool:
        return inner in self.base.cards.inside(outer)

    def unrecorded(self, reading: Reading) -> list[str]:
        """Capitalised words of the claim that name no record and no source, though some
        sentence of the base may write them ("Al-Qusayr District", named only in a list of
        districts): what the claim is about may be a thing the base holds no figure of."""
        return [written for written, folded in self._capitalised(reading)
                if not self.base.mentions([folded]) and folded not in self._source_words()]

    def _capitalised(self, reading: Reading) -> list[tuple[str, str]]:
        """The capitalised words inside a claim that may be names, as written and folded: no
        month, number, nationality, era, weekday, or country that says whose ("a US
        court"), nor a word the checker knows capitalised to begin it."""
        found = []
        first = re.match(r"\W*([\w'’-]+)", reading.claim)
        for word in re.findall(r"\b([A-Z][\w'’-]+)", reading.claim):
            if first and word == first[1] and fold(word) in COMMON_WORDS:
                continue  # "Prior to the war": a word the checker knows, capitalised to begin
            written = re.sub(r"['’]s?$", "", word)  # "Syria's", "Homs'": not "Tartus"
            folded = fold(written)
            if not folded or folded in MONTH_WORDS or folded in NUMBER_WORDS or \
                    folded in DEMONYMS or folded in _ERAS or \
                    folded in named_weekdays(reading.claim) or (  # compared as a day
                        folded.split()[0] in COUNTRY_WORDS and not says_where(
                            reading.claim, {"name": written, "aliases": [], "kind": "country"})):
                continue  # a nationality or a country that says whose ("France-based", "a
                # US court") is a part of the claim; one that says where ("in France") a name
            found.append((written, folded))
        return found

    def voice(self, claim: str) -> tuple[set[str], set[str]]:
        """Whom a claim attributes itself to (:func:`claimed_voice`), as the words of the
        record's own name where its words name one record ("the SOHR" and "the Britain-based
        Syrian Observatory" are the Syrian Observatory for Human Rights, whose name the
        evidence's attribution gives); and the words the claim says it with, which are no
        other part of the claim."""
        voice = claimed_voice(claim)
        said = voice | describing_verbs(claim)  # "AFP described it as": AFP's words
        said -= {noun for owner, noun in tallies(claim)  # "by AFP's count": a news outlet
                 if publications_of(self.base).names_outlet(owner)}  # reports, not counts
        words = sorted(voice)
        grams = [" ".join(gram) for size in (2, 1)
                 for gram in itertools.permutations(words, size)]
        named = {record_id for ids in self.base.mentions(grams).values() if len(ids) == 1
                 for record_id in ids}
        if len(named) == 1:
            record = self.base.get(named.pop())
            own = voice_words(" ".join(record_names(record))) if record is not None else set()
            proper = {word for word in voice if re.search(  # "Human Rights Watch" is no
                rf"\b{re.escape(word)}\b", claim, re.IGNORECASE) and word.title() in claim}
            if record is not None and record.get("name") and not proper - own - _DESCRIBING:
                voice = voice_words(record["name"])  # Syrian Observatory for Human Rights
        return voice, said

    def naming(self, reading: Reading, names: dict[str, str]) -> list[str]:
        """The claim's words that name a record it names, as written ("HTS", "SOHR")."""
        return [word for word, ids in self.base.mentions(_parts(reading)).items()
                if set(ids) & set(names)]


def names_written(records: list[Record], voiced: AbstractSet[str] = frozenset()) -> str:
    """Every way the records may be written: names, initials ("the HTS-led offensive") and
    aliases, and the words of a voice the record's sources are (``voiced``: "according to
    AFP"), for reading what else a clause speaks of."""
    return " ".join([word for record in records for word in (
        record["name"], initials(record["name"]) or "", *record.get("aliases", []))]
                    + sorted(voiced))


__all__ = ["Names", "names_written"]
