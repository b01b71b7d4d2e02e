"""What ``ask`` compares a question with: every passage of the base that can answer one.

A passage is one thing a record says, with the record that answers for it: a figure's label
(with its period, words and attribution), an event's summary (with its attribution), a
person's, group's or place's description (with its kind: "group", "city"), and each of its
statements on its own, so that a card of forty statements answers only for what one of them
says. Each passage has its terms (:mod:`homsfacts.check.stems`), the people, groups and places
it is about, each with the weight of how it is about them (:data:`OWNER`, :data:`LINKED`,
:data:`MENTIONED`), and the dates it covers.

A term or a name weighs what it tells apart: its inverse passage frequency, ``ln(1 + N / n)``
for a term ``n`` of the ``N`` passages hold. "Homs", which nearly every passage is about, weighs
little; "refinery" much; a word no passage holds weighs most, as no record can answer for it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.dates import day_number, parse_edtf
from homsfacts.base.match import fold, id_words, initials
from homsfacts.base.views import Record, cite_label
from homsfacts.check.bounds import uncertain_end
from homsfacts.check.choice import figure_span
from homsfacts.check.ordinals import Ordinals
from homsfacts.check.people import DEMONYMS
from homsfacts.check.stems import STOP, Stemmer
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

SPELLED = 80
"""How close (rapidfuzz's ratio, 0 to 100) a word of the base must be to a word it never uses
to be offered in its place."""

STATE_DAYS = 366
"""How long an event's date must span for it to be a state that lasted (a siege of years)
rather than one happening the base dates only loosely ("last week", "in 2012")."""

LONGEST_NAME = 6
"""The most words a name in a question may take ("Syrian Observatory for Human Rights")."""

OWNER = 1.0
"""How much a name counts for a passage of that person's, group's or place's own card."""

LINKED = 0.8
"""For an event that involves it or happened there, or a figure about it (the base says so)."""

MENTIONED = 0.5
"""For a passage that only names it in its text, or a figure about an event that involves it."""

UNIT_WORDS = {"USD": "money dollars", "EUR": "money euros", "GBP": "money pounds",
              "km": "kilometres", "km2": "square kilometres", "m": "metres"}
"""What a figure in each unit is, in the words a question uses ("how much money")."""

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2}|(?<=\bin )[1-9][0-9]{2}(?=[,.;)]|\s+(?:AD|CE)\b|$))"
                   r"\b(?!\s*(?:BCE?|B\.C\.))")
"""A year of the common era a text names: "2000 BCE" is none; a year of three figures only
after "in" and before a stop ("born in Mecca in 592,"), not "in 300 buses"."""


_SPOKEN = re.compile(r"\b(?:said|says|told|tells|quoted|hailed|announced|urged|asked)\b")
"""Words of a statement that reports what someone said, at the time of the report."""


class Passage(NamedTuple):
    """One thing a record says."""

    record: Record
    """The figure, event or entity (person, group, place) that answers for it."""
    text: str
    """What it says, and who says so: ``It has an oil refinery. (afp-2024-12-06 ¶7)``."""
    terms: frozenset[str]
    names: dict[str, float]
    """The ids of the entities it is about, each with how (:data:`OWNER` ...)."""
    dates: tuple[tuple[int, int], ...]
    """The stretches of time it speaks of, each as its first and last day."""
    measures: frozenset[str] = frozenset()
    """A figure's terms of what it counts (:func:`measured`); empty for other passages."""
    about: frozenset[str] = frozenset()
    """What a figure is about: the ids of its people, groups and places, and the terms of
    its events ("siege" for the siege's death toll); empty for other passages."""
    framing: frozenset[str] = frozenset()
    """The places a statement's card is described by, which it speaks of without naming
    them: "the city" in a statement of a commander "of the forces entering Homs" is Homs.
    They do not score it; they only spare it the refusal of not being about them."""


class _Draft(NamedTuple):
    record: Record
    text: str
    extra: str
    """Words that say what it is besides its text: an id's words, a unit, an entity's kind."""
    names: dict[str, float]
    dates: tuple[tuple[int, int], ...]
    citations: list[Record]


class Passages:
    """Every passage of one base, with the weight of each term and name."""

    def __init__(self, base: FactBase) -> None:
        self.stemmer = Stemmer()
        self.ordinals = Ordinals(self.stemmer)
        entities = base.of_type("entity")
        self._phrases = _name_phrases(entities)
        self._own_words = {entity["id"]: _own_words(entity) for entity in entities}
        longest_first = sorted(self._phrases, key=len, reverse=True)
        self._pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b")
        published = {str(source["id"]): _edtf(source.get("published"))
                     for source in base.sources()}
        drafts = [*_of_figures(base), *_of_events(base), *_of_entities(entities, published)]
        all_terms = self.stemmer.terms(f"{self._unplaced(draft.text)} {draft.extra}"
                                       for draft in drafts)
        figures = [draft for draft in drafts if draft.record["type"] == "figure"]
        measures = dict(zip((draft.record["id"] for draft in figures), self.stemmer.terms(
            f"{measured(draft.record['label'])} {draft.extra}" for draft in figures), strict=True))
        within = {entity["id"]: entity.get("located_in") for entity in entities}
        kinds = {entity["id"]: entity["kind"] for entity in entities}
        event_terms = {draft.record["id"]: terms for draft, terms in zip(drafts, all_terms,
                                                                          strict=True)
                       if draft.record["type"] == "event"}
        self.passages = []
        for draft, terms in zip(drafts, all_terms, strict=True):
            names = {name: MENTIONED for name in self.mentioned(draft.text)}
            names.update(draft.names)
            for name in list(names):  # what happened in Baba Amr happened in Homs
                place = within.get(name)
                while place and place not in names:
                    names[place] = MENTIONED
                    place = within.get(place)
            about = draft.record.get("about") or []
            framing = frozenset(
                name for name in self.mentioned(draft.record["description"])
                if kinds.get(name) in WHERE_KINDS) if draft.record["type"] == "entity" \
                and draft.text != draft.record["description"] else frozenset()
            self.passages.append(Passage(
                draft.record, f"{draft.text} ({cite_label(draft.citations)})", terms, names,
                draft.dates, measures.get(draft.record["id"], frozenset()),
                frozenset(about).union(*(event_terms.get(item, ()) for item in about)),
                framing))
        self._vocabulary: list[str] | None = None
        self._term_count: dict[str, int] = {}
        self._name_count: dict[str, int] = {}
        for passage in self.passages:
            for term in passage.terms:
                self._term_count[term] = self._term_count.get(term, 0) + 1
            for name in passage.names:
                self._name_count[name] = self._name_count.get(name, 0) + 1

    def weight(self, term: str) -> float:
        """How much a term of a question tells the passages apart."""
        return math.log(1 + len(self.passages) / self._term_count.get(term, 1))

    def knows(self, term: str) -> bool:
        """Whether any passage holds a term."""
        return term in self._term_count

    def spelled(self, word: str) -> str | None:
        """The word of the base closest to a word it never uses ("seige": "siege"), if one is
        close (rapidfuzz, only computed for such a word)."""
        from rapidfuzz import fuzz, process

        if self._vocabulary is None:
            self._vocabulary = sorted({word for passage in self.passages
                                       for word in fold(passage.text).split()
                                       if len(word) > 3 and word.isalpha()})
        found = process.extractOne(fold(word), self._vocabulary, scorer=fuzz.ratio,
                                   score_cutoff=SPELLED)
        return found[0] if found else None

    def name_weight(self, name: str) -> float:
        """How much naming a person, group or place tells the passages apart."""
        return math.log(1 + len(self.passages) / self._name_count.get(name, 1))

    def _unplaced(self, text: str) -> str:
        """``text`` folded, without the places it names only as a bearing (:data:`_BEARING`),
        whose words then say nothing of what it is about."""
        folded = fold(text)
        return self._pattern.sub(lambda match: "" if _as_bearing(folded, match.start())
                                 else match.group(), folded) if self._phrases else folded

    def mentioned(self, text: str) -> list[str]:
        """The ids of the entities a text names by a name, an alias or a person's surname,
        but not a place it names only to say where something else is ("162 km north of
        Damascus" is about no river of Damascus)."""
        folded = fold(text)
        return [self._phrases[match.group()] for match in self._pattern.finditer(folded)
                if not _as_bearing(folded, match.start())] if self._phrases else []

    def events_on(self, dates: Iterable[tuple[int, int]],
                  named: Iterable[str] = ()) -> list[Record]:
        """The events that fall within any of ``dates`` and are about all ``named`` ("what
        happened to Waer in 2016"), one report a happening: the event of that very day first,
        a span of years that takes it in last. An event the base dates only more loosely than
        the question (in May 2014, for "on 15 May 2014"; some day of a week) may have happened
        on another day, and is left out; a state of years (a siege) is in it all along."""
        dates, named = list(dates), set(named)
        found: dict[str, Record] = {}
        for passage in self.passages:
            event = passage.record
            if event["type"] == "event" and overlaps(passage.dates, dates) and any(
                    (asked_first <= first and last <= asked_last)
                    or (last - first > STATE_DAYS and "[" not in str(event.get("edtf")))
                    for first, last in passage.dates for asked_first, asked_last in dates) and \
                    named <= set(passage.names) and not all(  # "in June 2014": no siege
                        uncertain_end(event, *date) for date in dates):
                group = event.get("group") or {}
                key = group.get("id") or event["id"]
                if key not in found or event["id"] == group.get("preferred"):
                    found[key] = event
        return sorted(found.values(), key=_span)

    def names_in(self, base: FactBase, words: list[str]) -> dict[str, str]:
        """The people, groups and places a question names (by id, name, alias, initials or a
        word of a name), each by its longest run of words: "homs province" is the province,
        not the city; in the order the question names them. A word that names several records
        names none."""
        folded = fold(" ".join(words)).split()
        spans = [(start, start + size) for size in range(LONGEST_NAME, 0, -1)
                 for start in range(len(folded) - size + 1)]
        grams = {span: " ".join(folded[span[0]:span[1]]) for span in spans}
        mentioned = base.mentions([gram for gram in grams.values()
                                        if gram not in STOP and not gram.isdigit()])
        taken = [False] * len(folded)
        found: list[tuple[int, str, str]] = []
        for span in spans:
            ids = mentioned.get(grams[span], [])
            if len(ids) != 1 or any(taken[span[0]:span[1]]):
                continue
            if span[1] - span[0] == 1 and not self._names_alone(
                    grams[span], ids[0], " ".join(folded[span[1]:span[1] + 1])):
                continue
            record = base.get(ids[0])
            if record is not None and record["type"] == "entity":
                found.append((span[0], record["id"], grams[span]))
                taken[span[0]:span[1]] = [True] * (span[1] - span[0])
        return {record_id: gram for _, record_id, gram in sorted(found)}

    def _names_alone(self, word: str, record_id: str, following: str) -> bool:
        """Whether one word names a record: "governor" of the alias "Governor Talal
        al-Barazi" names no one, nor "old" the Old City but in "the old centre"."""
        return word in self._own_words.get(record_id, ()) and (
            word not in DESCRIBING_WORDS or following in _PARTS_OF_PLACES)


def _of_figures(base: FactBase) -> list[_Draft]:
    """A figure says its label, period, words and attribution; it is about what its
    ``about`` names and whom it credits, and a little about who was in the events it is about."""
    events = base.timeline(every_report=True)
    involved = {event["id"]: set(event["entities"]) | set(event["places"]) for event in events}
    dated = {event["id"]: _edtf(event["edtf"]) for event in events}
    drafts = []
    for figure in base.figures(every_report=True):
        names = dict.fromkeys([*figure["about"], *filter(None, [figure.get("attributed_to")])],
                              LINKED)
        for about in figure["about"]:
            names.update((name, MENTIONED) for name in involved.get(about, ())
                         if name not in names)
        text = _joined(figure["label"], figure.get("period"), figure.get("words"),
                       figure.get("attribution"))
        extra = f"{id_words(figure['id'])} {UNIT_WORDS.get(figure['unit'], figure['unit'])}"
        span = figure_span(figure)  # its date or its period ("the 12th century")
        when = (span,) if span else tuple(  # else a count of an event is of its time
            each for about in figure["about"] for each in dated.get(about, ()))
        drafts.append(_Draft(figure, text, extra, names, when, figure["sources"]))
    return drafts


def _of_events(base: FactBase) -> list[_Draft]:
    """An event says its summary and attribution, about whom it involves and where."""
    return [_Draft(event, _joined(event["summary"], event.get("attribution")),
                   id_words(event["id"]),
                   dict.fromkeys([*event["entities"], *event["places"]], LINKED),
                   _edtf(event["edtf"]), event["sources"])
            for event in base.timeline(every_report=True)]


def _of_entities(entities: list[Record],
                 published: dict[str, tuple[tuple[int, int], ...]]) -> list[_Draft]:
    """A person, group or place says its description (with its kind: "group", "city"), and
    each of its statements on its own; all are its own. A statement of what someone said
    that gives no year of its own is of the time its reports were published ("he said the
    rebel forces were searching ...", in a report of 8 December 2024)."""
    drafts = []
    for entity in entities:
        own = {entity["id"]: OWNER}
        drafts.append(_Draft(entity, entity["description"], entity["kind"], own,
                             _years(entity["description"]), entity["sources"]))
        for statement in entity["statements"]:
            text = _joined(statement["text"], statement.get("attribution"))
            dates = _years(text) or (tuple(
                span for citation in statement["sources"]
                for span in published.get(citation["source"], ())
                if span[1] - span[0] < 366) if _SPOKEN.search(text) else ())
            drafts.append(_Draft(entity, text, "", own, dates, statement["sources"]))
    return drafts


def _joined(*parts: str | None) -> str:
    return "; ".join(filter(None, parts))


def _name_phrases(entities: Iterable[Record]) -> dict[str, str]:
    """Folded name -> entity id, for every name, alias and person's surname that names one
    entity alone."""
    owners: dict[str, set[str]] = {}
    for entity in entities:
        names = [entity["name"], *entity.get("aliases", [])]
        if entity["kind"] == "person":
            names.append(entity["name"].split()[-1])
        for name in names:
            key = fold(name)
            if key and key not in STOP and len(key) > 2:
                owners.setdefault(key, set()).add(entity["id"])
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


_CLAUSE = re.compile(r"\b(?:after|before|since|when|while|until|once|because|although)\b")


_BEARING = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)"
                      r"\s+of\s+(?:the\s+)?$")
"""Words that give a place only as the point another is placed from."""


def _as_bearing(folded: str, start: int) -> bool:
    """Whether the name at ``start`` of a folded text follows :data:`_BEARING`; only the
    words just before it are read, so a long text costs no more for each name."""
    return _BEARING.search(folded, max(0, start - 40), start) is not None


def measured(label: str) -> str:
    """What a figure's label says it counts, before any clause that says when or why: "People
    who returned to Homs after fleeing" counts people who returned, not people who fled."""
    return _CLAUSE.split(label, maxsplit=1)[0].strip()


PEOPLE_ADJECTIVES = frozenset(DEMONYMS) | {"arab", "muslim", "christian", "islamic", "sunni"}
"""Words that say whose something is; one alone names no record with a longer name."""
DESCRIBING_WORDS = frozenset({"old", "new", "central", "great", "greater", "upper", "lower",
                              "city", "national", "northern", "southern", "eastern", "western"})
"""Words that describe what they stand before ("his old sarcophagus", "the central
bureau"): one names a record with a longer name (the Old City, central Syria) only before a
word for a part of a place ("the old centre")."""
_PARTS_OF_PLACES = frozenset({"centre", "center", "core", "quarter", "town", "city", "part",
                              "parts", "district", "heart", "syria"})


def _own_words(entity: Record) -> set[str]:
    """The single words that name an entity alone: a word of its name (a surname, "Golani"),
    a one-word alias, its initials. A word of a longer alias ("Governor" in "Governor Talal
    al-Barazi") is a title or a common noun, not a name."""
    names = [entity["name"], *entity.get("aliases", [])]
    words = fold(entity["name"]).split()
    # "Arab" of "Arab Spring" says whose, as in "the Arab Muslims": no name of the movement
    found = {word for word in words if len(words) == 1 or word not in PEOPLE_ADJECTIVES} \
        | {fold(entity["id"])}
    found.update(fold(name) for name in names if len(fold(name).split()) == 1)
    found.update(filter(None, (initials(name) for name in names)))
    return found


def _edtf(text: str | None) -> tuple[tuple[int, int], ...]:
    if not text:
        return ()
    date = parse_edtf(text)
    return ((date.earliest, date.latest),)


def _span(event: Record) -> tuple[int, int]:
    """How many days an event's date may cover, and its first day."""
    edtf = parse_edtf(event["edtf"])
    return edtf.latest - edtf.earliest, edtf.earliest


def _years(text: str) -> tuple[tuple[int, int], ...]:
    """The years a text names, each as a stretch of time, in day numbers."""
    return tuple((day_number(int(year)), day_number(int(year), 12, 31))
                 for year in dict.fromkeys(_YEAR.findall(text)))


def overlaps(dates: Iterable[tuple[int, int]], asked: Iterable[tuple[int, int]]) -> bool:
    """Whether any of ``dates`` overlaps any of ``asked``."""
    asked = list(asked)
    return any(first <= last_asked and first_asked <= last
               for first, last in dates for first_asked, last_asked in asked)
