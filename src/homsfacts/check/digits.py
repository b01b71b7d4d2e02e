"""Numbers as the world writes them, made as the reader reads them: thousands grouped by a
space, a thin space, a dot or an apostrophe ("800 000", "652.609", "1'803'000") are grouped
by commas, and a decimal comma before a scale or a share ("$302,5 million", "51,5%") is a
decimal point. Without this, "2 200" is read as 2, and refuted as 1,100 times too small."""

from __future__ import annotations

import re

_GROUPED = re.compile(r"(?<![\d.,'’])(?P<lead>\d{1,3})(?P<mark>[ '’.\u00a0\u2009\u202f])"
                      r"(?P<rest>\d{3}(?:(?P=mark)\d{3})*)(?!\d|[.,]\d)")
"""A number of thousands grouped by one mark, the same between every group."""

_DECIMAL_BEFORE_SCALE = re.compile(r"\s*(?:million|billion|thousand|mn|bn|m|k)\b",
                                   re.IGNORECASE)
"""A scale after a number: "1.803 million" has a decimal point, not a group of thousands."""

_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(?P<whole>\d{1,3}),(?P<part>\d{1,2})(?=\s?(?:%|"
                            r"(?:million|billion|thousand|percent|per\s?cent)\b))",
                            re.IGNORECASE)
"""A decimal comma, read only before a scale or a share: "302,5 million", "51,5%"."""


_HUNDREDS = re.compile(r"(?<![\d.,])(?P<count>\d{1,2})\s+hundred\b(?!\s+(?:and\s+)?\d)",
                       re.IGNORECASE)
"""Figures before "hundred" ("8 hundred thousand"): a number in both, read as figures."""


def grouped(text: str) -> str:
    """``text`` with its numbers written as the reader reads them: ``800 000`` -> ``800,000``,
    ``$302,5 million`` -> ``$302.5 million``, ``8 hundred thousand`` -> ``800 thousand``."""
    text = _DECIMAL_COMMA.sub(r"\g<whole>.\g<part>", text)
    text = _HUNDREDS.sub(lambda match: str(int(match["count"]) * 100), text)
    return _GROUPED.sub(_regrouped, text)


def _regrouped(match: re.Match[str]) -> str:
    """One number's groups joined by commas, unless a dot is a decimal point: one group
    after it before a scale ("1.803 million"), or after a nought ("0.823")."""
    decimal = match["mark"] == "." and "." not in match["rest"] and (
        match["lead"].startswith("0")
        or _DECIMAL_BEFORE_SCALE.match(match.string, match.end()) is not None)
    return match.group() if decimal else match["lead"] + "," + match["rest"].replace(
        match["mark"], ",")


__all__ = ["grouped"]
