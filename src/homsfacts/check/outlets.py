"""The base's outlets and what a source's record says of its piece: a publisher or the agency
or paper a page carries goes by several names ("Agence France-Presse (AFP)", "AFP";
"english.hathalyoum.net", "hathalyoum.net"); a copy an archive captured is the archive's
capture, not its publisher's piece; and a claim's date of a piece is read against the
date the record gives."""

from __future__ import annotations

import re

from homsfacts.base.dates import parse_edtf
from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.publishing import CAPTURE, CARRY
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from homsfacts.check.voices import short_names
from homsfacts.check.when import ClaimDate

AGENCY = re.compile(r"\b(?:Agence|Agency|Press|Presse)\b")
"""The name of a news agency: a page that carries an agency's story carries no other's; a
page that carries a paper's may carry whatever agency's story the paper ran."""
_GENERIC_ENDINGS = re.compile(r"\s+(?:News Agency|Foundation)$")
"""Endings an outlet's name may go without ("Trend News Agency": "Trend")."""


def outlet_names(name: str) -> set[str]:
    """The folded names an outlet goes by: "Agence France-Presse (AFP)" is also "AFP",
    "BBC News" "BBC", "The Hindu" "Hindu", "Trend News Agency" "Trend", "Los Angeles Times"
    "LA Times", "english.hathalyoum.net" "hathalyoum.net", and a copy "as captured by the
    Internet Archive" the Internet Archive's."""
    found: set[str] = set()
    for part in filter(None, (re.sub(r"^as captured by\s+", "", piece.strip())  # an archive's
                              for piece in re.split(r"[()]|, ", name))):
        if re.fullmatch(r"[\w-]+(?:\.[\w-]+){2,}", part):  # "english.hathalyoum.net"
            found.add(fold(part.split(".", 1)[1]))
        for form in {part, _GENERIC_ENDINGS.sub("", part), re.sub(r"^(?i:the)\s+", "", part)}:
            found.add(fold(form))
        if re.fullmatch(r"[A-Z]{2,} News", part):
            found.add(fold(part.split()[0]))
        found.update(fold(short).replace(" ", "") for short in short_names(part).split())
        if part.startswith("Los Angeles "):
            found.add(fold("LA " + part.removeprefix("Los Angeles ")))
    return {form for form in found if form}


def archive_names(publisher: str) -> set[str]:
    """The names of the archive that captured a copy ("World News (wn.com), as captured by
    the Internet Archive": the Internet Archive), or none."""
    return set().union(*(outlet_names(found[1]) for found in re.finditer(
        r"\bas captured by\s+([^,()]+)", publisher)))


def bare_outlet(text: str) -> str:
    """An outlet's name as written, folded and without its "the" ("The Guardian": guardian)."""
    return fold(re.sub(r"^(?i:the)\s+", "", text.strip()))


def archived(source: Record) -> bool:
    """Whether a source is an archive's capture of a copy, dated by the capture."""
    return bool(archive_names(str(source.get("publisher") or "")))


def put_out_by(source: Record, outlet: str, verb: str) -> bool:
    """Whether an outlet (folded) put a source out the way a claim or question says: an
    archive captures (``verb`` :data:`CAPTURE`) its copy, whose date is the capture's; any
    other outlet publishes, and only what no archive captured, whose date is its own; and
    an outlet asked which paper's report it carried (:data:`CARRY`) carries one."""
    publisher = str(source.get("publisher") or "")
    archives = archive_names(publisher)
    if verb == CAPTURE:
        return outlet in archives
    return not archives and outlet in outlet_names(publisher) and (
        verb != CARRY or bool(source.get("carries")))


def name_in(names: set[str], text: str) -> str:
    """The longest of ``names`` that ``text`` writes as whole words, or ""."""
    folded = f" {fold(text)} "
    return max((name for name in names if f" {name} " in folded), key=len, default="")


def outlet_shown(source: Record) -> str:
    """The publisher's name without the address or short name in its brackets."""
    return str(source["publisher"]).split(" (")[0]



def carries_kind(source: Record, whose: str) -> bool:
    """Whether what a source carries is the kind a question asks ("which agency's report",
    "which newspaper's"): an agency's story, or a paper's."""
    agency = AGENCY.search(str(source.get("carries") or "")) is not None
    if re.search(r"\bagenc", whose, re.IGNORECASE):
        return agency
    return not (re.search(r"\b(?:news)?papers?\b", whose, re.IGNORECASE) and agency)



def date_against(source: Record, date: ClaimDate, by_publisher: bool = True
               ) -> tuple[str, str]:
    """A claim's date of a source against the date the base gives it: outside it refutes,
    covering it backs, inside a wider date of the base ("May 2014" for "7 May 2014") is more
    precise than the base. A piece named by the outlet the page carries ("the LA Times
    story") may have come out before the page that carries it: an earlier date is unread."""
    if not source.get("published"):
        return NOT_ENOUGH_INFO, f"the base gives no date for {source['id']}"
    published = parse_edtf(str(source["published"]))
    low, high = date.reach()
    when = f"the base dates {source['id']} ({outlet_shown(source)}) to {published.label()}"
    if high < published.earliest and not by_publisher:
        return NOT_ENOUGH_INFO, (f"{when}, the page that carries the story; the story may be "
                                 f"older, so {date.text} is not ruled out")
    if high < published.earliest or low > published.latest:
        return REFUTED, f"{when}, not {date.text}"
    if date.earliest <= published.earliest and published.latest <= date.latest:
        return SUPPORTED, when
    return NOT_ENOUGH_INFO, f"{when}, less precisely than {date.text!r}"


__all__ = ["AGENCY", "archive_names", "archived", "bare_outlet", "carries_kind", "date_against",
           "name_in", "outlet_names", "outlet_shown", "put_out_by"]
