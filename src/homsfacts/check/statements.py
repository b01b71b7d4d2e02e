"""Claims with no number and no date ("HTS's forerunner was the Nusra Front", "the bombing was
widely blamed on the army"): checked against one sourced sentence of the base at a time, an
entity's description or one of its statements, or an event's summary.

A claim is **supported** by one such sentence only when, together, they leave nothing of the
claim unspoken to (:func:`homsfacts.check.account.unaccounted`, with the words of time and
certainty that number claims compare elsewhere counted as parts here, for "first" and "early"
are what such a claim says):

- every record the claim names is the sentence's subject or named in it, or a place the
  claim names only to say where ("in Homs") that holds the sentence's record; two it names
  come in the same order in both, and a noun has the same owner ("Nusra's forerunner" is not
  "its [HTS's] forerunner", "the capital of Syria" not "the capital of the revolution");
- every act the claim states, the sentence states, with no role the other way round;
- every other content word of the claim, compared by its Porter stem ("held" and "hold"), is
  in the sentence or in the names of its subject, words that narrow or widen it
  (:data:`QUALIFIERS`) in the sentence itself, and words the claim puts together are not far
  apart in it (:data:`GAP`);
- a sentence that hedges ("blamed on", "believed", "reportedly") supports only a claim that
  hedges the same way, and one the claim attributes ("according to Reuters") only where the
  sentence's sources or attribution are that voice.

Otherwise the claim is not-enough-info, with the sentence that came closest as evidence and
the part it does not speak to as the reason. A claim that denies what a sentence supports is
refuted by :func:`homsfacts.check.verdicts.negate`, as any other claim."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.match import fold
from homsfacts.base.search import Matching
from homsfacts.base.views import Record
from homsfacts.check.account import Evidence, unaccounted
from homsfacts.check.acts import Act, acts, said
from homsfacts.check.naming import Names
from homsfacts.check.reader import Reading
from homsfacts.check.stems import Stemmer
from homsfacts.check.voices import voice_words
from homsfacts.check.words import STOP_WORDS, spellings, terms
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

HEDGES = frozenset({"blamed", "blame", "alleged", "allegedly", "believed", "reportedly",
                    "accused", "suspected", "thought", "claimed", "rumoured", "purportedly",
                    "apparently", "possibly", "probably", "likely", "expected"})
"""Words by which a sentence says less than that a thing happened: the claim must say them
too (or attribute itself to a voice), or it claims more than the source."""

PRONOUNS = frozenset({"he", "she", "it", "they", "its", "his", "her", "their"})
"""Words that begin a statement about its subject: the subject is then its agent."""

QUALIFIERS = frozenset({"only", "solely", "just", "also", "more", "less", "fewer", "most",
                        "least", "nearly", "almost", "over", "under", "never", "always", "all",
                        "every", "each", "either", "neither", "first", "last", "same",
                        "again", "still", "already", "entirely", "mostly", "mainly", "partly",
                        "largely", "fully", "exactly", "before", "after", "without"})
"""Words that narrow or widen what a claim says ("borders only Lebanon"): stop words for
finding what a claim is about, but parts the sentence must state as words of its own."""

GAP = 3
"""The most words of a sentence (stop words aside) that may stand between two words of the
claim it holds, in the claim's order: "the capital of the revolution ... Syria" does not say
"the capital of Syria"."""

NEAREST = 8
"""How many records a search by the claim's words adds to those it names."""


class Sentence(NamedTuple):
    """One sourced sentence: its text, the record it belongs to, and whom it is about."""

    text: str
    record: Record
    subject: Record | None
    attribution: str
    sources: list[Record]


def sentences(base: FactBase, names: dict[str, str], claim: str) -> list[Sentence]:
    """The sentences a claim may rest on: those of the records it names, of the events they
    take part in, and of the people, places and events that share the most words with it
    (bm25, through the index)."""
    records: dict[str, Record] = {}
    for record_id in names:
        record = base.get(record_id)
        if record is not None:
            records[record_id] = record
    if names:
        for event in base.timeline(every_report=True,
                                   matching=Matching((), tuple(sorted(names)), NEAREST * 4)):
            records.setdefault(event["id"], event)
    words = tuple(sorted(spellings(terms(claim))))
    for record in [*base.of_type("entity", Matching(words, (), NEAREST)),
                   *base.timeline(every_report=True, matching=Matching(words, (), NEAREST))]:
        records.setdefault(record["id"], record)
    found: list[Sentence] = []
    for record in records.values():
        if record["type"] == "event":
            found.append(Sentence(record["summary"], record, None,
                                  record.get("attribution") or "", record["sources"]))
            continue
        if record.get("description"):
            found.append(Sentence(record["description"], record, record, "",
                                  record["sources"]))
        for statement in record.get("statements") or []:
            found.append(Sentence(statement["text"], record, record,
                                  statement.get("attribution") or "",
                                  statement.get("sources") or record["sources"]))
    return found


def _names(record: Record) -> list[str]:
    names = [record.get("name") or "", *record.get("aliases", [])]
    if record.get("kind") == "person" and record.get("name"):
        names.append(record["name"].split()[-1])
    return [fold(name) for name in names if fold(name)]


def _first_at(text: str, record: Record) -> int | None:
    """Where a sentence first names a record, by any of its names, or None."""
    places = [text.find(f" {name} ") for name in _names(record)]
    return min((place for place in places if place >= 0), default=None)


class Reader:
    """Reads the sentences of one base, each once."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.names = Names(base)
        self._voices: dict[str, set[str]] = {}
        self._evidence: dict[tuple[str, str], Evidence] = {}
        self._stemmer: Stemmer | None = None

    def stems(self, found: set[str]) -> dict[str, str]:
        """Each term by its stem ("held" and "hold", "defenders" and "defender" meet), the
        stem mapped to the term it came from; made when a claim first needs it."""
        if self._stemmer is None:
            self._stemmer = Stemmer(same=False)
        ordered = sorted(found)
        return {stem: term for term, stems in zip(ordered, self._stemmer.terms(ordered),
                                                  strict=True) for stem in stems}

    def voices(self, sentence: Sentence) -> set[str]:
        words = voice_words(sentence.attribution)
        for citation in sentence.sources:
            source_id = citation["source"]
            if source_id not in self._voices:
                source = self.base.get(source_id) or {}
                self._voices[source_id] = voice_words(" ".join(
                    [source_id, source.get("publisher") or "", source.get("carries") or ""]))
            words |= self._voices[source_id]
        return words

    def _absent(self, sentence: Sentence, named: dict[str, Record], text: str,
                claim: str) -> str:
        """The first record the claim names that the sentence neither is about, names, nor
        (for a place the claim puts something in) lies in: a statement of the Old City
        speaks of "in Homs", not of "the capital of Syria"."""
        record = sentence.record
        involved = {record["id"], *(record.get("entities") or []), *(record.get("places") or [])}
        for record_id, other in named.items():
            if record_id in involved or _first_at(text, other) is not None:
                continue
            if other.get("kind") in WHERE_KINDS and located(claim, other) and involved & set(
                    self.base.cards.inside(record_id)):
                continue
            return f"it does not speak of {other.get('name') or record_id}"
        return ""

    def evidence(self, sentence: Sentence) -> Evidence:
        """What one sentence speaks to, read once per checker: ``check -`` meets the same
        sentences claim after claim."""
        key = (str(sentence.record["id"]), sentence.text)
        if key not in self._evidence:
            self._evidence[key] = self._read(sentence)
        return self._evidence[key]

    def _read(self, sentence: Sentence) -> Evidence:
        subject_names = " ".join(_names(sentence.subject)) if sentence.subject else ""
        involved = [self.base.get(record_id) for record_id in
                    [*(sentence.record.get("entities") or []),
                     *(sentence.record.get("places") or [])]]
        involved_names = " ".join(name for record in involved if record is not None
                                  for name in _names(record))
        sentence_acts = acts(sentence.text)
        first = fold(sentence.text).split()[:1]
        agent_terms = terms(subject_names) if first and (
            first[0] in PRONOUNS or terms(first[0]) & terms(subject_names)) else set()
        return Evidence(sentence_acts, said(sentence_acts),
                        set(self.stems(terms(" ".join([sentence.text, sentence.attribution,
                                                       subject_names, involved_names])))),
                        self.voices(sentence), terms(sentence.text), agent_terms, set())

    def judge(self, reading: Reading, names: dict[str, str], claim_acts: list[Act]
              ) -> tuple[bool, str, Sentence | None]:
        """Whether one sentence of the base supports the whole claim; the reason, and the
        sentence (the one that supports it, or the nearest)."""
        named = {record_id: record for record_id in names
                 if (record := self.base.get(record_id)) is not None}
        voice, said_by = self.names.voice(reading.claim)
        claim_words = set(fold(reading.claim).split())
        content = terms(" ".join(reading.words)) \
            - terms(" ".join([*names.values(), *self.names.naming(reading, names)])) \
            - terms(" ".join(each.words for each in claim_acts)) \
            - terms(" ".join(voice | said_by)) - {"according"}
        spelled = self.stems(content)  # the claim's own word for each stem, for reasons
        content = set(spelled)
        nearest: tuple[int, str, Sentence] | None = None
        for sentence in sentences(self.base, names, reading.claim):
            text = f" {fold(sentence.text)} "
            evidence = self.evidence(sentence)
            missing = self._absent(sentence, named, text, reading.claim) or re.sub(
                r"'(\w+)'", lambda match: repr(spelled.get(match[1], match[1])), unaccounted(
                    claim_acts, content, evidence, terms(" ".join(names.values())), voice))
            hedge = sorted(word for word in HEDGES & set(text.split())
                           if not any(said[:5] == word[:5] for said in claim_words))
            if not missing and hedge and not voice:
                missing = (f"the source only says it was {hedge[0]}, and the claim says it "
                           "as a fact")
            if not missing:
                missing = _qualified(claim_words, text) or \
                    _whose(reading.claim, sentence, named, text) or \
                    _order(reading.claim, sentence, named, text) or \
                    _apart(reading.claim, text, evidence.terms - terms(sentence.text)
                           | terms(" ".join(name for record in named.values()
                                            for name in _names(record))))
            if not missing:
                return True, f"{_where(sentence)} says it: \u201c{sentence.text}\u201d", sentence
            shared = len(content & evidence.terms)
            if nearest is None or shared > nearest[0]:
                nearest = (shared, missing, sentence)
        if nearest is None:
            return False, "nothing in the base speaks of what the claim names", None
        return False, (f"{nearest[1]} (the nearest is {_where(nearest[2])}: "
                       f"\u201c{nearest[2].text}\u201d)"), nearest[2]


def _where(sentence: Sentence) -> str:
    record = sentence.record
    if sentence.subject is None:
        return f"the event {record['id']}"
    if sentence.text == record.get("description"):
        return f"the description of {record['id']}"
    return f"a statement of {record['id']}"


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


def located(claim: str, place: Record) -> bool:
    """Whether the claim names ``place`` only to say where: after "in", "at" ..., after
    "the centre of", or before "neighbourhoods"."""
    folded = f" {fold(claim)} "
    at = _first_at(folded, place)
    if at is None:
        return False
    before = folded[:at].split()[-2:]
    name = next(name for name in _names(place) if folded.startswith(f" {name} ", at))
    after = folded[at + len(name) + 2:].split()[:1]
    return (bool(before) and before[-1] in LOCATIVE) or before[-2:-1] + before[-1:] in (
        [[noun, "of"] for noun in PART_NOUNS]) or (bool(after) and after[0] in PART_NOUNS)


def _qualified(claim_words: set[str], text: str) -> str:
    extra = sorted((QUALIFIERS & claim_words) - set(text.split()))
    return f"the source does not say {extra[0]!r}, as the claim does" if extra else ""


def _apart(claim: str, text: str, elsewhere: set[str]) -> str:
    """Two words the claim puts together that the sentence holds far apart (more than
    :data:`GAP` words between them), or in the other order; words the sentence holds only
    through its subject's or its people's names (``elsewhere``) are not placed."""
    sentence = [term for word in text.split() for term in sorted(terms(word))]
    placed = [term for word in fold(claim).split() for term in sorted(terms(word))
              if term in sentence and term not in elsewhere]
    at = -1
    for previous, term in zip([None, *placed], placed, strict=False):
        following = [index for index, word in enumerate(sentence) if word == term and index > at]
        if not following:
            return (f"the source says {previous!r} and {term!r}, but not together as the "
                    "claim does")
        if previous is not None and following[0] - at > GAP + 1:
            return (f"the source says {previous!r} and {term!r}, but not together as the "
                    "claim does")
        at = following[0]
    return ""


POSSESSIVES = frozenset({"its", "his", "her", "their"})


def _owners(text: str) -> dict[str, str]:
    """Whose each noun is, where the text says, as the words that name the owner: "HTS's
    forerunner" gives forerunner -> "hts" (the words before the 's), "the forerunner of
    al-Nusra Front" forerunner -> "al nusra front" (the words after "of"), "its forerunner"
    forerunner -> "its"."""
    words = text.split()
    owners: dict[str, str] = {}
    for index, word in enumerate(words):
        following = words[index + 1:index + 2]
        if word == "s" and index and following:
            owners.setdefault(following[0], " ".join(words[max(0, index - 4):index]))
        elif word in POSSESSIVES and following:
            owners.setdefault(following[0], word)
        elif word == "of" and index and following:
            after = words[index + 1:index + 6]
            if after and after[0] in {"the", *POSSESSIVES} and len(after) > 1:
                after = after[1:]  # "the shelling of its centre": the shelling's is the centre
            owners.setdefault(words[index - 1], " ".join(after))
    return owners


def _whose(claim: str, sentence: Sentence, named: dict[str, Record], text: str) -> str:
    """A noun the claim gives another owner than the sentence does: "Nusra's forerunner"
    is not "its [HTS's] forerunner", nor "the capital of Syria" "the capital of the
    revolution". An owner is the record one of whose names the owner's words begin or
    end with, else its first word."""

    def owner(words: str) -> str:
        if words in POSSESSIVES and sentence.subject is not None:
            return str(sentence.subject["id"])
        padded = f" {words} "
        fitting = [(len(name), str(record["id"])) for record in named.values()
                   for name in _names(record)
                   if padded.startswith(f" {name} ") or padded.endswith(f" {name} ")]
        if fitting:  # the longest name: "homs governorate" is not Homs
            return max(fitting)[1]
        return words.split(maxsplit=1)[0] if words.split() else ""

    def shown(words: str) -> str:  # a record by its name, else the words up to a stop word
        record = named.get(owner(words)) or (sentence.subject if sentence.subject is not None
                                             and owner(words) == sentence.subject["id"] else None)
        if record is not None:
            return str(record.get("name") or record["id"])
        kept = list(itertools.takewhile(lambda word: word not in STOP_WORDS, words.split()))
        return " ".join(kept[:2] or words.split()[:1])

    claimed = _owners(fold(claim))
    stated = {term: (noun, whose) for noun, whose in _owners(text.strip()).items()
              for term in terms(noun)}  # by term: a "forerunner" is a "precursor"
    for noun, whose in claimed.items():
        said_of = next((stated[term] for term in sorted(terms(noun)) if term in stated), None)
        if said_of is not None and owner(whose) != owner(said_of[1]):
            return (f"the source speaks of the {said_of[0]} of {shown(said_of[1])}, the "
                    f"claim of the {noun} of {shown(whose)}")
    return ""


def _order(claim: str, sentence: Sentence, named: dict[str, Record], text: str) -> str:
    """Two records named in another order than the sentence's: "A was the forerunner of
    B" is not "B was the forerunner of A". Only records the sentence names are placed: where
    an unnamed subject stands ("the community", "its precursor") is not read."""
    folded = f" {fold(claim)} "
    placed = []
    for record in named.values():
        in_claim = _first_at(folded, record)
        in_sentence = _first_at(text, record)
        if in_claim is not None and in_sentence is not None:
            placed.append((in_claim, in_sentence, record))
    placed.sort(key=lambda item: item[0])
    for (_, first, one), (_, second, other) in itertools.pairwise(placed):
        if first > second:
            return (f"the source names {other.get('name')} before {one.get('name')}, the "
                    "other way round from the claim")
    return ""


__all__ = ["HEDGES", "Reader", "Sentence", "sentences"]
