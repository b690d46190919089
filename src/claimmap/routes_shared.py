"""Routes of two movers told as one journey: a cargo's departure and the craft that
carried it on ("14 containers had left X." "The ship called at Y." "It docked in Z") are
grouped apart by their movers' words, but the leg joining them is told by a movement of
each. Where one route ends at the very place the other starts from, and a movement tells
both the last leg of the one and the first leg of the other, they are one route.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from claimmap.model import Route


def joined_routes(found: Sequence[Route], doc_id: str) -> list[Route]:
    """``found`` with each route going on from another (same junction place, a movement
    shared across it) put after that one, and the routes numbered again."""
    routes = list(found)
    merged = True
    while merged:
        merged = False
        for a in routes:
            b = next((r for r in routes if r is not a and _goes_on(a, r)), None)
            if b is not None:
                joint = dataclasses.replace(a, legs=(*a.legs, *b.legs), mover=a.mover or b.mover)
                routes = [joint if r is a else r for r in routes if r is not b]
                merged = True
                break
    return [dataclasses.replace(r, id=f"{doc_id}:r{n}") for n, r in enumerate(routes)]


def _goes_on(a: Route, b: Route) -> bool:
    """Does ``b`` set off where ``a`` ends, told by a movement of both legs at the junction,
    with no place of ``a`` visited again by ``b``?"""
    if not a.legs or not b.legs:
        return False
    last, first = a.legs[-1], b.legs[0]
    if last.to_place != first.from_place or not set(last.movement_ids) & set(first.movement_ids):
        return False
    seen = {leg.from_place for leg in a.legs} | {last.to_place}
    return not any(leg.to_place in seen for leg in b.legs)


def without_retold(found: Sequence[Route]) -> list[Route]:
    """``found`` less the routes that no claim tells and whose every hop a claimed leg of
    another route already draws: a headline retelling the body's journey ("… guns reaching
    Haiti through Dominican port" over the lede's claimed Dominican Republic → Haiti) is one
    journey, not two lines on the map."""
    claimed = {
        (leg.from_place, leg.to_place): r.id for r in found for leg in r.legs if leg.claim_ids
    }

    def retold(r: Route) -> bool:
        return all(
            not leg.claim_ids and claimed.get((leg.from_place, leg.to_place), r.id) != r.id
            for leg in r.legs
        )

    return [r for r in found if not (r.legs and retold(r))]
