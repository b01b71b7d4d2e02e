"""The words that negate a claim ("not", "never", "wasn't"), and the claim they deny.

A claim is judged as the claim it denies, and the verdict turned round after
(:func:`homsfacts.check.verdicts.negate`): what the base supports, denied, is refuted."""

from __future__ import annotations

import re

# "Not" that negates what a claim asserts; "not quite", "not more than" are hedges, and "not
# only", "not until" shift the claim without denying it.
_DENYING_NO = ("had", "has", "have", "played", "plays", "bore", "bears", "took", "takes",
               "gave", "gives", "was", "were", "is", "are", "holds", "held", "hold",
               "included", "includes", "include", "contains", "contained", "contain")
_NEGATION = re.compile(
    r"^(?P<none>No)(?=\s+[a-z])(?!\s+(?:more|fewer|less|longer|later|earlier|sooner|doubt|"
    r"matter)\b)|"  # "No journalists were killed": a claim that none were
    r"\b(?:(?P<aux>\w+)n[’']t|(?P<word>not|never|cannot|(?:"
    + "|".join(rf"(?<=\b{verb} )" for verb in _DENYING_NO) + r")no))\b"
    r"(?!\s+(?:quite|more|less|fewer|only|until|till|just|least|over|under|longer|later|"
    r"earlier|sooner|doubt|one|other|matter)\b)",
    re.IGNORECASE)
"""Words that deny: "not", "never", a verb's "n't", and "no" after a verb ("had no link",
"played no part"); "no more than" and "no longer" say how much or when, and deny nothing."""
_ASKED_NOT_TO = re.compile(r"\b(?:told|tells|tell|urged|urges|urge|asked|asks|ask|ordered|"
                           r"orders|order|instructed|warned|warns|called\s+on|calls\s+on)\b"
                           r"(?:\s+[\w'’-]+){0,3}?\s+not\s+to\s$", re.IGNORECASE)
"""A verb of asking before "not to": "urged fighters not to harm" says what was asked."""
_AUXILIARIES = {"do": "", "does": "", "did": "", "was": "was", "were": "were", "is": "is",
                "are": "are", "has": "has", "have": "have", "had": "had", "ca": "can",
                "could": "could", "wo": "will", "would": "would", "should": "should"}


_CLEARED = re.compile(r"\b(?:cleared|absolved|exonerated)\s+(?P<who>(?:[\w'’-]+\s+){1,4}?)of\s+"
                      r"(?:any\s+|all\s+)?(?:responsibility|blame|culpability|guilt|liability)\b",
                      re.IGNORECASE)
""""Cleared the Syrian government of responsibility": a denial that it was found responsible."""


def negation(claim: str) -> tuple[str, str]:
    """The words that negate a claim, and the claim they deny: ``Colvin was not killed`` ->
    ``("not", "Colvin was killed")``; ``("", claim)`` when nothing negates it. Several
    negations are joined with " … ": which way such a claim points is not read, and its
    verdict is never supported (:func:`homsfacts.check.verdicts.negate`)."""
    cleared = _CLEARED.search(claim)
    if cleared and not _NEGATION.search(claim):
        return (cleared.group().split()[0], claim[:cleared.start()] +
                f"found {cleared['who']}responsible" + claim[cleared.end():])
    words: list[str] = []
    pieces: list[str] = []
    last = 0
    for match in _NEGATION.finditer(claim):
        if re.match(r"[^;,.:]*?\b(?:until|till)\b", claim[match.end():match.end() + 80],
                    re.IGNORECASE):
            continue  # "did not end until 2014" says when it ended; its own clause only
        if match["word"] and match["word"].lower() == "not" and (re.search(
                r"\bif\s+$", claim[max(0, match.start() - 4):match.start()], re.IGNORECASE)
                or _ASKED_NOT_TO.search(claim[max(0, match.start() - 60):match.end() + 4])):
            continue  # "months, if not years" widens what it follows, and "told fighters
            # not to harm" says what was asked: neither denies the claim
        if match["aux"] is not None:
            kept = _AUXILIARIES.get(match["aux"].lower())
            if kept is None:
                continue
            pieces.append(claim[last:match.start()])
            pieces.append(match["aux"][0] + kept[1:] if kept else "")
        else:
            before = claim[last:match.start()]
            pieces.append(re.sub(r"\b(?:did|does|do)\s*$", "", before, flags=re.IGNORECASE))
        words.append(match.group())
        last = match.end()
    if not words:
        return "", claim
    pieces.append(claim[last:])
    return " … ".join(words), " ".join("".join(pieces).split())


__all__ = ["negation"]
