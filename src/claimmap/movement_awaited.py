"""Arrivals told as awaited and journeys told by their end alone.

"The vessel is expected in X early next week", "the minister is due in Y on Monday":
the passive "expected" (or "due") with a place phrase of its own tells a coming arrival
at that place, a movement meant rather than made. "destined for X" names where goods
were meant to go, not where they went (they are often seized before), so it is meant
too; so is "intended for X" ("the pills were intended for X and for buyers in Y"), read
with "for" only ("intended to" is a plan whose infinitive is the movement). Kept apart
from :mod:`claimmap.movement_words`, which holds the word lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the prepositions of an awaited arrival's place: "expected in X", "expected at X"
_AT = frozenset(["in", "at"])
#: words telling an end meant for the movers, not reached: "destined for X"
MEANT_ENDS = frozenset(["destined", "intended"])


def expected_at(token: Token) -> bool:
    """ "The vessel is expected in X": a passive "expected" with its own subject and an
    in/at phrase (not "are expected to arrive", where the infinitive is the movement, nor
    "expected in the coming days" told without a subject)."""
    if token.lemma_.lower() != "expect" or token.tag_ != "VBN":
        return False
    kids = list(token.children)
    if not any(c.dep_ == "auxpass" for c in kids) or not any(c.dep_ == "nsubjpass" for c in kids):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _AT and any(o.dep_ == "pobj" for o in c.children)
        for c in kids
    )
