"""A claim that compares one count at two times: "the population of Homs more than doubled
between 1960 and 1978", "Homs Governorate had fewer people in 2011 than in 2010".

Both values must be figures of one quantity (``measures``) of a place the claim names, each
dated to one of the claim's two years, and the figure's label must say nothing the claim does
not ("Inhabitants of the Homs metropolitan area" answers no claim about Homs). Where several
quantities or reports fit, they must all agree; a hedged value ("about 823,000") is taken to be
anywhere within :data:`HEDGE` of itself. A claim that cites a voice ("according to ...", "the
2020 copy") is left to the rest of the checker, which reads voices: a trend backed by figures
of other sources would not be that voice's."""

from __future__ import annotations

import re
from typing import NamedTuple

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.candidates import Termed
from homsfacts.check.naming import bare
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.words import STOP_WORDS, terms

_UP = {"grew": 1.0, "grown": 1.0, "grow": 1.0, "rose": 1.0, "risen": 1.0, "rise": 1.0,
       "increased": 1.0, "increase": 1.0, "swelled": 1.0, "swell": 1.0, "doubled": 2.0,
       "double": 2.0, "tripled": 3.0, "triple": 3.0, "higher": 1.0, "larger": 1.0,
       "bigger": 1.0, "greater": 1.0, "more": 1.0}
_DOWN = {"shrank": 1.0, "shrunk": 1.0, "shrink": 1.0, "fell": 1.0, "fallen": 1.0, "fall": 1.0,
         "declined": 1.0, "decline": 1.0, "dropped": 1.0, "drop": 1.0, "decreased": 1.0,
         "decrease": 1.0, "halved": 2.0, "halve": 2.0, "lower": 1.0, "smaller": 1.0,
         "fewer": 1.0, "less": 1.0}
_CHANGE = re.compile(r"\b(?P<more>more\s+than\s+)?(?P<word>doubled?|tripled?|halved?|grew|"
                     r"grown|grow|rose|risen|rise|increased?|swelled|swell|shrank|shrunk|"
                     r"shrink|fell|fallen|fall|declined?|dropped|drop|decreased?)\b",
                     re.IGNORECASE)
_THAN = re.compile(r"\b(?P<word>higher|lower|larger|smaller|bigger|greater|more|fewer|less)\b"
                   r"(?:\s+[\w'’]+){0,6}?\s+than\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")
_NUMBER = re.compile(r"\d")
_COUNTED = re.compile(r"\b(?:population|people|inhabitants|residents|populous)\b",
                      re.IGNORECASE)
_VOICED = re.compile(r"\b(?:according|copy|copies|says?|said|reports?|reported|gives?|puts?|"
                     r"claims?|claimed)\b", re.IGNORECASE)
"""Words of a voice: a claim that compares what one voice gave is not backed by another's
figures."""
_GENERAL = frozenset(terms("inhabitants population people residents of in the count "
                           "figure an a did not does do"))
"""Words of a count's label or a claim that say only what it counts ("a census" or "an
estimate" says what kind of report, which one of the two figures' labels must say)."""
HEDGE = 0.1
"""How far a hedged value may be from what it says, either way."""


class Change(NamedTuple):
    """What a claim says one count did from one year to another."""

    earlier: str
    later: str
    up: bool
    factor: float
    """How many times over it grew or shrank ("doubled": 2); 1 for any change."""
    least: bool
    """Whether the factor is a floor ("more than doubled")."""


def change_claimed(claim: str) -> Change | None:
    """The change of a count that a claim of two years says ("grew between 1960 and 1978";
    "fewer in 2011 than in 2010"), or None where it says none, gives numbers besides its
    years, speaks of a voice or a report, or says how much or how steadily it changed ("three
    times", "barely", "every year"), which is not read: only which way it went, and a
    doubling or a tripling, are."""
    years = _YEAR.findall(claim)
    if len(years) != 2 or not _of_a_count_in_two_years(claim) or _UNREAD.search(claim):
        return None
    change = _CHANGE.search(claim)
    than = None if change is not None else _THAN.search(claim)
    if than is not None:
        before, after = _YEAR.findall(claim[:than.end()]), _YEAR.findall(claim[than.end():])
        if len(before) != 1 or len(after) != 1:
            return None
        word = than["word"].lower()
        return Change(after[0], before[0], word in _UP, 1.0, least=False)
    span = _SPAN.search(claim)
    if change is None or span is None:  # "had risen by 1981 since 1978": which way is unsaid
        return None
    word = change["word"].lower()
    factor = _UP.get(word) or _DOWN[word]
    earlier, later = (span["one"], span["other"]) if span["from"].lower() == "from" else \
        sorted((span["one"], span["other"]))
    return Change(earlier, later, word in _UP, factor, least=bool(change["more"]))


_SPAN = re.compile(r"\b(?P<from>between|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<one>\d{4})"
                   r"(?:\s+[a-z]+){0,2}?\s+(?:and|to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                   r"(?P<other>\d{4})\b", re.IGNORECASE)
"""The two years a change lies between: "between 1960 and 1978", "from the 1981 census to
1994"."""
_UNREAD = re.compile(r"\b(?:times|fold|twice|quarters?|half|thirds?|fifths?|tenths?|barely|"
                     r"hardly|slightly|nearly|almost|about|roughly|around|some|approximately|"
                     r"steadily|every|each|sharply|steeply|dramatically|significantly|"
                     r"gradually|continuously|constantly|consistently|only|just|since|because|"
                     r"due|thanks|by|making|made|above|below|level|while|whereas|but|although|"
                     r"then|one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|"
                     r"thousands?|millions?|per|cent|percent|rate|again|still|already|never|"
                     r"first|last|later|earlier|ago|both|all|respectively|time|period|briefly|"
                     r"temporarily|ever|overall|net|mostly|largely)\b|%",
                     re.IGNORECASE)
"""Words of how much, how steadily, why or by when a count changed, or of other counts:
what the two figures cannot tell, so a claim that says them is left to the rest."""


_REPORT_KIND = re.compile(r"\b(?:estimated|estimates?|official|census|censuses)\b",
                          re.IGNORECASE)
_REPORT_KINDS = {"estimated": "estimate", "estimate": "estimate", "estimates": "estimate",
                 "official": "official", "census": "census", "censuses": "census"}
"""Words of the kind of report a claim says gave a count ("the estimated population"), which
a label of one of the two figures must say."""
_KINDS = frozenset(terms("census estimate estimated independent official"))
"""Words of a label that say what kind of report gave it, which a claim need not repeat."""
_UNSETTLED: tuple[str, str, list[Record]] = (
    NOT_ENOUGH_INFO, "it says how a count changed between two years, and the base has no "
    "figures of that count, as the claim words it, for both", [])


def _changes_a_count(claim: str) -> bool:
    """Whether a claim says a count changed between two years, with no number but the years
    and no voice, however it says it ("fell for a time between 1960 and 1994"): its "fell" is
    no city's fall, and its years date no event."""
    return _of_a_count_in_two_years(claim) and bool(_CHANGE.search(claim) or
                                                    _THAN.search(claim))


def _of_a_count_in_two_years(claim: str) -> bool:
    """Whether a claim speaks of people counted in two years, gives no number but the years
    (and how much a count changed by) and cites no voice: the shape of a change's claim."""
    return len(set(_YEAR.findall(claim))) == 2 and bool(_COUNTED.search(claim)) and \
        not _VOICED.search(claim) and not _NUMBER.search(
            _YEAR.sub(" ", _BY_AMOUNT.sub(" ", claim)))


_BY_AMOUNT = re.compile(r"\bby\s+(?:about\s+|some\s+|over\s+)?[\d,.]+\b")
"""How much a count changed by ("grew by 170,000"), a difference the figures are not read
for: no count of its own."""


def judged_change(claim: str, claim_terms: set[str], named: list[Record],
                  figures: list[Termed]) -> tuple[str, str, list[Record]] | None:
    """The verdict on a claimed change (:func:`change_claimed`) by the figures of a quantity
    that fit it, its reason and the figures; None where the claim states no change of a count
    between two years. One that says anything the figures' labels do not (a part of the
    people, another place, a cause, a voice, how much), or of which no quantity has a figure
    for both years, is not-enough-info. ``named`` are the records the claim names."""
    change = change_claimed(claim)
    if change is None:  # "fell for a time between 1960 and 1994": no capture of Homs
        return _UNSETTLED if _changes_a_count(claim) else None
    names = {str(record["id"]): [str(record.get("name") or ""), *(record.get("aliases") or [])]
             for record in named}
    if not names or _named_otherwise(claim, names):
        return _UNSETTLED
    by_quantity: dict[str, dict[str, list[Record]]] = {}
    labels: dict[str, set[str]] = {}  # each figure's label terms, by its id
    said = claim_terms - _GENERAL - _CHANGE_TERMS - terms(" ".join(
        word for words in names.values() for word in words))
    for figure, label_terms, about in figures:
        year = str(figure.get("as_of") or "")[:4]
        if figure.get("measures") and figure.get("unit") == "people" and \
                set(names) <= about and year in (change.earlier, change.later) and \
                not label_terms - _GENERAL - _KINDS - terms(year) - claim_terms:
            by_quantity.setdefault(str(figure["measures"]), {}).setdefault(year, []).append(
                figure)
            labels[str(figure["id"])] = label_terms
    kinds = {_REPORT_KINDS[word.lower()] for word in _REPORT_KIND.findall(claim)}
    verdicts = []
    for found in by_quantity.values():
        pair = found.get(change.earlier, []) + found.get(change.later, [])
        if len(found) == 2 and said <= set().union(*(labels[str(each["id"])] for each in pair)) \
                and all(kind in fold(" ".join(str(each["label"]) for each in pair))
                        for kind in kinds):  # what the claim says, one of the labels says
            verdicts.append((_verdict(change, found[change.earlier], found[change.later]),
                             pair))
    if not verdicts:
        return _UNSETTLED
    outcomes = {verdict for verdict, _ in verdicts}
    used = [figure for _, each in verdicts for figure in each]
    shown = "; ".join(f"{figure['label']}: {figure['display']}" for figure in used)
    if outcomes == {SUPPORTED}:
        return SUPPORTED, f"the base's figures bear the change out ({shown})", used
    if outcomes == {REFUTED}:
        return REFUTED, f"the base's figures show otherwise ({shown})", used
    return NOT_ENOUGH_INFO, f"the base's figures do not settle the change ({shown})", used


_CHANGE_TERMS = frozenset(terms(" ".join([*_UP, *_DOWN, "more than between from and to"])))
"""The words of a change itself, which no label holds."""


def _named_otherwise(claim: str, names: dict[str, list[str]]) -> bool:
    """Whether the claim writes a name that is none of the records it names ("as Britannica
    counts it"): a voice, or another place, the figures do not speak for."""
    own = {word for words in names.values() for name in words for word in fold(name).split()}
    tokens = re.findall(r"[^\W\d_][\w'’-]*", claim)
    written = [bare(token) for token in tokens]  # "Homs's" is Homs
    return any(token[:1].isupper() and word not in own and (
        at > 0 or word not in STOP_WORDS | _OPENING)
        for at, (token, word) in enumerate(zip(tokens, written, strict=True)))


_OPENING = frozenset({"between", "from", "in"})
"""Words that may begin a claim of a change with a capital and name nothing."""


def _span(figure: Record) -> tuple[float, float]:
    """The least and most a figure may be: its range, or its value widened by its hedge."""
    low, high, value = figure.get("low"), figure.get("high"), figure.get("value")
    if value is None:
        return float(low if low is not None else high or 0), float(
            high if high is not None else low or 0)
    hedged = HEDGE if figure.get("qualifier") not in (None, "exact") else 0.0
    return float(value) * (1 - hedged), float(value) * (1 + hedged)


def _verdict(change: Change, earlier: list[Record], later: list[Record]) -> str:
    """Whether every pair of reports bears out the change (supported), every pair belies it
    (refuted), or neither."""
    outcomes = set()
    for before in earlier:
        for after in later:
            (least_before, most_before), (least_after, most_after) = _span(before), _span(after)
            if least_before <= 0 or least_after <= 0:
                return NOT_ENOUGH_INFO
            # the change's ratio lies between these two, whatever the hedges hide
            low, high = least_after / most_before, most_after / least_before
            if not change.up:
                low, high = 1 / high, 1 / low
            outcomes.add(_ratio_verdict(change, low, high))
    return outcomes.pop() if len(outcomes) == 1 else NOT_ENOUGH_INFO


_LOOSE = 0.25
"""How far above its factor a change said without "more than" may go and still be it:
"doubled" is about twice, and "more than doubled" says any more."""


_SHORT = 0.8
"""How far short of its factor a change said without "more than" must fall to be refuted:
2.25 times over is no tripling, 2.55 times may be called one."""


def _ratio_verdict(change: Change, low: float, high: float) -> str:
    """The verdict on a change whose ratio (later over earlier, or the inverse for a fall)
    lies between ``low`` and ``high``."""
    if change.factor == 1.0:
        return SUPPORTED if low > 1 else REFUTED if high < 1 else NOT_ENOUGH_INFO
    if change.least:
        return SUPPORTED if low > change.factor else REFUTED if high <= change.factor \
            else NOT_ENOUGH_INFO
    floor, ceiling = change.factor * 0.9, change.factor * (1 + _LOOSE)
    if low >= floor and high <= ceiling:
        return SUPPORTED
    return REFUTED if high < change.factor * _SHORT or low > change.factor * 2 \
        else NOT_ENOUGH_INFO


__all__ = ["HEDGE", "Change", "change_claimed", "judged_change"]
