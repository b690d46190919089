"""Where a movement starts when the telling goes on from an earlier one: "From there, the
cargo was moved to Y", "driven to X and then carried into Y" (the second leg starts at X).

Split from :mod:`claimmap.movement_implicit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import Movement, PlaceRef
from claimmap.movement_spans import SlotContext, span_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def from_there(
    ctx: SlotContext, trig: Token, earlier: Sequence[Movement], since: int
) -> PlaceRef | None:
    """ "From there, the cargo was moved to Y": the origin is where the telling had got to,
    the last stop of a movement in this sentence or the one before."""
    heads = [trig, *(c for c in trig.children if c.dep_ in ("advmod", "prt"))]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    words = [*(t for p in preps for t in p.children), *trig.children]
    there = next((t for t in words if t.lower_ in lex.THERE_WORDS), None)
    if there is None or (there.lower_ == "there" and there.head.lower_ != "from"):
        return None
    span = span_of(ctx.doc, there.idx, there.idx + len(there.text))
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start < since:
            break
        last = m.destination or (m.transit[-1] if m.transit else None)
        if last is not None:
            return PlaceRef(span, last.place_id, last.other_place_ids)
    return None


def chained_origin(trig: Token, earlier: Sequence[Movement]) -> PlaceRef | None:
    """ "were driven north to X and then carried across the border into Y": a motion verb
    conjoined after another starts where that one ended (X, the place returned), not where
    the movers came from ("objects from Z"); the routes stage joins the two legs."""
    if trig.dep_ != "conj" or not earlier:
        return None
    before = earlier[-1]
    head = trig.head
    if before.trigger.start != head.idx or trig.i < head.i:
        return None
    last = before.destination or (before.transit[-1] if before.transit else None)
    if last is None or last.place_id is None:
        return None
    return last
