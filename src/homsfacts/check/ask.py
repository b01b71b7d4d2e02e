"""``homsfacts ask``: a question in plain words, answered with the records that answer it.

A question is a claim with a hole: :mod:`homsfacts.check.question` reads it with the claim
reader, and says what kind of record answers it ("how many" a figure, in people unless it
names its unit; "when" an event or a year; anything else any record), which people, groups and
places it names, its dates and its terms. Every passage of the base
(:mod:`homsfacts.check.passages`: a figure's label, an event's summary, a card's description
and each of its statements) of that kind is scored by what it shares with the question: each
term and name by how rare it is in the base, a name more for a record of its own than for one
that only mentions it, and a date the passage covers. A date the question gives rules out a
dated figure or event of another time.

A record's score is that of its best passage; reports of one quantity or happening count as
one, answered by the preferred report. The best record is the answer only when it holds at
least :data:`FLOOR` of the question's weight, shares :data:`LEAST_SHARED` things with it, and
leads the next record by :data:`LEAD` of that weight. Otherwise the best few are candidates and
the answer says it is not sure: a weak match is never presented as the answer. A question
about now ("today", "current") is never answered: the base holds what each source said when.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

from homsfacts.base.layout import title
from homsfacts.base.match import fold
from homsfacts.base.records import require_text
from homsfacts.base.views import Record
from homsfacts.check.answers import answered, unsure
from homsfacts.check.candidates import groups_named
from homsfacts.check.named import NATIONALITY, card, named_card
from homsfacts.check.passages import (
    LINKED,
    MENTIONED,
    Passages,
    measured,
    overlaps,
)
from homsfacts.check.premises import assumed_otherwise, clock_said
from homsfacts.check.publications import publications_of
from homsfacts.check.question import (
    ANY,
    CARD,
    DATE_WEIGHT,
    EVENT,
    FIGURE,
    PLACE,
    WHO,
    Question,
    asks,
    name_asked_of,
    read_question,
    voice_cited,
    voiced_otherwise,
    weight_asked,
    written_as,
)
from homsfacts.check.settle import (
    Scored,
    hedge_beside,
    misanswered,
    newest,
    of_another_nation,
    one_for_related,
    went_to,
    without_refused_rivals,
)
from homsfacts.check.several import several
from homsfacts.check.ties import (
    beginning_for_an_end,
    doer_written,
    done_as_asked,
    one_event_as_asked,
    the_doer,
    tightest,
)
from homsfacts.vocabulary import WHERE_KINDS, WHO_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase
    from homsfacts.check.judge import Checker

__all__ = ["ANY", "CARD", "EVENT", "FIGURE", "PLACE", "WHO", "ask", "asks"]

FLOOR = 0.6
"""The least share of a question's weight the answer must hold: its rare words and names
count most, so a record that misses the one rare word of a question is not its answer."""

LEAST_SHARED = 2
"""The least number of things (terms, names, a date) the answer must share with a question
that asks about two or more. One shared word of several is a guess."""

LEAD = 0.15
"""How far ahead of the next record, as a share of the question's weight, the answer must be."""

CANDIDATES = 5
"""How many candidates a question that has no sure answer lists."""

YEARS = "years AD"
"""The unit of a figure that is a year ("when the mosque was built"), which answers "when"."""

_BY = re.compile(r"\bby (?P<by>population|area|size|road|land|air|car|sea|number|count)\b")
"""What a count is reckoned by ("rank by population", "by road"): an answer counts by it too."""
_HAPPENED = re.compile(r"\s*what (happened|took place|went on)\b")

_PASSAGES: weakref.WeakKeyDictionary[FactBase, Passages] = weakref.WeakKeyDictionary()


def passages_of(base: FactBase) -> Passages:
    """The passages of a base, read once for each base (and let go with it: they hold no
    reference to it)."""
    found = _PASSAGES.get(base)
    if found is None:
        found = _PASSAGES[base] = Passages(base)
    return found


def ask(base: FactBase, question: str, checker: Checker | None = None) -> Record:
    """The answer to ``question``: ``asks`` (the kind of record sought), ``sure``,
    ``answer`` (``{"kind", "data"}`` as ``figure``, ``who``, ``where`` or ``timeline``
    would give it, or None), ``because`` (the passage that answers it), ``candidates``
    (the best records, each with ``title`` and ``score``, the share of the question's
    weight it holds) and ``reason``. ``checker`` is not needed; it is taken for callers
    that check claims too."""
    del checker
    question = require_text(question, "a question")
    passages = passages_of(base)
    asked = read_question(base, passages, question)
    named = named_card(base, passages, asked) or publications_of(base).answer(asked)
    if named is not None:  # the card of what it names, or a source's own record
        return named
    if NATIONALITY.search(asked.text.lower()):  # "where is Zenobia from?": not a mention
        return _refused(base, asked, "the question asks where someone is from, and no card "
                        "of theirs says")
    if asked.dates and not asked.terms and _HAPPENED.match(question.lower()):
        events = passages.events_on(asked.dates, asked.names)  # "to Waer in 2012": none
        if events:
            falls = f"{len(events)} event{'s fall' if len(events) > 1 else ' falls'}"
            return answered(asked, {"kind": "events", "data": events}, [],
                            f"{falls} in {asked.date_text}")
        return _refused(base, asked, f"no event of the base falls in {asked.date_text}")
    return _choose(base, asked, _score(passages, asked))


def _score(passages: Passages, asked: Question) -> list[Scored]:
    """Every passage that may answer the question, with what it shares with it."""
    scored = []
    for passage in passages.passages:
        record = passage.record
        if not (_may_answer(asked, record) or clock_said(asked, passage.text)) or (
                asked.kind == WHO and asked.ordinals and record[
                "type"] == "entity" and not passages.ordinals.describe(asked.ordinals, record)):
            continue
        held = set(asked.terms & passage.terms) - passages.ordinals.astray(
            asked.ordinals, passage.text, passage.terms)  # "first day", not "first governor"
        score = sum(map(passages.weight, held))
        if asked.subject and passage.names.get(asked.subject, 0.0) < LINKED:
            continue  # a yes-or-no question is answered by what is about its subject
        for name, written in asked.name_terms.items():
            role = passage.names.get(name) or (
                MENTIONED if written and written <= passage.terms else 0.0)
            if role:
                score += role * passages.name_weight(name)
                held.add(name)
        if asked.dates and passage.dates:
            if overlaps(passage.dates, asked.dates):
                score += DATE_WEIGHT
                held.add("date")
            else:  # a record, or a sentence, of another time; a count of none answers
                continue  # no question of a year
        elif asked.dates and record["type"] == "figure":  # of no time the base can date
            continue
        if score > 0:
            scored.append(Scored(score, frozenset(held), passage))
    return scored


_LENGTHS = frozenset({"years", "months", "weeks", "days", "time"})
"""Units of a length of time, which a group named beside whom it is of does not count."""


def _may_answer(asked: Question, record: Record) -> bool:
    """Whether a record is of the kind (a figure in the unit, of the people) asked for."""
    if record["type"] == "figure" and groups_named(record["label"]) != groups_named(asked.text) \
            and not (record.get("unit") in _LENGTHS  # how long "the mostly Sunni rebels" held
                     and groups_named(asked.text) <= groups_named(record["label"])):  # out
        return False
    if asked.entity_kind:  # "which city", "what group": one the question does not name
        return record.get("kind") == asked.entity_kind and record["id"] not in asked.names
    if asked.kind == FIGURE:
        return record["type"] == "figure" and (asked.units is None
                                               or record["unit"] in asked.units)
    if asked.kind == EVENT:
        return record["type"] == "event" or record.get("unit") == YEARS
    if asked.kind == WHO:  # "who led the offensive": a person or group, not one it names,
        return record["type"] == "event" or (  # nor "the French journalist" an American
            record.get("kind") in WHO_KINDS and record["id"] not in asked.names
            and not of_another_nation(asked, record))
    if asked.kind == PLACE:  # a place or what happened somewhere; "where is X based": X;
        # not a place the question names beside another ("where did Assad go after Homs
        # fell" does not ask for Homs)
        if record["type"] == "event":  # one that happened somewhere the question does not name
            return bool(set(record["places"]) - set(asked.names))
        return (len(asked.names) == 1 and record["id"] in asked.names) \
            or (record.get("kind") in WHERE_KINDS and record["id"] not in asked.names)
    return True


def _refused(base: FactBase, asked: Question, reason: str) -> Record:
    """Not sure, for ``reason``, whatever the best record: "what happened in Waer in 2016-12?"
    is not answered by Waer's card, which is still the best candidate."""
    return {**_choose(base, asked, _score(passages_of(base), asked), reason), "reason": reason}


def _choose(base: FactBase, asked: Question, scored: list[Scored], refused: str = "") -> Record:
    """The best record, sure where it is; ``refused`` says why a best record would not stand
    as the answer all the same (no event falls on the day asked), leaving it a candidate."""
    passages = passages_of(base)
    total = weight_asked(passages, asked) or 1.0
    best: dict[str, Scored] = {}
    for item in scored:
        key = _key(asked, item.passage.record)
        held = best.get(key)
        if held is None or item.score > held.score:
            best[key] = item
    ranked = one_for_related(asked, without_refused_rivals(
        asked, sorted(best.values(), key=lambda item: -item.score), passages, total * LEAD),
        total * LEAD)
    candidates = [{**record, "title": title(record["type"], record),
                   "score": round(item.score / total, 2)}
                  for item in ranked[:CANDIDATES]
                  for record in [_preferred(scored, asked, item)]]
    unknown = [word for word in written_as(passages, asked, {
        term for term in asked.terms if not passages.knows(term)})
        if passages.spelled(word) != fold(word)]  # a word the base writes (a source's name)
    if asked.present:
        return unsure(asked, candidates, f"the question asks about now ({asked.present!r}); "
                       "the base holds what each source said on its date")
    if unknown:
        offered = [f"{word!r}" for word in filter(None, map(passages.spelled, unknown))]
        return unsure(asked, [], f"no record mentions {' or '.join(map(repr, unknown))}"
                       + (f" (did you mean {' or '.join(offered)}?)" if offered else ""))
    if not ranked:
        return unsure(asked, [], "the question asks for a source, which no record is: each "
                      "record's citations name its sources" if asked.entity_kind == "source"
                      else f"no record that may answer it is of {asked.date_text}"
                      if asked.dates else "no record shares anything with the question")
    top = ranked[0]
    share = top.score / total
    if share < FLOOR:
        return unsure(asked, candidates, f"the best match holds {share:.0%} of what the "
                       f"question asks (an answer needs {FLOOR:.0%})")
    asks_for = len(asked.terms) + len(asked.names) + bool(asked.dates)
    if len(top.held) < min(LEAST_SHARED, asks_for):
        return unsure(asked, candidates, f"the best match shares {len(top.held)} thing with "
                       f"the question (an answer needs {LEAST_SHARED})")
    missing = set(asked.names) - top.held - top.passage.framing
    if missing:
        return unsure(asked, candidates, "the best match is not about "
                       f"{' or '.join(map(repr, written_as(passages, asked, missing)))}, "
                       "which the question names")
    key = _key(asked, top.passage.record)  # any passage of its record may say it ("last")
    said = set().union(*(item.held for item in scored if _key(asked, item.passage.record) == key))
    ordinal = next((word for word in asked.ordinals if not passages.ordinals.terms[word] & said),
                   "")
    if ordinal:  # "when did the first buses leave": not the rebels' leaving by bus
        return unsure(asked, candidates, f"the best match does not say which was {ordinal}")
    if asked.placed and not asked.placed & top.held:
        return unsure(asked, candidates, "the best match does not speak of "
                       f"{' or '.join(map(repr, written_as(passages, asked, set(asked.placed))))}, "
                       "whose place the question asks")
    heaviest = _heaviest(passages, asked)
    if heaviest and not heaviest & top.held:
        lacking = written_as(passages, asked, heaviest)
        return unsure(asked, candidates, "the best match lacks "
                       f"{' or '.join(map(repr, lacking))}, the most telling word of the "
                       "question")
    measures = top.passage.measures
    by = _BY.search(asked.text.lower()) if measures else None  # "rank ... by population"
    if (measures and asked.terms and not asked.terms & measures) or (
            by and not passages.stemmer.terms([by["by"]])[0] & top.passage.terms):
        return unsure(asked, candidates, f"{top.passage.record['id']} counts "
                       f"{measured(top.passage.record['label'])!r}, which the question does "
                       "not ask")
    about = top.passage.about
    if about and not about & (asked.terms | set(asked.names)):
        return unsure(asked, candidates, f"{top.passage.record['id']} is about "
                       f"{', '.join(top.passage.record['about'])}, which the question does not "
                       "name")
    close = [item for item in ranked if (top.score - item.score) / total < LEAD]
    if asked.latest:  # answered by the newest value of what it names, or not at all
        fits = newest(asked, close, scored)
        if fits is None:
            return unsure(asked, candidates, "no figure about what the question names is "
                           "the latest of those that answer it")
        top = fits
    elif len(close) > 1:
        listed = several(base, asked, close)  # "which countries": each of them
        if listed is not None:
            return unsure(asked, candidates, refused) if refused else answered(
                asked, listed, candidates[len(close):], f"{len(close)} records answer the "
                "question, which asks for several")
        able = [item for item in close if not misanswered(asked, item.passage, passages)
                and not assumed_otherwise(base, asked, _preferred(scored, asked, item))]
        # the one that can answer: her killing, not a ruling on her death; else the army,
        # not the siege it laid
        fits = (able[0] if len(able) == 1 else None) or tightest(asked, close) or \
            one_event_as_asked(asked, close, passages.stemmer) or the_doer(asked, able) or \
            done_as_asked(asked, able)
        if fits is None:
            return unsure(asked, candidates, f"{len(close)} records match the question about "
                           "as well")
        top = fits
    went = went_to(asked, top, ranked, passages) or doer_written(
        asked, top, ranked, lambda words: passages.names_in(base, words))
    if went is not None:  # Dar al-Kebira, where the Old City's statement says they went;
        top, share = went, went.score / total  # the UN, that oversaw the deal
    record = _preferred(scored, asked, top)
    if voiced_otherwise(base, passages, asked, (top.passage.text, record)):  # AFP's time
        return unsure(asked, candidates, f"what {record['id']} says there is not cited to "
                       f"{voice_cited(asked.text)}, whom the question cites")
    unnamed = name_asked_of(passages, asked, record)
    if unnamed:  # "the name of the oil refinery in Homs" is not Homs, which has a refinery
        return unsure(asked, candidates, f"the question asks the name of {unnamed!r}, and "
                       f"{record['id']} is not one")
    answer = _answer(base, record)
    if answer is None:
        return unsure(asked, candidates, f"{record['id']} has no card")
    because = top.passage.text if record["type"] == "entity" else ""
    wrong = misanswered(asked, top.passage, passages) or assumed_otherwise(
        base, asked, record) or beginning_for_an_end(asked, record)
    if wrong:  # "who killed Colvin" is not answered by Ochlik, killed beside her
        return unsure(asked, candidates, f"the best match {wrong}")
    hedged = hedge_beside(passages, asked, because)
    if hedged:  # "who won the election" is not answered by "he was expected to win"
        return unsure(asked, candidates, f"the best match says only that it was {hedged}: "
                       f"{top.passage.text}")
    return unsure(asked, candidates, refused) if refused else answered(
        asked, answer, candidates[1:], f"{record['id']} holds {share:.0%} of what the question "
        "asks", because)


def _heaviest(passages: Passages, asked: Question) -> set[str]:
    """The question's heaviest terms or names: its most telling words, which the answer must
    hold. A record that lacks them answers another question."""
    weights = {term: passages.weight(term) for term in asked.terms}
    weights.update((name, passages.name_weight(name)) for name in asked.names)
    if not weights:
        return set()
    most = max(weights.values())
    return {thing for thing, weight in weights.items() if weight >= most - 1e-9}


def _key(asked: Question, record: Record) -> str:
    """What one answer is: a record, or the reports of one quantity or happening; values of
    a quantity for different times are each their own when the question gives a date."""
    group = record.get("group") or {}
    if not group:
        return str(record["id"])
    if group.get("over_time") and asked.dates:
        return f"{group['id']} {record.get('as_of')}"
    return str(group["id"])


def _preferred(scored: list[Scored], asked: Question, top: Scored) -> Record:
    """The report that answers for the best group: its preferred one, if it may answer."""
    record = top.passage.record
    preferred = (record.get("group") or {}).get("preferred")
    key = _key(asked, record)
    for item in scored:  # unless it lacks what the report that answers holds
        if item.passage.record["id"] == preferred and _key(asked, item.passage.record) == key \
                and item.held >= top.held:
            return item.passage.record
    return record


def _answer(base: FactBase, record: Record) -> Record | None:
    if record["type"] == "figure":  # with what the base says beside it, as ``figure`` gives
        return {"kind": "record", "data": base.lists.beside(dict(record))}
    if record["type"] == "event":
        return {"kind": "events", "data": [record]}
    return card(base, record["id"])
