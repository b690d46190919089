"""Movers who "joined the X area": joining a named area, region or camp is going there
("crossed the border and joined the Abala area"), while joining a group ("joined the
army", "joined Hamas") moves no one anywhere. Read by
:func:`claimmap.movement_words.is_trigger` and :func:`claimmap.movement_slots.object_slots`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_counts import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: nouns of ground a named place is the name of: "the X area", "the Y region"
AREA_NOUNS = _words("area region zone district province camp camps enclave")


def joined_area(token: Token) -> bool:
    """ "joined the Abala area", "joined the Tahoua region": a verb of joining whose object
    is a named stretch of ground."""
    if token.lemma_.lower() != "join" or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and _named_ground(c) for c in token.children)


def _named_ground(noun: Token) -> bool:
    if noun.lemma_.lower() not in AREA_NOUNS:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.text[:1].isupper()
        for c in noun.children
    )
