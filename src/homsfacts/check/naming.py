"""The names in a claim: the capitalised words the base knows nothing of, the words that
name a record it names ("HTS", "SOHR"), and whom it attributes itself to, as the record
those words name."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from homsfacts.base.match import fold
from homsfacts.check.people import COUNTRY_WORDS, DEMONYMS
from homsfacts.check.reader import MONTH_WORDS, NUMBER_WORDS, Reading
from homsfacts.check.voices import claimed_voice, voice_words

if TYPE_CHECKING:
    from homsfacts.base.store import FactBase


class Names:
    """Reads the names of claims against one base."""

    def __init__(self, base: FactBase) -> None:
        self.base = base

    def unknown(self, reading: Reading) -> list[str]:
        """Capitalised words inside the claim that appear nowhere in the base: a claim about
        Aleppo is not answered by a figure about Homs. Initials the index holds ("SOHR")
        are names it knows."""
        unknown = []
        for word in re.findall(r"\b([A-Z][\w'’-]+)", reading.claim):
            bare = word.rstrip("'’s").rstrip("'’")
            folded = fold(bare)
            if not folded or folded in MONTH_WORDS or folded in NUMBER_WORDS or \
                    folded in DEMONYMS or folded.split()[0] in COUNTRY_WORDS:
                continue  # a nationality or a country ("France-based") is a part of the claim
            if not self.base.search_ids(bare) and not self.base.mentions([folded]):
                unknown.append(bare)
        return unknown

    def voice(self, claim: str) -> tuple[set[str], set[str]]:
        """Whom a claim attributes itself to (:func:`claimed_voice`), as the words of the
        record's own name where its words name one record ("the SOHR" and "the Britain-based
        Syrian Observatory" are the Syrian Observatory for Human Rights, whose name the
        evidence's attribution gives); and the words the claim says it with, which are no
        other part of the claim."""
        said = voice = claimed_voice(claim)
        words = sorted(voice)
        grams = [" ".join(gram) for size in (2, 1)
                 for gram in itertools.permutations(words, size)]
        named = {record_id for ids in self.base.mentions(grams).values() if len(ids) == 1
                 for record_id in ids}
        if len(named) == 1:
            record = self.base.get(named.pop())
            if record is not None and record.get("name"):
                voice = voice_words(record["name"])
        return voice, said

    def naming(self, reading: Reading, names: dict[str, str]) -> list[str]:
        """The claim's words that name a record it names, as written ("HTS", "SOHR")."""
        return [word for word, ids in self.base.mentions(
            [fold(word) for word in reading.words]).items() if set(ids) & set(names)]


__all__ = ["Names"]
