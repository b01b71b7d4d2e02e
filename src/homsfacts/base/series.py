"""Series: the values of one quantity for different times (a city's population in 1960, 2004
and 2017), as Wikidata keeps them with ``point in time`` qualifiers.

A figure's time is its ``as_of`` (an EDTF date or span) or its ``period`` in words. A series
is told in date order: the values with an ``as_of`` by the first day it may mean, then the
values whose time is given only in words ("the 12th century"), which a program cannot place,
in the order of the base. The latest value is the one whose ``as_of`` ends last.
"""

from __future__ import annotations

from homsfacts.base.dates import DateError, parse_edtf
from homsfacts.base.match import id_words
from homsfacts.base.views import Record


def time_of(figure: Record) -> str | None:
    """The time a figure's value is true for, as the base gives it, or None."""
    return figure.get("as_of") or figure.get("period")


def dated(figure: Record) -> tuple[int, int] | None:
    """The first and last day a figure's ``as_of`` may mean, as day numbers; None for a time
    in words."""
    as_of = figure.get("as_of")
    if not as_of:
        return None
    try:
        date = parse_edtf(as_of)
    except DateError:
        return None
    return date.earliest, date.latest


def in_date_order(values: list[Record]) -> list[Record]:
    """Dated values by their first day (ties by their last day, then the base's order), then
    the values whose time is only in words, as the base has them."""
    placed = [value for value in values if dated(value) is not None]
    placed.sort(key=lambda value: dated(value) or (0, 0))
    return placed + [value for value in values if dated(value) is None]


def summary(values: list[Record]) -> Record:
    """What a series says about its times: the latest value's id, the first and last dated
    time, how many values are dated, and the times given only in words."""
    placed = [value for value in in_date_order(values) if dated(value) is not None]
    latest = max(placed, key=lambda value: (dated(value) or (0, 0))[1], default=None)
    words = [str(value["period"]) for value in values
             if dated(value) is None and value.get("period")]
    return {"latest": latest["id"] if latest else None,
            "first": placed[0]["as_of"] if placed else None,
            "last": latest["as_of"] if latest else None,
            "dated": len(placed), "in_words": list(dict.fromkeys(words))}


def series_note(group: Record, shown: str) -> str:
    """One line for the value of a series shown on its behalf: ``+16 earlier; latest of 17
    values, 1785 to 2017, and the 12th century``. ``shown`` is the id of that value."""
    times = group["times"]
    others = group["reports"] - 1
    latest = next((value for value in group["values"] if value["id"] == times["latest"]),
                  None)
    span = (f"{times['first']} to {times['last']}" if times["first"] != times["last"]
            else str(times["first"]))
    if times["in_words"]:
        span += ", and " + ", ".join(times["in_words"])
    if latest is not None and shown == latest["id"]:
        same = sum(1 for value in group["values"] if value["id"] != shown
                   and value.get("as_of") == latest.get("as_of"))
        parts = [f"+{others - same} earlier"] if others - same else []
        if same:
            parts.append(f"+{same} other report{'s' if same != 1 else ''} for "
                         f"{latest['as_of']}")
        parts.append(f"latest of {group['reports']} values, {span}")
        return "; ".join(parts)
    where = f": {latest['id']}, for {latest['as_of']}" if latest is not None else ""
    return (f"+{others} other value{'s' if others != 1 else ''}; one of "
            f"{group['reports']} values, {span}; the latest{where}")


def key_words(text: str) -> set[str]:
    """The words of an id or a group's key: ``homs-population`` is {homs, population}."""
    return set(id_words(text).split())


def names_series(query_words: set[str], key: str) -> bool:
    """Whether words a user typed name a series: every word is a word of its key, and one
    is its last, the quantity (``population`` and ``homs population`` name
    ``homs-population``; ``homs`` alone names the city, not its population)."""
    words = key_words(key)
    return bool(query_words) and query_words <= words and key.rsplit("-", 1)[-1] in query_words


def related_to_series(figure_id: str, key: str) -> bool:
    """Whether a figure outside a series measures something close to it: its id holds every
    word of the series' key (``homs-prewar-population`` and ``homs-metro-population-2004``
    beside the series ``homs-population``)."""
    return key_words(key) <= key_words(figure_id)
