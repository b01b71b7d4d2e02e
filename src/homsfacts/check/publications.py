"""Claims about the base's sources themselves: when a piece was published ("The Reuters report
on the evacuation is dated 7 May 2014") and whose story a page carries ("Naharnet's story on
the evacuation carries an AFP report"). A source is a record of the base: its ``published``
date and the agency or paper it ``carries`` answer such a claim, as a figure answers a count.

The whole claim must be of that shape, subject, verb and what it says, so that no other part
goes unread ("the Reuters report of 7 May 2014 says 2,000 left" is not read here). The piece
the subject names is a source whose outlet it names, as publisher or as the agency or paper
the page carries; where several have that outlet ("the AFP dispatch": AFP's own of 2024, and
Naharnet's 2014 page that carries AFP), the words after the piece ("on the rebels reaching
Homs") choose: the source's title must say each of them but names, which what the base cites
it for may say instead, and the titles that share most are kept; sources kept that give
different verdicts leave the claim unread. A piece described by what it says ("the report
that three buses left") names no source."""

from __future__ import annotations

import functools
import re
import weakref
from typing import TYPE_CHECKING

from homsfacts.base.dates import parse_edtf
from homsfacts.base.layout import title
from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.answers import answered, unsure
from homsfacts.check.outlets import (
    AGENCY,
    archived,
    bare_outlet,
    carries_kind,
    date_against,
    name_in,
    outlet_names,
    outlet_shown,
    put_out_by,
)
from homsfacts.check.publishing import (
    CAPTURE,
    PIECE,
    Publishing,
    publishing,
    same_title,
)
from homsfacts.check.reader import Reading, read
from homsfacts.check.stems import porter_stems, words
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, answer
from homsfacts.check.when import ClaimDate

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase
    from homsfacts.check.question import Question

LONGEST = 400
"""The longest claim or question read as one about a source, in characters: such a sentence
is short, and its pattern, two open stretches, would cost the square of a longer one's
length."""
_SUBJECT = rf"(?P<subject>.*?\b{PIECE}s?\b.*?)"
_DATED = re.compile(
    rf"^{_SUBJECT}\s+(?:(?:is|was|had been|has been)\s+(?:not\s+)?(?:dated|published|issued|"
    r"released|posted|filed|put out)|came out|appeared|went out|went online|ran|"
    r"(?:is|was)\s+(?:not\s+)?the\s+(?:version|copy|edition)\s+of|dates\s+from)\s+"
    r"(?:on\s+|in\s+)?"
    r"(?P<date>[^,;]+?)[.!]?$", re.IGNORECASE)
"""A claim that says when a piece came out, and nothing else."""
_CARRIED = re.compile(
    rf"^{_SUBJECT}\s+(?:carries|carried|reprints|reprinted|republishes|republished|relays|"
    r"relayed|runs|(?:is|was)\s+(?:supplied|provided|written|filed|sourced)\s+by|"
    r"(?:comes|came)\s+from|(?:is|was)\s+(?:based on|taken from))\s+(?:an?\s+|the\s+)?"
    rf"(?P<carried>.+?)(?:'s)?(?:\s+{PIECE}s?)?(?:\s+dated\s+(?P<date>[^,;]+?))?[.!]?$",
    re.IGNORECASE)
"""A claim that says whose story a piece carries, and (optionally) the carried piece's date."""
_WHEN_PUBLISHED = re.compile(
    r"^(?:when|on what date|what date|in what (?:year|month)|in which (?:year|month)|"
    rf"what year)\s+(?:was|is|were|did)\s+{_SUBJECT}\s+(?:published|dated|issued|released|"
    r"posted|put out|come out|appear|go out|go online)\W*$", re.IGNORECASE)
"""A question of when a piece came out."""
_WHOSE_CARRIED = re.compile(
    r"^(?:which|what|whose)\b[^?]*?\s+(?:does|did|do|is|was)\s+"
    rf"{_SUBJECT}\s+(?:carry|relay|reprint|republish|run|rest on|based on|taken from|"
    r"come from)\W*$", re.IGNORECASE)
"""A question of whose story a piece carries."""
_SAYS = re.compile(r"\b(?:that|which|who|whose|where|saying|says|said|stating|states|claiming|"
                   r"claims|reporting|reports|according|one|two|three|four|five|six|seven|"
                   r"eight|nine|ten|hundreds?|thousands?|millions?)\b|\d", re.IGNORECASE)
"""Words of a subject that tell what the piece says, not only what it is about ("the
Reuters report that three buses left"): what it says is a claim of its own, not read here."""
_NAME = re.compile(r"\b[A-Z][\w'’-]*")
"""A capitalised word: after a subject's first, a name ("Homs", "Marie Colvin")."""
_EITHER_WAY = re.compile(r"(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])[/.-]\d{2,4}")
"""A date in figures whose day and month may be read either way ("5/7/2014")."""
_TITLED = re.compile(r"\b(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+(?:article|entry)\b")
"""An article named by its title ("the Homs Governorate article"), where the title is no
outlet's name ("the Reuters article")."""
_FILLER = frozenset({"report", "dispatch", "story", "article", "page", "piece", "item", "copy",
                     "web", "news", "the", "a", "an", "on", "about", "of", "its", "their"})


def outlet_words(base: FactBase) -> frozenset[str]:
    """The folded words of the names of every outlet of a base's sources ("la", "times",
    "afp"), read once a base: words that name a source, not a thing it speaks of."""
    return publications_of(base).outlet_words


def _stems(text: str) -> set[str]:
    """The Porter stems of what a text says ("reaching" and "Reach" meet)."""
    return set().union(*map(porter_stems, words(text).split()))


class Publications:
    """Reads claims about the sources of one base."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self._outlets: list[tuple[Record, set[str], set[str]]] | None = None
        self._cited_terms: dict[str, set[str]] | None = None

    @functools.cached_property
    def outlet_words(self) -> frozenset[str]:
        """The words of every name of every source's outlets (:func:`outlet_words`)."""
        return frozenset(word for _, publisher, carries in self.outlets
                         for name in publisher | carries for word in name.split())

    def names_outlet(self, text: str) -> bool:
        """Whether a text is the name of an outlet of the base's sources ("AFP", "the BBC")."""
        name = bare_outlet(text)
        return any(name in own | carries for _, own, carries in self.outlets)

    @property
    def outlets(self) -> list[tuple[Record, set[str], set[str]]]:
        """Each source with the names of its publisher and of what it carries."""
        if self._outlets is None:
            self._outlets = [(source, outlet_names(str(source.get("publisher") or "")),
                              outlet_names(str(source.get("carries") or "")))
                             for source in self.base.sources()]
        return self._outlets

    def verdict(self, claim: str, reading: Reading) -> Record | None:
        """The verdict on a claim about when a source came out or whose story it carries,
        or None when the claim is not of that shape or names no source it can be about.
        Sources the claim may equally mean must all give the same verdict."""
        if len(claim) > LONGEST:
            return None
        put_out = self._put_out(claim, publishing(claim, reading.dates))
        if put_out is not None:
            return put_out
        carried = _CARRIED.match(claim.strip())
        dated = None if carried else _DATED.match(claim.strip())
        match = carried or dated
        if match is None:
            return None
        date = None if not match["date"] else next(
            (each for each in reading.dates + read(claim, copies_apart=False).dates
             if each.text.strip() == match["date"].strip()), None)  # "the version of" a date
        if (match["date"] and date is None) or (date and _EITHER_WAY.fullmatch(date.text)) \
                or (carried and date):  # the carried story's own date the base does not give
            return None
        return self._judged(claim, date, [
            self._about(source, carried["carried"] if carried else None, by_publisher, date)
            for source, by_publisher in self._named(match["subject"])])

    def _put_out(self, claim: str, shape: Publishing | None) -> Record | None:
        """The verdict on a claim that names the outlet that put a piece out ("Trend News
        Agency published a Los Angeles Times report on the evacuation on 8 May 2014"): each
        source of that outlet the piece's words and title may name, against the outlet it
        carries and its date; None where the outlet puts out no source of the base."""
        if shape is None:
            return None
        outlet, carried = self._outlet_and_carried(shape)
        return self._judged(claim, shape.date, [
            self._about(source, carried or None, True, shape.date, shape)
            for source in self._pieces(f"{shape.outlet} {shape.piece}", shape.title)
            if put_out_by(source, outlet, shape.verb)])

    def _outlet_and_carried(self, shape: Publishing) -> tuple[str, str]:
        """The outlet that put the piece out, folded, and the other outlet the piece's words
        name as the one whose story it is ("a Los Angeles Times report"), or ""; a name of
        the outlet itself ("the wn.com copy" the Internet Archive captured) is no other."""
        outlet = bare_outlet(shape.outlet)
        itself = set().union(*(own for _, own, _ in self.outlets if outlet in own))
        return outlet, name_in({name for _, own, carries in self.outlets
                                for name in own | carries if name not in itself}, shape.piece)

    def _pieces(self, subject: str, title: str) -> list[Record]:
        """The sources a subject's words name, with the title in quotation marks where it
        gives one."""
        if not title:
            return [source for source, _ in self._named(subject)]
        titled = [source for source in self.base.sources()
                  if same_title(title, str(source["title"]))]
        named = [source["id"] for source, _ in self._named(subject)]
        return [source for source in titled if source["id"] in named] if any(
            name_in(own | carries, subject) for _, own, carries in self.outlets) else titled

    def _judged(self, claim: str, date: ClaimDate | None,
                outcomes: list[tuple[str, str, Record] | None]) -> Record | None:
        """The verdict of the sources a claim may mean: theirs where they agree; None where
        none may be meant or one is not read."""
        if not outcomes or None in outcomes:
            return None
        found: Record = {"quantities": [], "dates": [], "names": []}
        verdicts = {outcome[0] for outcome in outcomes if outcome is not None}
        verdict, reason, _ = next(outcome for outcome in outcomes if outcome is not None)
        if len(verdicts) > 1:
            verdict, reason = NOT_ENOUGH_INFO, (
                "the claim may mean any of " + ", ".join(
                    outcome[2]["id"] for outcome in outcomes if outcome is not None) +
                ", and they do not agree")
        if date is not None:
            found["dates"].append({**date.as_dict(), "compared_with": [
                outcome[2]["id"] for outcome in outcomes if outcome is not None],
                "result": verdict})
        return {**answer(claim, verdict, reason, [], found), "cited": [
            self.base.show(outcome[2]["id"]) for outcome in outcomes if outcome is not None]}

    def answer(self, asked: Question) -> Record | None:
        """The answer to a question of when a source came out or whose story it carries:
        the source's own record, sure where the question names one source that gives what
        it asks; None where the question asks neither."""
        if len(asked.text) > LONGEST:
            return None
        when, whose = _WHEN_PUBLISHED.match(asked.text.strip()), \
            _WHOSE_CARRIED.match(asked.text.strip())
        match = when or whose
        if match is None:
            return self._asked_piece(asked)
        found = self._named(match["subject"])
        named = [source for source, _ in found]
        candidates = self._candidates(named)
        if not named:
            return None
        if len(named) > 1:
            return unsure(asked, candidates, "the question may mean any of " + ", ".join(
                source["id"] for source in named))
        (source, by_publisher), = found
        if not by_publisher:  # the LA Times story may be older than the page that carries
            return unsure(asked, candidates, f"{source['id']} carries the piece the question "
                          "names, and the base gives only the page's own date and origin")
        given = source.get("published") if when else source.get("carries")
        if not given:
            return unsure(asked, candidates, f"the base gives {source['id']} no "
                          f"{'date' if when else 'agency or paper that it carries'}")
        because = (f"dated {parse_edtf(str(given)).label()}" if when else f"carries {given}")
        return answered(asked, {"kind": "record", "data": self.base.show(source["id"])}, [],
                        f"the question names {source['id']} ({outlet_shown(source)})", because)

    def _asked_piece(self, asked: Question) -> Record | None:
        """The answer to a question whose answer is a piece itself ("Who published the
        dispatch '...'?", "What is the title of the Reuters report of 7 May 2014?"): the
        one source its words, title and date name; None where it asks no such thing."""
        shape = publishing(asked.text, read(asked.text).dates, question=True)
        if shape is None:
            return None
        outlet, carried = self._outlet_and_carried(shape)
        named = [source for source in self._pieces(f"{shape.outlet} {shape.piece}", shape.title)
                 if (shape.date is None or date_against(source, shape.date)[0] != REFUTED) and (
                     put_out_by(source, outlet, shape.verb) if outlet else shape.verb != CAPTURE
                     or archived(source))
                 and (not outlet or not carried or carried in outlet_names(
                     str(source.get("carries") or "")))  # "did Trend publish the AFP report"
                 and carries_kind(source, shape.whose)]
        candidates = self._candidates(named)
        if len(named) != 1:
            return unsure(asked, candidates, "the question may mean any of " + ", ".join(
                source["id"] for source in named)) if named else None
        return answered(asked, {"kind": "record", "data": self.base.show(named[0]["id"])}, [],
                        f"the question names {named[0]['id']} ({outlet_shown(named[0])})",
                        "the piece itself")

    def _candidates(self, sources: list[Record]) -> list[Record]:
        """Sources a question may mean, as the candidates of an answer."""
        return [{**self.base.show(source["id"]), "title": title("source", source),
                 "score": 1.0} for source in sources]

    def _about(self, source: Record, carried: str | None, by_publisher: bool,
               date: ClaimDate | None, shape: Publishing | None = None
               ) -> tuple[str, str, Record] | None:
        """What one source says to the claim's outlet and date: refuted if either is not
        the base's, not enough info if either is more than it gives; None where the outlet
        named is not read, or the piece named is the one the source carries ("The Hindu's
        report was supplied by Reuters": whose story that carries, the base does not say).
        Where the claim names the outlet that put the piece out (``shape``), what the
        source carries refutes nothing ("the Reuters report was published by Naharnet":
        Naharnet may have run it besides the AFP story the base records), nor does its date
        where the words may name another piece of the outlet ("a report on Homs")."""
        results: list[tuple[str, str]] = []
        if carried is not None:
            carries = self._carries(source, carried) if by_publisher else None
            if carries is None:
                return None
            results.append(_unrefuting(carries) if shape else carries)
        if date is not None:
            dated = date_against(source, date, by_publisher)
            if archived(source) and shape is None:
                dated = (NOT_ENOUGH_INFO, f"the base dates {source['id']} by an archive's "
                         "capture of it; the copy gives no date of its own")
            results.append(_unrefuting(dated) if shape and not shape.specific else dated)
        if shape and not results:  # "Trend published a report on the evacuation"
            results.append((SUPPORTED, f"the base records {source['id']} ({outlet_shown(source)}), "
                                       f"{str(source['title'])!r}"))
        if not results:
            return None
        verdict = next((each for each in results if each[0] == REFUTED),
                       next((each for each in results if each[0] == NOT_ENOUGH_INFO),
                            results[0]))
        return verdict[0], "; ".join(reason for _, reason in results), source

    def _named(self, subject: str) -> list[tuple[Record, bool]]:
        """The sources the subject may name, and whether by their publisher ("Naharnet's
        story") rather than the outlet they carry ("The Hindu's report"): by its outlet,
        each whose title says every word that says what the piece is about ("on the
        evacuation"), but for names, which what the base cites it for may say instead ("on
        the rebels reaching Homs": the title says "Rebels Reach"); of those, the ones whose
        titles share the most of them. A piece about what a source only recalls ("the AFP
        report on the killing of Marie Colvin") is no source of the base."""
        if _SAYS.search(subject):
            return []
        named = [(source, bool(by_own)) for source, own, carried in self.outlets
                 if (by_own := name_in(own, subject)) or name_in(carried, subject)]
        folded = f" {fold(subject)} "
        written = {word for _, own, carried in self.outlets for name in own | carried
                   if f" {name} " in folded for word in name.split()}
        topic = _stems(" ".join(word for word in fold(subject).split()
                                if word not in written and word not in _FILLER))
        names = _stems(" ".join(word for word in _NAME.findall(subject)[1:]
                                if fold(word) not in written))
        titled = _TITLED.search(subject)  # "the Homs Governorate article": that title
        titled_as = "" if titled is None or fold(titled["title"]) in written else \
            titled["title"]
        spoken = [(len(topic & _stems(str(source["title"]))), (source, own))
                  for source, own in named
                  if topic - names <= _stems(str(source["title"]))
                  and topic <= _stems(str(source["title"])) | self._cited(str(source["id"]))
                  and (not titled_as or same_title(titled_as, str(source["title"])))]
        best = max((score for score, _ in spoken), default=0)
        return [pair for score, pair in spoken if score == best]

    def _cited(self, source_id: str) -> set[str]:
        """The terms of what the base cites a source for: its events' summaries, its
        figures' labels and its statements."""
        if self._cited_terms is None:
            said: dict[str, list[str]] = {}
            for record in self.base.of_type("event") + self.base.of_type("figure"):
                for citation in record["sources"]:
                    said.setdefault(citation["source"], []).append(
                        str(record.get("summary") or record.get("label") or ""))
            for entity in self.base.of_type("entity"):
                for statement in entity.get("statements") or []:
                    for citation in statement["sources"]:
                        said.setdefault(citation["source"], []).append(statement["text"])
            self._cited_terms = {key: _stems(" ".join(texts)) for key, texts in said.items()}
        return self._cited_terms.get(source_id, set())

    def _carries(self, source: Record, carried: str) -> tuple[str, str] | None:
        """Whether a source carries the outlet named: the base records what it carries; an
        outlet that is no outlet of the base, or a source that records none, is not read."""
        own = outlet_names(str(source.get("carries") or ""))
        what = f"the base records {source['id']} ({outlet_shown(source)}) as carrying"
        if fold(carried) in own:
            return SUPPORTED, f"{what} {source['carries']}"
        known = set().union(*(names for _, publisher, carries in self.outlets
                              for names in (publisher, carries)))
        if not own or fold(carried) not in known or not AGENCY.search(str(source["carries"])):
            return None
        return REFUTED, f"{what} {source['carries']}, not {carried}"


def _unrefuting(outcome: tuple[str, str]) -> tuple[str, str]:
    """An outcome that may back a claim but not refute it: the outlet may have put out
    another piece than the one the base records."""
    if outcome[0] != REFUTED:
        return outcome
    return NOT_ENOUGH_INFO, f"{outcome[1]}; the outlet may have put out other pieces than this"


_OF_BASE: weakref.WeakKeyDictionary[FactBase, Publications] = weakref.WeakKeyDictionary()


def publications_of(base: FactBase) -> Publications:
    """The reader of a base's sources, made once for each base (``ask`` asks it of every
    question that may be about a source, and it reads what each source is cited for once)."""
    found = _OF_BASE.get(base)
    if found is None:
        found = _OF_BASE[base] = Publications(base)
    return found


__all__ = ["Publications", "outlet_names", "outlet_words", "publications_of"]
