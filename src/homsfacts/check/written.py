"""Claims whose numbers no figure counts and whose dates no event dates, checked against one
sentence of the base that writes them ("Khalid ibn al-Walid was born in Mecca in 592", "the
evacuation began at about 10 am"): supported by a sentence that says every other part and
writes each number as the claim does; refuted by one that says every other part and puts the
happening at another time of day ("at around 7 am" against "at about 10 am"), for a
happening begins once."""

from __future__ import annotations

import re

from homsfacts.base.views import Record
from homsfacts.check.acts import Act, acts
from homsfacts.check.clock import clock_times, retimed
from homsfacts.check.modifiers import without_codes
from homsfacts.check.order import record_names
from homsfacts.check.reader import Reading, read
from homsfacts.check.sentences import Sentence, sentences
from homsfacts.check.statements import Reader, where_said
from homsfacts.check.verdicts import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, answer
from homsfacts.check.words import STOP_WORDS, terms

_NUMBER_OR_WORD = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+")

_BECAME = re.compile(r"\b(?:became|become|becomes|becoming|appointed|took\s+office|"
                     r"elected|chosen|installed|started\s+as|began\s+as)\b", re.IGNORECASE)
"""Words of a beginning ("became governor in November 2016"), which a copy of a source that
names someone so at its date does not date: he may have been governor long before."""
_COPY = re.compile(r"\b(?:copy|copies|version|edition|snapshot|archive)\b", re.IGNORECASE)


def judge_numbers(reader: Reader, reading: Reading, names: dict[str, str],
                  claim_acts: list[Act]) -> tuple[str, str, Sentence] | None:
    """The verdict of the sentence that says every other part of a claim whose numbers and
    dates no figure or event is about, its reason and the sentence: supported where it writes
    each number as the claim does, in the same company: the word after it the same ("501 m",
    not "501 ft"; "25 sub-districts", not "25 districts"), and the words of its clause in the
    number's clause ("born in Mecca in 592", not "took the throne in AD 218"); refuted where
    it puts the happening at another time of day (:func:`retimed`). None otherwise."""
    verdict, reason, sentence = reader.judge(reading, names, claim_acts)
    if verdict != SUPPORTED or sentence is None:
        return _timed_otherwise(reader, reading, names, claim_acts)
    dated = _dated_otherwise(reading, sentence)
    if dated:  # "early 2019" against "in 2019"; "2000 AD" against "2000 BCE"
        return NOT_ENOUGH_INFO, dated, sentence
    if reading.dates and _BECAME.search(reading.claim) and _COPY.search(sentence.text):
        return (NOT_ENOUGH_INFO, "the source dates a copy that names it so, not when it "
                f"began: “{sentence.text}”", sentence)
    years = [re.sub(r"^0+", "", date.iso[:4]) for date in reading.dates
             if re.fullmatch(r"\d{4}", date.iso[:4])]
    written = years + [match for quantity in reading.quantities
                       for match in re.findall(r"\d[\d,.]*\d|\d", quantity.text)]
    named = terms(" ".join(name for record_id in names if (record := reader.base.get(
        record_id)) is not None for name in record_names(record)))
    text = without_codes(sentence.text)  # the 34 of "34°18′N" is no density
    if not written or not all(_in_company(number, reading.claim, text, named,
                                          dated=number in years)
                              for number in written):  # "10 pm" where it says "10 am"
        return _timed_otherwise(reader, reading, names, claim_acts)
    return SUPPORTED, reason, sentence


def _dated_otherwise(reading: Reading, sentence: Sentence) -> str:
    """A date of the claim finer than a whole year ("early 2019", "January 2019") that the
    sentence gives no date inside of, or one whose number it writes of another time ("2000
    AD" against "2000 BCE"), as a reason; or ""."""
    written = read(sentence.text, copies_apart=False).dates
    for date in reading.dates:
        numbers = set(re.findall(r"\d+", date.text))
        other = next((each for each in written if set(re.findall(r"\d+", each.text)) == numbers
                      and (each.latest < date.earliest or each.earliest > date.latest)), None)
        if other is not None:  # "2000 AD" where the sentence says "2000 BCE"
            return f"the source gives {other.text}, not {date.text}"
        if re.fullmatch(r"\d{4}", date.iso) or any(
                date.earliest <= each.earliest and each.latest <= date.latest
                for each in written):
            continue
        return (f"the claim is more precise ({date.text}) than the source, which says only "
                f"\u201c{sentence.text}\u201d")
    return ""


def rest_backed(reader: Reader, reading: Reading, found: Record, outcome: Record
                ) -> Record | None:
    """The claim supported, where one sentence says all it says besides its numbers and a
    figure backs each of them ("By area, Homs Governorate is the biggest of Syria's 14
    governorates": the count of governorates, and the description that makes it the largest
    by area), with the ``outcome`` of its numbers; None where a number is not backed, the
    claim dates an event, or no sentence says the rest."""
    if any(date.get("result") == SUPPORTED for date in found["dates"]):
        return None  # a date binds what it dates: "in 1946 Syria became a French mandate"
    rest = reading.claim
    for part in (*found["quantities"], *found["dates"]):
        if part.get("result") not in (SUPPORTED, "checked with the figure"):
            return None
        rest = rest.replace(str(part["text"]), " ")
    rest_reading = read(rest)
    if rest_reading.quantities or rest_reading.dates or not rest_reading.words:
        return None
    claim_acts = acts(rest)
    verdict, _, sentence = reader.judge(rest_reading, reader.names.in_claim(rest_reading),
                                        claim_acts)
    if verdict != SUPPORTED or sentence is None:
        return None
    evidence = {record["id"]: record for record in [*outcome["evidence"], sentence.record]}
    return answer(outcome["claim"], SUPPORTED, f"{outcome['reason'].rstrip('.')}; and "
                  f"{where_said(sentence)} says the rest: \u201c{sentence.text}\u201d",
                  list(evidence.values()), {**found, "sentence": sentence.text})


def read_in(found: Record, verdict: str, reason: str, sentence: Sentence) -> Record:
    """What was read in a claim that a sentence settles: the sentence, and each number and
    date the claim gives compared with it, with its verdict (no figure or event was)."""
    del reason
    return {**found, "sentence": sentence.text, **{
        part: [{**each, "compared_with": "the sentence", "result": verdict}
               for each in found[part]] for part in ("quantities", "dates")}}


def _timed_otherwise(reader: Reader, reading: Reading, names: dict[str, str],
                     claim_acts: list[Act]) -> tuple[str, str, Sentence] | None:
    """A sentence that says every part of the claim but its time of day, which it gives
    otherwise: the claim read with the sentence's time is supported by that very sentence."""
    if not clock_times(reading.claim):
        return None
    for sentence in sentences(reader.base, names, reading.claim):
        changed = retimed(reading.claim, sentence.text)
        if changed is None:
            continue
        verdict, _, backing = reader.judge(read(changed[0]), names, claim_acts)
        if verdict == SUPPORTED and backing is not None and backing.text == sentence.text:
            return REFUTED, (f"{changed[1]} ({where_said(sentence)}: "
                             f"\u201c{sentence.text}\u201d)"), sentence
    return None


_YEAR_BESIDE = re.compile(r"\s*\((\d{3,4})\)")
"""A year in brackets after what it dates ("43 people per km² (2011)")."""


def _in_company(number: str, claim: str, text: str, named: set[str], *,
                dated: bool = False) -> bool:
    """Whether ``text`` writes ``number`` as ``claim`` does: followed by the same word, where
    the claim has one and the number is no year (``dated``: "the May 2014 evacuation" is
    "the evacuation ... in May 2014"), and in a clause (between commas, or "and") that
    holds every word of the claim's clause around it but the names (``named``): "51.5% of
    its people were male and 48.5% female" gives no share of women."""
    def clauses(whole: str) -> list[list[str]]:
        whole = _YEAR_BESIDE.sub(r" in \1", whole)  # "43 people per km² (2011)": in 2011
        return [_NUMBER_OR_WORD.findall(part.lower())
                for part in re.split(r",(?!\d)|[;:()]|\band\b", whole, flags=re.IGNORECASE)]

    if dated and set(re.findall(r"\b\d{3,4}\b", text)) == {number}:
        return True  # the one year a sentence gives is the year of all it says
    money = re.search(rf"([$€£])\s?{re.escape(number)}", claim)
    if money and not re.search(rf"{re.escape(money[1])}\s?{re.escape(number)}", text):
        return False  # "€302.5 million" where the source says "$302.5 million"
    for part in clauses(claim):
        for at in (index for index, word in enumerate(part) if word == number):
            after = part[at + 1:at + 2] if not dated else []
            wanted = terms(" ".join(part)) - named
            if not any(word == number and (not after or after[0] in STOP_WORDS
                                           or there[index + 1:index + 2] == after)
                       and wanted <= terms(" ".join(there))
                       for there in clauses(text) for index, word in enumerate(there)):
                return False
    return True


__all__ = ["judge_numbers", "read_in", "rest_backed"]
