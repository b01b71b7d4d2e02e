"""The public form of each record: what ``--json`` prints and what every renderer reads.

Field names here are a contract (documented in the README): they may gain fields, never lose or
rename them. A view adds what is computed, such as an event's ISO ``date`` and ``end`` and a
figure's ``display`` string, to the record as the base stores it.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from homsfacts.base.dates import parse_edtf, year_of

Record = dict[str, Any]

_QUALIFIER_WORDS = {"exact": "", "approximate": "about ", "estimate": "an estimated "}
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_SINGULAR = {"people": "person", "years": "year", "months": "month", "days": "day",
             "weeks": "week", "hours": "hour"}
_SCALES = ((12, "trillion"), (9, "billion"), (6, "million"))
"""Powers of ten a sum of money is said in, largest first."""
_SCALED_PLACES = 3
"""At most this many decimals in a scaled sum (``$302.5 million``); a sum that would need more
is shown in full (``$302,512,345``), so the scale never hides a digit."""


def exact_number(value: float) -> Decimal:
    """The number as the base writes it, exactly: an integer as itself, a float as the
    shortest decimal that reads back as the same float (``0.125``, ``1.23e25``), never with
    the digits of its binary approximation. A float with no fraction counts as an integer."""
    if isinstance(value, int):
        return Decimal(value)
    number = Decimal(repr(float(value)))
    return number.to_integral_value() if number == number.to_integral_value() else number


def number_text(value: float | Decimal) -> str:
    """The one way a number is shown: every digit of :func:`exact_number`, no more and no
    fewer, with thousands separators and no exponent: ``800,000``, ``0.004``, ``-0.001``,
    ``12,300,000,000,000,000,000,000,000``."""
    number = value if isinstance(value, Decimal) else exact_number(value)
    if number == 0:
        number = abs(number)  # -0.0 reads as 0
    return format(number, ",f")


def _decimals(number: Decimal) -> int:
    """How many digits a number has after its point, trailing zeros left out."""
    _, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite: the base holds no inf or NaN
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing))


def _shifted(number: Decimal, places: int) -> Decimal:
    """``number`` times ten to the ``places``, exactly (no rounding to a context's precision),
    without trailing zeros after the point: ``302500000``, -6 -> ``302.5``."""
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    exponent += places
    while exponent < 0 and len(digits) > 1 and digits[-1] == 0:
        digits, exponent = digits[:-1], exponent + 1
    return Decimal((sign, digits, exponent))


def format_quantity(value: float, unit: str) -> str:
    """``302500000 USD`` -> ``$302.5 million``; ``2200 people`` -> ``2,200 people``;
    ``0.004 percent`` -> ``0.004 percent``. The digits are always exactly the value's."""
    number = exact_number(value)
    if unit == "rank" and number == number.to_integral_value():
        whole = int(number)
        suffix = "th" if 10 <= whole % 100 <= 20 else _ORDINAL_SUFFIX.get(whole % 10, "th")
        return f"{number_text(number)}{suffix}"
    if unit in _CURRENCY_SYMBOLS:
        symbol = _CURRENCY_SYMBOLS[unit]
        sign, number = ("-", -number) if number < 0 else ("", number)
        for power, word in _SCALES:
            if number >= Decimal(10) ** power:
                scaled = _shifted(number, -power)
                if _decimals(scaled) <= _SCALED_PLACES:
                    return f"{sign}{symbol}{number_text(scaled)} {word}"
                break
        return f"{sign}{symbol}{number_text(number)}"
    if number == 1 and unit in _SINGULAR:
        return f"1 {_SINGULAR[unit]}"
    return f"{number_text(number)} {unit}"


def format_range(low: float, high: float, unit: str, joiner: str = "to") -> str:
    """``1,200 to 2,000 people``: the unit once, when both ends carry it."""
    first, last = format_quantity(low, unit), format_quantity(high, unit)
    for suffix in (f" {unit}", *(f" {word}" for word in _SINGULAR.values())):
        if first.endswith(suffix) and last.endswith(f" {unit}"):
            first = first.removesuffix(suffix)
    return f"{first} {joiner} {last}"


def figure_display(figure: Record) -> str:
    """The figure as a person would say it, keeping the source's hedge."""
    value = figure.get("value")
    if value is None:
        low, high, unit = figure.get("low"), figure.get("high"), figure["unit"]
        if figure.get("words"):
            return str(figure["words"])
        if low is not None and high is not None:
            return f"between {format_range(low, high, unit, 'and')}"
        if low is not None:
            return f"at least {format_quantity(low, unit)}"
        return f"at most {format_quantity(high, unit)}" if high is not None else ""
    text = _QUALIFIER_WORDS.get(figure["qualifier"], "") + format_quantity(value, figure["unit"])
    low, high = figure.get("low"), figure.get("high")
    if low is not None and high is not None:
        text += f" (between {format_range(low, high, figure['unit'], 'and')})"
    elif low is not None:
        text += f" (at least {format_quantity(low, figure['unit'])})"
    elif high is not None:
        text += f" (at most {format_quantity(high, figure['unit'])})"
    return text


def event_view(event: Record) -> Record:
    edtf = parse_edtf(event["date"])
    return {
        "id": event["id"],
        "type": "event",
        "date": edtf.start.iso(),
        "end": edtf.end.iso() if edtf.end else None,
        "one_of": edtf.one_of,
        "edtf": event["date"],
        "precision": edtf.start.precision,
        "approximate": edtf.approximate,
        "uncertain": edtf.uncertain,
        "derived": event["derived"],
        "date_note": event["date_note"],
        "summary": event["summary"],
        "attribution": event["attribution"],
        "entities": event["entities"],
        "places": event["places"],
        "agents": event.get("agents") or [],
        "targets": event.get("targets") or [],
        "happening": event.get("happening"),
        "rank": event.get("rank", "normal"),
        "rank_reason": event.get("rank_reason"),
        "sources": event["sources"],
        "group": None,
    }


def figure_view(figure: Record) -> Record:
    view: Record = {"id": figure["id"], "type": "figure"}
    view.update(figure)
    view["display"] = figure_display(figure)
    view["group"] = None
    return view


def plain_view(kind: str, record: Record) -> Record:
    view: Record = {"id": record["id"], "type": kind}
    view.update(record)
    return view


def view(kind: str, record: Record) -> Record:
    if kind == "event":
        return event_view(record)
    if kind == "figure":
        return figure_view(record)
    return plain_view(kind, record)


def date_label(event: Record) -> str:
    """``2012-02-22``, ``~2011 (derived)``, ``2012 – 2014 (derived)``; before year 1 as a
    reader counts years, ``~2000 BCE``, ``100 – 1 BCE``
    (:meth:`homsfacts.base.dates.Edtf.label`), while the JSON keeps the EDTF (``-1999``)."""
    text = ("~" if event["approximate"] else "") + parse_edtf(event["edtf"]).label()
    if event["uncertain"]:
        text += "?"
    if event["derived"]:
        text += " (derived)"
    return text


def cite_lines(citations: list[Record]) -> list[str]:
    """``["afp-2024-12-06 ¶17, 18", ...]``: each source with the paragraphs it supports."""
    return [f"{citation['source']} ¶{', '.join(str(number) for number in citation['paragraphs'])}"
            for citation in citations]


def cite_label(citations: list[Record]) -> str:
    """``afp-2024-12-06 ¶17, 18; other-source ¶2``: every citation on one line."""
    return "; ".join(cite_lines(citations))


def cited_paragraphs(record: Record) -> Iterator[tuple[str, int]]:
    """(source id, paragraph) for every paragraph a record cites."""
    for citation in record["sources"]:
        for paragraph in citation["paragraphs"]:
            yield citation["source"], paragraph


def event_years(event: Record) -> frozenset[str]:
    """The years an event's date spans, as written (a span of a century is no year)."""
    date = parse_edtf(event["edtf"])
    first, last = year_of(date.earliest), year_of(date.latest)
    return frozenset(str(year) for year in range(first, last + 1)) if last - first < 30 \
        else frozenset({str(first), str(last)})
