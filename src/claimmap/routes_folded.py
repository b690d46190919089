"""A route of one coarse leg told again, finer, in another route ("Militia convoys cross
from X into Syria" in the headline; "a convoy crossed from X into eastern Syria and headed
towards Y" in the body) is that same hop: its claims fold into the finer leg, and the
coarse route goes. The coarse leg's ends must each be the finer leg's end or hold it (a
country holds a town, a region its towns), for movers of one known kind, and exactly one such
finer leg must be told: two finer legs leave the coarse route as it is.

:func:`claimmap.routes_journeys.one_leg_each` folds such hops inside one group of movers;
this folds them across the routes of movers named differently ("convoys", "militias").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from claimmap.model import Leg, Place, Route
from claimmap.movement_hops import surest
from claimmap.movement_stops import inside
from claimmap.routes_denial_scope import route_kind


def folded_routes(routes: Sequence[Route], by_id: dict[str, Place]) -> list[Route]:
    """``routes`` with each one-leg route told finer by another route folded into it."""
    out = list(routes)
    for coarse in routes:
        if len(coarse.legs) != 1 or coarse not in out:
            continue
        leg = coarse.legs[0]
        finer = [
            (n, i)
            for n, route in enumerate(out)
            if route is not coarse and same_kind(route, coarse)
            for i, other in enumerate(route.legs)
            if finer_leg(other, leg, by_id)
        ]
        if len(finer) != 1:
            continue
        n, i = finer[0]
        legs = list(out[n].legs)
        legs[i] = with_coarse_claims(legs[i], leg)
        out[n] = dataclasses.replace(out[n], legs=tuple(legs))
        out.remove(coarse)
    return out


def same_kind(a: Route, b: Route) -> bool:
    """Are both routes' movers of one known kind ("convoys of militias" and "militias")?
    Movers of no known kind, or carriers ("warships"), may be other movers than people
    told arriving from the same country."""
    kind = route_kind(a.mover)
    return kind is not None and kind == route_kind(b.mover)


def finer_leg(fine: Leg, coarse: Leg, by_id: dict[str, Place]) -> bool:
    """Is ``fine`` the hop ``coarse`` tells, each end the same place or one inside it, and
    finer at one end at least (the same hop told twice is folded where it is built)?"""
    if fine.status != "stated" or coarse.status != "stated" or fine.mood != coarse.mood:
        return False
    pairs = ((fine.from_place, coarse.from_place), (fine.to_place, coarse.to_place))
    if not all(a == b or _holds(b, a, by_id) for a, b in pairs):
        return False
    return any(a != b for a, b in pairs)


def _holds(outer: str, inner: str, by_id: dict[str, Place]) -> bool:
    return outer in by_id and inner in by_id and inside(by_id[inner], by_id[outer])


def with_coarse_claims(fine: Leg, coarse: Leg) -> Leg:
    """The finer leg, citing the coarse leg's claims, movements and evidence too."""
    return dataclasses.replace(
        fine,
        claim_ids=tuple(dict.fromkeys(fine.claim_ids + coarse.claim_ids)),
        movement_ids=tuple(dict.fromkeys(fine.movement_ids + coarse.movement_ids)),
        evidence=tuple(dict.fromkeys(fine.evidence + coarse.evidence)),
        mood=surest([fine.mood, coarse.mood]),
    )
