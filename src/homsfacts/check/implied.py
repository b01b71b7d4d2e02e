"""What a count that writes no unit after it counts, where its words say so before it: a
measure named before it ("the median age was 24"), an area's words ("its area 48", "the
governorate covers 42,223": square kilometres; "the metropolitan area of Homs is 104": its
land or its people), or a unit written once for two counts ("the urban area is 76 square
kilometres and the metropolitan area 104", where the second leaves out its verb and its
unit). Such a count is of that kind, not a bare count of people that a figure of
inhabitants might back or refute."""

from __future__ import annotations

import itertools
import re

from homsfacts.check.quantity import AREA_OR_PEOPLE, Quantity

_GAP = re.compile(r"\s*,?\s*(?:and|while|whereas|but)\s+(?:(?:the|its|that\s+of)\s+)?"
                  r"(?P<noun>(?:[A-Za-z'’-]+\s+){0,3}[A-Za-z'’-]+)\s+(?:(?:at|of)\s+)?",
                  re.IGNORECASE)
"""What stands between two counts where the second leaves out its verb: a joint, and the
noun the second count is of ("and the metropolitan area", ", while Hama's at")."""
GAP_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "have", "be", "been",
                       "stood", "stands", "numbered", "counted", "reached", "killed", "left",
                       "took", "said", "says", "put", "gave", "lost", "fled", "died"})
"""Words that give the second count a verb of its own, and so maybe a unit of its own
("and 104 people were left")."""
_MEASURE = re.compile(r"\b(?P<measure>median|average|mean|density|temperature|rainfall|"
                      r"literacy|unemployment|fertility|expectancy|per\s+capita)\b"
                      r"(?:[^.;\d]|\b(?:1\d|20)\d\d\b)*$", re.IGNORECASE)
"""A measure named before a count with no clause and no number but a year between: "the
median age in Homs at the 2004 census was 24", "an average of 300"."""
_HEDGE = r"(?:(?:about|some|around|roughly|nearly|almost|over|more than|less than)\s+)?"
_AREA = re.compile(r"(?:(?:^|[,;:(]\s*|\b(?:and|while|but|whereas)\s+)(?:its|the|their|whose)\s+"
                   r"(?:total\s+|land\s+|surface\s+)?area(?:\s+of\s+[^.;,\d]{1,40}?)?\s+"
                   r"(?:(?:is|was|of|at|covers|covered|measures|measured)\s+)?|\b(?:covers|"
                   rf"covered|covering|spans|spanned|measures|measured)\s+){_HEDGE}$",
                   re.IGNORECASE)
"""An area given with no unit: "the area of the city is 48", "... and its area 48", "the
governorate covers 42,223": square kilometres, as the base's areas are."""
_PLACE_AREA = re.compile(r"\b(?:metropolitan|metro|urban|built-up|greater|wider)\s+area\b"
                         r"(?:\s+of\s+[^.;,\d]{1,40}?)?\s+(?:(?:is|was|stood at|covers|"
                         rf"measures)\s+)?{_HEDGE}$", re.IGNORECASE)
"""A place called an area and a count with no unit: "the metropolitan area of Homs is 104"
may give its land or its people (750,501)."""
_COUNTED = re.compile(r"\b(?:toll|number|population|people|residents|inhabitants|dead|deaths|"
                      r"killed|evacuees|fighters|civilians|density|census)\b", re.IGNORECASE)
"""Words before a verb of area that make the count one of people ("the toll covers 2,200")."""
_REACH = 60
"""How far apart two counts may stand for the second to borrow the first's unit: a noun
phrase of a few words, so that reading each pair costs no more than its gap."""


def implied_units(text: str, found: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    """The quantities found at their places in ``text``, each bare one given the unit its
    words imply: the measure named before it ("the median age was 24": a median), the area
    its words give ("its area 48": square kilometres; "the metropolitan area is 104": land
    or people), or the unit of a count it follows across a gap with no verb ("76 square
    kilometres and the metropolitan area 104": 104 square kilometres)."""
    ordered = sorted(found, key=lambda item: item[0])
    carried, before = {}, 0
    for start, quantity in ordered:  # no other count between a measure and its count
        measure = _MEASURE.search(text, max(before, start - _REACH), start) \
            if quantity.unit is None else None
        carried[start] = quantity._replace(unit=measure["measure"].lower()) if measure else \
            quantity._replace(unit=_area(text, max(before, start - _REACH), start)) \
            if quantity.unit is None else quantity
        before = start + 1
    for (start, first), (second_at, second) in itertools.pairwise(ordered):
        first_end, unit = _end(text, start, first), carried[start].unit
        gap = _GAP.fullmatch(text, first_end, second_at) if \
            0 < second_at - first_end <= _REACH else None
        if carried[second_at].unit in (None, AREA_OR_PEOPLE) and unit is not None and \
                gap is not None and not (
                set(gap["noun"].lower().split()) & GAP_VERBS) and re.match(
                r"\s*(?:[.;,)]|$)", text[_end(text, second_at, second):]):
            carried[second_at] = second._replace(
                unit="km2" if area_after_length(unit, gap["noun"]) else unit)
    return [(start, carried[start]) for start, _ in found]


_LENGTHS = frozenset({"m", "km", "km2"})


def area_after_length(unit: str | None, noun: str) -> bool:
    """Whether a count that borrows the unit of a length or area before it is an area, for
    the noun it is of says so: "501 m above sea level and its metropolitan area 104"."""
    return unit in _LENGTHS and "area" in noun.lower().split()


def _area(text: str, start: int, end: int) -> str | None:
    """The unit of a bare count that ends ``text[start:end]``'s words of an area: square
    kilometres, :data:`AREA_OR_PEOPLE` for a place called an area, or None."""
    if _PLACE_AREA.search(text, start, end):
        return AREA_OR_PEOPLE
    area = _AREA.search(text, start, end)
    if area is None or (area.group().split()[0].lower().startswith(("cover", "span", "measur"))
                        and _COUNTED.search(text, start, area.start())):
        return None  # "the toll covers 2,200"
    return "km2"


def _end(text: str, start: int, quantity: Quantity) -> int:
    """Where a count found at ``start`` ends: after its last word (its hedge stands before
    ``start``)."""
    last = quantity.text.split()[-1]
    return text.find(last, start) + len(last)


__all__ = ["GAP_VERBS", "area_after_length", "implied_units"]
