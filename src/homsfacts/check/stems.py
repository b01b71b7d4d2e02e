"""Words as ``ask`` compares a question with the base: what a word means, not how it is written.

A text is folded (case, accents and punctuation, as names are), its phrasal verbs made one word
("take back" is "recapture", "pull out" is "withdraw"), its irregular forms made regular
("left" is "leave", "took" is "take"), its function words dropped, and each word cut to its
Porter stem by SQLite's FTS5 ``porter`` tokenizer: the stemmer the search index already uses,
so no library is added and "evacuated", "evacuation" and "borders", "bordering" meet. Last,
words that mean the same here (died, killed and death toll; oversaw and supervised) become one
term, named by the first word of their group.

Offline and deterministic: the same text always gives the same terms.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from collections.abc import Iterable

from homsfacts.base.match import fold

PHRASES: list[tuple[re.Pattern[str], str]] = [(re.compile(rf"\b(?:{pattern})\b"), word)
                                               for pattern, word in [
    (r"(?:take|takes|took|taken|taking|win|won|get|got) back", "recapture"),
    (r"(?:take|takes|took|taken|taking|get|gets|got|win|won) ((?:[\w-]+ ){1,3})back",
     r"recapture \1"),
    (r"(?:talk|talks|talked|speak|speaks|spoke) (?:about|of)", "say"),
    (r"(?:run|runs|ran|flow|flows|flowed) (?:through|past)", " "),
    (r"(?:carry|carries|carried|carrying) out", " "),
    (r"(?:pull|pulls|pulled|pulling) down", "demolish"),
    (r"(?:how (?:big|large) (?:is|was|are|were)|(?:the )?size of) (?:the )?(?=population|number)",
     " "),  # "how large is the population" asks a count, not an area
    (r"how (?:big|large)", "size"),
    (r"percentage|proportion|fraction|per ?cent", "share"),
    (r"km", "kilometres"),
    (r"(?:come|comes|came|coming|go|went|gone|going) (?:back|home)", "return"),
    (r"(?:pull|pulls|pulled|pulling) (?:out|back)", "withdraw"),
    (r"(?:hold|holds|held|holding) out", "resist"),
    (r"(?:get|gets|got|getting|make|made) (?:out|away)", "leave"),
    (r"(?:get|gets|got|getting|make|made|come|came) to", "reach"),
    (r"(?:take|takes|took|taken|taking) over|(?:pass|passes|passed) to|taking of", "capture"),
    (r"(?:take|takes|took|taken) place", "happen"),
    (r"(?:set|sets) up|(?:break|broke|broken) out", "begin"),
    (r"in power", "rule"),
    (r"known as|referred to as", "called"),
    (r"(?:come|comes|came|grew|grow|emerged?) (?:from|out of)|(?:came|come|comes) before",
     "origin"),
    (r"pre war|before the (?:war|conflict|uprising|revolution)", "prewar"),
    (r"(?:take|takes|took|taken|taking) up arms", "armed"),
    (r"how old", "age"),
    (r"how long", "length"),
    (r"how far", "distance"),
    (r"how (?:high|tall)|sea level", "elevation"),
    (r"at the time of", "during"),
    (r"according to", "by"),
    (r"(?:telephone|phone) (?:dialling |dialing |area )?code|area code", "dialling code"),
    (r"(?:put|puts|putting) ((?:[\w-]+ ){1,4})at", r"estimate \1at"),  # "put the toll at"
]]
"""Phrases of several words that mean one, read on the folded text before it is cut into
words ("take Baba Amr back" keeps the name between); a phrase that says nothing here ("runs
through") is dropped."""

IRREGULAR = {
    "left": "leave", "took": "take", "taken": "take", "fell": "fall", "fallen": "fall",
    "won": "win", "came": "come", "went": "go", "gone": "go", "got": "get", "ate": "eat",
    "eaten": "eat", "led": "lead", "held": "hold", "began": "begin", "begun": "begin",
    "said": "say", "told": "tell", "fought": "fight", "built": "build", "rose": "rise",
    "oversaw": "oversee", "overseen": "oversee", "withdrew": "withdraw",
    "withdrawn": "withdraw", "retook": "retake", "retaken": "retake", "fled": "flee",
    "sought": "seek", "brought": "bring", "gave": "give", "given": "give", "knew": "know",
    "known": "know", "beat": "defeat", "beaten": "defeat", "chose": "choose", "spoke": "speak",
    "spoken": "speak", "thought": "think", "lost": "lose", "met": "meet", "paid": "pay",
    "sent": "send", "kept": "keep", "found": "find", "became": "become", "died": "die",
    "dead": "die", "governorate": "province", "governorates": "provinces",
    "encyclopedia": "encyclopaedia", "ppl": "people",
}
"""Irregular forms of verbs, as the stemmer cannot bring them to their bare form; and a word
the stemmer would make another ("governorate" is not "governor")."""

STOP = frozenset({
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
    "done", "during", "each", "either", "ever", "for", "from", "had", "has", "have", "having",
    "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "on",
    "once", "only", "or", "other", "our", "out", "over", "own", "please", "really", "same",
    "she", "should", "so", "some", "such", "tell", "than", "many", "much", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would",
    "you", "your", "yours", "get", "go", "come", "make", "know", "anything", "something", "happen",
    "happened", "happens", "happening", "occur", "current", "occurred", "divided", "near",
    "against", "story", "stories", "per", "use", "used", "uses", "using", "mention",
    "mentions", "mentioned",
    # verbs a question wraps round what it asks ("what were they allowed to take", "what did
    # the fall mean for Damascus"); not "located" or "situated", which make "where is
    # Palmyra located" ask of a place the base does not hold, nor "served as"
    "allowed", "permitted", "mean", "meant", "matter", "mattered"
})
"""Words that ask or join, and say nothing of what a question or a record is about."""

SAME: list[tuple[str, ...]] = [
    ("die", "died", "death", "deaths", "deadly", "toll", "killed", "slain"),
    ("kill", "killed", "killing", "killings", "slain", "toll"),
    ("population", "inhabitants", "inhabitant", "residents", "live", "lived", "living",
     "populous"),
    ("rank", "ranked", "largest", "biggest"),
    ("siege", "besiege", "besieged", "blockade"),
    ("length", "lasted", "duration"),
    ("war", "conflict", "fighting", "uprising", "revolt", "rebellion"),
    ("judgement", "judgment", "damages", "award", "awarded", "compensation", "ruling",
     "decide", "decision", "verdict", "lawsuit"),
    ("journalist", "reporter", "correspondent"),
    ("evacuate", "evacuation", "evacuee", "evacuees"),
    ("return", "returnee", "returnees"),
    ("rule", "reign"),
    ("capture", "seize", "conquer", "conquest", "fall", "control"),
    ("recapture", "retake", "regain"),
    ("army", "troops", "soldiers"),
    ("begin", "start", "outbreak", "launch"),
    ("become", "became", "becomes", "becoming", "throne", "appointed", "elected",
     "installed"),
    ("buried", "tomb", "grave", "burial"),
    ("reach", "arrive", "arrival"),
    ("oversee", "supervise", "oversight"),
    ("say", "announce", "declare", "claim", "hail"),
    ("called", "call", "name", "named", "dub", "dubbed", "nickname"),
    ("build", "construct", "construction", "erect"),
    ("defeat", "beat"),
    ("withdraw", "withdrawal", "retreat"),
    ("leave", "depart", "departure", "exit"),
    ("lead", "leader", "command", "commander"),
    ("economy", "economic"),
    ("bury", "buried", "tomb", "grave"),
    ("antiquity", "ancient", "classical"),
    ("elevation", "altitude", "height"),
    ("area", "size", "surface"),
    ("male", "men"),
    ("female", "women"),
    ("flee", "displaced", "displacement"),
    ("metropolitan", "metro", "greater"),
    ("language", "speak", "spoken", "tongue"),
    ("blame", "blamed", "responsible", "culpable"),
    ("origin", "precursor", "preceded", "predecessor", "forerunner", "roots"),
    ("believe", "think", "thought"),
    ("faith", "religion", "religious", "sect"),
    ("full", "fully"),
    ("bus", "bussed", "bused"),
    ("copy", "version", "edition"),
    ("stronghold", "bastion"),
    ("dark", "nightfall", "dusk"),
    ("demolish", "raze"),
    ("settle", "settled", "settlement", "settlers"),
    ("recover", "recovery", "overcome", "overcame", "heal", "revive", "revived", "restore",
     "restored"),
]
"""Words that mean the same here; each group becomes the term of its first word. A word of two
groups ("toll": deaths and killings) is both terms."""


class Stemmer:
    """Texts to their terms. One in-memory SQLite table does the stemming; a stemmer is kept
    by whoever compares many texts (:class:`homsfacts.check.passages.Passages`)."""

    def __init__(self, *, same: bool = True) -> None:
        """With ``same`` False, words that mean the same (:data:`SAME`) stay apart: a claim
        checked against a sentence must say what it says, where a question asking for a
        record may say it otherwise."""
        self._db = sqlite3.connect(":memory:")
        self._db.execute("CREATE VIRTUAL TABLE words USING fts5(text, tokenize = "
                         "'porter unicode61 remove_diacritics 2')")
        self._db.execute("CREATE VIRTUAL TABLE stems USING fts5vocab(words, 'instance')")
        self._same: dict[str, set[str]] = {}
        for stems in self._stems([" ".join(group) for group in SAME] if same else []):
            for stem in stems:
                self._same.setdefault(stem, set()).add(stems[0])

    def terms(self, texts: Iterable[str]) -> list[frozenset[str]]:
        """The terms of each text, in order."""
        return [frozenset(term for stem in stems for term in self._same.get(stem, {stem}))
                for stems in self._stems([words(text) for text in texts])]

    def _stems(self, texts: list[str]) -> list[list[str]]:
        with self._db:
            self._db.executemany("INSERT INTO words (rowid, text) VALUES (?, ?)",
                                 enumerate(texts, 1))
            found: list[list[str]] = [[] for _ in texts]
            for row, stem in self._db.execute(
                    "SELECT doc, term FROM stems ORDER BY doc, offset"):
                found[row - 1].append(stem)
            self._db.execute("DELETE FROM words")
        return found


_STEMMERS = threading.local()
"""One stemmer a thread: its SQLite connection may not cross threads."""


@functools.lru_cache(maxsize=65_536)
def porter_stems(word: str) -> frozenset[str]:
    """A word's terms with words that mean the same kept apart (``Stemmer(same=False)``),
    as ``check`` compares a claim with a sentence: cached for the words seen last, for
    evidence repeats its words claim after claim."""
    stemmer: Stemmer | None = getattr(_STEMMERS, "stemmer", None)
    if stemmer is None:
        stemmer = _STEMMERS.stemmer = Stemmer(same=False)
    (stems,) = stemmer.terms([word])
    return stems


def phrased(text: str) -> str:
    """``text`` folded, with each phrase of :data:`PHRASES` made one word: ``how old was the
    war`` -> ``age was the war``."""
    folded = fold(text)
    for pattern, word in PHRASES:
        folded = pattern.sub(word, folded)
    return folded


def words(text: str) -> str:
    """The words of ``text`` that say what it is about, phrases made one word, irregular
    forms regular: ``When did the army take back Baba Amr?`` -> ``army recapture baba amr``."""
    kept = (IRREGULAR.get(word, word) for word in phrased(text).split())
    return " ".join(word for word in kept
                    if word not in STOP and len(word) > 1 and not word.isdigit())
