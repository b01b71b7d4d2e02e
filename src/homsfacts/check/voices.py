"""Whom a claim attributes itself to ("according to Reuters", "the Observatory said", "the
Syrian government said", "activists say"): a part of the claim that the evidence's
attribution or sources must share."""

from __future__ import annotations

import functools
import re

from homsfacts.base.dates import parse_edtf
from homsfacts.base.match import fold, initials
from homsfacts.base.views import Record
from homsfacts.check.copies import FULL_MONTHS, copy_voice
from homsfacts.check.people import DEMONYMS
from homsfacts.check.words import STOP_WORDS

_COUNTRIES = frozenset(fold(country) for country in DEMONYMS.values()) | {"us", "usa", "uk"}

_KINDS_OF_SOURCE = ("page", "site", "website", "blog", "operator", "article", "copy",
                    "encyclopaedia", "encyclopedia", "dictionary", "outlet", "newspaper",
                    "guide", "entry")
"""Nouns that describe a source rather than name it: "a travel blog", "a German page"."""
_VOICE = re.compile(
    r"\b(?i:according to) (?!(?i:an?|one) )(?:the )?"
    r"(?P<after>[A-Z][\w.-]*(?: (?:for|of|the|[A-Z][\w.-]*|"
    r"government|army|forces|media|ministry|officials|monitor|authorities))"
    r"{0,6}|\w+)"
    r"|\b(?P<before>(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,5}) (?:(?i:later|also|earlier|then|"
    r"first|initially|previously|subsequently) )?(?:said|says|reported|reports|"
    r"estimated|estimates|claimed|claims|stated|states|saw|sees|viewed|views|regarded|"
    r"regards|considered|considers|described|describes|put|puts|gave|gives|counted|counts|"
    r"recorded|records|told|tells)\b"
    r"|\b(?i:citing|quoting) (?:the )?(?P<cited>[\w-]+(?: (?:for|of|the|[A-Z][\w.-]*)){0,6})"
    r"|\b(?i:(?:made|given|estimated|reported|published|conducted|carried out|cited|quoted) by) "
    r"(?:the )?(?P<by>[A-Z][\w.-]*(?: (?:for|of|the|[A-Z][\w.-]*)){0,6})"
    r"|\b(?P<group>(?:[A-Z][\w-]* ){0,3}(?i:government|army|activists|officials|state media|"
    r"media|monitors?|residents|witnesses|rebels|opposition|ministry|police|governor|sources|"
    r"court))"
    r" (?:(?i:later|also|earlier|then|first|initially|previously|subsequently) )?"
    r"(?:(?i:said|say|says|reported|report|reports|told|estimated)\b|(?i:put|puts|gave|gives)"
    r"(?= (?:the |its |a |an )?(?:[\w'’-]+ ){0,3}?(?i:toll|figure|number|count|estimate|total)s?"
    r"\b))"  # "the government put the toll at": not "put Homs under siege"
    r"|\b(?i:came|comes|come) from (?:the )?(?P<origin>[A-Z][\w.-]*(?: (?:for|of|the|"
    r"[A-Z][\w.-]*|government|army|forces|media|ministry|officials|authorities)){0,6})"
    r"|\b(?i:per) (?:the )?(?P<per>[A-Z][\w.-]*(?: (?:for|of|the|[A-Z][\w.-]*)){0,6})"
    r"|\b(?i:by|on) (?:the )?(?P<tally>[\w.-]+(?: [\w.-]+){0,5}?)['’]s "
    r"(?P<tallied>(?i:count|tally|estimate|reckoning|figures?|toll))\b"
    r"|\b(?:(?i:according to) )?(?i:an?|one|the) (?P<described>(?:[\w'’-]+ ){0,3}?"
    rf"(?i:{'|'.join(_KINDS_OF_SOURCE)}))(?:'s)?(?: (?i:says|said|reports|reported|gives|gave|"
    r"writes|wrote|states|stated|claims|claimed|notes|noted|puts|put|calls|called|describes|"
    r"described|names|named|dates|dated|counts|counted)\b|,)")
"""Whom a claim says it after: a voice it names after "according to" or before "said", a
group, or a voice it describes ("a German page says", "according to a tour operator,");
or who made what the claim gives ("the census put it at", "an estimate made by the UN", "by
the monitor's count")."""


def claimed_voice(claim: str) -> set[str]:
    """The terms of whom a claim attributes itself to ("according to Reuters", "the
    Observatory said"): a part the evidence must share."""
    return set(_claimed_voice(claim))


@functools.lru_cache(maxsize=64)
def _voices(claim: str) -> tuple[re.Match[str], ...]:
    """Each voice a claim names (:data:`_VOICE`), read once a claim: the voice, the words
    that say how it put it and whose count it is are all read from them."""
    return tuple(_VOICE.finditer(claim))


@functools.lru_cache(maxsize=64)
def _claimed_voice(claim: str) -> frozenset[str]:
    """:func:`claimed_voice`, read once a claim: each number of a long claim asks again."""
    found: set[str] = set()
    for match in _voices(claim):
        if match["origin"] and fold(match["origin"]).removeprefix("the ") in _COUNTRIES:
            continue  # "Colvin came from the United States": whose she was, not who said it
        found |= voice_words(match["after"] or match["before"] or match["group"] or match["by"]
                             or match["origin"] or match["per"] or match["described"]
                             or match["cited"] or match["tally"] or "")
    return frozenset(found | copy_voice(claim))


_DESCRIBING = re.compile(r"\b(?:described|describes|describe|called|calls|call|named|names|"
                         r"dubbed|dubs|labelled|labels|termed|terms)$", re.IGNORECASE)


_REPORTING = (r"(?:reported|reports|wrote|writes|noted|notes|published|publishes|quoted|"
              r"quotes|stated|states|according\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
"""Verbs whose date is the report's: not "said" or "announced", which may be the very act a
claim dates ("rebels announced full control on 8 December")."""


_REPORTED_ON = re.compile(rf"\b{_REPORTING}\b(?:\s+(?!that\b)[\w'’-]+){{0,4}}?\s+(?:on|in)\s+",
                          re.IGNORECASE)
"""A reporting verb and what follows it up to the "on" or "in" of a date."""
_OPENS_REPORTED = re.compile(
    rf"\s*(?:on|in)\s+(?P<date>[^,]{{1,40}}?),?\s+(?:the\s+)?(?-i:[A-Z])[\w-]*"
    rf"(?:\s+(?-i:[A-Z])[\w-]*)*\s+(?:{_REPORTING}|said|says|told|tells)\b", re.IGNORECASE)
"""A claim that opens with the date a named voice said it ("In 2024, AFP said ...")."""


def report_dated(claim: str, date_text: str) -> bool:
    """Whether a date of the claim dates a report of what the claim says, not what it says:
    "The Guardian reported on 8 December 2024 that ...", "AFP reported Colvin's death on 23
    February 2012", "In 2024, AFP said ...". A voice after the claim's own date ("in 282,
    Britannica says") reports the whole claim, and dates nothing."""
    starts, opening = _reported_dates(claim)
    folded = date_text.lower()
    return opening == folded or any(claim[at:at + len(folded)].lower() == folded
                                    for at in starts)


@functools.lru_cache(maxsize=64)
def _reported_dates(claim: str) -> tuple[tuple[int, ...], str]:
    """Where a date may follow a reporting verb, and the date a claim opens with before a
    voice that said it, read once a claim: a claim of many dates asks for each."""
    opening = _OPENS_REPORTED.match(claim)
    return (tuple(found.end() for found in _REPORTED_ON.finditer(claim)),
            opening["date"].strip().lower() if opening else "")


def describing_verbs(claim: str) -> set[str]:
    """The verbs with which a claim says how a voice put it ("AFP described the offensive
    as Islamist-led"), and the noun of its count ("by the monitor's count"): what the voice
    says, not a part of it, as a source that says "the Islamist-led offensive" calls it
    nothing."""
    return set(_describing_verbs(claim))


def tallies(claim: str) -> list[tuple[str, str]]:
    """Whose count a claim gives its number by, and the count's noun: ("monitor", "count")
    for "by the monitor's count"."""
    return [(match["tally"], fold(match["tallied"])) for match in _voices(claim)
            if match["tallied"]]


@functools.lru_cache(maxsize=64)
def _describing_verbs(claim: str) -> frozenset[str]:
    """:func:`describing_verbs`, read once a claim: each number of a long claim asks again."""
    return frozenset(fold(found[0]) for match in _voices(claim)
                     if (match["before"] or match["described"])
                     and (found := _DESCRIBING.search(match.group()))) | frozenset(
        noun for _, noun in tallies(claim))


def source_voice(source: Record, *, described: bool = True) -> str:
    """What a source is called: its id's words, its publisher, the agency or paper it
    carries, and (``described``) what its note says it is where the note begins by saying
    so ("A tour operator's page", "A German question-and-answer page")."""
    note = str(source.get("note") or "")
    kind = note.split(". ", maxsplit=1)[0] if described and re.match(r"An? ", note) else ""
    names = [str(source.get("publisher") or ""), str(source.get("carries") or "")]
    published = parse_edtf(str(source["published"])) if source.get("published") else None
    when = [] if published is None or published.end is not None else [  # not "2008/2026"
        str(published.start.year), *([FULL_MONTHS[published.start.month - 1]]
                                     if published.start.month else [])]
    return " ".join([str(source["id"]).replace("-", " "), *names, *map(short_names, names),
                     kind, *when])


_CAPITALISED_RUN = re.compile(r"[A-Z][\w-]*(?: (?:for |of )?[A-Z][\w-]*)+")


def short_names(name: str) -> str:
    """The shortenings of a name people write by its initials: "LA Times" and "LAT" of "Los
    Angeles Times", "SOHR" of "Syrian Observatory for Human Rights"."""
    shortened: list[str] = []
    for run in _CAPITALISED_RUN.findall(name):
        words = [word for word in run.split() if word[0].isupper() and word != "The"]
        shortened += filter(None, (initials(" ".join(words[:end]))
                                   for end in range(2, len(words) + 1)))
    return " ".join(shortened)


def voice_words(text: str) -> set[str]:
    """The words that name a voice, folded: not terms, for "UN" and "US" are too short for a
    term but name one."""
    return set(fold(re.sub(r"['’]s\b", "", text).replace("-", " ")).split()) - STOP_WORDS


__all__ = ["claimed_voice", "report_dated", "short_names", "source_voice", "voice_words"]
