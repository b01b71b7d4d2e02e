"""How the base's outlets are named: a publisher or the agency or paper a page carries goes
by several names ("Agence France-Presse (AFP)", "AFP"; "english.hathalyoum.net",
"hathalyoum.net"), and a copy an archive captured is the archive's capture, not its
publisher's piece."""

from __future__ import annotations

import re

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.publishing import CAPTURE, CARRY
from homsfacts.check.voices import short_names

_GENERIC_ENDINGS = re.compile(r"\s+(?:News Agency|Foundation)$")

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


__all__ = ["archive_names", "name_in", "outlet_names", "outlet_shown", "put_out_by"]
