"""Headline flights the parser breaks: "Thousands flee X for Y", "Families flee X". A bare
present "flee" after a plural subject, with no article, is read as a noun ("flee Darfur" as
one name) or as a verb without subject or object, so no phrase hangs where the slots are
read. The words are then read in their order: the noun before is the mover, the place right
after the start, and a "for/to/into" place after it the end. "flee" has no noun sense, so the
misreading is safe to undo. "Court orders migrants sent back from X" is broken the same
way: "orders" read as a noun, the ordered move as a participle on the movers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verb forms with no noun reading, which the tagger still takes for a noun in a headline
_FLEE_FORMS = frozenset({"flee", "flees"})
#: prepositions after the start that name where the flight leads
_GOAL_PREPS = frozenset({"for", "to", "into", "towards", "toward"})
#: prepositions inside the start: "flee fighting in X", "flee clashes around X"
_WHERE_PREPS = frozenset({"in", "around", "near", "across"})


@dataclass(frozen=True)
class Flight:
    """The words a broken headline flight is read from."""

    mover: Token
    origin: Token
    goals: tuple[Token, ...]


def misparsed_flight(tok: Token) -> bool:
    """Is ``tok`` a "flee" the parser gave neither a subject nor an object?"""
    if tok.lower_ not in _FLEE_FORMS or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    return not any(c.dep_ in ("nsubj", "dobj", "prep") for c in tok.children)


def headline_flight(ctx: SlotContext, tok: Token) -> Flight | None:
    """Mover, start and ends of a misparsed "N flee X (for Y)", read off the word order."""
    if not misparsed_flight(tok):
        return None
    doc = tok.doc
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if not before.is_alpha or not (before.tag_ in ("NNS", "NNPS") or before.ent_type_ == "NORP"):
        return None
    origin = _start(ctx, after)
    if origin is None:
        return None
    goals = []
    for prep in doc[after.i + 1 : tok.sent.end]:
        if prep.lower_ in _GOAL_PREPS and prep.i + 1 < tok.sent.end:
            goal = _name_end(doc[prep.i + 1])
            if placelike(ctx, goal, strict=True):
                goals.append(goal)
                break
    return Flight(before, origin, tuple(goals))


def _start(ctx: SlotContext, after: Token) -> Token | None:
    """The place fled: the name right after "flee", or the place in "fighting in X"."""
    name = _name_end(after)
    if placelike(ctx, name, strict=True):
        return name
    inner = [o for w, o in preps_of(after) if w in _WHERE_PREPS]
    return next((o for o in inner if placelike(ctx, o, strict=True)), None)


def _name_end(tok: Token) -> Token:
    """The last word of a multi-word name starting at ``tok`` ("South Sudan")."""
    end = tok
    while end.i + 1 < len(tok.doc) and end.pos_ == "PROPN" and tok.doc[end.i + 1].pos_ == "PROPN":
        end = tok.doc[end.i + 1]
    return end


#: present forms of ordering verbs a headline's tagger reads as a noun ("court orders")
_ORDER_FORMS = frozenset(["orders", "order", "demands", "requires", "directs", "rules"])


def ordered_headline(verb: Token) -> bool:
    """ "Court orders migrants sent back from X": in a headline the tagger takes "orders"
    for a noun before the movers and hangs the participle on them; what is ordered is
    meant all the same."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.i > verb.i:
        return False
    before = verb.doc[max(noun.left_edge.i - 1, 0) : noun.i]
    return any(t.lower_ in _ORDER_FORMS for t in before)
