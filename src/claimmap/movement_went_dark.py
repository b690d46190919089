"""Where a craft seen again had gone dark: "the tanker went dark off X on May 3 and switched
its transponder back on near Y five days later", or "The tanker went dark off X." "It
reappeared near Y". The tracking gap tells the craft moved X → Y while unseen: the start of
the movement told by its reappearing is where it went dark, in its sentence or the one
before (the words: :mod:`claimmap.movement_dark`).

Called by :mod:`claimmap.movement_build` for a movement with an end and no start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_dark import back_on, went_dark
from claimmap.movement_resurfaced import SEEN_AGAIN
from claimmap.movement_spans import placelike

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

#: the words before where a craft went dark: "off X", "near X", "in the X Sea"
_AT = frozenset({"off", "near", "in", "at", "outside"})
#: how many words after the verb its place may come ("switched off its AIS transponder off X")
_GAP = 7


def seen_again_verb(trig: Token) -> bool:
    """Does the trigger tell a craft seen again ("reappeared", "switched its AIS back on")?"""
    return trig.lemma_.lower() in SEEN_AGAIN or back_on(trig)


def dark_start(ctx: SlotContext, trig: Token) -> Token | None:
    """Where the craft seen again at ``trig`` had gone dark: the place of the last "went
    dark" told before the trigger, in its sentence or the one before."""
    if not seen_again_verb(trig):
        return None
    sent = trig.sent
    first = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(sent.doc[first : trig.i]):
        if went_dark(tok):
            return _place_after(ctx, tok)
    return None


def _place_after(ctx: SlotContext, verb: Token) -> Token | None:
    """The first place told "off", "near" (...) within a few words after ``verb``, in its
    clause."""
    sent = verb.sent
    for tok in sent.doc[verb.i + 1 : min(sent.end, verb.i + 1 + _GAP)]:
        if tok.pos_ in ("VERB", "PUNCT") or tok.lower_ in ("and", "but"):
            return None  # another clause, or the end of this one
        if tok.lower_ not in _AT:
            continue
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            if placelike(ctx, obj, strict=True):
                return obj
    return None
