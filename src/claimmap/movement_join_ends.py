"""A stated leg's end told again, with no start, by another teller: "the convoy left X on
Sunday ... is following the same route through Y" and, in another entry, an officer at a
post in Y "told Reuters the vehicles crossed into Y on Monday". The crossing told alone is
the hop the leg tells, so its claim (and its movement) is listed with that leg.

Split from :mod:`claimmap.movement_join_legs`, which joins the halves of a journey.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Leg, Movement
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_stops import slot_ids


def end_told_claims(ctx: LegContext, legs: Sequence[Leg]) -> list[Leg]:
    """``legs``, the one stated leg (told as made) that ends where a movement of the group
    told as made, with a claim, naming no start and no way and in no leg, ends, listing that
    movement's claim; when two legs end there, no telling which hop it retells."""
    used = {i for leg in legs for i in leg.movement_ids}
    out = list(legs)
    for m in ctx.movements:
        if not _end_alone(m) or m.id in used:
            continue
        ends = set(slot_ids(m.destination, ctx.canon))
        hits = [n for n, leg in enumerate(out) if leg.to_place in ends and leg.status == "stated"]
        if len(hits) != 1 or out[hits[0]].mood != "made" or m.claim_id in out[hits[0]].claim_ids:
            continue
        leg = out[hits[0]]
        out[hits[0]] = merge_leg(
            leg, leg.from_place, leg.to_place, "stated", [m], ctx.by_id, "made"
        )
    return out


#: verbs telling a border crossed, a point of the hop, not a journey of its own
_CROSSED = ("cross", "entered", "enter")


def _end_alone(m: Movement) -> bool:
    """Does ``m`` tell only a border crossed into an end, as made, in a claim ("the vehicles
    crossed into Y"; not "deported to Y", a tally of many journeys)?"""
    return (
        m.trigger.text.lower().startswith(_CROSSED)
        and m.origin is None
        and not m.transit
        and m.destination is not None
        and m.mood == "made"
        and not m.negated
        and m.claim_id is not None
    )
