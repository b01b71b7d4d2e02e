"""Who put a piece out, said the other way round from "the Reuters report is dated 7 May
2014": the outlet as the doer ("Trend News Agency published a Los Angeles Times report on
the evacuation on 8 May 2014"), or after "by" ("The Guardian report on the army's withdrawal
was republished by Hathalyoum"); and the questions that ask for the piece itself ("Who
published the dispatch 'Syria's Rebels Reach ...'?", "What is the title of the Reuters
report of 7 May 2014?"). This module only reads the shape: the outlet, the words that name
the piece, a title in quotation marks and the date it came out;
:class:`~homsfacts.check.publications.Publications` finds the source."""

from __future__ import annotations

import re
from typing import NamedTuple

from homsfacts.base.match import fold
from homsfacts.check.when import ClaimDate

PIECE = r"(?:report|dispatch|story|article|page|piece|item|copy|web ?page|news story)"
"""The words that name a piece an outlet put out."""
_VERB = (r"(?P<verb>published|republished|posted|ran|carried|put out|issued|released|"
         r"reprinted|relayed|captured|archived)")
_ASKED_VERB = (r"(?P<verb>publish|post|capture|archive|run|carry|put out|release|issue|"
               r"republish|reprint|relay)")
CAPTURE = "capture"
"""The kind of putting out that an archive does ("captured", "archived"): an archive's copy
is dated by its capture, and only the archive captured it."""
CARRY = "carry"
"""The kind a question asks when it asks which paper's report an outlet carried."""
_ACTIVE = re.compile(rf"(?P<outlet>[^,;'‘“\"]{{1,80}}?)\s+{_VERB}\s+"
                     rf"(?P<piece>(?:its|an?|the|their)\s+[^,;]*?\b{PIECE}s?\b[^,;]*?)[.!]?",
                     re.IGNORECASE)
"""A claim with an outlet as the doer of the putting out: "AFP published its dispatch"."""
_PASSIVE = re.compile(rf"(?P<piece>[^,;]*?\b{PIECE}s?\b[^,;]*?)\s+(?:is|was|had been|has been)"
                      rf"\s+(?:first\s+)?{_VERB}\s+by\s+(?P<outlet>[^,;]{{1,80}}?)[.!]?",
                      re.IGNORECASE)
"""A claim that names the outlet after "by": "the copy was captured by the Internet Archive"."""
_ASKED = re.compile(rf"(?:who|which\s+[\w\s]{{1,30}}?|what\s+[\w\s]{{1,30}}?)\s+(?:first\s+)?"
                    rf"{_VERB}\s+(?P<piece>[^?]*?\b{PIECE}s?\b[^?]*?)(?:,?\s+and\s+when)?\W*|"
                    rf"what\s+(?:is|was)\s+the\s+(?:title|headline)\s+of\s+"
                    rf"(?P<titled>[^?]*?\b{PIECE}s?\b[^?]*?)\W*|"
                    rf"(?:which|what|whose)\s+(?P<whose>[\w\s'’]{{0,30}}?)\b(?P<kind>{PIECE})s?\s+"
                    rf"(?:does|did|do)\s+(?P<carrier>[^?]{{1,80}}?)\s+(?:carry|run|relay|reprint|"
                    rf"republish)\W*|when\s+did\s+(?P<outlet>[^?]{{1,80}}?)\s+"
                    rf"{_ASKED_VERB.replace('?P<verb>', '?P<asked_verb>')}\s+"
                    rf"(?P<put_out>(?:its|an?|the|their)\s+[^?]*?\b{PIECE}s?\b[^?]*?)\W*",
                    re.IGNORECASE)
"""A question whose answer is a piece itself: who put it out, what its title is, which
paper's report an outlet carried, or when an outlet put it out."""
_TITLE = re.compile(r"(?:^|\s)[‘'“\"](?P<title>[^\s‘'“\"].*[^\s’'”\"])[’'”\"](?=\W|$)")
"""A title in quotation marks, from the first mark to the last: a title may hold its own
("Syria's Rebels Reach \"Capital of the Revolution\" Against Assad")."""


class Publishing(NamedTuple):
    """What a claim or question says of who put a piece out."""

    outlet: str
    """The outlet it names as the one that put the piece out, or ""."""
    piece: str
    """The words that name the piece ("a Los Angeles Times report on the evacuation"),
    without its title and date."""
    title: str
    """The title it gives in quotation marks, or ""."""
    date: ClaimDate | None
    """When it says the piece came out, or None."""
    verb: str = ""
    """:data:`CAPTURE` for an archive's capture, :data:`CARRY` for which paper's report an
    outlet carried, else "" (published, posted, ran ...)."""
    whose: str = ""
    """What a question of :data:`CARRY` asks the carried outlet to be ("agency's", "which
    newspaper's"), or ""."""

    @property
    def specific(self) -> bool:
        """Whether the words name one piece: a title, or "the" or "its" piece with what it is
        on ("the Reuters report on the evacuation"); "a report on Homs" or "its dispatch"
        may be any the outlet put out, which the base's one piece cannot refute."""
        definite = re.match(r"(?i:the|its|their)\b", self.piece) is not None
        return bool(self.title) or (definite and re.search(r"\b(?:on|about|of)\b",
                                                           self.piece) is not None)


def publishing(text: str, dates: list[ClaimDate], *, question: bool = False
               ) -> Publishing | None:
    """The outlet, piece, title and date of a claim that names who put a piece out, or of
    a question that asks who did or what its title is (``question``); None for any other.
    A date must end the claim or the piece ("on 8 May 2014", "of 7 May 2014")."""
    text = text.strip()
    date, text = _dated(text, dates)
    if question:
        asked = _ASKED.fullmatch(text)
        if asked is None:
            return None
        piece = asked["piece"] or asked["titled"] or asked["kind"] or asked["put_out"]
        date, piece = (date, piece) if date else _dated(piece, dates)
        verb = CARRY if asked["carrier"] else _kind(asked["verb"] or asked["asked_verb"] or "")
        return _parts(asked["carrier"] or asked["outlet"] or "", piece, date, verb,
                      asked["whose"] or "")
    found = _ACTIVE.fullmatch(text) or _PASSIVE.fullmatch(text)
    if found is None:
        return None
    return _parts(found["outlet"], found["piece"], date, _kind(found["verb"]))


def _kind(verb: str) -> str:
    return CAPTURE if verb.lower().startswith(("captur", "archiv")) else ""


def _dated(text: str, dates: list[ClaimDate]) -> tuple[ClaimDate | None, str]:
    """The date that ends a text after "on", "in", "of", "from" or "dated", and the text
    before it; or None and the text."""
    bare = text.rstrip(" .!?")
    for date in dates:
        ending = re.search(rf"\s+(?:on|in|of|from|dated)\s+{re.escape(date.text.strip())}$",
                           bare, re.IGNORECASE)
        if ending is not None:
            return date, bare[:ending.start()]
    return None, text


def _parts(outlet: str, piece: str, date: ClaimDate | None, verb: str, whose: str = ""
           ) -> Publishing | None:
    titled = _TITLE.search(piece)
    title = titled["title"] if titled else ""
    if titled:
        piece = f"{piece[:titled.start()]} {piece[titled.end():]}"
    if re.search(r"[‘'“\"]", piece.replace("'s ", " ")):
        return None  # a mark left over: a quotation this does not read
    return Publishing(" ".join(outlet.split()), " ".join(piece.split()), title, date, verb,
                      " ".join(whose.split()))


def same_title(claimed: str, given: str) -> bool:
    """Whether a title in quotation marks is a source's title, word for word."""
    return fold(claimed).split() == fold(given).split()


__all__ = ["CAPTURE", "CARRY", "PIECE", "Publishing", "publishing", "same_title"]
