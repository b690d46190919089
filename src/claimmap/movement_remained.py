"""Where a planned voyage would have set off, told by where the craft stayed instead: "the
cargo was intended for Y, but the vessel has remained in floating storage off X", "was due
to sail to Y, but the ship is still anchored off X". The trip was meant from X (and never
made: the movement keeps its planned mood); without X the plan had no start and drew no leg.

Read by :mod:`claimmap.movement_build` with the other starts told around the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_spans import placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

#: verbs of a craft staying where it was: "has remained off X", "is still anchored at X"
_STAYED = frozenset(["remain", "stay", "sit", "lie", "linger", "wait"])
_MOORED = frozenset(["anchor", "moor", "dock", "berth", "strand", "idle"])
#: words opening the clause that tells the plan was not carried out
_BUT = frozenset(["but", "yet", "though", "although"])
_AT = ("off", "at", "in", "near", "outside")


def remained_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """X in "was intended for Y, but the vessel has remained off X": the planned trip's
    start, when the trigger (or the clause it hangs on) has a "but" conjunct of staying."""
    from claimmap.movement_mood import mood

    if mood(trig) != "intended":
        return None
    head = trig
    for _ in range(3):  # "was due to sail": sail → due → was
        found = _stayed_at(ctx, head)
        if found is not None or head.head is head:
            return found
        head = head.head
    return None


def _stayed_at(ctx: SlotContext, verb: Token) -> Token | None:
    for clause in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        opener = verb.doc[clause.left_edge.i - 1] if clause.left_edge.i else None
        cc = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < clause.i]
        words = {c.lower_ for c in cc} | ({opener.lower_} if opener is not None else set())
        if not words & _BUT or not _stay(clause):
            continue
        return _place_of(ctx, clause)
    return None


def _stay(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in _STAYED or (lemma in _MOORED and verb.tag_ == "VBN")


def _place_of(ctx: SlotContext, verb: Token) -> Token | None:
    """The place of the stay: an at/off/in phrase of the verb, or one hung on its object
    ("in floating storage off X")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT]
    for prep in preps:
        for obj in pobjs(prep):
            obj = content_head(obj)
            if placelike(ctx, obj, strict=True):
                return obj
            for inner in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in _AT):
                for deeper in pobjs(inner):
                    if placelike(ctx, content_head(deeper), strict=True):
                        return content_head(deeper)
    return None
