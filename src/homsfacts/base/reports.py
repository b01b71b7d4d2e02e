"""Many sources on one thing: agreement, disagreement and rank.

Figures that share ``measures`` are values of one quantity; events that share ``happening``
are reports of one happening. Every value keeps its own source, hedge and rank, as Wikidata
keeps every sourced statement: nothing here averages or drops a value. A group is

- ``agreed`` when every value that is not deprecated can be true at once: number ranges that
  overlap once each value is widened by its hedge ("about 1,200"), or dates that overlap (a day
  inside the month another source gives is a refinement, not a conflict);
- ``ranked`` when they cannot, and a value is ranked preferred, with its reason;
- ``disputed`` when they cannot and nothing was ranked.

A figure's value is true for its time (``as_of``, or ``period`` in words): values for
different times (a city's population in 1960 and in 2004) are a series, not a conflict, as
Wikidata's ``point in time`` qualifier makes them. Such a group has ``over_time``; only values
for the same time, and values that give no time (which may be for any), are compared.

The spread is the lowest and highest number the sources themselves give, never a widened one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from homsfacts.base.dates import day_iso, parse_edtf
from homsfacts.base.series import in_date_order, series_note, summary, time_of
from homsfacts.base.views import Record, date_label, format_quantity, format_range

RANK_ORDER = {"preferred": 0, "normal": 1, "deprecated": 2}

HEDGE_TOLERANCE = {"exact": 0.0, "approximate": 0.1, "estimate": 0.1}
"""How far a hedged value may be from the truth and still agree with another: "about 2,200"
covers 1,980 to 2,420. Used only to decide whether values can both be true."""

AGREED, RANKED, DISPUTED = "agreed", "ranked", "disputed"


def figure_range(figure: Record) -> tuple[float, float] | None:
    """The values a figure allows: its own bounds, or its value widened by its hedge; None
    for a figure given only in words."""
    value, low, high = figure.get("value"), figure.get("low"), figure.get("high")
    if value is None and low is None and high is None:
        return None
    tolerance = HEDGE_TOLERANCE.get(figure.get("qualifier") or "exact", 0.0)
    if value is not None:
        low = low if low is not None else value * (1 - tolerance)
        high = high if high is not None else value * (1 + tolerance)
    elif low is None and high is not None and tolerance:  # "nearly two years": close below
        low = high * (1 - 2 * tolerance)
    return (float("-inf") if low is None else float(low),
            float("inf") if high is None else float(high))


def event_range(event: Record) -> tuple[int, int]:
    """The first and last day an event's date may mean, as day numbers."""
    date = parse_edtf(event["edtf"])
    return date.earliest, date.latest


def _ranges_meet(ranges: list[Any]) -> bool:
    """Whether ranges on one line can all hold at once (they share a point)."""
    return not ranges or max(low for low, _ in ranges) <= min(high for _, high in ranges)


def _ordered(values: Iterable[Record]) -> list[Record]:
    return sorted(values, key=lambda value: RANK_ORDER.get(value.get("rank") or "normal", 1))


def _value_summary(value: Record) -> Record:
    summary: Record = {"id": value["id"], "rank": value.get("rank") or "normal",
                       "rank_reason": value.get("rank_reason"), "sources": value["sources"]}
    if value["type"] == "figure":
        summary.update(display=value["display"], value=value.get("value"),
                       low=value.get("low"), high=value.get("high"),
                       qualifier=value.get("qualifier"), attribution=value.get("attribution"),
                       attributed_to=value.get("attributed_to"), as_of=value.get("as_of"),
                       period=value.get("period"))
    else:
        summary.update(date=value["date"], end=value["end"], edtf=value["edtf"],
                       date_label=date_label(value), attribution=value.get("attribution"))
    return summary


def group_view(key: str, values: list[Record]) -> Record:
    """The ``group`` object of every value in a group: its status, the preferred value, the
    spread, and every value with its rank and sources (documented in the README)."""
    ordered = _ordered(values)
    live = [value for value in ordered if value.get("rank") != "deprecated"] or ordered
    kind = ordered[0]["type"]
    times = {time_of(value) for value in live} - {None} if kind == "figure" else set()
    if kind == "figure":
        meet = all(_ranges_meet([found for value in live
                                 if time_of(value) in (time, None)
                                 and (found := figure_range(value)) is not None])
                   for time in times or {None})
    else:
        meet = _ranges_meet([event_range(value) for value in live])
    if meet:
        status = AGREED
    elif any(value.get("rank") == "preferred" for value in live):
        status = RANKED
    else:
        status = DISPUTED
    best = _best(live, kind)
    view: Record = {"id": key, "status": status, "preferred": best["id"],
                    "reports": len(ordered)}
    if kind == "figure":
        view["spread"] = _spread(live)
        if len(times) > 1:
            view["over_time"] = True
            view["times"] = summary(ordered)
            ordered = in_date_order(ordered)
    else:
        earliest = min(event_range(value)[0] for value in live)
        latest = max(event_range(value)[1] for value in live)
        view["span"] = {"earliest": day_iso(earliest), "latest": day_iso(latest)}
        best_range = event_range(best)
        view["refines"] = [value["id"] for value in live if value is not best
                           and _inside(best_range, event_range(value))
                           and best_range != event_range(value)]
    view["values"] = [_value_summary(value) for value in ordered]
    return view


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _best(live: list[Record], kind: str) -> Record:
    """The value to show first: a preferred one; else, for reports of a happening that agree,
    the most precise date (a day refines a month); else the first in the base."""
    preferred = [value for value in live if value.get("rank") == "preferred"]
    if preferred:
        return preferred[0]
    if kind == "event" and _ranges_meet([event_range(value) for value in live]):
        return min(live, key=lambda value: _days(event_range(value)))
    return live[0]


def _days(span: tuple[int, int]) -> int:
    return span[1] - span[0]


def _spread(values: list[Record]) -> Record | None:
    """The lowest and highest numbers the sources give, as they give them."""
    lows: list[float] = [number for number in (
        value["low"] if value.get("low") is not None else value.get("value")
        for value in values) if number is not None]
    highs: list[float] = [number for number in (
        value["high"] if value.get("high") is not None else value.get("value")
        for value in values) if number is not None]
    if not lows and not highs:
        return None
    unit = values[0]["unit"]
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    return {"low": low, "high": high, "unit": unit,
            "display": spread_display(low, high, unit)}


def spread_display(low: float | None, high: float | None, unit: str) -> str:
    if low is not None and high is not None and low != high:
        return format_range(low, high, unit)
    if low is not None:
        return format_quantity(low, unit)
    return format_quantity(high, unit) if high is not None else ""


def reports_note(record: Record) -> str:
    """One line for a value shown on behalf of its group: ``+2 other reports; 1,200 to
    2,000 people; disputed``. Empty for a value with no group."""
    group = record.get("group")
    if not group or group["reports"] < 2:
        return ""
    if group.get("over_time"):
        return series_note(group, record["id"])
    if group["preferred"] != record["id"]:
        return (f"1 of {group['reports']} reports of {group['id']}; "
                f"shown first: {group['preferred']}")
    others = group["reports"] - 1
    parts = [f"+{others} other report{'s' if others != 1 else ''}"]
    spread = group.get("spread")
    if spread and spread["display"] and spread["low"] != spread["high"]:
        parts.append(spread["display"])
    refined = [value["date_label"] for value in group["values"]
               if value["id"] in group.get("refines", [])]
    if refined:
        parts.append("refines " + ", ".join(refined))
    if group["status"] != AGREED:
        parts.append(group["status"])
    return "; ".join(parts)
