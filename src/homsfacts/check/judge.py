"""``homsfacts check``: a claim against the sourced base, with a verdict, evidence and reasons.

The verdicts are FEVER's. The rules lean one way, because calling a claim supported when the
base does not support it is the worst error a fact-checking tool can make:

- a claim is **supported** only when every number and date found in it was compared with a
  sourced fact about the same thing, and every comparison agrees within the hedges on both
  sides ("about 2,200" allows 10%; an unhedged round "2,000" stands for what rounds to it);
- it is **refuted** when a sourced fact about the same thing disagrees: a different number,
  rank, amount, date or, for one happening, roles. The reason says which fact, and how;
- anything else is **not-enough-info**: no fact about that thing, a fact for another time
  ("before the war" does not answer "today"), a claim more precise than its source (a day
  where the source gives a month), or sources that disagree with nothing ranked.

Which fact a claim is about is decided by the words and names they share; two that fit it
equally well and give different verdicts make it not-enough-info. A claim with no number or
date rests on a sentence (:mod:`homsfacts.check.statements`)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from homsfacts.base.match import id_words
from homsfacts.base.records import require_text
from homsfacts.base.views import Record
from homsfacts.check.account import claim_parts, unaccounted
from homsfacts.check.acts import FIGURE_ACTS, Act, crossed, said
from homsfacts.check.alternatives import country_unsaid
from homsfacts.check.apposition import in_parts, split
from homsfacts.check.candidates import (
    Termed,
    admitted,
    other_happening,
    reconsidered,
    reversed_roles,
)
from homsfacts.check.choice import of_the_date
from homsfacts.check.clauses import settled
from homsfacts.check.compare import (
    against_event,
    against_figure,
    answering,
    display,
    narrower_count,
    of_the_time,
    scope_problem,
)
from homsfacts.check.deaths import death_place
from homsfacts.check.framing import judged_in_frame
from homsfacts.check.hedging import exact_unbacked
from homsfacts.check.naming import names_written
from homsfacts.check.otherwise import said_otherwise, written_as_name
from homsfacts.check.parts import Parts
from homsfacts.check.people import COUNTRY_TERMS, DEMONYMS, check_nationality, group_nationality
from homsfacts.check.publications import publications_of
from homsfacts.check.quantity import Quantity
from homsfacts.check.reader import Reading, read
from homsfacts.check.scope import units_fit
from homsfacts.check.sequence import ordered
from homsfacts.check.statements import DENIED_ALIKE, Reader
from homsfacts.check.trends import judged_change
from homsfacts.check.verdicts import (
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    answer,
    combine,
    negate,
    one_figure_each,
)
from homsfacts.check.when import ClaimDate
from homsfacts.check.words import terms
from homsfacts.check.written import judge_numbers, read_in, rest_backed

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


MAX_CLAIM_LENGTH = 10_000  # characters: a bound on the memory a line of ``check -`` takes

_RELATIONS = frozenset({"before", "after", "since", "until"})
"""Words that relate a date to another, never what an event is about."""

MIN_SCORE = 2
"""What a fact must share with a claim (words, names) to be about the same thing."""


class Checker:
    """Checks claims against one base; reuses what it reads across claims (``check -``)."""

    def __init__(self, base: FactBase) -> None:
        self.base, self._values = base, dict[str, list[Record]]()
        self._mentioned: set[str] = set()
        """The ids of the people and places the claim being checked names."""
        self._sentences = Reader(base)
        self._parts, self._publications = Parts(base, self._sentences.names), publications_of(base)
        self._acts: list[Act] = []
        """The acts the claim being checked states (killed, besieged ...), with their roles."""
        self._said, self._misfits = set[str](), dict[str, str]()
        """Why each event is not what the claim being checked speaks of ("" if it may be)."""
        self._candidates: tuple[list[Termed], list[Termed]] = ([], [])
        """The figures and events the claim being checked may be about (:func:`admitted`)."""

    def check(self, claim: str) -> Record:
        """The verdict on one claim, with its reason, evidence, the sources the evidence cites
        or the claim is about (``cited``) and what was found in it. A blank claim, or one
        longer than ``MAX_CLAIM_LENGTH``, is a QueryError."""
        result = judged_in_frame(require_text(claim, "a claim", MAX_CLAIM_LENGTH), self._plain)
        return {**result, "claim": claim, "cited": result.get("cited") or self._cited(
            result["evidence"])}

    def _plain(self, claim: str) -> Record:  # "X, a ..., did Y": each part on its own
        parts = split(text := self._sentences.names.unlabelled(claim))  # or two in order
        return ordered(self.base, text, self.check, self._sentences.names.named) or (
            in_parts(text, parts, self._plain) if parts else self._verdict(text))

    def _verdict(self, claim: str) -> Record:  # a negated claim: the claim it denies, turned
        reading = read(claim)  # a claim about a source itself, or about what they report
        result = self._publications.verdict(claim, reading) or self._judge(claim, reading)
        denied = reading.negated and result["found"].get("denied") != "alike"
        return negate(result, reading.negated) if denied else result

    def _cited(self, evidence: list[Record]) -> list[Record]:
        """The sources the evidence cites, in its order: a ClaimReview needs no more."""
        ids = dict.fromkeys(citation["source"] for record in evidence
                            for citation in record["sources"])
        return [source for source in map(self.base.get, ids) if source is not None]

    def _judge(self, claim: str, reading: Reading) -> Record:
        names = self._sentences.names.in_claim(reading)
        self._mentioned = set(names)
        # A name says who or where; the rest of the words say what about them.
        claim_terms = terms(" ".join(reading.words)) - terms(" ".join(names.values()))
        naming = self._sentences.names.naming(reading, names)
        self._acts, content = claim_parts(reading, names, naming)
        self._said, self._misfits = said(self._acts), {}
        self._candidates = admitted(self.base, claim_terms, names)
        found: Record = {"quantities": [], "dates": [], "names": [
            {"id": record_id, "name": title} for record_id, title in names.items()]}
        named = [record for record in map(self.base.get, names) if record is not None]
        changed = judged_change(claim, terms(claim), named, self._candidates[0])
        if changed is not None:  # "the population more than doubled between 1960 and 1978"
            return answer(claim, *changed, found)
        if self._acts:
            found["acts"] = [{"act": each.act, "words": each.words, "agent": each.agent,
                              "target": each.target} for each in self._acts]
        results: list[tuple[str, str]] = []
        evidence: dict[str, Record] = {}
        dates = list(reading.dates)
        people = [record for record in named if record.get("kind") == "person"]
        nationality = check_nationality(reading.claim, people)
        if nationality is not None:
            results.append(nationality)
            evidence.update((person["id"], person) for person in people)
            found["nationality"] = nationality[0]
            content -= terms(" ".join(DEMONYMS))  # the nationality is a part checked above
        if not reading.quantities and not dates and nationality is None:
            death = death_place(self.base, self._parts, self._acts, self._candidates[1],
                                reading, names)
            if death is not None:
                results.append(death[:2])
                evidence[death[2]["id"]] = death[2]
        placed = self._sentences.placed_otherwise(reading, names)
        if placed is not None:  # "born in Medina" against "born in Mecca"
            return answer(claim, REFUTED, placed[0], [placed[1].record], found)
        unknown = self._sentences.names.unknown(reading)
        if unknown:
            found["unknown"] = unknown
            return answer(claim, NOT_ENOUGH_INFO, "the base says nothing about "
                           + ", ".join(unknown) + ", which the claim is about", [], found)
        if not reading.quantities and not dates and not results:
            verdict, reason, sentence = self._sentences.judge(reading, names, self._acts)
            if verdict == DENIED_ALIKE:  # the source denies it too
                verdict, found["denied"] = SUPPORTED, "alike"
            if sentence is not None:
                found["sentence"] = sentence.text
            return answer(claim, verdict, reason, [sentence.record] if sentence else [], found)
        # the events the figures compared are about: a date left in a claim about a figure
        about: set[str] | None = None  # ("800,000 lived in Homs before 2011") is its time
        for quantity in reading.quantities:
            verdict, reason, used, dates = self._check_quantity(
                quantity, reading, claim_terms, set(names), dates)
            if used:
                about = (about or set()).union(*(record.get("about") or [] for record in used))
                verdict, reason = self._parts.count_fits(verdict, reason, reading,
                                                         quantity.text, used, self._acts,
                                                         self._mentioned)
            found["quantities"].append({**quantity.as_dict(), "compared_with":
                                        [record["id"] for record in used], "result": verdict})
            results.append((verdict, reason))
            evidence.update((record["id"], record) for record in used)
        one_figure_each(found["quantities"], results)
        roles = terms(" ".join(  # words naming a side are compared as roles
            [word for each in self._acts if each.agent for word in each.agent_words]
            + [word for each in self._acts if each.target for word in each.target_words]))
        for date in dates:
            verdict, reason, used = self._check_date(date, reading, claim_terms, set(names), about)
            uncounted = next((each["text"] for each in found["quantities"]  # "1,400 evacuated"
                              if each["result"] == NOT_ENOUGH_INFO), "")
            other = verdict == REFUTED and (other_happening(  # "according to AFP": its own
                reading, content - roles - self._parts.voiced(reading.claim, used[0]), used[0],
                self._parts.evidence(used[0])) or (
                f"it counts {uncounted!r}, which may be of another" if uncounted else ""))
            if other:  # a date refutes only the happening the rest of the claim speaks of
                verdict, reason = NOT_ENOUGH_INFO, (f"{date.text!r} does not fit {used[0]['id']}, "
                                                    f"which may be another happening: {other}")
            found["dates"].append({**date.as_dict(), "compared_with":
                                   [record["id"] for record in used], "result": verdict})
            results.append((verdict, reason))
            evidence.update((record["id"], record) for record in used)
        for date in reading.dates:
            if date not in dates:
                found["dates"].append({**date.as_dict(), "compared_with": "the figure's date",
                                       "result": "checked with the figure"})
        outcome = combine(claim, results, list(evidence.values()), found)
        if outcome["verdict"] == NOT_ENOUGH_INFO and not evidence:  # no figure or event fits
            stated = judge_numbers(self._sentences, reading, names, self._acts)
            if stated is not None:  # "born in Mecca in 592": a sentence that says it all
                return answer(claim, *stated[:2], [stated[2].record], read_in(found, *stated))
        if outcome["verdict"] == SUPPORTED:  # every part must be backed, not only the numbers
            voice, said_by = self._sentences.names.voice(reading.claim)
            joined = self._parts.joined(evidence.values())
            # whom it befell made its doer, or another nationality ("two American journalists")
            otherwise = crossed(self._acts, joined.acts) or \
                group_nationality(self.base, reading.claim, evidence.values())
            if otherwise:
                return answer(claim, REFUTED, otherwise, list(evidence.values()), found)
            country = None if nationality else country_unsaid(
                reading.claim, joined.terms - joined.voices | voice | said_by,
                list(names.values()))
            if country is not None:  # "a court in France" named the US court
                return answer(claim, *country, list(evidence.values()), found)
            missing = unaccounted(self._acts, content - terms(" ".join(voice | said_by))
                                  - COUNTRY_TERMS,  # checked above
                                  joined, terms(" ".join(names.values())), voice)
            missing = (missing if "the claim" in missing else f"{missing}, which the claim "
                       "says") if missing else said_otherwise(reading, list(evidence.values()),
                                                               self.base)
            if missing:
                backed = rest_backed(self._sentences, reading, found, outcome)
                if backed is not None:  # what the numbers leave, one sentence says
                    return backed
                found["unaccounted"] = missing
                reason = re.sub(r"^(The|A|An) ", lambda first: first[0].lower(), outcome["reason"])
                return answer(claim, NOT_ENOUGH_INFO, f"{missing}; {reason}",
                              list(evidence.values()), found)
        return outcome

    def _check_quantity(self, quantity: Quantity, reading: Reading, claim_terms: set[str],
                        names: set[str], dates: list[ClaimDate]
                        ) -> tuple[str, str, list[Record], list[ClaimDate]]:
        scored = []
        for figure, figure_terms, about in self._candidates[0]:
            if not units_fit(quantity, figure, claim_terms):
                continue
            # a unit ("20 km", "$302.5m") tells two figures apart, but makes neither the one
            score = len(claim_terms & figure_terms) + len(names & about) + \
                (quantity.unit not in (None, "people")) / 2
            if score and dates:  # a figure of the year or period the claim names
                score += of_the_date(figure, dates[0])
            scored.append((score, figure))
        scored.sort(key=lambda item: -item[0])
        if not scored or scored[0][0] < 1:
            return (NOT_ENOUGH_INFO, f"the base has no figure about what {quantity.text!r} "
                    "counts", [], dates)
        top = scored[0][0]
        if top < MIN_SCORE:
            figure = scored[0][1]
            scope = scope_problem(reading, figure)
            if scope:
                return NOT_ENOUGH_INFO, scope, [figure], dates
            return (NOT_ENOUGH_INFO, f"no figure in the base is clearly about what "
                    f"{quantity.text!r} counts (the nearest is {figure['label']!r})", [], dates)
        best = [figure for score, figure in scored if score == top]
        groups = {(figure.get("group") or {}).get("id") or figure["id"] for figure in best}
        outcomes = [self._against_figure(quantity, figure, reading, dates) for figure in best]
        counted = answering(quantity, best, outcomes)  # not one the claim only says more of
        if (len(groups) > 1 or len(best) > 1) and len({outcomes[at][0] for at in counted}) > 1:
            counted = settled(reading.claim, quantity.text, outcomes, counted, best,
                              self._candidates[0], claim_terms)
            if not counted:
                labels = ", ".join(repr(figure["label"]) for figure in best)
                return (NOT_ENOUGH_INFO, f"{quantity.text!r} could be any of {labels}, and "
                        "they give different answers", best, dates)
        best = [best[at] for at in counted]  # the reason is the first counted one's
        verdict, reason, remaining = outcomes[counted[0]]
        if verdict == SUPPORTED and exact_unbacked(quantity, best[0]):
            verdict, reason = NOT_ENOUGH_INFO, (
                f"the claim says {quantity.text!r}, and the source gives only "
                f"{display(best[0])}, not an exact count")
        compared = self._compared(best[0])
        over_time = bool((best[0].get("group") or {}).get("over_time")) and dates
        return verdict, reason, (over_time and of_the_time(compared, dates[0])) or compared, \
            remaining

    def _compared(self, figure: Record) -> list[Record]:
        """The figure a claim was compared with and, for a quantity several sources give,
        every other value that counted, preferred first."""
        group = figure.get("group")
        if not group:
            return [figure]
        if group["id"] not in self._values:  # read once, for the comparison and the evidence
            self._values[group["id"]] = [self.base.show(value["id"]) for value in group["values"]
                                         if value["rank"] != "deprecated"]
        return self._values[group["id"]]

    def _against_figure(self, quantity: Quantity, figure: Record, reading: Reading,
                        dates: list[ClaimDate]) -> tuple[str, str, list[ClaimDate]]:
        """One quantity against a figure, every other report of it, and the figure's date."""
        scope = scope_problem(reading, figure) or self._parts.place_problem(
            figure, self._mentioned, reading.claim, quantity.text)
        if scope:
            return NOT_ENOUGH_INFO, scope, dates
        of_an_event = any((self.base.get(about) or {}).get("type") == "event" for about in
                          figure.get("about") or [])
        values, voice = self._compared(figure), self._sentences.names.voice(reading.claim)[0]
        voiced = [value for value in values  # "according to Reuters": its report of it,
                  if voice and voice <= self._parts.evidence(value).voices]  # if it is this one
        outcome = against_figure(quantity, figure, voiced if figure in voiced else values, dates,
                                 of_an_event)
        if voiced and figure not in voiced and outcome[0] != SUPPORTED:  # another report of it
            own = against_figure(quantity, voiced[0], voiced, dates, of_an_event)  # may back it
            outcome = own if own[0] == SUPPORTED else outcome
        narrower = outcome[0] == REFUTED and narrower_count(reading, figure)  # "in all"
        return (NOT_ENOUGH_INFO, narrower, dates) if narrower else outcome

    def _check_date(self, date: ClaimDate, reading: Reading, claim_terms: set[str],
                    names: set[str], about: set[str] | None = None
                    ) -> tuple[str, str, list[Record]]:
        scored = []
        claim_terms = claim_terms - terms(" ".join(each.words for each in self._acts))
        named = [record for record in map(self.base.get, sorted(names)) if record is not None]
        misfits: list[tuple[int, Record, str]] = []
        for event, event_terms, involved in self._candidates[1]:
            if about is not None and event["id"] not in about:
                continue  # the date is the figure's, and this event is not what it counts
            shared = claim_terms & event_terms - _RELATIONS
            acts = self._said & self._parts.evidence(event).said
            score = len(shared) + len(acts) + len(names & involved) \
                + len(claim_terms & terms(id_words(event["id"])))  # old-city-siege is the siege
            if event["id"] not in self._misfits:  # read once a claim, not once a date
                self._misfits[event["id"]] = self._parts.misfit(event, self._acts, named,
                                                                reading.words)
            misfit = self._misfits[event["id"]]
            if misfit:  # not the happening the claim speaks of
                misfits.append((score, event, misfit))
            elif shared or (acts and names & involved):
                # a name alone does not say which of its events is meant, nor an act alone
                scored.append((score, event))
        scored.sort(key=lambda item: -item[0])
        if (not scored or scored[0][0] < MIN_SCORE) and about is not None and \
                any(each.act not in FIGURE_ACTS for each in self._acts):  # the date is a deed's
            return self._check_date(date, reading, claim_terms, names)
        if not scored or scored[0][0] < MIN_SCORE:
            single = self._parts.single_value(self._acts, named,
                                              [(event, why) for _, event, why in misfits])
            single = single or reversed_roles(date, reading, self._acts, named, misfits,
                                              self._parts)
            if single is not None:
                return REFUTED, single[1], [single[0]]
            nearest = max(misfits, key=lambda item: item[0], default=None)
            near = f" ({nearest[2]})" if nearest and nearest[0] >= MIN_SCORE else ""
            return (NOT_ENOUGH_INFO, f"the base has no event that this claim's "
                    f"{date.text!r} clearly refers to{near}", [])
        top = scored[0][0]
        best = [event for score, event in scored if score == top]
        outcomes = [against_event(date, event, reading, whole=about is not None)
                    for event in best]
        happenings = {event.get("happening") or event["id"] for event in best}
        if len(happenings) > 1 and len({verdict for verdict, _ in outcomes}) > 1:
            summaries = "; ".join(event["id"] for event in best)
            return (NOT_ENOUGH_INFO, f"{date.text!r} could refer to any of {summaries}, and "
                    "they give different answers", best)
        verdict, reason = outcomes[0]
        others = [event for score, event in scored[len(best):] if score >= MIN_SCORE]
        return reconsidered(date, reading, (verdict, reason), best[0], others,
                            names_written(named, self._parts.voiced(reading.claim, best[0])),
                            functools.partial(written_as_name, self.base)) \
            or (verdict, reason, best[:1])


__all__ = ["Checker", "terms"]
