"""What a claim says of another claim inside it: a fact-check's frame that calls it false
("It is a myth that the siege lasted five years", "FALSE: Homs had 800,000 people"), and a
contrast that denies one value while it gives another ("Homs is Syria's third city, not its
largest", "an American rather than a Briton").

A frame denies the claim inside it: that claim is judged, and the verdict turned round as a
"not" turns it (:func:`homsfacts.check.verdicts.negate`). A contrast gives a value and denies
another: the value given is judged; the claim with the denied value put in its place is
judged too, and refutes it where the base backs that and not the value given ("overseen by the
Red Cross rather than the UN"); it is supported only where the denied value cannot also hold
(one nationality), and otherwise at most not-enough-info."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.base.written_dates import MONTHS
from homsfacts.check.copies import cited_copy
from homsfacts.check.digits import grouped
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS
from homsfacts.check.reader import ORDINAL_WORDS
from homsfacts.check.trends import change_claimed
from homsfacts.check.verdicts import (
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    answer,
    lowered,
    negate,
)
from homsfacts.check.words import DETERMINERS, counted_as_found

_DENYING_FRAME = re.compile(
    r"^\s*(?:(?:it\s+is|it['’]s|that\s+is|this\s+is)\s+(?:false|untrue|not\s+true|wrong|"
    r"incorrect|a\s+myth|a\s+lie|fake|a\s+falsehood|not\s+the\s+case)\s+"
    r"(?:that|to\s+(?:say|claim|suggest)(?:\s+that)?)"
    r"|(?:false|untrue|fake|myth|wrong|incorrect|debunked|not\s+true|pants\s+on\s+fire)"
    r"\s*[:—–]|(?:false|untrue|fake|myth|debunked)\s+-)\s*(?P<inner>\S.*)$",
    re.IGNORECASE | re.DOTALL)
"""A frame that calls the claim after it false: "It is a myth that ...", "FALSE: ..."."""
_CONTRAST_AFTER = re.compile(
    r"^(?P<kept>.+?)(?:,\s*(?:and\s+)?not|,?\s+rather\s+than|,?\s+instead\s+of)\s+"
    r"(?P<denied>(?:the|an?|its|his|her|their|syria['’]s|in|at|on|from|to|during|under|of|"
    r"by)\s+[^,;:]+?|\w+)\s*[.!]?$",
    re.IGNORECASE | re.DOTALL)
"""A value the claim denies after the one it gives: "..., not its largest", "an American
rather than a Briton"."""
_NOT_BUT = re.compile(
    r"^(?P<head>.+?\b(?:is|was|are|were))\s+not\s+(?:(?P<denied>(?:the|an?|its)\s+[^,;]+?)"
    r",?\s+but\s+(?P<tail>.+)|(?P<word>(?-i:[A-Z])\w+)\s+but\s+(?P<other>(?-i:[A-Z])\w+)[.!]?)$",
    re.IGNORECASE | re.DOTALL)
"""A denied value before the one given: "Homs is not the largest but the third city"; or one
capitalised word for another ("was not American but French"), not a verb ("were not defeated
but took Homs")."""
_COMPARED = re.compile(
    r"(?<=\S)\s+(?:is|was|are|were)\s+(?:far\s+|much\s+|slightly\s+)?(?:less|more|smaller|"
    r"larger|greater|bigger|higher|lower|fewer)\s+than\s+(?=(?:the|an?|its|their)\s)",
    re.IGNORECASE)
"""Words that compare what stands before them with a record ("A quarter of a billion dollars
is less than the judgement"): an amount so compared is no value the claim gives it."""
_AMOUNT = re.compile(r"\d|\b(?:hundred|thousand|million|billion)\b", re.IGNORECASE)


_OFFSET = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|\d+|several|a\s+few|some)\s+(?:days?|weeks?|"
    r"months?|years?|hours?|decades?|centuries|century)\s+(?:after|before|later|earlier)\b",
    re.IGNORECASE)
"""A time the claim puts between two things ("a day after Ochlik", "two years later"),
which the checker does not compare: what it backs of the rest does not back it."""


class Frame(NamedTuple):
    """The claim inside a frame or a contrast, and the words that frame it."""

    inner: str
    words: str
    denies: bool
    """Whether the frame denies the claim inside it (a "myth"), or gives it and denies
    another value (a contrast)."""
    compares: bool = False
    """Whether the claim compares an amount with a record ("$250 million is less than the
    judgement"), which is not read: the amount is no value of the record."""
    names: bool = False
    """Whether it denies one name for another ("was not Colvin but Ochlik"): what it is, not
    where, so no place of the claim stands for the name denied."""
    swaps: tuple[str, ...] = ()
    """The claims it denies, where the denied value stands inside it ("found the rebels, not
    the government, culpable": "found the government culpable", or with a longer phrase
    given up for it), tried in turn."""


def frame(claim: str) -> Frame | None:
    """The claim a frame or a contrast holds, or None where the claim has neither. A claim
    that is only a contrast's denied half ("not the army") is left whole. Read with its runs
    of spaces made one: a run is then crossed once, not once from each place before it."""
    claim = " ".join(claim.split())
    denying = _DENYING_FRAME.match(claim)
    if denying:
        words = claim[:denying.start("inner")].strip()
        return Frame(denying["inner"].strip(), words, denies=True)
    compared = _COMPARED.search(claim)  # read once from each place: linear in the claim
    if compared and change_claimed(claim) is None and ", " not in claim[:compared.start()] and \
            _AMOUNT.search(claim, 0, compared.start()):
        return Frame(claim, f"compared with {claim[compared.end():].rstrip('.! ')}",
                     denies=False, compares=True)
    not_but = _NOT_BUT.match(claim)
    if not_but:
        kept = not_but["tail"] or f"{not_but['other']}."
        return Frame(f"{not_but['head']} {kept}", f"not {not_but['denied'] or not_but['word']}",
                     denies=False, names=bool(not_but["word"]))
    contrast = _CONTRAST_AFTER.match(claim)
    if contrast and len(contrast["kept"].split()) >= 3:
        return Frame(contrast["kept"].strip().rstrip(",") + ".",
                     claim[contrast.end("kept"):].strip(" ,.!"), denies=False)
    inside = _CONTRAST_INSIDE.match(claim)
    if inside and len(inside["before"].split()) >= 2:
        given, denied = inside["before"].split(), inside["denied"]
        whole = fold(given[0]) in DETERMINERS  # "The Red Cross, not the UN, oversaw"
        swaps = tuple(_capitalised(" ".join([*given[:-size], denied, inside["after"]]))
                      for size in range(1, min(_LONGEST_GIVEN, len(given) - (not whole)) + 1)
                      if not (size < len(given) and fold(given[-size - 1]) in DETERMINERS
                              and fold(denied.split()[0]) in DETERMINERS))  # no "the the UN"
        return Frame(f"{inside['before']} {inside['after']}", f"not {inside['denied']}",
                     denies=False, swaps=swaps)
    return None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


_CONTRAST_INSIDE = re.compile(r"^(?P<before>[^,;]+?),\s*not\s+(?P<denied>[^,;]{1,60}?),\s*"
                              r"(?P<after>[^,;]+)$", re.IGNORECASE)
"""A value the claim denies between commas after the one it gives: "a court found the
rebels, not the government, culpable"."""
_LONGEST_GIVEN = 3
"""How many words before the comma a denied value between commas may stand for."""


_CLEFT = re.compile(r"^\s*It\s+(?:was|is)\s+(?P<where>(?:in|on|at|during)\s+[^,;]{1,80}?)\s+that\s+"
                    r"(?P<rest>[^,;]+?)(?P<end>[.!]?\s*)$", re.IGNORECASE)
"""A claim that puts its time or place first ("It was in Homs that factions first took up
arms"), which says no more than the plain sentence."""


def uncleft(claim: str) -> str:
    """``It was in Homs that factions took up arms.`` -> ``Factions took up arms in Homs.``"""
    match = _CLEFT.match(claim)
    if match is None:
        return claim
    rest = match["rest"]
    return f"{rest[:1].upper()}{rest[1:]} {match['where']}{match['end']}"


_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
_PLACED_BY = re.compile(
    r"^(?P<one>(?:The )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (?P<verb>lies|is|sits|stands)"
    r"(?P<far> (?:about |some |roughly |around )?[\d,.]+ (?:km|kilometres|kilometers|miles))? "
    r"(?P<side>north|south|east|west) of (?P<other>(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)"
    r"{0,3})[.!]?$")
"""A claim that places one place beside another, and nothing else: "Damascus lies south of
Homs", which says what "Homs lies north of Damascus" says."""


def converse(claim: str) -> str | None:
    """The claim that says the same of the other place ("Homs lies north of Damascus" for
    "Damascus lies south of Homs"), or None where the claim is not of that shape."""
    found = _PLACED_BY.match(claim.strip())
    if found is None:
        return None
    return (f"{found['other'][:1].upper()}{found['other'][1:]} {found['verb']}"
            f"{found['far'] or ''} {_OPPOSITE[found['side']]} of {found['one']}.")


def judged_in_frame(claim: str, judge: Callable[[str], Record]) -> Record:
    """The verdict on a claim, its numbers written as the reader reads them
    (:func:`homsfacts.check.digits.grouped`), through its frame or contrast where it has one
    (:func:`frame`); ``judge`` gives the verdict on a claim with none."""
    claim = uncleft(grouped(cited_copy(counted_as_found(claim))))
    found = frame(claim)
    if found is None:
        plain = judge(claim)
        mirrored = converse(claim) if plain["verdict"] == NOT_ENOUGH_INFO else None
        turned = judge(mirrored) if mirrored else None
        if mirrored and turned and turned["verdict"] != NOT_ENOUGH_INFO:  # "Damascus lies
            return answer(claim, turned["verdict"], f"read as {mirrored!r}: "  # south of Homs"
                          f"{lowered(turned['reason'])}", turned["evidence"], turned["found"])
        offset = _OFFSET.search(claim)
        if plain["verdict"] == SUPPORTED and offset and "order" not in plain["found"]:
            # "killed a day after Ochlik", unless the two events' dates were compared
            return answer(claim, NOT_ENOUGH_INFO, f"it puts {offset.group()!r} between two "
                          f"things, which is not compared; {lowered(plain['reason'])}",
                          plain["evidence"], plain["found"])
        return plain
    inner = judge(found.inner)
    if found.compares:
        return answer(claim, NOT_ENOUGH_INFO, f"it gives an amount {found.words}, and such a "
                      "comparison is not read", inner["evidence"], inner["found"])
    if found.denies:
        word = found.words.rstrip(":—–- ")
        if inner["found"].get("negated"):  # "It is false that Colvin was not American"
            word = f"{word} … {inner['found']['negated']}"
        return negate({**inner, "claim": claim}, word)
    if inner["verdict"] == REFUTED:
        return answer(claim, REFUTED, f"it says {found.inner!r}, and {lowered(inner['reason'])}",
                      inner["evidence"], {**inner["found"], "contrast": found.words})
    # "at Palmyra, not at Emesa" denies "at Emesa", which the base supports; where the base
    # seems to back both ("killed in Homs, not in Syria", "at Emesa, not Palmyra") nothing is
    # refuted: both may hold, or one of the two is misread
    placed = None if found.names or found.swaps else _swapped(found.inner, found.words)
    guessed = found.swaps or ((_tail_swapped(found.inner, found.words),) if not (
        placed or found.names) else ())
    for swapped in [placed, *guessed] if inner["verdict"] != SUPPORTED else []:
        if swapped and (other := judge(swapped))["verdict"] == SUPPORTED:
            return answer(claim, REFUTED, f"it denies {swapped!r}, which the base supports: "
                          f"{lowered(other['reason'])}", other["evidence"],
                          {**other["found"], "contrast": found.words})
    if inner["verdict"] == SUPPORTED and _one_value_given(inner, found.words):
        return answer(claim, SUPPORTED, f"{inner['reason'].rstrip('.')}; what the claim "
                      f"denies ({found.words!r}) cannot also hold, as it has one value",
                      inner["evidence"], {**inner["found"], "contrast": found.words})
    why = "what it denies is not read" if inner["verdict"] == SUPPORTED else \
        lowered(inner["reason"])
    return answer(claim, NOT_ENOUGH_INFO, f"it says {found.inner!r} and denies "
                  f"{found.words!r}; {why}", inner["evidence"],
                  {**inner["found"], "contrast": found.words})


_DENIED_PLACE = re.compile(r"^(?:not\s+(?P<preposition>in|at|on|from|to|during|under|of|by)|"
                           r"(?:rather\s+than|instead\s+of)\s+(?P<other>in|at|on|to|from|during|"
                           r"under|of|by|with|for|as))\s+(?P<phrase>\S.*)$", re.IGNORECASE)
"""A phrase denied after its preposition: "not in Homs", "rather than by HTS"."""
_LIES = re.compile(r"\b(?:lies|lay|is|was|are|were|stands|sits|located|situated)\s+in\b",
                   re.IGNORECASE)
"""A place put in another, which lies in a third too: a containing place is no rival."""
_MOVED = re.compile(r"\b(?:moved?|moves|moving|taken|took|brought|went|gone|fled|transferred|"
                    r"relocated|sent|carried|bussed|bused|driven)\b", re.IGNORECASE)
"""Verbs of a move, which runs "from" one place "to" another: "moved to Damascus from Homs
rather than from Mardin" may deny either end, and only a "not" says which."""


def _swapped(inner: str, words: str) -> str | None:
    """The claim with the place or time it denies put where it gives its own, after the same
    preposition ("took up arms in Aleppo" and "not in Homs": "took up arms in Homs"), or
    None where the denied words are no such phrase or the claim has none to replace."""
    denied = _DENIED_PLACE.match(words.strip())
    if denied is None:
        return _name_swapped(inner, words)
    preposition = (denied["preposition"] or denied["other"]).lower()
    if (denied["other"] and preposition == "from" and _MOVED.search(inner)) or \
            re.search(rf"\b{re.escape(denied['phrase'].rstrip(' .!'))}\b", inner,
                      re.IGNORECASE) or (preposition == "in" and _LIES.search(inner)):
        return None  # "the queen of Palmyra at Emesa rather than at Palmyra": Palmyra is in
        # the claim already; "lies in Homs Governorate rather than in Syria": both may hold
    given = [match.start() for match in re.finditer(rf"\b{preposition}\s", inner,
                                                     re.IGNORECASE)]
    if not given:
        return None
    end = _PHRASE_END.search(inner, given[-1])
    stop = end.start() if end is not None else len(inner)
    return f"{inner[:given[-1]]}{preposition} {denied['phrase']}{inner[stop:]}"


_PHRASE_END = re.compile(r"[,;.!]|$")
_DENIED_NAME = re.compile(r"^not\s+(?P<name>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$"
                          r"|^(?:rather\s+than|instead\s+of)\s+(?P<other>(?:the\s+)?[A-Z][\w'’-]*"
                          r"(?:\s+[A-Z][\w'’-]*)*)$")
_PLACED_NAME = re.compile(r"\b(?:in|at|on|from|to|near)\s+(?P<name>(?:the\s+)?[A-Z][\w'’-]*"
                          r"(?:\s+[A-Z][\w'’-]*)*)")


_TIME_NAMES = frozenset(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday"}


def _name_swapped(inner: str, words: str) -> str | None:
    """The claim with the name it denies, bare ("in Aleppo, not Homs", "on the Euphrates
    rather than the Orontes"), put in place of the one name after a preposition, or None
    where there is none or more than one, or either is a month or a day."""
    denied = _DENIED_NAME.match(words.strip())
    placed = [match for match in _PLACED_NAME.finditer(inner)
              if fold(match["name"]) not in _TIME_NAMES]  # "on Wednesday" is no place
    if denied is None or len(placed) != 1 or fold(denied["name"] or denied["other"]) in \
            _TIME_NAMES:  # "from Mardin to Homs, not Damascus": which one it denies is unsaid
        return None
    last, name = placed[-1], denied["name"] or denied["other"]
    return f"{inner[:last.start('name')]}{name}{inner[last.end('name'):]}"


_DENIED_PHRASE = re.compile(r"^(?:not|rather\s+than|instead\s+of)\s+(?P<phrase>(?:(?:the|an?|its|"
                            r"their|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4})$", re.IGNORECASE)
_PHRASE_START = frozenset({"in", "at", "on", "from", "to", "during", "under", "of", "by", "with",
                           "for", "as", "against", "into", "towards", "than"})
"""Words after which the phrase a contrast stands against begins ("overseen by the Red Cross
rather than the UN"), as it does at a determiner ("commanded the FSA rather than HTS")."""
_LONGEST_SWAP = 6
"""How many words the phrase a contrast at the end stands against may run to."""


def _tail_swapped(inner: str, words: str) -> str | None:
    """The claim with the phrase it denies put in place of the phrase its kept half ends
    with, from the last preposition or determiner ("aimed at the Christians rather than the
    Alawites": "aimed at the Alawites"), or None where that phrase is long or not there."""
    denied = _DENIED_PHRASE.match(words.strip())
    body = inner.rstrip(" .!")
    tokens = body.split()
    if denied is None or len(tokens) < 3 or fold(denied["phrase"]).split()[0] in _PHRASE_START:
        return None  # "rather than from Mardin": a phrase after a preposition is _swapped's
    start = max((at + 1 for at, word in enumerate(tokens) if fold(word) in _PHRASE_START),
                default=0)
    start = max([start, *(at for at, word in enumerate(tokens) if fold(word) in DETERMINERS)])
    if not 0 < start < len(tokens) or len(tokens) - start > _LONGEST_SWAP:
        return None
    return f"{' '.join(tokens[:start])} {denied['phrase']}."


_SUPERLATIVES = frozenset({"largest", "biggest", "smallest", "most", "least", "populous"})


def _one_value_given(inner: Record, words: str) -> bool:
    """Whether all the supported claim says is a value of which there is one (a person's
    nationality, a city's rank), and the words it denies give another of the same kind:
    giving one denies any other ("American rather than a Briton", but not "American, not a
    journalist")."""
    found, denied = inner["found"], set(fold(words).split())
    if found.get("nationality") == SUPPORTED and not found.get("quantities") and \
            not found.get("dates"):
        return bool(denied & (set(DEMONYMS) | set(COUNTRY_WORDS)))  # "rather than a Briton"
    return [quantity.get("unit") for quantity in found.get("quantities") or []] == ["rank"] \
        and not found.get("dates") and bool(denied & (ORDINAL_WORDS | _SUPERLATIVES))


__all__ = ["Frame", "converse", "frame", "judged_in_frame"]
