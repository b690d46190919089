"""Where the story last put the movers is a place it names but cannot place.

"...were pushed through A into B." ... "They walk to Y," said a monitor in B: with B a
name no gazetteer holds, the walkers set off from B, not from the end of an earlier
journey told before it ("handed over at C into D"). Chaining the end-only movement onto D
would invent a leg D → Y; leaving its start empty is the honest reading.

Used by :mod:`claimmap.movement_join_last` only for movements that name an end and
nothing else, so it costs nothing elsewhere.
"""

from __future__ import annotations

import re

from claimmap.model import Movement, PlaceRef
from claimmap.movement_halves import other_movers, resolved
from claimmap.movement_join_context import LegContext
from claimmap.routes_groups import mover_key

#: "a monitor in B", "residents at B": a name the speaker is placed at, as written
_AT_NAME = re.compile(r"\b(?:in|at)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")


def unplaced_since(before: Movement, m: Movement, ctx: LegContext) -> bool:
    """Does the text put ``m``'s movers at an unplaced name since ``before``: its own end,
    the place the teller of ``m`` speaks from, or the end of a journey of the same movers
    told between the two?"""
    if _unplaced_name(before.destination):
        return True  # "pushed through A into B", B unplaced: they are at B, not at A
    return _teller_unplaced(m, ctx) or any(
        before.trigger.start < x.trigger.start < m.trigger.start
        and not x.negated
        and x.mood == "made"
        and _unplaced_name(x.destination)
        and not other_movers(x, m, ctx.text, lambda y: mover_key(y, ctx.people)[0])
        for x in ctx.pool
    )


def _unplaced_name(ref: PlaceRef | None) -> bool:
    """A slot naming a place ("into Belladere") that resolved to none."""
    return ref is not None and not resolved(ref) and ref.span.text[:1].isupper()


def _teller_unplaced(m: Movement, ctx: LegContext) -> bool:
    """Is the teller of ``m`` placed at a name that is no place of the article ("a GARR
    monitor in Belladere")?"""
    claim = ctx.claims.get(m.claim_id) if m.claim_id else None
    who = claim.claimant if claim is not None else None
    if who is None:
        return False
    placed = [s for p in ctx.places for s in p.mentions if who.start <= s.start < who.end]
    for found in _AT_NAME.finditer(who.text):
        start = who.start + found.start(1)
        if not any(s.start <= start < s.end for s in placed):
            return True
    return False
