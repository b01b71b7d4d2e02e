"""A noun the claim gives another word of the same kind than the source does: "a government
press centre" where the source says "an opposition press centre", "the Mamluk governor"
where it says "the Ottoman governor", "the Greek Orthodox Patriarchate" where it says "the
Syriac Patriarchate". Such words come in kinds whose values exclude each other (a side of
the war, a ruling people, a church); the claim's noun is backed only where the source gives
it a word of the same value, or none of that kind."""

from __future__ import annotations

import re
from collections.abc import Iterable

from homsfacts.base.match import fold
from homsfacts.base.views import Record
from homsfacts.check.people import DEMONYMS, RULING_PEOPLES
from homsfacts.check.words import MOSTLY_WORDS, STOP_WORDS, terms

_SIDES = {**dict.fromkeys(("government", "regime", "loyalist", "army"), "the government"),
          **dict.fromkeys(("rebel", "rebels", "opposition", "insurgent", "jihadist"),
                          "the rebels")}
_CHURCHES = {word: word for word in ("syriac", "greek", "armenian", "catholic", "maronite",
                                     "coptic", "protestant", "assyrian")}
_RULERS = {word: word for word in RULING_PEOPLES | {"muslim", "arab"}}
_COUNTRIES = {**DEMONYMS, "us": "United States", "usa": "United States", "syria": "Syria",
              "france": "France", "russia": "Russia"}
KINDS = (_SIDES, _CHURCHES, _RULERS, _COUNTRIES)
"""Each kind of word maps its words to their value: "regime" and "government" are one side."""

_BEFORE = 2
"""How many words before a noun may say whose or which it is ("Greek Orthodox
Patriarchate", "the Ottoman governor")."""


def _modified(text: str) -> dict[tuple[str, int], tuple[dict[str, str], str]]:
    """For each noun of a text (with the kind of word), the words of that kind said just
    before it in its clause, with their values, and the words from the first of them to the
    noun: "an American, and Remi Ochlik" says nothing of whose Ochlik is."""
    found: dict[tuple[str, int], tuple[dict[str, str], str]] = {}
    for clause in re.split(r"[,;:.()]", text):
        words = fold(clause).split()
        for at, noun in enumerate(words):
            if noun in STOP_WORDS or len(noun) < 3:
                continue
            for kind_at, kind in enumerate(KINDS):
                start = max(0, at - _BEFORE)
                said = {word: kind[word] for word in words[start:at] if word in kind}
                if (noun, kind_at) in found or not (said or noun in kind):
                    continue
                if not said:  # "the army" is the government's, unless "the rebel army"
                    found[(noun, kind_at)] = ({noun: kind[noun]}, noun)
                    continue
                first = next(index for index in range(start, at) if words[index] in kind)
                found[(noun, kind_at)] = (said, " ".join(words[first:at + 1]))
    return found


_RENAMED = re.compile(r"\brenam\w*\s+(?:it|them|the\s+city|\w+)\s+(?:as\s+|to\s+)?"
                      r"(?P<name>[^\W\d_][\w-]*)", re.IGNORECASE)


def renamed_otherwise(claim: str, texts: Iterable[str]) -> str:
    """A new name the claim gives a place that a text gives otherwise ("renamed it Emesa"
    against "rename it Ḥimṣ"), as a reason; or ""."""
    claimed = _RENAMED.search(claim)
    for text in texts if claimed else ():
        given = _RENAMED.search(text)
        if claimed and given and fold(given["name"]) != fold(claimed["name"]):
            return f"the source gives the new name as {given['name']}, not {claimed['name']}"
    return ""


_LENGTH_OF = re.compile(
    r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|single|\d+)\s+"
    r"(?:single\s+)?(?P<unit>hour|day|week|month|year)s?(?:['’]s?)?\s+of\s+(?P<what>\w+)",
    re.IGNORECASE)
_COUNTS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
           "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _lengths(text: str) -> dict[str, tuple[tuple[int, str], str]]:
    """For each thing a text gives a length of ("fighting"), the length and its words."""
    found: dict[str, tuple[tuple[int, str], str]] = {}
    for length in _LENGTH_OF.finditer(text):
        count = length["count"].lower()
        number = int(count) if count.isdigit() else _COUNTS.get(count, 0)
        found[fold(length["what"])] = ((number, length["unit"].lower()), length.group())
    return found


def length_otherwise(claim: str, texts: Iterable[str]) -> str:
    """How long something went on that a text gives otherwise ("after a week of fighting"
    against "after a single day of fighting"), as a reason; or ""."""
    claimed = _lengths(claim)
    for text in texts if claimed else ():
        for what, (length, words) in _lengths(text).items():
            if what in claimed and claimed[what][0] != length:
                return f"the source says {words!r}, and the claim {claimed[what][1]!r}"
    return ""


_BECAME = re.compile(r"\b(?:bec(?:ame|omes?|oming)|turn(?:s|ed|ing)?\s+into)\s+(?:an?\s+|the\s+)?"
                     r"(?P<what>[\w-]+(?:\s+[\w-]+){0,3})", re.IGNORECASE)


def became_otherwise(claim: str, texts: Iterable[str]) -> str:
    """What the claim says something became that a text, saying what it became, gives
    otherwise ("became a French mandate" against "becomes independent"), as a reason; or ""."""
    claimed = _BECAME.search(claim)
    for text in texts if claimed else ():
        given = list(_BECAME.finditer(text))
        if claimed and given and not any(terms(claimed["what"]) & terms(each["what"])
                                         for each in given):
            return f"the source says {given[0].group()!r}, and the claim {claimed.group()!r}"
        same = [each for each in given if claimed and terms(claimed["what"]) & terms(each["what"])]
        who, whose = _subject(claim, claimed), [_subject(text, each) for each in same]
        if claimed and who and whose and all(other and other != who for other in whose):
            return (f"the source says {whose[0].title()} {same[0].group()}, and the claim "
                    f"{who.title()}")  # "Homs became independent": Syria did
    return ""


def _subject(text: str, found: re.Match[str] | None) -> str:
    """The name just before a verb ("Syria becomes"), folded, or "" (none, or a comma)."""
    before = re.search(r"([A-Z][\w-]*)\s+$", text[:found.start()]) if found else None
    return fold(before[1]) if before else ""


_TOLD = re.compile(r"\b(?:told|tells|telling|tell)\s+(?:the\s+)?"
                   r"(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")
_FOR_A = re.compile(r"\bfor\s+(?:a|an|a\s+few|several|just\s+a|only\s+a)\s+"
                    r"(?P<unit>day|week|month|year)s?\b", re.IGNORECASE)


def told_otherwise(claim: str, texts: Iterable[str]) -> str:
    """Whom the claim says someone told that a text gives otherwise ("told the BBC" against
    "told the Associated Press"), or a length "for a week" of which a text gives none, as a
    reason; or ""."""
    claimed, lasted = _TOLD.search(claim), _FOR_A.search(claim)
    for text in texts if claimed or lasted else ():
        given = _TOLD.search(text)
        if claimed and given and fold(given["who"]) != fold(claimed["who"]):
            return f"the source says {given.group()!r}, and the claim {claimed.group()!r}"
        if lasted and not re.search(rf"\b{lasted['unit']}s?\b", text, re.IGNORECASE):
            return f"the source gives no length, and the claim says {lasted.group()!r}"
    return ""


def modified_otherwise(claim: str, texts: Iterable[str]) -> str:
    """A noun of the claim that a text gives only words of another value of the same kind
    ("the Ottoman governor" against the claim's "Mamluk governor"), or a new name, a length,
    what became of something or whom someone told that it gives otherwise, as a reason; or
    ""."""
    texts = list(texts)
    return _kind_otherwise(claim, texts) or renamed_otherwise(claim, texts) or \
        length_otherwise(claim, texts) or became_otherwise(claim, texts) or \
        told_otherwise(claim, texts) or _share_otherwise(claim, texts) or \
        _ruled_otherwise(claim, texts) or _for_whom_otherwise(claim, texts)


_FOR_WHOM = re.compile(r"\b(?P<what>victory|win|triumph|defeat|setback|blow|boost|loss|gain)\s+"
                       r"(?:for|to)\s+(?P<whom>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)
"""A win or a loss and whose it is ("a major victory for the government")."""
_WHOSE = {**_SIDES, "assad": "the government", "damascus": "the government"}
"""Words that say whose a win is: a side, its president, its capital."""
_LOSSES = frozenset({"defeat", "setback", "blow", "loss"})
"""A loss for one side, which is the other's win."""


def _for_whom_otherwise(claim: str, texts: list[str]) -> str:
    """Who won, by whose win or loss the claim says it was, where a text has the other side
    win ("a major victory for the rebels" against "a major victory for the government" or "a
    defeat for the rebels"), as a reason; or ""."""
    def sides(text: str) -> list[tuple[str, str]]:  # the side that won, and the words
        found = []
        for match in _FOR_WHOM.finditer(text):
            side = next((_WHOSE[word] for word in fold(match["whom"]).split()
                         if word in _WHOSE), "")
            if side and match["what"].lower() in _LOSSES:
                side = "the rebels" if side == "the government" else "the government"
            if side:
                found.append((side, match.group()))
        return found
    for side, phrase in sides(claim):
        given = [(other, said) for text in texts for other, said in sides(text)]
        if given and all(other != side for other, _ in given):
            return f"the source says {given[0][1]!r}, and the claim {phrase!r}"
    return ""


_UNDER = re.compile(r"\bunder\s+(?P<whom>[^;.()]+)", re.IGNORECASE)
_UNDER_WORDS = 6
"""How many words after "under" may say under whom ("under Nazim Hussein Pasha, the
Ottoman governor")."""


def _rulers_under(text: str) -> list[set[str]]:
    """The words of each "under ..." of a text, each word stripped of a plural "s"."""
    return [{word.removesuffix("s") for word in fold(found["whom"]).split()[:_UNDER_WORDS]}
            for found in _UNDER.finditer(text)]


def _ruled_otherwise(claim: str, texts: list[str]) -> str:
    """A ruling people the claim has something done under ("built under the Mamluks")
    where a text that names that people says under whom it was done and it is another ("the
    Mamluk mosque is pulled down under Nazim Hussein Pasha, the Ottoman governor"), as a
    reason; or "". A people the text names as a word of another noun rules nothing."""
    claimed = [(phrase, words & RULING_PEOPLES) for phrase, words in zip(
        (found.group() for found in _UNDER.finditer(claim)), _rulers_under(claim), strict=True)]
    for phrase, rulers in claimed:
        under = [(text, _rulers_under(text)) for text in texts
                 if rulers & {word.removesuffix("s") for word in fold(text).split()}]
        saying = [text for text, said in under if said]  # texts that say under whom
        if rulers and saying and not any(rulers & whom for _, said in under for whom in said):
            given = next(_UNDER.finditer(saying[0])).group()
            return (f"the source says {' '.join(given.split()[:_UNDER_WORDS + 1])!r}, "
                    f"and the claim {' '.join(phrase.split()[:3])!r}")
    return ""


_SHARES = re.compile(
    rf"\b(?:{'|'.join(MOSTLY_WORDS)})\s+"
    r"(?P<most>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    r"|\b(?P<some>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:minority|minorities|majority)\b",
    re.IGNORECASE)
"""Who make up most of a people ("mostly Sunni Muslims") or a part of them ("Alawite and
Christian minorities"): the words that say who, after "mostly" or before "minority"."""


def _share_otherwise(claim: str, texts: list[str]) -> str:
    """Who the claim says most of a people are, or a minority of them, where a text says
    it of others ("a mostly Alawite city with a Sunni minority" against "mostly Sunni
    Muslims, with Alawite and Christian minorities"), as a reason; or ""."""
    def shares(text: str) -> dict[str, list[tuple[set[str], str]]]:
        found: dict[str, list[tuple[set[str], str]]] = {"most": [], "some": []}
        for match in _SHARES.finditer(text):
            side = "most" if match["most"] else "some"
            found[side].append((set(fold(match[side]).replace("-", " ").split()) - STOP_WORDS,
                                match.group()))
        return found

    claimed = shares(claim)
    for text in texts if claimed["most"] or claimed["some"] else []:
        stated = shares(text)
        for side in ("most", "some"):
            for words, phrase in claimed[side]:
                if words and stated[side] and not any(words & said for said, _ in stated[side]):
                    return (f"the source says {stated[side][0][1]!r}, and the claim "
                            f"{phrase!r}")
    return ""


def _kind_otherwise(claim: str, texts: list[str]) -> str:
    """A noun of the claim that a text gives only words of another value of the same kind,
    as a reason; or ""."""
    claimed = _modified(claim)
    for text in texts if claimed else []:
        stated = _modified(text)
        for key, (said, phrase) in reversed(claimed.items()):  # the longest phrase first
            given = stated.get(key)
            if given and not set(said.values()) & set(given[0].values()):
                return (f"the source says {_as_written(given[1], text)}, and the claim "
                        f"{_as_written(phrase, claim)}")
    return ""


_CODE = re.compile(r"\b[A-Z]{2,}-[A-Z0-9]{1,4}\b|\b[A-Z]\d{3,6}\b|(?<![\d,.])\b0\d\d\b(?![.,]\d)"
                   r"|\d{1,3}\s*°(?:\s*\d{1,2}\s*[′'])?"
                   r"(?:\s*\d{1,2}(?:\.\d+)?\s*(?:″|''|\"))?\s*[NSEW]\b")
"""A code ("SY-HO", a geocode "C2528", a dialling code "031", not a time "0700") or a
coordinate with its hemisphere ("34°18′N"): one letter tells it from another, which the
words of a claim otherwise never weigh."""


def is_code(word: str) -> bool:
    """Whether a word is a code or coordinate (:data:`_CODE`) as a whole."""
    return _CODE.fullmatch(word) is not None


def _codes(text: str) -> set[str]:
    return {re.sub(r"\s+", "", code).replace("''", "″").replace("'", "′").replace('"', "″")
            for code in _CODE.findall(text)}


def code_terms(text: str) -> set[str]:
    """The terms a text's codes would otherwise give ("c2528"): no words of what it says."""
    return terms(" ".join(_codes(text)))


def without_codes(text: str) -> str:
    """A text with its codes and coordinates blanked: the 34 of "34°18′N" is no count."""
    return _CODE.sub(" ", text)


def code_otherwise(claim: str, text: str) -> str:
    """A code or coordinate of the claim that a text holding codes does not write, or writes
    of another thing ("geocode" where the text's is a "dialling code"), as a reason; or ""."""
    claimed, written = _codes(claim), _codes(text)
    unsaid = sorted(claimed - written)
    if unsaid:
        return f"the source writes {', '.join(sorted(written))}, not {unsaid[0]}" if written \
            else f"the source writes no code such as {unsaid[0]}"
    for code in sorted(claimed & written):
        mine, theirs = _keyed(claim, code, 8), _keyed(text, code, 3)
        if mine and theirs and not set(mine) & set(theirs):
            return f"the source writes {code} as its {' '.join(theirs)}, not its {' '.join(mine)}"
    return ""


_ANOTHER_TIME = re.compile(r"\b(?:once|formerly|previously|used to|former|earlier|"
                           r"originally|until|since|no longer|at first)\b", re.IGNORECASE)


def code_swapped(claim: str, text: str) -> str:
    """A code of the claim in whose place a text that says all else writes the one other
    code of its form, after a word the claim puts before its own ("ISO 3166 code SY-HO" for
    "ISO 3166 code is SY-HM"), as a reason; or ""."""
    if _ANOTHER_TIME.search(claim):  # "was once 021": a code of another time may differ
        return ""
    written = {code for code in _codes(text) if "°" not in code}  # a coordinate has two
    for code in sorted(_codes(claim) - written):  # of one form, N and E
        rivals = [other for other in written if _shape(other) == _shape(code)
                  and set(_keyed(claim, code, 8)) & set(_keyed(text, other, 3))]
        if len(rivals) == 1:
            return f"the source writes {rivals[0]}, not {code}"
    return ""


def _shape(code: str) -> str:
    """A code's form, each letter A and each digit 9: "SY-HO" and "SY-HM" are AA-AA."""
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", code))


def _keyed(text: str, code: str, size: int) -> list[str]:
    """The words that stand just before a code in a text, folded, that say what it is
    ("dialling code as 031": dialling, code)."""
    at = text.find(code)
    if at < 0:
        return []
    before = fold(text[max(0, at - 40 * size):at]).split()[-size:]  # a bounded look back
    return [word for word in before if len(word) > 2 and word not in STOP_WORDS]


def _as_written(phrase: str, text: str) -> str:
    """Folded words as the text writes them: "Ottoman governor", not "ottoman governor"."""
    written = {fold(word): word for word in re.findall(r"[^\W\d_][\w'’]*", text)}
    return " ".join(written.get(word, word) for word in phrase.split())


def record_texts(records: Iterable[Record]) -> list[str]:
    """The words of records a claim is compared with: an event's summary, a figure's label,
    an entity's description."""
    return [str(record.get("summary") or record.get("label") or record.get("description") or "")
            for record in records]


__all__ = ["KINDS", "became_otherwise", "code_otherwise", "code_swapped", "code_terms", "is_code",
           "length_otherwise", "modified_otherwise", "record_texts", "renamed_otherwise",
           "told_otherwise", "without_codes"]
