"""How names match: without regard to case or accents, by id, name, alias, initials or word.

``name_keys`` lists the keys a record can be found by, each with a tier; a query is answered by
the best tier that has any match. Fuzzy suggestions (rapidfuzz) are only computed on a miss.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

TIER_ID = 0
TIER_NAME = 1
TIER_INITIALS = 2
TIER_WORD = 3

# Articles and joining words that never identify a record on their own: "al" in "Al-Nusra
# Front", "of" in "Syrian Observatory for Human Rights".
STOP_WORDS = frozenset(
    {"a", "al", "an", "and", "de", "el", "for", "in", "of", "on", "the", "to", "s", "us"}
)
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text: ``Rémi  Ochlik!`` -> ``remi ochlik``."""
    if text.isascii():
        # Most names: one pass of a byte table, a third of the time of the general way below,
        # which gives the same for ASCII (a test checks it). It runs for every name a first
        # run indexes.
        return " ".join(text.encode().translate(_ASCII_FOLD).decode().split())
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NON_WORD.sub(" ", bare.casefold()).replace("_", " ").split())


_ASCII_FOLD = bytes(ord(chr(code).lower()) if chr(code).isalnum() else 0x20
                    for code in range(128)).ljust(256, b" ")
"""For ``bytes.translate``: an ASCII letter lower-cased, a digit kept, anything else a space."""


def initials(name: str) -> str | None:
    """``Hayat Tahrir al-Sham`` -> ``hts``; ``Free Syrian Army`` -> ``fsa``.

    Only capitalised words count, so articles such as ``al-`` and ``for`` drop out.
    """
    words = [word for word in re.split(r"[\s\-]+", name) if word]
    letters = [word[0] for word in words if word[0].isupper()]
    if len(letters) < 2:
        return None
    return fold("".join(letters))


def words(text: str) -> list[str]:
    return _words_of_folded(fold(text))


def _words_of_folded(folded: str) -> list[str]:
    return [word for word in folded.split() if word not in STOP_WORDS and len(word) > 1]


_PLAIN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""An id that folds to its words and back (``marie-colvin``), as nearly every id does."""


def name_keys(
    record_id: str, names: Iterable[str], *, with_initials: bool
) -> set[tuple[str, int]]:
    """Every (key, tier) a record can be looked up by, besides the one its id gives when
    it is its own slug (``id_slug``), which the index finds among the ids themselves."""
    keys: set[tuple[str, int]] = set()
    if not _PLAIN_ID.fullmatch(record_id):
        folded = fold(record_id)
        if folded and id_slug(folded) != record_id:
            keys.add((folded, TIER_ID))
    for name in names:
        folded = fold(name)
        if folded:
            keys.add((folded, TIER_NAME))
        if with_initials and (letters := initials(name)):
            keys.add((letters, TIER_INITIALS))
        keys.update([(word, TIER_WORD) for word in _words_of_folded(folded)])
    return keys


def id_slug(key: str) -> str:
    """The id a folded query names when read as an id: ``marie colvin`` -> ``marie-colvin``."""
    return key.replace(" ", "-")


def id_words(record_id: str) -> str:
    """An id read as words, the way back from ``id_slug``: ``marie-colvin`` -> ``marie colvin``."""
    return record_id.replace("-", " ")


def closest(query: str, choices: dict[str, str], *, limit: int = 3) -> list[str]:
    """The ids whose keys are close to ``query``, best first; ``choices`` maps key -> id."""
    from rapidfuzz import fuzz, process

    found: list[str] = []
    for _key, _score, _index in process.extract(
        fold(query), list(choices), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=80
    ):
        record_id = choices[_key]
        if record_id not in found:
            found.append(record_id)
    return found[:limit]
