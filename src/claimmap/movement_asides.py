"""A participle set off by a comma after a motion verb's object tells how the movers went,
not something the object did: in "components are still reaching the X factory in Y,
routed through firms in A and B" the parser hangs "routed" on "factory", which would make
the factory the mover and the place it stands in a start. The aside is the way of the
main movement (A and B are stops on the way to X), and is no movement of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_words import content_head, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_WAYS = frozenset(["through", "via"])


def _main_verb(noun: Token) -> Token | None:
    """The motion verb whose object (or to-phrase object) ``noun`` is."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in lex.DEST_PREPS:
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and lex.is_trigger(verb) else None


def comma_aside(trig: Token) -> bool:
    """Is ``trig`` a past participle hung on the object of another motion verb after a
    comma ("reaching X, routed through Y"), with a through/via phrase of its own?"""
    if trig.dep_ != "acl" or trig.tag_ != "VBN" or trig.i == 0:
        return False
    if trig.doc[trig.i - 1].text != "," or _main_verb(trig.head) is None:
        return False
    return any(w in _WAYS for w, _ in preps_of(trig))


def aside_ways(trig: Token) -> list[Token]:
    """The through/via places of a comma aside on ``trig``'s object: stops on its way."""
    nouns = [c for c in trig.children if c.dep_ == "dobj"]
    nouns += [o for p in trig.children if p.lower_ in lex.DEST_PREPS for o in p.children]
    return [
        content_head(obj)
        for noun in nouns
        for acl in noun.children
        if comma_aside(acl) and _main_verb(noun) == trig
        for word, obj in preps_of(acl)
        if word in _WAYS
    ]
