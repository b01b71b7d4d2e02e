"""Reading a question for ``ask``: what kind of record answers it, in what unit, about whom,
when, and about what.

The question is read by the claim reader (:func:`homsfacts.check.reader.read`), as a claim with
a hole: its dates are the claim's dates, its words the claim's words. Its first words say what
kind of record answers it (:func:`asks`), and "how many", "how far" or "what was the
population" what unit a figure must be in (:func:`asked_units`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.copies import copy_voice
from homsfacts.check.ordinals import ordinal_nouns
from homsfacts.check.passages import Passages
from homsfacts.check.reader import MONTH_WORDS, read
from homsfacts.check.stems import phrased
from homsfacts.check.voices import claimed_voice, source_voice

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase

FIGURE, EVENT, CARD, WHO, PLACE, ANY = "figure", "event", "card", "who", "place", "any"

_FIGURE_NOUNS = (r"number|population|inhabitants|size|area|distance|elevation|altitude|"
                 r"height|length|toll|death toll|amount|sum|total|rank|age|count|value")

_ASKS = [
    (re.compile(r"^(how (many|much|long|large|big|far|high|tall|old)|(what|which) (is|was|are|"
                rf"were)\b[^?]*?\b({_FIGURE_NOUNS})\b|(what|which) (number|population|"
                r"size|distance|elevation|altitude|height|length|toll|death toll|amount|"
                r"sum|total|count)\b|"  # not "which area": a place
                r"(what|which) (share|proportion|"
                r"percentage|fraction)\b)"), FIGURE),
    (re.compile(r"^((on|in|at|since|from|until|till) )?(when|(what|which) (year|date|month|"
                r"day|time|night|morning|evening|weekday)|in (which|what) (year|month))\b"),
     EVENT),
    (re.compile(r"^(?!who\b).*\b(called|named|known as|name of|other names?)\b"), CARD),
    (re.compile(r"^(who|whom|whose|which (person|people|group|organi[sz]ation|country))\b"),
     WHO),
    (re.compile(r"^what (is|was|are|were)\b"), CARD),
    (re.compile(r"^(where|in what place|in which place|at what place)\b"), PLACE),
]
"""What kind of record answers a question, by its wording, first match wins; anything else
may be answered by any record."""

_WHEN_WORDS = frozenset({"date", "year", "month", "day", "time", "night", "morning", "evening",
                         "weekday", "begin", "began", "begun",
                         "begins", "start", "started", "starts", "end", "ended", "ends",
                         "finish", "finished", "since", "until", "till"})
"""Words that ask when ("what date", "in which year") or which end of a span ("when did the
siege begin", "since when"), not what about: "the besieged centre" of an evacuation that
began is not the siege's beginning."""

DURATIONS = frozenset({"years", "months", "weeks", "days", "time"})
MONEY = frozenset({"USD", "EUR", "GBP"})

_UNITS: list[tuple[re.Pattern[str], frozenset[str]]] = [
    (re.compile(pattern), frozenset(units)) for pattern, units in [
        (r"\bbus(es)?\b", {"buses"}),
        (r"\bminarets?\b", {"minarets"}),
        (r"\bsub-?districts?\b|\bnawahi\b", {"sub-districts"}),
        (r"\bdistricts?\b", {"districts"}),
        (r"\bhow many (?:\w+ )?(?:provinces|governorates)\b", {"governorates"}),
        (r"^(what|which) (share|proportion|percentage|fraction)\b|\bper ?cent",
         {"share", "percent", "people"}),
        (r"\bhow many (years|months|weeks|days)\b|\bhow (long|old)\b|\b(length|age|duration)"
         r" of\b", DURATIONS),
        (r"\b(money|cost|dollars?|paid|pay|compensation|damages|award(ed)?|judge?ment)\b",
         MONEY),
        (r"\b(density|densities|per (square|sq|km))\b", {"people/km2"}),  # before the people
        (r"\bsquare\b|\b(km2|km²|sq)\b", {"km2"}),  # "square kilometres" is no distance
        (r"\bhow far\b|\bdistance\b|\b(kilomet(re|er)s?|km)\b", {"km", "m"}),
        (r"\bhow (high|tall)\b|\b(elevation|altitude|height)\b", {"m"}),
        (r"^(?:what|how big|how large) (?:is|was) the (?:land |surface )?area\b", {"km2"}),
        (r"\b(population|inhabitants|residents|people)\b", {"people"}),  # of a metro area
        (r"\b(area(?! code)|square)\b", {"km2"}),
        (r"\bhow (big|large)\b", {"km2", "people"}),
        (r"\bhow many\b", {"people"}),
        (r"\b(rank|ranked|biggest|largest)\b", {"rank"}),
    ]]
"""The units a figure that answers a question may be in, by the question's words, first match
wins: "how many" counts people unless it names what ("how many buses"); "how much" with no word
of money or land may be anything."""

PRESENT = re.compile(r"\b(today|now|nowadays|currently|current|presently|at present|"
                     r"these days|at the moment|still alive)\b")
"""Words that ask what is true now, which no source of the base can say: it holds what each
source said on its date."""

LATEST = re.compile(r"\b(?:latest|most recent|newest|last known|last recorded)\b")
"""Words that ask for the newest of a quantity's values over time, which the base can give:
the value of the latest date it holds, not what is true now."""

KINDS_ASKED = {"person": "person", "organisation": "organisation", "organization": "organisation",
               "group": "group", "movement": "movement", "country": "country",
               "countries": "country", "nation": "country", "province": "province",
               "governorate": "province", "region": "region", "city": "city", "cities": "city",
               "town": "city", "village": "city", "district": "district",
               "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood",
               "site": "site", "building": "site", "landmark": "site", "minority": "group",
               "community": "group", "sect": "group", "faction": "group", "power": "country",
               "source": "source", "outlet": "source", "newspaper": "source",
               "body": "organisation", "institution": "organisation"}
"""The noun of "which city", "what group" and the kind of entity it asks for; no entity is a
source ("which source says ..."), which the records' citations name."""

_KIND_ASKED = re.compile(r"^(?:which|what) (\w+?)(?:s)?\b")

_PLACED = re.compile(r"^where (?:was|were|is|are|did|do|does|had|has|have) (?P<placed>.+?)"
                     r"(?= when\b| after\b| before\b| while\b| during\b| in\b| on\b| at\b"
                     r"|[?,.]|$)")
YES_NO = re.compile(r"^(is|was|are|were|does|did|do|has|had|have|can|could)\b")
"""A question that asks yes or no is about its first name: "is Homs in Lebanon" asks about
Homs, and Lebanon's card, which only mentions Homs, does not answer it."""

NAME_ASKED = re.compile(r"\b(called|named|known as|name|names|nicknamed?|nicknames)\b")
"""Words that ask for a name, which the card of the one record a question names holds."""


class Question(NamedTuple):
    text: str
    kind: str
    """:data:`FIGURE`, :data:`EVENT`, :data:`CARD`, :data:`WHO`, :data:`PLACE` or
    :data:`ANY`."""
    units: frozenset[str] | None
    """The units a figure that answers it may be in; None for any."""
    names: dict[str, str]
    """The people, groups and places it names: id -> the words that name it."""
    name_terms: dict[str, frozenset[str]]
    """The terms of the words that name each."""
    terms: frozenset[str]
    """What it asks about, besides the names (:mod:`homsfacts.check.stems`)."""
    dates: tuple[tuple[int, int], ...]
    """The stretches of time it gives, each as its first and last day."""
    date_text: str
    present: str
    """The word that asks about now ("today", "current"), or ""."""
    asks_name: bool
    entity_kind: str
    """The kind of person, group or place "which city" or "what group" asks for, or ""."""
    subject: str
    """The id of what a yes-or-no question is about (its first name), or ""."""
    placed: frozenset[str] = frozenset()
    """The terms of what a "where" question asks the place of, besides names ("where were
    the two journalists when ..."): an answer must speak of it."""
    latest: bool = False
    """Whether it asks for the newest value of a quantity (:data:`LATEST`)."""
    ordinals: dict[str, frozenset[str]] = {}  # noqa: RUF012 (a NamedTuple's default, not shared)
    """Each ordinal it asks by, with the terms of the noun it stands before (:mod:`ordinals`)."""
    voiced: frozenset[str] = frozenset()
    """The terms of the voice it cites ("according to Reuters"): whose passage must answer
    (:func:`voiced_otherwise`), and no term of what it asks, unless they name a copy."""


DATE_WEIGHT = 3.0
"""What a date of the question that a passage covers counts: as much as a term one passage
in twenty holds."""


_ACCORDING = re.compile(r"\b(?i:according to) [^,?]+|\b(?i:did|does|do) (?:the )?(?P<giver>"
                        r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) (?i:put|estimate|count|report)\b")
"""The voice a question cites ("according to Reuters, ...", "what did Reuters put the toll
at?"), whose records must answer it."""


def voice_cited(question: str) -> str:
    """The words of the voice a question cites ("Reuters" of "according to Reuters, ..."),
    or ""."""
    cited = _ACCORDING.search(question)
    if cited is None:
        return ""
    return cited["giver"] or cited.group()[len("according to "):].strip()


_CITED = re.compile(r"\(([^()]*)\)\s*$")
"""The citations a passage ends with: "(reuters-2014-05-07 ¶8; trend-2014-05-08 ¶9)"."""


def voiced_otherwise(base: FactBase, passages: Passages, asked: Question,
                     passage_record: tuple[str, Record]) -> bool:
    """Whether a passage's citations and its record's attribution are not the voice the
    question cites ("according to Reuters, what time did the evacuation begin?" is not
    answered by AFP's time, nor "according to the 2012 copy" by the 2014 copy's words)."""
    text, record = passage_record
    cited = _CITED.search(text)
    if not asked.voiced or cited is None:
        return False
    sources = [base.get(part.split()[0]) for part in cited[1].split(";") if part.split()]
    credited = base.get(str(record.get("attributed_to") or "")) or {}
    spoken = " ".join([*(source_voice(source) for source in sources if source is not None),
                       str(record.get("attribution") or ""), str(credited.get("name") or "")])
    return not asked.voiced <= passages.stemmer.terms([fold(spoken)])[0]


def weight_asked(passages: Passages, asked: Question) -> float:
    """The weight of everything the question asks about: the share of it a record holds is
    how well it answers."""
    return (sum(map(passages.weight, asked.terms))
            + sum(map(passages.name_weight, asked.names))
            + (DATE_WEIGHT if asked.dates else 0.0))


def written_as(passages: Passages, asked: Question, things: set[str]) -> list[str]:
    """Terms and names of the question as it writes them: ``{"die"}`` -> ``["died"]``."""
    found = [asked.names[thing] for thing in things if thing in asked.names]
    terms = things - set(asked.names)
    if terms:
        written = list(dict.fromkeys(asked.text.lower().replace("?", " ").split()))
        found += [word for word, held in zip(written, passages.stemmer.terms(written),
                                             strict=True) if held & terms]
    return found or sorted(things)  # a term a phrase made ("come from": origin) as itself


def asks(question: str) -> str:
    """``figure``, ``event``, ``card`` (what is X: any record, X's card first), ``who`` (a
    person, group or country, or an event, which says who did what), ``place`` (where: a
    place, or an event, which happened somewhere) or ``any``."""
    text = _plain(question)
    return next((kind for pattern, kind in _ASKS if pattern.search(text)), ANY)


def asked_units(question: str) -> frozenset[str] | None:
    """The units of the figures that can answer a question, or None for any."""
    text = _plain(question)
    return next((units for pattern, units in _UNITS if pattern.search(text)), None)


_ENDED_UP = re.compile(r"\b(?:end|ends|ended|ending)\s+up\b", re.IGNORECASE)
"""Where someone came to be ("where did the evacuees end up?"): a going, not an end."""


def read_question(base: FactBase, passages: Passages, question: str) -> Question:
    """What a question asks, as :class:`Question`."""
    kind = asks(question)  # "when ... in the 2012 copy" asks no time of the copy's
    reading = read(_ENDED_UP.sub("went", question),  # "where did they end up": no end
                   copies_timed=kind != EVENT)
    plain = _plain(question)
    asking = _WHEN_WORDS if kind == EVENT else frozenset()
    latest = kind == FIGURE and LATEST.search(plain) is not None
    asking |= _NEWEST if latest else frozenset()
    words = [word for word in reading.words if word not in MONTH_WORDS and word not in asking]
    # "which community" asks for one and names none; "which body" asks for an organisation
    kind_noun, entity_kind = _kind_noun(plain), _entity_kind(plain)
    names = passages.names_in(base, [word for word in phrased(" ".join(words)).split()
                                     if word != kind_noun])
    if kind_noun and not any(map(passages.knows, passages.stemmer.terms([kind_noun])[0])):
        words = [entity_kind if word == kind_noun else word for word in words]
    units = asked_units(question) if kind == FIGURE else None
    if units and "people" in units:
        words = [word for word in words if word != "people"]  # the unit says it
    if kind == FIGURE:  # "the population figure" asks a figure by its name for one
        words = [word for word in words if word not in ("figure", "figures")]
    named_kinds = {str((base.get(record_id) or {}).get("kind")) for record_id in names}
    words = [word for word in words if word not in named_kinds & {"neighbourhood", "district"}]
    if latest and "city" in named_kinds:
        # "the latest population of the city of Homs" is Homs's, not the Old City's; "the
        # area of the city of Homs" is the city's, not the metropolitan area's
        words = [word for word in words if word != "city"]
    (terms,) = passages.stemmer.terms([" ".join(words)])
    name_terms = dict(zip(names, passages.stemmer.terms(names.values()), strict=True))
    terms = terms.difference(*name_terms.values())
    # the voice "according to" cites is whose passage must answer, not what it asks about
    # ("when did the rebels say ..." asks what they said); a copy's words ("the 2012 copy")
    # stay terms too, for they pick the copy's records
    cited = _ACCORDING.search(question)
    voiced = claimed_voice(cited.group()) if cited else set()
    voice_terms = terms & passages.stemmer.terms([" ".join(sorted(voiced))])[0] if voiced \
        else frozenset()
    terms = terms - (voice_terms - passages.stemmer.terms([" ".join(copy_voice(question))])[0])
    dates = tuple((date.earliest, date.latest) for date in reading.dates)
    present = PRESENT.search(plain)
    placed = _PLACED.match(plain)
    nouns = {ordinal: noun for ordinal, noun in ordinal_nouns(plain).items()
             if passages.ordinals.terms[ordinal] & terms}
    return Question(question, kind, units, names, name_terms,
                    terms, dates, ", ".join(date.text for date in reading.dates),
                    present.group() if present else "", bool(NAME_ASKED.search(plain)),
                    entity_kind, next(iter(names), "") if YES_NO.match(plain) else "",
                    terms & passages.stemmer.terms([placed["placed"]])[0] if placed
                    else frozenset(), latest,
                    dict(zip(nouns, passages.stemmer.terms(nouns.values()), strict=True)),
                    voice_terms)


_NEWEST = frozenset({"latest", "recent", "newest", "known", "recorded"})


def _entity_kind(plain: str) -> str:
    """The kind "which city" or "which rebel group" asks for (a word between), or ""."""
    noun = _kind_noun(plain)
    return KINDS_ASKED.get(noun) or KINDS_ASKED.get(noun.removesuffix("s"), "")


def _kind_noun(plain: str) -> str:
    """The noun of "which city" or "which rebel group" that names a kind, or ""."""
    plain = _NAME_THE.sub("which ", plain)  # "name the two towns": which two towns
    if _KIND_ASKED.match(plain) is None:
        return ""
    words = re.findall(r"[\w'-]+", _NAMES_OF.sub(" ", plain))  # "what are the names of the two"
    reach = 4 if words[1:2] and words[1] in _COUNTS else 3  # "which two northern towns"
    return next((word for word in words[1:reach] if KINDS_ASKED.get(word)
                 or KINDS_ASKED.get(word.removesuffix("s"))), "")


_NAMES_OF = re.compile(r"(?<=^what) (?:are|were|is|was) the(?: names? of(?: the)?)?(?= )")
_NAME_THE = re.compile(r"^name (?:the )?")
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


_VOICED = re.compile(r"^(?:according to|as reported by|in the words of) (?![^,?]*\bcopy\b)[^,?]+, ")
"""A voice that opens a question ("according to Reuters, who ..."), which the reader takes
as the question's voice: what the rest asks is read without it. Not a copy ("according to the
2012 copy, since when ..."), whose words pick the copy's records and whose time may be asked."""


def _plain(question: str) -> str:
    return _VOICED.sub("", " ".join(question.lower().replace("’", "'").split()))


NAME_OF = re.compile(r"\bnames? (?:of|for) (?:the |a |an )?(?P<thing>[a-z ]+?)(?: in| of| at|$)")
"""Words that ask the name of a thing ("the name of the oil refinery in Homs")."""


def name_asked_of(passages: Passages, asked: Question, record: Record) -> str:
    """The thing whose name the question asks ("the oil refinery"), where the record is
    not one of those (its name and description hold none of its words); "" otherwise."""
    match = NAME_OF.search(plain_words(asked.text))
    if match is None:
        return ""
    (thing,) = passages.stemmer.terms([match["thing"]])
    (own,) = passages.stemmer.terms([" ".join(str(record.get(field) or "") for field in (
        "name", "label", "description"))])  # what it is: "Rebel alliance behind ..."
    return match["thing"] if thing and not thing & own else ""


def plain_words(text: str) -> str:
    """A question folded, without owners' "'s"."""
    return " ".join(fold(text.replace("'s", "")).split())

