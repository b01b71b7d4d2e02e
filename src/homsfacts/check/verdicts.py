"""The three verdicts, how the results of a claim's parts combine into one, and a verdict as
schema.org ClaimReview."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from homsfacts.base.views import Record

if TYPE_CHECKING:
    pass

SUPPORTED, REFUTED, NOT_ENOUGH_INFO = "supported", "refuted", "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)


def combine(claim: str, results: list[tuple[str, str]], evidence: list[Record],
            found: Record) -> Record:
    verdicts = [verdict for verdict, _ in results]
    if REFUTED in verdicts:
        verdict = REFUTED
    elif verdicts and all(verdict == SUPPORTED for verdict in verdicts):
        verdict = SUPPORTED
    else:
        verdict = NOT_ENOUGH_INFO
    reasons = [reason for each, reason in results if each == verdict] or \
        [reason for _, reason in results]
    return answer(claim, verdict, "; ".join(reasons), evidence, found)


def one_figure_each(quantities: list[Record], results: list[tuple[str, str]]) -> None:
    """A figure counts one thing: where a claim's quantities were all compared with the
    same figure and one of them agrees with it ("Assad had ruled for 24 years and the
    conflict was 13 years old"), the others count something else, which the base may not
    hold, and are not-enough-info rather than refuted by it."""
    by_figure: dict[str, list[int]] = {}
    for index, quantity in enumerate(quantities):
        if quantity["compared_with"]:
            by_figure.setdefault(quantity["compared_with"][0], []).append(index)
    for figure_id, indexes in by_figure.items():
        if len(indexes) < 2 or not any(results[index][0] == SUPPORTED for index in indexes):
            continue
        for index in indexes:
            if results[index][0] == REFUTED:
                quantities[index]["result"] = NOT_ENOUGH_INFO
                results[index] = (NOT_ENOUGH_INFO, f"{quantities[index]['text']!r} is not what "
                                  f"{figure_id} counts, which another number of the claim "
                                  "agrees with, and the base has no figure clearly about it")


_SENTENCE_OPENERS = frozenset({"The", "It", "A", "An", "No", "Its", "This", "That", "There",
                               "Both", "None", "Each", "One", "Some", "Another"})
"""The words a reason begins with that are no name, lowered when it follows a colon."""


def lowered(reason: str) -> str:
    """A reason set inside another sentence: its first letter in lower case."""
    return reason[:1].lower() + reason[1:]


def negate(result: Record, word: str) -> Record:
    """The verdict on a negated claim, from the verdict on the claim it denies: what the base
    supports, denied, is refuted; a nationality the base refutes, denied, is supported;
    anything else is not-enough-info, for the base refuting a claim does not make its
    negation sourced, and a matching number or date never supports a denial."""
    reason = result["reason"].rstrip(".")
    if reason.split(" ", 1)[0] in _SENTENCE_OPENERS:  # "Marie Colvin ..." keeps its capital
        reason = reason[:1].lower() + reason[1:]
    if result["verdict"] == SUPPORTED and " … " in word:
        verdict, why = NOT_ENOUGH_INFO, (f"the claim is negated more than once ({word!r}), "
                                         "and which way it points is not read")
    elif result["verdict"] == SUPPORTED:
        verdict, why = REFUTED, f"the claim denies ({word!r}) what the base supports: {reason}"
    elif (single := _one_value_refuted(result)) and " … " not in word:
        verdict, why = SUPPORTED, (f"the claim denies ({word!r}) {single}, which has one "
                                   f"value, and the base gives another: {reason}")
    else:
        verdict, why = NOT_ENOUGH_INFO, (f"the claim is a denial ({word!r}), and the base does "
                                         f"not support what it denies: {reason}")
    found = {**result["found"], "negated": word}
    return answer(result["claim"], verdict, why, result["evidence"], found)


def _one_value_refuted(result: Record) -> str:
    """What all a claim says is, where it is a person's nationality or a place's rank that
    the base refutes: its denial ("Marie Colvin was not French", "Homs is not Syria's largest city")
    is then what the base says, as one person has one nationality and a city one rank. A
    denial of a claim with a date, number or act may deny any of them. Which it is ("a
    nationality", "a rank"), or ""."""
    found = result["found"]
    if re.search(r"\b(?:but|rather)\b", result["claim"], re.IGNORECASE):
        return ""  # "not French but Belgian" gives another nationality of its own
    ranks = [quantity.get("unit") for quantity in found.get("quantities") or []] == ["rank"]
    if result["verdict"] != REFUTED or any(found.get(part) for part in ("dates", "acts")):
        return ""
    if ranks and not re.search(r"\b(?:or|and|nor)\b", result["claim"], re.IGNORECASE):
        return "a rank"  # "not its third or fourth city" denies more than the one rank
    return "a nationality" if found.get("nationality") == REFUTED and not found.get(
        "quantities") else ""


def answer(claim: str, verdict: str, reason: str, evidence: list[Record],
           found: Record) -> Record:
    text = reason[:1].upper() + reason[1:] + ("" if reason.endswith("\u201d") else ".") \
        if reason else ""
    return {"claim": claim, "verdict": verdict, "reason": re.sub(r"\.\.$", ".", text),
            "evidence": evidence, "found": found}


RATINGS = {SUPPORTED: "Supported", REFUTED: "Refuted", NOT_ENOUGH_INFO: "Not enough info"}
"""The ``reviewRating.alternateName`` of each verdict in a ClaimReview."""


def claim_review(verdict: Record) -> Record:
    """A verdict as schema.org ClaimReview JSON-LD, the markup fact-check publishers use.

    ``isBasedOn`` lists the sources the evidence cites (the verdict's ``cited``), each with
    its publisher, date and address, and the agency whose story it carries as its author. The
    review's own ``url`` and ``datePublished`` belong to whoever publishes it, so they are left
    out: the same claim always gets the same review. The author is homsfacts until a publisher
    puts its own name there."""
    based_on = []
    for source in verdict["cited"]:
        work: Record = {"@type": "CreativeWork", "identifier": source["id"],
                        "headline": source["title"],
                        "publisher": {"@type": "Organization", "name": source["publisher"]},
                        "datePublished": source["published"]}
        if source.get("carries"):
            work["author"] = {"@type": "Organization", "name": source["carries"]}
        if source.get("url"):
            work["url"] = source["url"]
        based_on.append(work)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": verdict["claim"],
        "reviewRating": {"@type": "Rating", "alternateName": RATINGS[verdict["verdict"]],
                         "ratingExplanation": verdict["reason"]},
        "itemReviewed": {"@type": "Claim"},
        "author": {"@type": "Organization", "name": "homsfacts"},
        "isBasedOn": based_on,
    }
