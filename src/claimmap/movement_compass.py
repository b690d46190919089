"""A motion verb the parser read as an adjective of the compass word after it: "left X
and steamed north past Y" comes out as "steamed" modifying a noun "north", with "past Y"
hung on "north" and the verb cut off from its subject. These helpers give the verb back
its way and its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how many heads up from the compass word the verb it goes with may be
_MAX_UP = 8


def compass_misread(trig: Token) -> Token | None:
    """The compass noun the verb was read as an adjective of ("steamed north"), if any."""
    if trig.pos_ != "VERB" or trig.dep_ != "amod" or trig.head.lower_ not in lex.COMPASS:
        return None
    return trig.head if trig.head.i == trig.i + 1 else None


def compass_preps(trig: Token) -> list[Token]:
    """The "past" phrases on the misread compass noun: the places the movers passed."""
    head = compass_misread(trig)
    if head is None:
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.lower_ == "past"]


def compass_verb(trig: Token) -> Token | None:
    """The clause verb the misread one is coordinated with ("they left X ... and steamed
    north"): the first verb above the compass noun that heads a clause of its own (not a
    participle of a noun, "known locally as Z"), whose subject is the mover."""
    head = compass_misread(trig)
    if head is None:
        return None
    tok = head
    for _ in range(_MAX_UP):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl", "amod"):
            return tok
    return None
