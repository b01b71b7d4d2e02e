"""Numbers written in words, read as people say them: "two years", "eight hundred thousand",
"two thousand two hundred", "three hundred and two and a half million", "half a million",
"three hundred and two point five million".

"And" joins only after a scale ("three hundred and two") or before "a half": "between two
and three buses" is two numbers, not five. A scale begins a number only after "a": "several
hundred" is a vague count, read elsewhere. A lone "one" counts only what a unit after it
names ("one day", "one person"); "one student put it", "one in the United States" count
nothing, and are words of the claim.
"""

from __future__ import annotations

import re

from homsfacts.check.units import unit_after

SMALL = {word: number for number, word in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen"])}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
          "billion": 1_000_000_000}

NUMBER_WORD = "(?:" + "|".join(sorted([*SMALL, *TENS], key=len, reverse=True)) + ")"
"""One number word ("three", "twenty"), the longest first, for a pattern."""
COMPOUND_WORD = ("(?:" + "|".join(sorted(TENS, key=len, reverse=True)) + r")[-\s](?:"
                 + "|".join(sorted(SMALL, key=len, reverse=True)) + ")")
"""A ten and a unit ("twenty-five", "thirty one"), for a pattern."""
_SCALE = "(?:" + "|".join(SCALES) + ")"
_DIGIT = "(?:" + "|".join(list(SMALL)[:10]) + ")"
_AFTER_SCALE = "(?:" + "|".join(f"(?<={scale})" for scale in SCALES) + ")"
SPELLED = re.compile(
    rf"\b(?:{NUMBER_WORD}|(?:half\s+)?an?\s+{_SCALE})\b"  # "a million", "half a million"
    rf"(?:(?:[\s-]+|{_AFTER_SCALE}\s+and\s+)(?:{NUMBER_WORD}|{_SCALE})\b"  # "hundred and two"
    rf"|\s+point(?:\s+{_DIGIT})+\b"  # "two point five"
    r"|\s+and\s+a\s+half\b)*",  # "two and a half"
    re.IGNORECASE)
"""A number in words, from its first word to its last."""


def spelled_value(words: str) -> float:
    """The value of a number :data:`SPELLED` found: each scale multiplies what came since
    the last larger one ("two thousand two hundred" is 2,000 and 200)."""
    total = current = 0.0
    place = 0.0  # after "point", what each digit is worth: "two point five" is 2.5
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word == "point":
            place = 0.1
        elif place and word in SMALL:
            current += SMALL[word] * place
            place /= 10
        elif word in ("a", "an"):
            current = current or 1.0  # "a million"; in "half a million" the half stands
        elif word == "half":
            current += 0.5
        elif word in SMALL:
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = place = 0.0
    return total + current


def rounded_as(words: str, value: float) -> tuple[str, float]:
    """The figures and scale a number in words is written to: "three hundred million" is
    300 millions, rounded as "300 million" is; "two thousand two hundred" is 2,200 ones."""
    last = SCALES.get(re.split(r"[\s-]+", words.lower().strip())[-1], 1)
    scale = last if last >= SCALES["thousand"] else 1
    return f"{value / scale:.10g}", scale


FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25,
             "one quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75,
             "four fifths": 0.8, "three fifths": 0.6, "two fifths": 0.4, "a fifth": 0.2,
             "one fifth": 0.2}
"""Shares of a whole in words: of a count ("a third of the fighters"), or of a scale ("a
quarter of a billion dollars")."""
_HYPHENED_FRACTION = re.compile(r"\b(one|two|three|four)-(thirds?|quarters?|fifths?)\b",
                                re.IGNORECASE)


def unhyphened(text: str) -> str:
    """A fraction written with a hyphen ("three-quarters of a million") as with a space."""
    return _HYPHENED_FRACTION.sub(r"\1 \2", text)


def lone_one(words: str) -> bool:
    """Whether a number in words is the bare word "one", which may be a pronoun."""
    return words.lower().strip() == "one"


_ORDERS = {"hundred": 100.0, "thousand": 1_000.0, "million": 1_000_000.0}
VAGUE = re.compile(r"\b(?:(?P<some>several|a\s+few|many)\s+)?(?P<orders>(?:tens|hundreds)\s+of"
                    r"\s+thousands|thousands|hundreds)\b|\b(?P<some_of>several|a\s+few|many)\s+"
                    r"(?P<order>hundred|thousand)(?:\s+(?P<times>thousand|million))?\b",
                    re.IGNORECASE)
"""Counts given only in words of their order: "hundreds", "several thousand", "a few hundred
thousand"; each is at least two of its order ("thousands" is not 1,200), "several" three
and "many" five ("several thousand" is not 2,200)."""
_LEAST_OF = {"": 2, "a few": 2, "several": 3, "many": 5}


def vague_range(match: re.Match[str]) -> tuple[float, float]:
    """The least and most a count of an order found by :data:`VAGUE` may be."""
    if match["order"]:
        unit = _ORDERS[match["order"].lower()] * _ORDERS.get((match["times"] or "").lower(), 1)
    else:
        words = match["orders"].lower().split()
        unit = {"tens": 10_000.0, "hundreds": 100.0 if len(words) == 1 else 100_000.0,
                "thousands": 1_000.0}[words[0]]
    least = _LEAST_OF[" ".join((match["some"] or match["some_of"] or "").lower().split())]
    return least * unit, 10 * unit - 1


def worded_range(words: str) -> tuple[float, float] | None:
    """The least and most a source's count given only in words of its order may be ("tens
    of thousands"), where the words are that alone; None otherwise ("two thirds of ...")."""
    match = VAGUE.fullmatch(" ".join(words.split()))
    return vague_range(match) if match else None


def counts_one(text: str, start: int, end: int) -> bool:
    """Whether a lone "one" counts ("only one journalist", "one Western journalist", "one
    day"), not stands for someone ("as one student put it", "one in the United States")."""
    if re.search(r"\b(?:only|just|exactly|at\s+least|but)\s*$", text[max(0, start - 12):start],
                 re.IGNORECASE):
        return True
    if unit_after(text, end)[0] is not None:
        return True
    describing = re.match(r"\s+(?!(?:of|in|who|that|at|on|to|for)\b)[A-Za-z-]+", text[end:])
    return describing is not None and unit_after(text, end + describing.end())[0] is not None


__all__ = ["COMPOUND_WORD", "FRACTIONS", "NUMBER_WORD", "SCALES", "SMALL", "SPELLED", "TENS",
           "VAGUE", "counts_one", "lone_one", "rounded_as", "spelled_value", "unhyphened",
           "vague_range", "worded_range"]
