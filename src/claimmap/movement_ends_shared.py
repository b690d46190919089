"""Places that share one end of a movement: "to X and to Y", "loaded at X and at the port
of Y", "at X in A and Y in B". Each is a second place of the same slot, not a later stop.

Split from :mod:`claimmap.movements`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_coordinated import qualified_pairs
from claimmap.movement_onward import dated_apart, next_step
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from claimmap.movement_slots import Slots


def coordinate(slots: Slots, calls: bool = False) -> None:
    """ "to X and to Y": the second object shares the slot of the first, not a later stop
    (but ports ``calls`` at, "would call at X and at Y", are put in at one after another)."""
    for heads in (slots.origins, [] if calls else slots.dests):
        for tok in list(heads):
            prep = tok.head
            if prep.dep_ != "conj" or prep.pos_ != "ADP" or next_step(prep):
                continue  # "to B and then to C": a later stop, not a second end
            first = next(
                (
                    t
                    for t in heads
                    if t.i < tok.i
                    and t.head.lower_ == prep.lower_
                    and (
                        prep.head == t.head
                        or prep.head in t.head.ancestors
                        or prep.head.head == t.head.head  # "to X, in Y, and to Z"
                    )
                ),
                None,
            )
            if first is not None and not dated_apart(first, prep):
                heads.remove(tok)
                slots.joined.setdefault(first.i, []).append(tok.i)


def also_at(ctx: SlotContext, slots: Slots, calls: bool = False) -> None:
    """ "loaded at X and at the port of Y": a start or end read off another verb keeps the
    places of the preposition coordinated with its own, not only the first (not the ports
    a ship ``calls`` at, one after another)."""
    for heads in (slots.origins[:1], [] if calls else slots.dests):
        for tok in heads:
            prep = tok.head
            told = {tok.i, *slots.joined.get(tok.i, ())}
            for obj in (o for o in qualified_pairs(tok) if o.i not in told):
                if placelike(ctx, obj) and obj not in (*slots.dests, *slots.origins):
                    slots.joined.setdefault(tok.i, []).append(obj.i)  # "at X in A and Y in B"
            for more in (c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"):
                if more.lower_ != prep.lower_ or next_step(more) or dated_apart(prep, more):
                    continue
                found = [content_head(o) for o in pobjs(more)]
                for obj in (o for o in found if placelike(ctx, o) and o.i not in told):
                    if obj not in slots.dests and obj not in slots.origins:
                        slots.joined.setdefault(tok.i, []).append(obj.i)
