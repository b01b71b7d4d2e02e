"""Every part of a claim accounted for (FEVER): a claim is supported only when each of its
content words, acts and roles is matched by the evidence: the record's own text, the names
and descriptions of who and where it involves, their statements of its years or paragraphs,
and the sources it cites ("according to ..."). A part the evidence does not speak to makes
the claim not-enough-info, and the reason names it. Evidence is read once per record."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from homsfacts.base.match import fold, id_words
from homsfacts.base.reports import figure_range
from homsfacts.base.views import Record, cited_paragraphs, event_years
from homsfacts.check.account import Evidence, agents_named, counted, other_target
from homsfacts.check.acts import FIGURE_ACTS, Act, acts, clash, said, same_act
from homsfacts.check.alternatives import contradiction
from homsfacts.check.compare import END_WORDS, START_WORDS
from homsfacts.check.figure_places import counted_in, place_problem
from homsfacts.check.including import after_count, included_otherwise, involved_in
from homsfacts.check.naming import Names
from homsfacts.check.order import first_at, named_order, record_names, says_where
from homsfacts.check.participants import home_peoples, involves, only_qualifies, unsaid_peoples
from homsfacts.check.people import DEMONYMS, people_counted
from homsfacts.check.presence import forces_named
from homsfacts.check.scope import label_scope
from homsfacts.check.side_names import GOVERNMENT, side_of
from homsfacts.check.unrefuted import unbacked, unrefuting
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.voices import source_voice, voice_words
from homsfacts.check.weekdays import undated_weekday
from homsfacts.check.words import terms
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase
    from homsfacts.check.reader import Reading

_FUZZY_PLACES = frozenset({"region"})
"""Places without a border the base records ("central Syria"): never proof of elsewhere."""


def _ends(text: str) -> str:
    """Which end of a happening a text speaks of: "began", "ended", or "" (neither, both)."""
    words = set(fold(text).split())
    found = {name for name, end in (("began", START_WORDS), ("ended", END_WORDS))
             if words & end}
    return found.pop() if len(found) == 1 else ""


_APPOSED = re.compile(r"[^,.;]{0,40},\s*(?P<names>[^,.;]{1,80}),")
"""What stands between commas just after a count: "two journalists, Colvin and Ochlik,"."""


class Parts:
    """The evidence of each record, read once from one base."""

    def __init__(self, base: FactBase, names: Names) -> None:
        self.base = base
        self._evidence: dict[str, Evidence] = {}
        self._inside: dict[str, set[str]] = {}
        self.names = names  # the checker's, whose countries are read once for both

    def evidence(self, record: Record) -> Evidence:
        found = self._evidence.get(record["id"])
        if found is None:
            found = self._evidence[record["id"]] = self._read(record)
        return found

    def _read(self, record: Record) -> Evidence:
        texts: list[str] = []
        record_acts: list[Act] = []
        if record["type"] == "event":
            texts += [record["summary"], record.get("attribution") or "",
                      id_words(record["id"])]
            record_acts += acts(record["summary"]) + acts(id_words(record["id"]))
            involved = [*record["entities"], *record["places"]]
            # of the statements of those involved, only those of the event's years: "Homs"
            # has many, which would back any word of a claim about any of its events
            texts += self._about(involved, statements=True, years=event_years(record),
                                 cited=frozenset(cited_paragraphs(record)))
        elif record["type"] == "entity":
            texts += self._about([record["id"]], statements=True)
        else:
            label = " ".join(filter(None, [record["label"], record.get("words"),
                                           record.get("period"), record.get("attribution"),
                                           record.get("display")]))
            texts.append(label)
            record_acts += acts(label, nouns=True)
            about = list(record.get("about") or [])
            if record.get("attributed_to"):
                about.append(record["attributed_to"])
            for record_id in record.get("about") or []:
                event = self.base.get(record_id)
                if event is not None and event["type"] == "event":
                    record_acts += acts(event["summary"])
                    texts.append(event["summary"])
                    about += [*event["entities"], *event["places"]]
            # "the largest by area", said in the paragraph of "fourteen governorates"
            texts += self._about(about, statements=True, years=frozenset(),
                                 cited=frozenset(cited_paragraphs(record)))
        voices = [record.get("attribution") or ""]
        if record.get("attributed_to"):
            voices += self._about([record["attributed_to"]], statements=False)
        for citation in record.get("sources") or []:
            source = self.base.get(citation["source"])
            if source is not None:
                voices.append(source_voice(source))
        own = " ".join(filter(None, [record.get("label"), record.get("words"),
                                     record.get("period"), record.get("display")]))
        agents = [self.base.get(agent) for agent in self.agents(record)]
        names = [name for agent in agents if agent is not None
                 for name in [agent["name"], *agent.get("aliases", [])]]
        return Evidence(record_acts, said(record_acts), terms(" ".join(texts + voices)),
                        voice_words(" ".join(voices)), terms(own), terms(" ".join(names)),
                        {side for name in names if (side := side_of(name))})

    def agents(self, record: Record) -> list[str]:
        """Who did it, as the base records it: an event's ``agents``, or those of the
        events a figure is about."""
        if record["type"] == "event":
            return list(record.get("agents") or [])
        found: list[str] = []
        for record_id in record.get("about") or []:
            event = self.base.get(record_id)
            if event is not None and event["type"] == "event":
                found += event.get("agents") or []
        return found

    def inside(self, place_id: str) -> set[str]:
        """The place and every place inside it."""
        if place_id not in self._inside:
            self._inside[place_id] = set(self.base.cards.inside(place_id))
        return self._inside[place_id]

    def misfit(self, event: Record, claim_acts: list[Act], named: list[Record],
               claim_words: Iterable[str] = ()) -> str:
        """Why an event cannot be what a claim is about, or "": it must state each act the
        claim states, with no role the other way round, and involve each person and place
        the claim names (a place inside one named will do: Baba Amr is in Homs)."""
        evidence = self.evidence(event)
        for each in claim_acts:
            if each.act not in evidence.said and each.act not in FIGURE_ACTS:
                return f"{event['id']} does not say that anyone {each.words}"
        roles = clash(claim_acts, evidence.acts) or self._other_agent(event, claim_acts, named) \
            or other_target(claim_acts, event, named, self.inside)
        if roles:
            return f"{event['id']}: {roles}"
        text = " " + " ".join(terms(event["summary"])) + " "
        ends = _ends(event["summary"])
        if ends and ends != _ends(" ".join(claim_words)) and _ends(" ".join(claim_words)):
            return f"{event['id']} is when it {ends}, not when it did the other"
        places = [*event["places"], *(p for p in event["entities"]
                                      if (r := self.base.get(p)) and r.get("kind") in WHERE_KINDS)]
        acting = {" ".join(each.agent_words) for each in claim_acts if each.agent}
        for record in named:
            if record.get("kind") in WHERE_KINDS and side_of(record["name"]) and any(
                    fold(record["name"]) in words for words in acting):
                continue  # "Damascus regained Waer": the capital for its government, no place
            if record.get("kind") == "country" and claim_words and \
                    not says_where(" ".join(claim_words), record):
                if not only_qualifies(" ".join(claim_words), record) and not any(
                        place in self.inside(record["id"]) for place in places) and \
                        not involves(record, event, self._involved(event)):
                    return f"{record['name']} has no part in {event['id']}"
                continue  # "a US journalist": a country that says whose, not where
            if record.get("kind") in WHERE_KINDS:
                if not any(place in self.inside(record["id"]) for place in places):
                    return f"{event['id']} did not happen in {record['name']}"
            elif record["id"] not in event["entities"] and not (
                    terms(record["name"]) and terms(record["name"]) <= set(text.split())) \
                    and not (side_of(record["name"]) == GOVERNMENT and (GOVERNMENT in {
                        side_of(self._name(other)) for other in event["entities"]} or (
                        forces_named(" ".join(claim_words)) and forces_named(event["summary"])))):
                return f"{record['name']} has no part in {event['id']}"
        unsaid = unsaid_peoples(" ".join(claim_words), event, self._involved(event),
                                self.home_peoples) \
            if claim_words else []
        return f"{event['id']} does not speak of the {unsaid[0]}" if unsaid else ""

    @functools.cached_property
    def home_peoples(self) -> frozenset[str]:
        return home_peoples(self.base)

    def _involved(self, event: Record) -> list[Record]:
        return [other for each in [*event["entities"], *event["places"]]
                if (other := self.base.get(each)) is not None]

    def joined(self, records: Iterable[Record]) -> Evidence:
        """The evidence of several records at once: a claim's parts may rest on each, but
        whom it says gave its number only on a record that gives one ("a German page says
        two minarets" is not backed by the travel page's 2 beside the German "several")."""
        records = list(records)
        found = [self.evidence(record) for record in records]
        voiced = [one for record, one in zip(records, found, strict=True)
                  if record["type"] != "figure" or figure_range(record)]
        return Evidence([each for one in found for each in one.acts],
                        set().union(*(one.said for one in found)),
                        set().union(*(one.terms for one in found)),
                        set().union(*(one.voices for one in voiced)),
                        set().union(*(one.own for one in found)),
                        set().union(*(one.agent_terms for one in found)),
                        set().union(*(one.agent_sides for one in found)))

    def voiced(self, claim: str, record: Record) -> set[str]:
        """The terms of the voice a claim gives that a record's sources are: "according to
        AFP" is said of an event AFP reports, and leaves no other happening."""
        return terms(" ".join(self.names.voice(claim)[0] & self.evidence(record).voices))

    def single_value(self, claim_acts: list[Act], named: list[Record],
                     misfits: list[tuple[Record, str]]) -> tuple[Record, str] | None:
        """A death the claim puts somewhere the base does not: a person dies once, so the
        place of death has one value, and "Colvin was killed in Aleppo" is refuted by her
        death in Baba Amr. The event and the reason, or None."""
        if "die" not in said(claim_acts):
            return None
        people = [record for record in named if record.get("kind") == "person"]
        places = [record for record in named if record.get("kind") in WHERE_KINDS]
        for event, why in misfits:
            if "die" not in self.evidence(event).said or not places or not people or \
                    not all(person["id"] in event["entities"] for person in people) or \
                    any(place["kind"] in _FUZZY_PLACES for place in places):
                continue
            elsewhere = why.removeprefix(f"{event['id']} did not happen in ")
            if elsewhere != why:
                where = ", ".join(self._name(place) for place in event["places"])
                return (event, f"{people[0]['name']} died once, and the base records the "
                        f"death in {where} ({event['id']}), not in {elsewhere}")
        return None

    def place_problem(self, figure: Record, mentioned_ids: set[str], claim: str,
                      count: str) -> str:
        """Why a figure is for another place than the claim names or puts what it counts in
        (:mod:`homsfacts.check.figure_places`), or ""."""
        return place_problem(self.base, figure, mentioned_ids,
                             counted_in(self.base, claim, count))

    def _other_agent(self, event: Record, claim_acts: list[Act], named: list[Record]) -> str:
        """Where the claim and the event name different agents of the same act: "Russia
        retook Waer" against "the government takes back Waer"."""
        involved = [record for record in map(self.base.get, event["entities"])
                    if record is not None]
        recorded = set(event.get("agents") or [])
        for each in claim_acts:
            ours = agents_named(each.agent_words, named)
            if recorded and each.target and each.target in self.evidence(event).agent_sides:
                return (f"the claim has {each.target} as whom it {each.words}, where the "
                        f"base has it as who did ({', '.join(sorted(recorded))})")
            if recorded and ours and not self._same_agents(ours, recorded) and not any(
                    self._same_agents(ours, agents_named(other.agent_words, involved))
                    for other in same_act(each, self.evidence(event).acts)):
                return (f"the base has {', '.join(sorted(recorded))} as who did it, not "
                        f"{', '.join(sorted(ours))}")  # but Russia supervised its retaking
            if not ours:
                continue
            for other in same_act(each, self.evidence(event).acts):
                theirs = agents_named(other.agent_words, involved)
                if theirs and not self._same_agents(ours, theirs):
                    return (f"the source has {', '.join(sorted(theirs))} as who "
                            f"{other.words}, not {', '.join(sorted(ours))}")
        return ""

    def _same_agents(self, ours: set[str], theirs: set[str]) -> bool:
        """Whether two sets of agents name the same: the same record, or the government and
        its army (the one side the base's names do not tell apart), but not its president,
        who is no army ("Assad left" is not "the army withdrew")."""
        if ours & theirs:
            return True
        return {side_of(self._name(one)) for one in ours | theirs} == {GOVERNMENT} and not any(
            (self.base.get(one) or {}).get("kind") == "person" for one in ours | theirs)

    def count_fits(self, verdict: str, reason: str, reading: Reading, quantity_text: str,
                   used: list[Record], claim_acts: list[Act],
                   mentioned: AbstractSet[str] = frozenset()) -> tuple[str, str]:
        """A quantity's verdict, kept only where the figure counts what the claim counts:
        "2,200 civilians" is not backed by "about 2,200 people", and a figure that does not
        speak to the claim's act ("the first city where rebels took up arms") refutes
        nothing about it."""
        claim = reading.claim
        evidence = self.joined(used)
        # no part of what is counted: its records' voice, the people named beside the count
        voiced = set().union(*(self.voiced(claim, record) for record in used)) | \
            self._counted_by_name(used, mentioned, claim, quantity_text)
        country = people_counted(claim, quantity_text)
        if verdict != NOT_ENOUGH_INFO and country and not any(  # "51.5% of Syrians"
                fold(country) == fold((self.base.get(place) or {}).get("name") or "")
                for record in used for place in record.get("about") or []):
            return NOT_ENOUGH_INFO, f"the figure does not count all the people of {country}"
        scope = label_scope(claim, " ".join(str(record.get("label")) for record in used),
                            self.names.is_country) or undated_weekday(claim, used) \
            if verdict == SUPPORTED else ""
        scope = scope or (unbacked(reading, quantity_text, used, self.base, mentioned, (
            self.names.voice(claim)[0], lambda some: self.joined(some).voices))
            if verdict == SUPPORTED else "")
        if scope:  # "Lebanon's third city" against "Syria's cities"; "by late morning"
            return NOT_ENOUGH_INFO, scope
        if verdict == SUPPORTED:
            # a nationality of the people counted is checked as theirs (group_nationality)
            kind = counted(claim, quantity_text) - evidence.own - set(DEMONYMS) - voiced
            voice = self.names.voice(claim)[0]  # "SOHR said 1,200 fighters": what SOHR counts
            owned = [own.own for own in map(self.evidence, used) if voice and voice <= own.voices]
            kind |= (counted(claim, quantity_text) - set(DEMONYMS) - voiced - set().union(
                *owned)) if owned else set()
            label = " ".join(str(record.get("label") or "") for record in used)
            places = {record_id: record for record_id in used[0].get("about") or []
                      if (record := self.base.get(record_id)) is not None}
            between = self._between(claim, places, label, mentioned) or included_otherwise(
                self.base, claim, quantity_text, used, mentioned)  # "including Assad"
            if between:  # "Damascus lies 162 km north of Homs", "Aleppo lies 162 km north"
                return NOT_ENOUGH_INFO, between
            otherwise = contradiction(sorted(kind), label, claim) if kind and not named_order(
                claim, places, f" {fold(label)} ") else ""  # "Damascus lies south of Homs"
            if otherwise:  # "162 km south of Damascus" against "north of Damascus"
                return REFUTED, f"{otherwise}: {used[0]['label']!r}"
            if kind:
                return (NOT_ENOUGH_INFO, f"the source counts {used[0]['label']!r}, and says "
                        f"nothing of {', '.join(repr(word) for word in sorted(kind))}")
        if verdict == REFUTED:
            missing = [each.words for each in claim_acts if each.act not in evidence.said]
            # a report refutes by itself: one must count what the claim counts, in the
            # voice the claim gives ("SOHR said 900 fighters": not the BBC's fighters)
            kind, voice = counted(claim, quantity_text) - voiced, self.names.voice(claim)[0]
            reports = [self.evidence(record) for record in used]
            unsaid = sorted(kind - set().union(*(one.own for one in reports
                                                 if voice <= one.voices)))
            if missing or unsaid:  # "20,000 Armenians" is not refuted by the city's population
                other = repr(missing[0]) if missing else ", ".join(map(repr, unsaid))
                return (NOT_ENOUGH_INFO, f"the figure does not speak of what {other} says, so "
                        f"it cannot refute the claim: {reason}")
            voice = self.names.voice(claim)[0] - set().union(  # "the governor said 980";
                *(self.evidence(record).voices for record in used))  # words refute too
            elsewhere = label_scope(claim, str(used[0].get("label")), self.names.is_country) \
                or unrefuting(reading, quantity_text, used[0], self.base, mentioned,
                              self.names.home, self.names.unrecorded(reading))
            if voice or elsewhere:  # "by early afternoon"; "Aleppo is 192 km north of Homs"
                return (NOT_ENOUGH_INFO, f"{elsewhere or 'the claim gives another voice'}, "
                        f"so it cannot refute the claim: {reason}")
        return verdict, reason

    def _counted_by_name(self, used: list[Record], mentioned: AbstractSet[str], claim: str,
                         quantity_text: str) -> set[str]:
        """The terms of the names of the people the claim names between commas just after
        its count, whom the events the figure is about involve: "two journalists, Colvin and
        Ochlik," names whom the count counts; "against Colvin" does not, nor an army."""
        apposed = _APPOSED.match(after_count(claim, quantity_text))
        if apposed is None:
            return set()
        people = [person for person_id in sorted(mentioned & involved_in(self.base, used))
                  if (person := self.base.get(person_id)) is not None
                  and person.get("kind") == "person"]
        items = [f" {fold(item)} " for item in re.split(r",|\band\b", apposed["names"])]
        if not all(any(first_at(item, person) is not None for person in people)
                   for item in items if item.strip()):
            return set()  # "two journalists, Colvin and the army,": not all people of it
        return terms(" ".join(name for person in people for name in record_names(person)))

    def _between(self, claim: str, places: dict[str, Record], label: str,
                 mentioned: AbstractSet[str]) -> str:
        """Why a figure between two places ("Distance from Homs north of Damascus") does not
        answer the claim: it names (``mentioned``) another place, or the two the other way
        round; or ""."""
        if len([place for place in places.values() if place.get("kind") in WHERE_KINDS]) < 2:
            return ""
        other = [record for record in map(self.base.get, sorted(mentioned - set(places)))
                 if record is not None and record.get("kind") in WHERE_KINDS]
        if other:
            return f"{label!r} is not about {other[0]['name']}, which the claim names"
        directed = set(fold(label).split()) & {"north", "south", "east", "west"}
        return named_order(claim, places, f" {fold(label)} ") if directed else ""

    def _name(self, record_id: str) -> str:
        return str((self.base.get(record_id) or {"name": ""})["name"])

    def _about(self, ids: list[str], *, statements: bool, years: frozenset[str] | None = None,
               cited: frozenset[tuple[str, int]] = frozenset()) -> list[str]:
        texts: list[str] = []
        for record_id in dict.fromkeys(ids):
            record = self.base.get(record_id)
            if record is None or record["type"] != "entity":
                continue
            texts += [record["name"], *record.get("aliases", []), record.get("description")
                      or "", id_words(record_id)]
            if statements:
                texts += [statement["text"] for statement in record.get("statements") or []
                          if years is None or cited & frozenset(cited_paragraphs(statement))
                          or years & set(re.findall(r"\d{3,4}", statement["text"]))]
            for place in self.base.cards.containing(record_id) if record.get("located_in") \
                    else []:
                texts += [place["name"], *place.get("aliases", [])]
        return texts


__all__ = ["Parts"]
