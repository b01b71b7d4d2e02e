"""The words of a claim or a record that say what it is about: stop words left out, and words
that mean the same (killed and death toll, pre-war and before the war) merged into one term."""

from __future__ import annotations

import functools
import re

from homsfacts.base.match import fold
from homsfacts.check.compare import END_WORDS, START_WORDS

_STOP = frozenset(["a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with",
                   "and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "being",
                   "has", "have", "had", "it", "its", "it's", "that", "this", "these", "those",
                   "there", "their", "they", "he", "she", "his", "her", "him", "them", "who",
                   "whom", "which", "what", "when", "where", "than", "then", "into", "over",
                   "under", "about", "after", "around", "nearly", "almost", "more", "less", "fewer",
                   "least", "most", "some", "estimated", "approximately", "roughly", "just", "up",
                   "only", "also", "according", "said", "says", "say", "per", "cent", "percent",
                   "people", "person", "syria's", "homs's", "year", "years", "month", "months",
                   "day", "days",
                   # verbs of place say no more than "is" ("lies on the Orontes")
                   "lies", "lie", "lying", "stands", "stand", "sits", "sit", "situated",
                   "located", "lay",
                   # verbs that join a subject to what it was or came to be
                   "became", "become", "becomes", "came", "come", "comes",
                   # verbs of saying: who says it is the claim's voice, compared as a voice
                   "told", "tells", "tell", "stated", "reported", "reports", "recorded",
                   "records", "citing", "cited", "quoting",
                   # words that only join ("along with", "minority living in Homs") or
                   # say when in general ("in Roman times"): the parts they join are compared
                   "along", "alongside", "together", "time", "times", "era",
                   "against",
                   "included", "include", "includes", "including", "between", "among",
                   "amongst", "list", "lists", "listed",
                   # adverbs that say no more than the words they stand by ("most
                   # originally from Acre", "could not independently verify", "inside the
                   # city", "walking toward the buses")
                   "originally", "independently", "purporting", "inside", "within", "toward",
                   "towards",
                   # particles of phrasal verbs: "took Baba Amr back" is "took back"
                   "back", "down",
                   # verbs that say nothing the words around them do not ("put the toll at",
                   # "struck with the government"); with a particle they are another verb
                   # (:data:`_PHRASAL`)
                   "put", "puts", "gave", "gives", "set", "carried", "got", "struck",
                   "placed", "received", "turned", "laid",
                   # verbs that say only that something was ("the evacuation happened in
                   # May 2014")
                   "happened", "happen", "happens", "occurred", "occur", "occurs"])


MOSTLY_WORDS = ("mostly", "mainly", "largely", "predominantly", "overwhelmingly", "chiefly",
                "primarily")
"""Words that say most of a people are of one kind ("mostly Sunni")."""

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "killed": ("kill",), "kill": ("kill",), "killing": ("kill",), "killings": ("kill",),
    "toll": ("kill", "death"), "died": ("death",), "dead": ("death",), "death": ("death",),
    "deaths": ("death",), "die": ("death",), "lives": ("death",),
    "population": ("population",), "inhabitants": ("population",),
    "residents": ("population",), "lived": ("population",), "populous": ("population",),
    "home": ("population",), "living": ("population",),
    "city": ("city",), "cities": ("city",), "largest": ("rank",), "biggest": ("rank",),
    "rank": ("rank",), "ranked": ("rank",),
    "siege": ("siege",), "besieged": ("siege",), "besieges": ("siege",),
    "blockade": ("siege",),
    "lasted": ("length",), "long": ("length",), "length": ("length",), "last": ("length",),
    "lasting": ("length",), "duration": ("length",), "dragged": ("length",),
    "war": ("conflict",), "conflict": ("conflict",),
    "pre": ("before",), "prewar": ("before", "conflict"), "before": ("before",),
    "prior": ("before",),
    "judgement": ("judgement",), "judgment": ("judgement",), "damages": ("judgement",),
    "awarded": ("judgement",), "award": ("judgement",), "ordered": ("judgement",),
    "orders": ("judgement",), "court": ("court",),
    "journalists": ("journalist",), "journalist": ("journalist",),
    "reporters": ("journalist",), "reporter": ("journalist",),
    "bus": ("bus",), "buses": ("bus",), "busses": ("bus",), "bussed": ("bus",),
    "bused": ("bus",),
    "evacuated": ("evacuat",), "evacuation": ("evacuat",), "evacuees": ("evacuat",),
    "evacuate": ("evacuat",), "withdrew": ("withdraw",), "withdraws": ("withdraw",),
    "withdrawal": ("withdraw",), "withdraw": ("withdraw",), "pulled": ("withdraw",),
    "pulling": ("withdraw",), "resistance": ("opposition",), "opposition": ("opposition",),
    "returned": ("return",), "return": ("return",), "returnees": ("return",),
    "rule": ("rule",), "ruled": ("rule",), "reign": ("rule",),
    "age": ("age",),
    "captured": ("capture",), "capture": ("capture",), "took": ("capture",),
    "seized": ("capture",), "control": ("capture",), "fell": ("capture",),
    "recaptured": ("recapture",), "retaken": ("recapture",), "retook": ("recapture",),
    "protests": ("protest",), "protest": ("protest",), "launched": ("launch",),
    "offensive": ("offensive",), "push": ("offensive",), "reached": ("reach",),
    "reaches": ("reach",),
    "arrived": ("reach",),
    # words people use for what the sources say in others
    "road": ("route",), "roads": ("route",), "route": ("route",), "highway": ("route",),
    "forerunner": ("precursor",), "precursor": ("precursor",), "predecessor": ("precursor",),
    "religion": ("faith",), "faith": ("faith",), "creed": ("faith",),
    "metro": ("metropolitan",), "metropolitan": ("metropolitan",), "wider": ("metropolitan",),
    "district": ("neighbourhood",), "districts": ("neighbourhood",),
    "neighbourhood": ("neighbourhood",), "neighbourhoods": ("neighbourhood",),
    "neighborhood": ("neighbourhood",), "neighborhoods": ("neighbourhood",),
    "major": ("important",), "important": ("important",), "key": ("important",),
    "power": ("rule",),
    "culpable": ("culpable",), "liable": ("culpable",), "responsible": ("culpable",),
    "altitude": ("elevation",), "elevation": ("elevation",), "height": ("elevation",),
    "telephone": ("dialling",), "phone": ("dialling",), "dialing": ("dialling",),
    "dialling": ("dialling",),
    "called": ("called",), "calls": ("called",), "call": ("called",), "dubbed": ("called",),
    "described": ("called",), "describes": ("called",), "nicknamed": ("called",),
    "known": ("called",), "calling": ("called",), "nickname": ("called",),
    "stronghold": ("stronghold",), "strongholds": ("stronghold",), "bastion": ("stronghold",),
    "bastions": ("stronghold",),
    "ragtag": ("loose",), "rag": ("loose",), "loose": ("loose",), "loosely": ("loose",),
    "deserters": ("defector",), "deserter": ("defector",), "defectors": ("defector",),
    "defector": ("defector",),
    "hub": ("centre",), "centre": ("centre",), "center": ("centre",),
    "moved": ("move",), "move": ("move",), "moves": ("move",), "transferred": ("move",),
    "transfer": ("move",), "relocated": ("move",), "relocate": ("move",),
    "relocating": ("move",),
    "combing": ("search",), "comb": ("search",), "searching": ("search",),
    "searched": ("search",), "search": ("search",),
    "footage": ("video",), "video": ("video",), "videos": ("video",),
    "victory": ("win",), "win": ("win",), "triumph": ("win",),
    "severed": ("cut",), "cut": ("cut",),
    "counted": ("census",), "census": ("census",),
    "supervised": ("oversee",), "overseen": ("oversee",), "oversaw": ("oversee",),
    "oversee": ("oversee",), "supervise": ("oversee",),
    "deal": ("deal",), "agreement": ("deal",), "accord": ("deal",),
    "area": ("area",), "areas": ("area",), "part": ("area",), "parts": ("area",),
    "pro": ("loyal",), "loyal": ("loyal",), "loyalist": ("loyal",), "loyalists": ("loyal",),
    "big": ("important",),
    "perhaps": ("perhaps",), "possibly": ("perhaps",), "maybe": ("perhaps",),
    "dark": ("dark",), "nightfall": ("dark",), "dusk": ("dark",),
    "ahead": ("before",),
    "media": ("press",), "press": ("press",),
    "clearing": ("clear",), "clear": ("clear",), "cleared": ("clear",), "sweeping": ("clear",),
    "swept": ("clear",),
    "begin": ("begin",), "began": ("begin",), "begun": ("begin",), "begins": ("begin",),
    "start": ("begin",), "started": ("begin",), "starts": ("begin",),
    "peaceful": ("peaceful",), "peacefully": ("peaceful",), "nonviolent": ("peaceful",),
    "revolt": ("revolt",), "insurrection": ("revolt",), "uprising": ("revolt",),
    "rebellion": ("revolt",),
    "ancient": ("antiquity",), "antiquity": ("antiquity",),
    "hit": ("target",), "target": ("target",), "targeted": ("target",),
    "targets": ("target",),
    "tag": ("loose",),
    "male": ("male",), "men": ("male",), "female": ("female",), "women": ("female",),
    "resisted": ("resist",), "resist": ("resist",),
    "holdout": ("resist",), "taken": ("taken", "move"),  # "taken to the museum" moved it
    "chief": ("leader",), "leader": ("leader",),
    "urged": ("ask",), "urge": ("ask",), "asked": ("ask",), "ask": ("ask",),
    "overcome": ("recover",), "overcame": ("recover",), "recover": ("recover",),
    "recovering": ("recover",), "recovered": ("recover",), "recovery": ("recover",),
    "gotover": ("recover",), "getover": ("recover",), "trauma": ("ordeal",),
    "ordeal": ("ordeal",), "survivors": ("survivor",), "survivor": ("survivor",),
    "found": ("find",), "finds": ("find",), "find": ("find",),
    "northern": ("north",), "southern": ("south",), "eastern": ("east",),
    "heart": ("centre",),
    "surrender": ("surrender",), "surrendered": ("surrender",),
    "describe": ("called",), "describing": ("called",),
    "close": ("near",), "near": ("near",), "nearby": ("near",),
    "devastated": ("ravage",), "ravaged": ("ravage",), "wrecked": ("ravage",),
    "collection": ("mix",), "mix": ("mix",), "assortment": ("mix",),
    "naval": ("navy",), "navy": ("navy",), "strongest": ("stronghold",),
    "comeback": ("return",), "powerful": ("strong",), "strong": ("strong",),
    "interior": ("inland",), "inland": ("inland",),
    "settlement": ("settle",), "settled": ("settle",), "settle": ("settle",),
    "triggered": ("spark",), "trigger": ("spark",), "sparked": ("spark",),
    "sparks": ("spark",), "spark": ("spark",),
    "independence": ("independent",), "independent": ("independent",),
    "mostly": ("mostly",), "mainly": ("mostly",), "largely": ("mostly",),
    "predominantly": ("mostly",), "chiefly": ("mostly",), "primarily": ("mostly",),
    "accompanied": ("accompany",), "escorted": ("accompany",), "accompany": ("accompany",),
    "bloodshed": ("violence",), "violence": ("violence",),
    "continued": ("continue",), "continue": ("continue",), "continuing": ("continue",),
}


_COMPASS_PAIR = re.compile(r"\b(north|south|east|west)[-–](north|south|east|west)\b",
                           re.IGNORECASE)


_SHARED_BORDER = re.compile(r"\bshar(?:e|es|ed|ing)\s+(?:a\s+)?borders?(?:\s+with)?\b",
                            re.IGNORECASE)


_LIGHT = {"won independence": "independence", "gained independence": "independence",
          "won its independence": "independence", "gained its independence": "independence",
          "achieved independence": "independence", "achieved its independence": "independence",
          "gave it the name": "renamed it", "struck a deal": "deal", "deal struck": "deal",
          "as well as": "and", "is home to a": "has a", "is home to an": "has an",
          "made up": "were", "make up": "are", "makes up": "is", "local time": "",
          "got under way": "began", "get under way": "begin", "gets under way": "begins",
          "held out": "holdout", "hold out": "holdout", "holding out": "holdout",
          "went on": "lasted", "goes on": "lasts", "went on for": "lasted", "go on": "last",
          "amounted to": "was", "amounts to": "is", "amount to": "be",
          "not to harm": "to spare", "taking of": "capture of",
          "those who lived through": "survivors of", "houses an": "has an", "houses a": "has a",
          "home to an": "has an", "home to a": "has a", "runs through": "is in",
          "run through": "be in", "ran through": "was in", "served as": "was", "serves as": "is",
          "nationwide": "across Syria", "divided into": "with", "a number of": "several",
          "one of": "among", "pro-democracy": "democracy", "pro democracy": "democracy",
          "before anywhere else": "first", "earlier than anywhere else": "first",
          "more than": "over", "area code": "dialling code", "went with": "accompanied",
          "go with": "accompany", "set off": "sparked", "carry on": "last",
          "carried on": "lasted", "carries on": "lasts", "took place": "happened",
          "takes place": "happens", "take place": "happen"}
"""Phrases whose verb says nothing the other words do not ("won independence")."""
_LIGHT_PHRASES = re.compile(r"\b(?:" + "|".join(map(re.escape, _LIGHT)) + r")\b",
                            re.IGNORECASE)


_PHRASAL = re.compile(r"\b(put|puts|gave|gives|set|carried|got|struck|turned|laid)\s+"
                      r"(up|down|off|out|over|on|away|aside|forth)\b", re.IGNORECASE)
"""A verb of no meaning of its own with a particle that makes it one: "put down" the
uprising, "gave up" the city ("set off", said of a war, is :data:`_LIGHT`'s "sparked")."""


_COVERS = re.compile(r"\b(?:covers|cover|covered|covering)\s+(?:an\s+area\s+of\s+)?(?=(?:about|"
                     r"some|around|roughly|nearly|almost|over|more\s+than)?\s*(?:\d|square\b|"
                     r"sq\b|km|kilomet|hectare))", re.IGNORECASE)
"""A verb that only puts an area ("covers 148 square kilometres"), which its unit says."""


_DISARMED = re.compile(r"\bwho\s+(?:drop|drops|dropped|dropping|lay|lays|laid|laying|put|puts|"
                       r"putting|give|gives|gave|giving|hand|hands|handed)\s+(?:down\s+|up\s+|"
                       r"over\s+)?(?:their|his|her|its|our)\s+(?:arms|weapons|guns)\b",
                       re.IGNORECASE)
"""Those who give up their arms, however it is put ("who lay down their arms", "who gave up
their weapons"): who surrender. Only after "who": "asked his fighters to give up their
weapons" has the fighters do it, where a source may have others do it."""


_ONLY = re.compile(r"\b(?:nothing|little)\s+(?P<what>(?:to\s+\w+\s+)?)but\b", re.IGNORECASE)
""""Nothing to eat but grass" has only grass to eat."""

_HELD_TO_BLAME = re.compile(r"\bheld\b(?=(?:\s+[\w'’-]+){1,4}\s+(?:responsible|liable|culpable)\b)",
                            re.IGNORECASE)
""""Held the government responsible": found it culpable."""


_FOUND_BY_COUNT = re.compile(r"\b(?P<counter>(?:census|survey|count)(?:\s+of"
                             r"(?:\s+(?-i:[A-Z])[\w-]*){1,4})?)\s+(?:found|finds|showed|shows)\b",
                             re.IGNORECASE)
""""The 2004 census found 48.5% were male": what a census or survey finds, it counts."""


_TO_THE_SIDE = re.compile(r"\bto the (north|south|east|west) of\b", re.IGNORECASE)
""""To the south of Damascus" is "south of Damascus": the direction beside what it is of."""


def counted_as_found(claim: str) -> str:
    """``claim`` with what a census or survey "found" written as what it "counted", the
    act of a count (:data:`_FOUND_BY_COUNT`), and a direction "to the south of" a place as
    "south of" it."""
    return _TO_THE_SIDE.sub(r"\1 of", _FOUND_BY_COUNT.sub(r"\g<counter> counted", claim))


_SEEN_AS = re.compile(r"\b(?:saw|sees|see|seen|viewed|views|regarded|regards)\b(?=(?:\s+[\w'’$.-]+)"
                      r"{1,6}\s+as\b)", re.IGNORECASE)
""""Saw the deal as a win": called it one."""


_SOURCE_TELLING = re.compile(r"\b(?P<who>(?:a|an|one|the|another|two|several)\s+(?:(?:well|"
                             r"knowledgeable|well-informed|well-placed|informed|reliable|"
                             r"single)\s+)?)sources?\b(?=\s+(?:told|tells|said|says|quoted|cited)\b)",
                             re.IGNORECASE)
""""A source told the LA Times": a person who told it, as the sources write it; not "a rebel
source", which says whose side the person was on."""
_NAMED_AREAS = re.compile(r"\b(from|in|of)\s+(?:the\s+)?([^\W\d_]+\s+and\s+[^\W\d_]+)\s+"
                          r"areas\b", re.IGNORECASE)
""""From the Acre and Haifa areas" is from around Acre and Haifa: the names say where. Two
names only: "the Haifa areas" alone may be "around Haifa" or a part of it."""


@functools.lru_cache(maxsize=8192)  # each sentence of the base is lightened for every claim
def lightened(text: str) -> str:
    """``text`` with each phrase of :data:`_LIGHT` put as its one word ("got under way" is
    "began", "as well as" is "and"), each phrasal verb of :data:`_PHRASAL` written as one
    word ("gave up" as "gaveup"), which no stop word list drops, and "covers" before an area
    left out."""
    text = _SOURCE_TELLING.sub(r"\g<who>person", text)
    text = _COVERS.sub("", _NAMED_AREAS.sub(r"\1 \2", text))
    text = _DISARMED.sub("who surrender", text)
    text = _ONLY.sub(r"only \g<what>", text)
    text = _HELD_TO_BLAME.sub("found", text)
    text = _SEEN_AS.sub("called", text)
    text = _LIGHT_PHRASES.sub(lambda match: _LIGHT[match[0].lower()], text)
    text = _NOT_TO.sub(r"to not\1", text)  # "not to spare" is no sparing
    return _PHRASAL.sub(r"\1\2", text)


_NOT_TO = re.compile(r"\bnot\s+to\s+(\w+)", re.IGNORECASE)
"""A negated infinitive left in a claim ("told fighters not to spare them"), which asks the
opposite of the verb: one word, which no source that says the verb holds."""


_NON = re.compile(r"\bnon[-\s]+(\w+)", re.IGNORECASE)
_BUSSED_IN = re.compile(r"\bbus+ed\s+in(?:to)?\b", re.IGNORECASE)
"""People "bussed in" or "bussed into" a place came there, where "bussed" alone, as "left by
bus", went away: one word of its own that no source's "bus" stands for."""


def terms(text: str) -> set[str]:
    """The words of a text that say what it is about, folded and merged with synonyms. Words
    of time (began, ended) say which end of a span a claim means, not what it is about."""
    found: set[str] = set()
    text = _COMPASS_PAIR.sub(r"\1\2", text)  # "the north-south route" says no direction
    text = _SHARED_BORDER.sub("borders", text)  # "shares a border with" is "borders"
    text = _BUSSED_IN.sub("bussedin", text)  # brought in, not taken away
    text = lightened(text)
    text = _NON.sub(r"non\1", text)  # "non-violent" is one word, not "violent"
    previous = ""
    for word in fold(text).split():
        if word == "last" and previous in DETERMINERS:  # "the last deal" is no length
            found.add(word)
        elif not (word in _STOP or word in START_WORDS or word in END_WORDS or word.isdigit()
                  or len(word) < 3):
            found.update(_SYNONYMS.get(word, (word.removesuffix("s"),)))
        previous = word
    return found


DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
"""Words before a noun that make the next word one of its modifiers: "the last deal" is no
length, "the besieged centre" besieges no one."""


def spellings(found: set[str]) -> set[str]:
    """Every word whose terms include one of ``found``: the words a text must hold for
    :func:`terms` to find one of them in it (``death``: death, deaths, died, dead ...)."""
    words = {spelling for term in found for spelling in (term, term + "s")}
    words.update(word for word, merged in _SYNONYMS.items() if found.intersection(merged))
    return words


STOP_WORDS = _STOP
"""Words that say nothing about what a claim is about."""
COMMON_WORDS = _STOP | frozenset(_SYNONYMS)
"""Words the checker's own tables hold: no name, even capitalised to begin a claim."""

__all__ = [
    "COMMON_WORDS",
    "DETERMINERS",
    "MOSTLY_WORDS",
    "STOP_WORDS",
    "counted_as_found",
    "lightened",
    "spellings",
    "terms",
]
