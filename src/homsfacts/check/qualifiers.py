"""Words that narrow or widen a claim ("borders only Lebanon", "mostly Sunni", "after the
evacuation"): a sentence that backs the claim must say them too, in its own words or in one
it says them with ("more than a year" is over a year)."""

from __future__ import annotations

QUALIFIERS = frozenset({"only", "solely", "just", "also", "more", "less", "fewer", "most",
                        "least", "nearly", "almost", "over", "under", "never", "always", "all",
                        "every", "each", "either", "neither", "first", "last", "same",
                        "again", "still", "already", "entirely", "mostly", "mainly", "partly",
                        "largely", "fully", "exactly", "before", "after", "without"})
"""Words that narrow or widen a claim ("borders only Lebanon"): the sentence must say them."""

_SAID_AS = {"over": frozenset({"more"}), "nearly": frozenset({"almost"}),
            "almost": frozenset({"nearly"})}
"""Other words a sentence says a qualifier with ("more than a year" is over a year). Not
"once" for "after": "once the fighting was over, tens of thousands who had left went home"
would back "after the fighting, tens of thousands left" (a review's counterexample)."""


def qualified(claim_words: set[str], text: str) -> str:
    """The first qualifier of the claim's words that the folded sentence does not say, as a
    reason; or ""."""
    written = set(text.split())
    extra = sorted(word for word in (QUALIFIERS & claim_words) - written
                   if not _SAID_AS.get(word, frozenset()) & written)
    return f"the source does not say {extra[0]!r}, as the claim does" if extra else ""


__all__ = ["QUALIFIERS", "qualified"]
