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
  (:data:`~homsfacts.check.qualifiers.QUALIFIERS`) in the sentence itself, and words the
  claim puts together are not far apart in it (:data:`homsfacts.check.order.GAP`);
- a sentence that hedges ("blamed on", "believed", "reportedly") supports only a claim that
  hedges the same way, and one the claim attributes ("according to Reuters") only where the
  sentence's sources or attribution are that voice.

Otherwise the claim is not-enough-info, with the sentence that came closest as evidence and
the part it does not speak to as the reason. A claim that denies what a sentence supports is
refuted by :func:`homsfacts.check.verdicts.negate`, as any other claim."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.account import (
    CLAIM_HEDGES,
    Evidence,
    implied,
    side_described,
    spoken,
    unaccounted,
)
from homsfacts.check.acts import Act, acts, said
from homsfacts.check.alternatives import (
    contradiction,
    held_otherwise,
    out_of_company,
    owned_otherwise,
    placed_elsewhere_unknown,
    placed_otherwise,
)
from homsfacts.check.clock import retimed
from homsfacts.check.compare import sentence_misses
from homsfacts.check.copies import copy_misplaced
from homsfacts.check.modifiers import (
    code_otherwise,
    code_swapped,
    code_terms,
    modified_otherwise,
    without_codes,
)
from homsfacts.check.naming import Names
from homsfacts.check.order import apart, first_at, named_order, record_names, whose
from homsfacts.check.otherwise import dated_apart, moved_otherwise
from homsfacts.check.presence import Presence, one_of_several
from homsfacts.check.qualifiers import QUALIFIERS, qualified
from homsfacts.check.reader import Reading
from homsfacts.check.sentences import Sentence, sentences
from homsfacts.check.side_names import SIDE_OF_WORD, side_of
from homsfacts.check.sides import sides_swapped
from homsfacts.check.stems import porter_stems
from homsfacts.check.subjects import (
    denies,
    described_by,
    described_record,
    head_unsaid,
    lack_denies,
    not_of,
    placed_unsaid,
)
from homsfacts.check.swaps import called_otherwise, place_swapped
from homsfacts.check.targets import done_to_another
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.voices import source_voice, voice_words
from homsfacts.check.weekdays import weekday_kept
from homsfacts.check.words import lightened, terms
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

HEDGES = frozenset({"blamed", "blame", "alleged", "allegedly", "believed", "reportedly",
                    "accused", "suspected", "thought", "claimed", "rumoured", "purportedly",
                    "apparently", "possibly", "probably", "likely", "expected", "whether"})
"""Words by which a sentence says less than that a thing happened ("no source says whether
he is"): the claim must say them too (or cite a voice), or it claims more than the source."""

PRONOUNS = frozenset({"he", "she", "it", "they", "its", "his", "her", "their"})
"""Words that begin a statement about its subject: the subject is then its agent."""

DENIED_ALIKE = "denied alike"
"""The verdict of a sentence that denies what the claim denies ("Reuters could not verify
the video"): the claim as written is supported, and is not turned round as a denial."""

_SUBJECT_SAID = re.compile(r"(?:as\s+[\w\s'’-]{1,40},\s+)?(?:he|she|it|they)\s+(?:said|says|told|"
                           r"tells|announced|declared|hailed|asked|called)\b|"
                           r"[^.;]*?\bwho\s+(?:said|says|told|tells)\b", re.IGNORECASE)
"""A sentence that begins with what its subject said ("As governor, he told AFP"), or says
of one "who told AFP" something: the subject is its voice."""


_PLACED_HEAD = re.compile(r"[\w-]+(?: [\w-]+){0,2} (?:in|on|near|of|(?:that|which|who)"
                          r" (?!the |a |an |its |their |his |her |it |they )\w+)\b")
"""A description that begins with what its record is and where ("City in western Syria",
"Castle near Homs") or what it did ("Group that preceded HTS"), not with a clause about
others ("City that the route ... connects")."""


def _headed(sentence: Sentence, text: str) -> str:
    """A sentence (``text``, folded) with, where it is a record's description that begins
    by placing it (:data:`_PLACED_HEAD`), the record's name before it: what it describes
    stands first."""
    record = sentence.record
    if record.get("name") and sentence.text == record.get("description") and \
            _PLACED_HEAD.match(sentence.text):
        return f" {fold(record['name'])}{text}"
    return text


class Reader:
    """Reads the sentences of one base, each once."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.names = Names(base)
        self._voices: dict[str, set[str]] = {}
        self._evidence: dict[tuple[str, str], Evidence] = {}
        self._inside_names: dict[tuple[str, str], dict[str, frozenset[str]]] = {}
        self.presence = Presence(base, self.names)

    @staticmethod
    def stems(found: set[str]) -> dict[str, str]:
        """Each term by its stem ("held" and "hold", "defenders" and "defender" meet), the
        stem mapped to the term it came from."""
        return {stem: term for term in sorted(found) for stem in porter_stems(term)}

    def voices(self, sentence: Sentence) -> set[str]:
        """Who says the sentence: its attribution, its sources, and its subject where the
        sentence begins with what the subject said ("He said the rebel forces were ...")."""
        words = voice_words(sentence.attribution)
        if sentence.subject is not None and _SUBJECT_SAID.match(sentence.text):
            words |= voice_words(" ".join(record_names(sentence.subject)))
        for citation in sentence.sources:
            source_id = citation["source"]
            if source_id not in self._voices:
                source = self.base.get(source_id) or {}
                self._voices[source_id] = voice_words(source_voice(source)) if source \
                    else {source_id}
            words |= self._voices[source_id]
        return words

    def evidence(self, sentence: Sentence) -> Evidence:
        """What one sentence speaks to, read once per checker (``check -`` meets it again)."""
        key = (str(sentence.record["id"]), sentence.text)
        if key not in self._evidence:
            self._evidence[key] = self._read(sentence)
        return self._evidence[key]

    def _read(self, sentence: Sentence) -> Evidence:
        subject_names = " ".join(record_names(sentence.subject)) if sentence.subject else ""
        involved = [self.base.get(record_id) for record_id in
                    [*(sentence.record.get("entities") or []),
                     *(sentence.record.get("places") or [])]]
        involved_names = " ".join(name for record in involved if record is not None
                                  for name in record_names(record))
        sentence_acts = acts(sentence.text)
        first = fold(sentence.text).split()[:1]
        doer = not sentence_acts or any(each.agent_words for each in sentence_acts)
        agent_terms = terms(subject_names) if first and doer and (  # not "She ... were killed"
            first[0] in PRONOUNS or terms(first[0]) & terms(subject_names)) else set()
        return Evidence(sentence_acts, said(sentence_acts),
                        set(self.stems(terms(" ".join([sentence.text, sentence.attribution,
                                                       subject_names, involved_names,
                                                       implied(sentence.text)])))),
                        self.voices(sentence), terms(sentence.text), agent_terms, set())

    def judge(self, reading: Reading, names: dict[str, str], claim_acts: list[Act]
              ) -> tuple[str, str, Sentence | None]:
        """The verdict of the sentences of the base on the whole claim, its reason, and the
        sentence it rests on: supported by one that speaks to every part; refuted by one
        that speaks to every part but puts another direction, end of a scale or country
        where the claim puts its own (:func:`contradiction`); else not-enough-info, with
        the nearest sentence."""
        named = {record_id: record for record_id in names
                 if (record := self.base.get(record_id)) is not None}
        voice, said_by = self.names.voice(reading.claim)
        claim_words = set(fold(lightened(reading.claim)).split())
        content = terms(spoken(reading)) \
            - terms(" ".join([*names.values(), *self.names.naming(reading, names)])) \
            - terms(" ".join(each.words for each in claim_acts)) \
            - terms(" ".join(voice | said_by)) - {"according"} - CLAIM_HEDGES \
            - side_described(reading.claim, names.values())
        spelled = self.stems(content)  # the claim's own word for each stem, for reasons
        content = set(spelled) - code_terms(reading.claim)  # a code is read as a code
        nearest: tuple[int, str, Sentence] | None = None
        refuting: tuple[str, Sentence] | None = None
        described = described_record(reading.claim, named)
        claimed = terms(reading.claim)  # a source named as a doer ("AFP took in") is a name
        named_terms = terms(" ".join(names.values())) | claimed & self.names.source_terms()
        name_words = terms(" ".join(" ".join(record_names(record)) for record in named.values()))
        for sentence in sentences(self.base, names, reading.claim):
            text = f" {fold(sentence.text)} "
            evidence = self._unnamed(sentence, self.evidence(sentence), named)
            missing = not_of(sentence, described, text, named) or \
                placed_unsaid(reading.claim, text) or sentence_misses(
                    without_codes(reading.claim), f" {fold(without_codes(sentence.text))} ") or \
                copy_misplaced(reading.claim, sentence.text) or \
                self.presence.absent(sentence.record, sentence.text, named, reading.claim) or \
                re.sub(
                r"'(\w+)'", lambda match: repr(spelled.get(match[1], match[1])), unaccounted(
                    claim_acts, content - set(self.stems(set(weekday_kept(  # "on Thursday"
                        reading.claim, sentence.record)))),
                    evidence, named_terms, voice))
            swapped = place_swapped(reading.claim, sentence.text, named.values(), self._place_of,
                                    self._inside) if not missing or missing.startswith(
                "it does not speak of") else ""  # "in Aleppo" where it says "in Damascus"
            # with nothing missing, every part was accounted for above; a sentence that
            # lacks the place must account for the rest
            if swapped and refuting is None and (not missing or not unaccounted(
                    claim_acts, content, evidence, named_terms, voice)):
                refuting = (swapped, sentence)
            missing = missing or swapped
            hedge = sorted(word for word in HEDGES & set(text.split())
                           if not any(said[:5] == word[:5] for said in claim_words))
            if not missing and hedge and not voice:
                missing = (f"the source says it only with {hedge[0]!r}, and the claim says "
                           "it as a fact")
            if not missing:
                missing = qualified(claim_words, fold(lightened(sentence.text))) or \
                    called_otherwise(reading.claim, sentence.text) \
                    or self.presence.said_of_another(sentence.text, content, named) \
                    or one_of_several(reading.claim, sentence.text) \
                    or placed_elsewhere_unknown(reading.claim, sentence.text, self._place_of) \
                    or (retimed(reading.claim, sentence.text) or ("", ""))[1] or \
                    owned_otherwise(reading.claim, sentence.text, self.names.is_country) or \
                    modified_otherwise(reading.claim, [sentence.text]) or \
                    moved_otherwise(reading.claim, [sentence.text], self.base) or \
                    dated_apart(reading, sentence.text, named) or \
                    code_otherwise(reading.claim, sentence.text) or \
                    done_to_another(claim_acts, evidence.acts, named.values()) or \
                    sides_swapped(reading.claim, sentence.text) or \
                    whose(reading.claim, sentence.subject, named, text, self.names.home) or \
                    named_order(reading.claim, named, _headed(sentence, text)) or \
                    out_of_company(reading.claim, sentence.text) or \
                    apart(reading.claim, text, evidence.terms - terms(sentence.text)
                          | name_words, sentence.text) \
                    or (head_unsaid(lightened(reading.claim), sentence.text,
                                    described_by(sentence, described)) if described else "")
            swapped = code_swapped(reading.claim, sentence.text) if sentence.subject and \
                sentence.subject["id"] in names and missing == code_otherwise(
                    reading.claim, sentence.text) else ""  # all else said: "SY-HO", not "SY-HM"
            refuting = refuting or ((swapped, sentence) if swapped else None)
            denied, aside = denies(sentence.text, claimed) if not missing else ("", "")
            if not (missing or denied or aside) and lack_denies(sentence.text, reading.claim,
                                                                claimed):
                denied = "without"  # "trapped without food" denies they had food
            if aside:  # "could not verify the video said to show them" shows no video
                missing = f"the source denies {aside!r} beside it"
            elif not missing:
                if denied and not reading.negated:  # "Reuters could not verify the video"
                    return REFUTED, (f"{where_said(sentence)} says it did not: \u201c"
                                     f"{sentence.text}\u201d"), sentence
                return (DENIED_ALIKE if denied else SUPPORTED), \
                    f"{where_said(sentence)} says it: \u201c{sentence.text}\u201d", sentence
            if refuting is None:
                otherwise = self._otherwise(reading, sentence, named, claim_acts, content,
                                            spelled, voice)
                refuting = (otherwise, sentence) if otherwise else None
            shared = len(content & evidence.terms)
            if nearest is None or shared > nearest[0]:
                nearest = (shared, missing, sentence)
        if refuting is not None:
            return REFUTED, (f"{refuting[0]} ({where_said(refuting[1])}: "
                             f"\u201c{refuting[1].text}\u201d)"), refuting[1]
        if nearest is None:
            return NOT_ENOUGH_INFO, "nothing in the base speaks of what the claim names", None
        return NOT_ENOUGH_INFO, (f"{nearest[1]} (the nearest is {where_said(nearest[2])}: "
                                 f"\u201c{nearest[2].text}\u201d)"), nearest[2]

    def _unnamed(self, sentence: Sentence, evidence: Evidence, named: dict[str, Record]
                 ) -> Evidence:
        """``evidence`` without a word naming a side that the sentence writes only inside the
        name of a record of the other side that the claim does not name: the "army" of "the
        Free Syrian Army" is no army of the claim's ("Baba Amr was an army stronghold")."""
        key = (str(sentence.record["id"]), sentence.text)
        if key not in self._inside_names:  # read once a sentence: each claim meets it again
            self._inside_names[key] = self._other_sides(sentence)
        only_named = set().union(*(stems for record_id, stems in self._inside_names[key].items()
                                   if record_id not in named))
        kin = sentence.subject is None or sentence.subject["id"] in named or \
            sentence.subject.get("located_in") in named  # "the old centre of Homs"
        return evidence._replace(terms=evidence.terms - only_named, kin=kin)

    def _other_sides(self, sentence: Sentence) -> dict[str, frozenset[str]]:
        """For each record the sentence names (its subject too), the stems of the words of
        the other side that only its name holds."""
        held = dict(self.presence.names_in(sentence.text))
        if sentence.subject is not None:
            held[sentence.subject["id"]] = " ".join(record_names(sentence.subject))
        outside = f" {fold(sentence.text)} "
        for words in held.values():
            outside = outside.replace(f" {fold(words)} ", " ")
        written = set(self.stems(terms(outside)))
        return {record_id: frozenset(set(self.stems(terms(" ".join(
            word for word in fold(name).split()
            if word in SIDE_OF_WORD and SIDE_OF_WORD[word] != side_of(name))))) - written)
            for record_id, name in held.items()}

    def placed_otherwise(self, reading: Reading, names: dict[str, str]
                         ) -> tuple[str, Sentence] | None:
        """A sentence about a record the claim names that puts its birth, burial or base
        elsewhere (:func:`placed_otherwise`), with the reason; None where none does. Read
        before names the base lacks, for "born in Medina" is refuted by "born in Mecca"."""
        for sentence in sentences(self.base, names, reading.claim):
            if sentence.subject is not None and sentence.subject["id"] in names:
                reason = placed_otherwise(reading.claim, sentence.text, self._place_of,
                                          self._inside) or (held_otherwise(
                    reading.claim, sentence.text, record_names(sentence.subject))
                    if "held" in reading.claim.lower() else "")
                if reason:
                    return f"{reason} ({where_said(sentence)}: \u201c{sentence.text}\u201d)", \
                        sentence
        return None

    def _place_of(self, name: str) -> str | None:
        ids = self.base.mentions([fold(name)]).get(fold(name)) or []
        record = self.base.get(ids[0]) if len(ids) == 1 else None
        return ids[0] if record is not None and record.get("kind") in WHERE_KINDS else None

    def _inside(self, place: str, other: str) -> bool:
        return other in self.base.cards.inside(place)

    def _otherwise(self, reading: Reading, sentence: Sentence, named: dict[str, Record],
                   claim_acts: list[Act], content: set[str], spelled: dict[str, str],
                   voice: set[str]) -> str:
        """How a sentence that speaks to every other part of the claim says otherwise the
        words it does not hold, or "" (:func:`contradiction`)."""
        text = f" {fold(sentence.text)} "
        evidence = self.evidence(sentence)
        gaps = content - evidence.terms
        qualifiers = QUALIFIERS & set(fold(reading.claim).split()) - set(text.split())
        named_terms = terms(" ".join(name for record in named.values()
                                     for name in record_names(record)))
        places = {record_id: record for record_id, record in named.items()  # a direction's
                  if record.get("kind") in WHERE_KINDS}  # ends, which must keep their order
        if (not gaps and not qualifiers) \
                or self.presence.absent(sentence.record, sentence.text, named, reading.claim) \
                or unaccounted(claim_acts, content - gaps, evidence, named_terms, voice) \
                or named_order(reading.claim, places, _headed(sentence, text)) \
                or not _first_named(reading.claim, places, _described(sentence)):
            return ""  # "Homs lies south of Aleppo" is "Aleppo lies north of Homs"
        return contradiction(sorted({spelled.get(gap, gap) for gap in gaps} | qualifiers),
                             sentence.text, reading.claim)


def _first_named(claim: str, named: dict[str, Record], described: Record | None) -> bool:
    """Whether the record a description describes, if the claim names it, is the first
    record the claim names: a description's subject comes first ("City to the north of
    Homs" is Aleppo's), and a claim that puts it later may say the same the other way
    round."""
    if described is None or described["id"] not in named:
        return True
    folded = f" {fold(claim)} "
    at = {record_id: first_at(folded, record) for record_id, record in named.items()}
    placed = sorted((place, record_id) for record_id, place in at.items() if place is not None)
    return not placed or placed[0][1] == described["id"]


def _described(sentence: Sentence) -> Record | None:
    """The record a sentence is the description of, or None."""
    record = sentence.record
    return record if sentence.text == record.get("description") else None


def where_said(sentence: Sentence) -> str:
    """How a reason names the sentence it quotes: "a statement of homs"."""
    record = sentence.record
    if sentence.subject is None:
        return f"the event {record['id']}"
    if sentence.text == record.get("description"):
        return f"the description of {record['id']}"
    return f"a statement of {record['id']}"


__all__ = ["DENIED_ALIKE", "HEDGES", "Reader", "where_said"]
