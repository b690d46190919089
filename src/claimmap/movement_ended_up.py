"""Movers told by where they ended up: "Others ended up in X", "most of the rifles ended up
at Y". "End up" with an in/at-phrase naming a place is an arrival told without its start:
X is where those movers got to (the start, if any, is read elsewhere: "others" set off
where the rest of their group did). "ended up in the hands of X", "ended up in hospital"
name no place by name and are no movement.

Read by :func:`claimmap.movement_words.is_trigger`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def ended_up(token: Token) -> bool:
    """Is ``token`` "ended up" with an in/at-phrase holding a proper name?"""
    if token.lemma_.lower() != "end" or token.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return False
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    return any(t.pos_ == "PROPN" for p in preps for t in p.subtree)
