"""What a sentence says happened, and who did it to whom: the acts of a claim or of an event's
summary (killed, besieged, retook, withdrew ...), each with the side of its agent and of its
target where the words name one (the army and the government, or the rebels).

A small table, not a parser: each act is a set of verb forms and phrases (``took back`` is a
retaking, which is also a taking; ``killed`` is also a death). The same table reads a claim
and a record's text, so a claim's act is matched only by a record that says it. Roles are
read from word order: the words before the verb are its agent, the words after it its
target, and a passive verb ("was besieged by the army") swaps them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from homsfacts.base.match import fold
from homsfacts.check.passive import done_by
from homsfacts.check.side_names import side_in, side_of
from homsfacts.check.words import DETERMINERS, STOP_WORDS

_ACTS: dict[str, tuple[str, ...]] = {
    # act: its verb forms; a phrase of several words is matched before its words alone
    "kill": ("killed", "kill", "kills", "killing"),
    "die": ("died", "die", "dies", "dying", "lost their lives", "lost his life", "lost her life",
            "lose their lives"),
    "siege": ("besieged", "besiege", "besieges", "besieging", "laid siege", "lay siege",
              "lays siege", "laying siege"),
    "bomb": ("bombed", "bomb", "bombs", "bombarded", "bombard", "bombards", "shelled",
             "shell", "shells", "bombing"),
    "retake": ("recaptured", "recapture", "recaptures", "retook", "retake", "retakes",
               "retaken", "took back", "take back", "takes back", "taken back", "regained",
               "won back", "retaking", "recapturing", "recapture of"),
    "take": ("captured", "capture", "captures", "took", "take", "takes", "taken", "seized",
             "seize", "seizes", "overran", "took control", "conquered", "conquer", "conquers",
             "take control", "full control",
             "fell", "fall", "falls", "fallen", "passed to", "passes to", "pass to"),
    "evacuate": ("evacuated", "evacuate", "evacuates", "evacuating", "taken out", "bussed out"),
    "leave": ("left", "leave", "leaves", "leaving"),
    "withdraw": ("withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn",
                 "pulled out", "pull out", "pulls out", "retreated"),
    "enter": ("entered", "enter", "enters", "entering", "move into", "moved into", "moves into"),
    "launch": ("launched", "launch", "launches", "launching"),
    "reach": ("reached", "reach", "reaches", "reaching", "arrived"),
    "announce": ("announced", "announce", "announces", "announcing", "declared", "declare",
                 "declares"),
    "order": ("ordered", "order", "orders", "ordering", "awarded", "award", "awards",
              "handed down", "hands down"),
    "find": ("found", "finds", "find", "held culpable", "held responsible", "ruled that",
             "rules that", "rule that"),
    "pay": ("paid", "pay", "pays", "paying", "compensated"),
    "collapse": ("collapsed", "collapse", "collapses", "broke down", "failed"),
    "destroy": ("destroyed", "destroy", "destroys", "razed", "flattened"),
    "supervise": ("supervised", "supervise", "supervises", "oversaw", "overseen"),
    "arm": ("took up arms", "take up arms", "takes up arms", "armed"),
    "flee": ("fled", "flee", "flees", "fleeing"),
    "return": ("returned", "return", "returns", "returning"),
    "celebrate": ("celebrated", "celebrate", "celebrates"),
    "spark": ("sparked", "spark", "sparks"),
    "attack": ("attacked", "attack", "attacks", "targeted"),
    "arrest": ("arrested", "arrest", "arrests", "detained"),
    "surrender": ("surrendered", "surrender", "surrenders"),
    "bear": ("born",),  # "was born" is passive: who was born is whom it befell
    "accede": ("became emperor", "become emperor", "becomes emperor", "became king",
               "took the throne", "takes the throne", "take the throne", "took the roman throne",
               "takes the roman throne", "ascended the throne", "ascended the roman throne",
               "ascends the throne", "came to the throne",
               "became roman emperor", "becomes roman emperor"),
    "build": ("built", "build", "builds", "erected", "constructed", "put up"),
    "bury": ("buried", "bury", "buries", "laid to rest"),
    "wound": ("wounded", "wound", "wounds", "injured", "injure", "injures"),
    "defeat": ("defeated", "defeat", "defeats", "routed", "beat", "beats", "beaten"),
    "negotiate": ("negotiated", "negotiate", "negotiates", "brokered"),
    "employ": ("employed", "employ", "employs", "employing"),
    "": ("took place", "take place", "takes place", "taken place", "took part", "take part",
         "takes part", "took to", "take to", "takes to", "been left with", "was left with",
         "were left with", "are left with", "broke out", "breaks out", "break out"),
    # phrases that use an act's verb for no act
}
_IMPLIED = {"kill": {"die"}, "retake": {"take"}, "evacuate": {"leave"}, "withdraw": {"leave"},
            "siege": set(), "enter": set()}
"""What one act says besides itself: whoever was killed died."""

NO_ACT_PHRASES = tuple(sorted(_ACTS[""], key=len, reverse=True))
"""Phrases that use an act's verb for no act ("took place", "took to calling"): their words
are no part of what the claim says happened."""

_FORMS: dict[tuple[str, ...], str] = {
    tuple(form.split()): act for act, forms in _ACTS.items() for form in forms}
_LONGEST = max(len(form) for form in _FORMS)

_NOUNS: dict[str, set[str]] = {
    "death": {"die"}, "deaths": {"die"}, "toll": {"kill", "die"}, "killing": {"kill", "die"},
    "siege": {"siege"}, "evacuation": {"evacuate", "leave"}, "evacuees": {"evacuate", "leave"},
    "judgement": {"order", "find"}, "judgment": {"order", "find"}, "withdrawal": {"withdraw"},
    "recapture": {"retake", "take"}, "capture": {"take"}, "offensive": {"attack"},
    "conquest": {"take"}, "takeover": {"take"},
    "bombing": {"bomb"}, "bombardment": {"bomb"}, "population": {"live"},
    "inhabitants": {"live"}, "residents": {"live"}, "rule": {"rule"}, "reign": {"rule"},
    "living": {"live"},
}
"""Nouns that name an act, read in a figure's label: a death toll speaks to who was killed."""

_CLAIM_ONLY = {"lived": {"live"}, "live": {"live"}, "lives": {"live"}, "ruled": {"rule"},
               "reigned": {"rule"}}
"""Verbs that a claim about a figure uses for what the figure's noun names."""
FIGURE_ACTS = frozenset(act for acts in _CLAIM_ONLY.values() for act in acts)
"""Acts only a figure speaks to (how many lived, how long one ruled): never an event's."""

_UNDERGO = frozenset({"fell", "fall", "falls", "fallen", "passed to", "passes to", "pass to",
                     *_ACTS["die"]})  # whose subject it befalls: "Homs fell", "Colvin died"
_BE = frozenset({"was", "were", "is", "are", "been", "be", "being", "got", "get", "gets"})
_AUX = frozenset({"has", "have", "had", "did", "does", "do", "will", "would", "could", "to",
                  "begin", "began", "begins", "start", "started", "starts", "then", "also",
                  "reportedly", "finally", "first", "later", "both", "all", "subsequently"})
_BREAK = frozenset({"in", "on", "at", "from", "for", "during", "after", "before", "since",
                    "under", "with", "when", "while", "as", "over", "into", "of", "that",
                    "and", "but", "which", "who", "where", "than", "until", "by", "once",
                    "without", "through", "according", "about", "around", "nearly", "zzbreak",
                    # verbs of saying: "Britannica says Elagabalus became emperor"
                    "says", "said", "say", "reports", "reported", "claims", "claimed"})
_APPOSED = frozenset({"his", "her", "its", "their", "a", "an", "the"})
"""First words of a description set between commas after a name, which did nothing itself."""
_TELLING, _PRONOUNS = frozenset({"told", "tells", "tell"}), frozenset({"he", "she", "they"})
"""Words after which "he" is whoever told ("Wael told AFP he had taken in": Wael, not AFP)."""
class Act(NamedTuple):
    """One act in a sentence: what happened, and the side of who did it and to whom."""

    act: str
    words: str
    """The words that say it, as written: ``took back``."""
    agent: str | None
    target: str | None
    agent_words: tuple[str, ...] = ()
    """The words that name the agent: "government forces" names the government side."""
    target_words: tuple[str, ...] = ()
    """The words that name whom it was done to: "queen zenobia"."""
    describes: bool = False
    """A participle that describes ("a priest-king born in Emesa"): it says the act, but no
    date beside it dates it."""


_OBJECT_BETWEEN = re.compile(r"\b(took|take|takes|taken|taking|won|win|wins)\s+(it|them|him|her)"
                             r"\s+back\b", re.IGNORECASE)
"""A pronoun between a verb and its particle: "the government took it back"."""


def acts(text: str, *, nouns: bool = False) -> list[Act]:
    """The acts a text states, in order, each with its agent's and target's sides. With
    ``nouns``, a record's label speaks to the acts its nouns name ("death toll")."""
    text = _OBJECT_BETWEEN.sub(r"\1 back \2", text)  # "took it back" is "took back" it
    words = fold(re.sub(r"[,;:()\[\]—–]", " zzbreak ", text.replace("-", " "))).split()
    found: list[Act] = []
    start = 0  # where the words that can be the next act's agent begin
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST, len(words) - index), 0, -1):
            form = tuple(words[index:index + size])
            if form in _FORMS and not (index and words[index - 1] in DETERMINERS) and \
                    not _armed_before_a_noun(words, index, form):
                if _FORMS[form]:
                    found.append(_act(words, start, index, size, _FORMS[form],
                                      found[-1] if found else None)._replace(
                        describes=_describes(words, index, _FORMS[form])))
                start = index + size
                index += size
                break
        else:
            word = words[index]
            if nouns and word in _NOUNS:
                found.extend(Act(act, word, None, None) for act in sorted(_NOUNS[word]))
            elif word in _CLAIM_ONLY:
                found.extend(Act(act, word, None, None) for act in sorted(_CLAIM_ONLY[word]))
            index += 1
    return found


def _armed_before_a_noun(words: list[str], index: int, form: tuple[str, ...]) -> bool:
    """Whether "armed" stands before what it describes, where no one is its doer ("where
    armed factions first took up arms", "Armed anti-government factions ..."), not after
    one ("Iran armed them")."""
    return form == ("armed",) and (index == 0 or words[index - 1] in _CLAUSE_WORDS) and \
        index + 1 < len(words) and words[index + 1] not in DETERMINERS | _OBJECT_PRONOUNS


_CLAUSE_WORDS = frozenset({"where", "that", "which", "when", "zzbreak", "and", "of", "by",
                           "with", "first", "for", "against", "among"})
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it", "us", "themselves"})


def _describes(words: list[str], index: int, act: str) -> bool:
    """Whether a participle only describes what stands before it: "a priest-king born in
    Emesa" and "Elagabalus, born in Emesa, took the throne" date no birth, where "he was
    born" and "Born in Mecca, he" do."""
    return act == "bear" and index > 0 and words[index - 1] not in _BE


def _act(words: list[str], start: int, index: int, size: int, act: str,
         previous: Act | None) -> Act:
    before = index
    while before > start and words[before - 1] in _AUX:
        before -= 1
    auxiliary = before > start and words[before - 1] in _BE
    passive = auxiliary or " ".join(words[index:index + size]) in _UNDERGO or \
        (done_by(words, index + size) and not (before > start and words[before - 1] in _AUX))
    subject = _back_to_break(words, start, before - auxiliary)  # "was" is no subject
    after = _up_to_break(words, index + size)
    by_agent: list[str] = []
    if passive:
        rest = words[index + size:]
        form = " ".join(words[index:index + size])
        if "by" in rest[:6] and done_by(words, index + size + rest.index("by")):
            by_agent = _up_to_break(words, index + size + rest.index("by") + 1)
        elif form in _UNDERGO and act == "take" and (form.endswith(" to") or rest[:1] == ["to"]):
            # "Homs fell to the rebels", "passes to the Ottomans": they took it
            by_agent = _up_to_break(words, index + size + (not form.endswith(" to")))
        agent, target = side_in(by_agent), side_in(_head(subject))
        named, undergone = by_agent, subject
    else:
        agent, target = side_in(subject), side_in(_head(after[:-1] if after and after[-1]
                                                    in _COMPLEMENTS else after))
        named, undergone = subject, after
        at = before - len(subject)
        if subject and at > 0 and words[at - 1] == "of" and not (
                at > 1 and (words[at - 2] in _SHARES or words[at - 2][:1].isdigit())):
            agent, named = None, []  # "the siege of Homs killed": the siege did, and what
            # stands after "of" did nothing; "hundreds of rebels left": the rebels did
        lost = words[index + size + len(after):][:1] == ["from"] and act in _TAKEN_FROM
        if lost and target is None:  # "seized Baba Amr from the army": the army lost it
            loser = _up_to_break(words, index + size + len(after) + 1)
            target = side_in(_head(loser))
            undergone = [*after, *loser] if target else after
        if not subject and previous is not None and before > 0 and words[before - 1] == "and":
            # "the army besieges and bombards": the army bombards
            agent, named = previous.agent, list(previous.agent_words)
    return Act(act, " ".join(words[index:index + size]), agent, target, tuple(named),
               tuple(undergone))


_SHARES = frozenset({"hundreds", "thousands", "dozens", "tens", "scores", "millions", "many",
                     "most", "some", "several", "few", "all", "none", "each", "both", "one",
                     "two", "three", "four", "five", "half", "rest", "majority", "minority",
                     "group", "groups", "convoy", "number", "handful", "band"})
"""Words of how many or how much of a whole, before "of": what follows did the act."""
_COMPLEMENTS = frozenset({"culpable", "responsible", "liable", "guilty"})
"""Words after an act's object that say what it was found to be ("found the rebels
culpable"): the object is the words before them."""
_TAKEN_FROM = frozenset({"take", "retake"})
"""Acts whose "from" names whom the act was done to: taken from the army."""


def _head(words: list[str]) -> list[str]:
    """The head of a phrase, its last words: "the rebel offensive" is an offensive, and
    names no side as whom something was done to."""
    return words[-3:] if words and words[-1] in _HEADS else \
        words[-2:] if words and words[-1] in _FORCES else words[-1:]  # "government forces"


_HEADS = frozenset({"army", "government", "front", "sham", "state"})
"""Last words of names of several words ("free syrian army", "hayat tahrir al sham")."""
_FORCES = frozenset({"forces", "troops", "soldiers", "fighters", "units"})
"""Last words of a side's forces, whose side the word before says ("government forces")."""


def _back_to_break(words: list[str], start: int, end: int) -> list[str]:
    if end - 1 > start and words[end - 1] == "zzbreak" and words[end - 2] != "zzbreak":
        opened = next((at for at in range(end - 2, max(start, end - 6) - 1, -1)
                       if words[at] == "zzbreak"), None)  # "Russia, his ally, supervised":
        if opened is not None and opened > start and words[opened + 1] in _APPOSED:  # Russia
            return _back_to_break(words, start, opened)
    first = end
    while first > start and words[first - 1] not in _BREAK:
        first -= 1
    if first - 1 > start and words[first - 1] in ("that", "which") and \
            words[first:first + 1] and words[first].endswith("ed"):  # "the offensive that
        return _back_to_break(words, start, first - 1)  # reached Homs had taken": the offensive
    told = next((at for at in range(first, end) if words[at] in _TELLING), end)  # the teller
    return words[first:told] if set(words[told + 1:told + 5]) & _PRONOUNS else words[first:end]


def _up_to_break(words: list[str], start: int) -> list[str]:
    last = start
    while last < len(words) and words[last] not in _BREAK and (last - start) < 6:
        last += 1
    return words[start:last]


def said(found: list[Act]) -> set[str]:
    """Every act the found acts state or imply."""
    names: set[str] = set()
    for each in found:
        names.add(each.act)
        names.update(_IMPLIED.get(each.act, set()))
    return names


def clash(claimed: list[Act], record: list[Act]) -> str:
    """Why the claim's roles do not fit the record's for the same act ("the rebels besieged
    the army" against "the army besieges the Old City"), or ""."""
    for each in claimed:
        same = same_act(each, record)
        agents = {other.agent for other in same if other.agent}
        if each.agent and agents and each.agent not in agents:
            return (f"the claim has {each.agent} as who {each.words}, where the source has "
                    f"{' and '.join(sorted(agents))}")
        if each.target and each.target in agents and each.agent != each.target:
            return (f"the claim has {each.target} as whom it {each.words}, where the source "
                    f"has it as who did")
        targets = {other.target for other in same if other.target}
        if each.target and targets and each.target not in targets:  # found the rebels culpable
            return (f"the claim has {each.target} as whom it {each.words}, where the source "
                    f"has {' and '.join(sorted(targets))}")
    return crossed(claimed, record)


def crossed(claimed: list[Act], record: list[Act]) -> str:
    """Why the claim has whom the record's act was done to doing it, by the words that name
    them ("Zenobia defeated Aurelian" against "Aurelian defeats Zenobia"), or "": the
    claim's target is among the record's agent's words, and neither its agent is the
    record's agent nor its target the record's target. Only a record's act that names both
    (a label's "Baba Amr recaptured" names no one who did it) can be crossed."""
    for each in claimed:
        agent, target = _named_terms(each.agent_words), _named_terms(each.target_words)
        for other in same_act(each, record):
            doer, done_to = _named_terms(other.agent_words), _named_terms(other.target_words)
            if doer and done_to and target & doer and not target & done_to and not agent & doer:
                shared = " ".join(word for word in each.target_words if word in doer).title()
                return (f"the claim has {shared} as whom it {each.words}, where the source "
                        f"has {shared} as who did")
    return ""


def _named_terms(words: tuple[str, ...]) -> set[str]:
    return {word for word in words if word not in DETERMINERS and word not in _BREAK
            and len(word) > 2}


def same_act(claimed: Act, record: list[Act]) -> list[Act]:
    """The record's acts that state the claimed one (a killing states a death)."""
    return [other for other in record if other.act == claimed.act
            or claimed.act in _IMPLIED.get(other.act, set())]


def sides_said(text: str) -> set[str]:
    """The sides of the war a text names as people, not as the word before a thing: "a last
    convoy of rebels" and "rebel factions" name the rebels, "an opposition press centre"
    does not."""
    words = fold(text).split()
    return {side for word, after in zip(words, [*words[1:], ""], strict=True)
            if (side := side_of(word)) and (after in STOP_WORDS or side_of(after) or not after
                                            or after == "s")}


__all__ = [
    "FIGURE_ACTS",
    "NO_ACT_PHRASES",
    "Act",
    "acts",
    "clash",
    "crossed",
    "said",
    "same_act",
    "sides_said",
]
