"""A start named by a common noun and placed by a "near" phrase the parser hung on the verb:
in "the boats set off from beaches near X" the beaches lie near X, so the start is read
over "near X" (the slot reaches that far, and X is its place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_phrase_words import NEAR_WORDS
from claimmap.movement_spans import placelike

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext


def near_start(ctx: SlotContext, trig: Token, slots: Slots) -> None:
    """Let an unplaced start ("from beaches") reach over the "near X" right after it."""
    if not slots.origins:
        return
    start = slots.origins[0]
    if start.i in ctx.placed or start.pos_ != "NOUN" or start.i in slots.reach:
        return
    after = start.right_edge.i + 1
    if after >= len(start.doc):
        return
    prep = start.doc[after]
    if prep.dep_ != "prep" or prep.lower_ not in NEAR_WORDS or prep.head != trig:
        return
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if objs and objs[0].i in ctx.placed and placelike(ctx, objs[0], strict=True):
        slots.reach[start.i] = objs[0].right_edge.i
