"""Whether a figure is for the places a claim names: a figure of one place does not
answer a claim about another (a whole country, another city, someone else's case)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


_COUNTED_IN = re.compile(
    r"^[^,;.]*?\b(?:were|was|be|lived|living|remained|remaining|stayed|staying|trapped)\s+"
    r"(?:still\s+)?(?:in|inside)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
"""Where the people a count counts were, written just after it ("about 1,200 people were in
Waer"): the place the count is of, whatever else the claim names ("... when the Old City
evacuation began")."""


def counted_in(base: FactBase, claim: str, count: str) -> str | None:
    """The id of the place the claim puts the people it counts in, right after the count as
    written, or None."""
    at = claim.find(count)
    found = _COUNTED_IN.search(claim[at + len(count):]) if at >= 0 else None
    if found is None:
        return None
    words = found["place"].split()
    for size in range(len(words), 0, -1):  # "the Old City of Homs" before "Old City"
        ids = base.mentions([fold(" ".join(words[:size]))]).get(fold(" ".join(words[:size])))
        if ids and len(ids) == 1 and (base.get(ids[0]) or {}).get("kind") in WHERE_KINDS:
            return ids[0]
    return None


def place_problem(base: FactBase, figure: Record, mentioned_ids: set[str],
                  counted_at: str | None = None) -> str:
    """Why a figure for one place does not answer a claim about another: a whole country
    ("600 journalists killed in Syria" is not "2 killed in Homs"), or another city
    ("Aleppo had 2 million people" is not answered by Homs's population); a figure of
    people's doings for a claim about someone else ("$302.5 million in Ochlik's case"
    against Colvin's); or ""."""
    involved = set(figure.get("about") or []).union(*(
        (record.get("entities") or []) for record in map(base.get, figure.get("about")
                                                         or []) if record is not None))
    people = {record_id for record_id in involved | mentioned_ids
              if (base.get(record_id) or {}).get("kind") == "person"}
    if people & involved and people & mentioned_ids - involved:
        other = sorted(people & mentioned_ids - involved)
        return (f"the claim is about {_name(base, other[0])}, and the base's figure, "
                f"{figure['label']!r}, is not")
    mentioned = [record for record in map(base.get, sorted(mentioned_ids))
                 if record is not None and record.get("kind") in WHERE_KINDS]
    if not mentioned:
        return ""
    places = set(figure.get("about") or [])
    for record_id in figure.get("about") or []:
        record = base.get(record_id)
        if record is not None and record["type"] == "event":
            places.update(record["places"])
    places = {place for place in places
              if (record := base.get(place)) is not None
              and record.get("kind") in WHERE_KINDS}
    if counted_at and places and counted_at not in places and not any(
            place in base.cards.inside(counted_at) for place in places):
        return (f"the claim counts people in {_name(base, counted_at)}, and the base's figure, "
                f"{figure['label']!r}, is for {', '.join(sorted(places))}")
    if places & mentioned_ids:  # a country beside it that holds none of its places ("came
        # back to Homs from Lebanon") is still another place
        mentioned = [record for record in mentioned if record["kind"] == "country"
                     and record["id"] not in places and not any(
                         place in base.cards.inside(record["id"]) for place in places)]
        if not mentioned:
            return ""
    countries = [record for record in mentioned if record["kind"] == "country"]
    if not countries:
        # Another place answers only where the figure's lies inside it (the Old City is
        # in Homs); a figure of the whole city does not count one of its districts ("100,000
        # lived in Baba Amr"); a figure tied to no place is left to the other tests.
        related = any(place in base.cards.inside(record["id"])
                      for record in mentioned for place in places)
        if not places or related:
            return ""
    return (f"the claim is about {(countries or mentioned)[0]['name']}, and the base's "
            f"figure, {figure['label']!r}, is for "
            f"{', '.join(sorted(places)) or 'somewhere else'}")


def _name(base: FactBase, record_id: str) -> str:
    return str((base.get(record_id) or {"name": ""})["name"])


__all__ = ["counted_in", "place_problem"]
