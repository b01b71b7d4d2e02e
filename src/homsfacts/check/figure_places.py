"""Whether a figure is for the places a claim names: a figure of one place does not
answer a claim about another (a whole country, another city, someone else's case)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homsfacts.base.views import Record
from homsfacts.vocabulary import WHERE_KINDS

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


def place_problem(base: FactBase, figure: Record, mentioned_ids: set[str]) -> str:
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


__all__ = ["place_problem"]
