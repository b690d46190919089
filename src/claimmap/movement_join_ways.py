"""The way told apart from the journey: "the ships left X" ... "arrived in Y" ... "they had
sailed through A and B". A movement naming only stops on the way, told near the one hop the
same movers make, threads that hop: X → A → B → Y.

Split from :mod:`claimmap.movement_join_legs`, which joins the halves of a journey.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimmap.model import Leg, Mood, Movement, Place
from claimmap.movement_halves import NEAR_CHARS
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_frame import km

#: how much longer than the straight hop a way through the stops may be
_DETOUR = 2.5


def threaded_legs(
    movements: Sequence[Movement],
    legs: list[Leg],
    canon: dict[str, str],
    by_id: dict[str, Place],
) -> list[Leg]:
    """``legs`` with the one hop near a movement that names only its way split at the
    stops of that way (in the order told), when the hop was itself told in halves (its
    start and its end apart) and the way does not lead far off it."""
    by_mid = {m.id: m for m in movements}
    for m in movements:
        if m.origin is not None or m.destination is not None or m.negated:
            continue
        stops = list(dict.fromkeys(p for t in m.transit for p in slot_ids(t, canon)))
        near = sorted(
            (d, n) for n, leg in enumerate(legs) if (d := _gap(leg, m, by_mid)) is not None
        )
        if not stops or not near or (len(near) > 1 and near[1][0] == near[0][0]):
            continue  # no hop near, or two told as near: no telling which the way is of
        hop = legs[near[0][1]]
        if m.id in hop.movement_ids:
            continue
        ms = [by_mid[i] for i in hop.movement_ids if i in by_mid]
        if any(t.origin is not None and t.destination is not None for t in ms):
            continue  # "flew from X to Y" told whole: a way told elsewhere is another's
        if not _on_the_way(hop, stops, by_id):
            continue
        ends = [hop.from_place, *stops, hop.to_place]
        split = [
            merge_leg(None, a, b, hop.status, [*ms, m], by_id, _less_sure(hop.mood, m.mood))
            for a, b in itertools.pairwise(ends)
        ]
        at = legs.index(hop)
        legs = [*legs[:at], *split, *legs[at + 1 :]]
    return legs


def _less_sure(hop: Mood, way: Mood) -> Mood:
    """A way told only as possible ("may have been moved through A and B") leaves the hops
    through it possible, though the hop it splits was told as made."""
    return way if hop == "made" and way != "made" else hop


def _gap(leg: Leg, m: Movement, by_mid: dict[str, Movement]) -> int | None:
    """How far from ``m`` the nearest movement telling ``leg`` is, if near at all."""
    told = [by_mid[i] for i in leg.movement_ids if i in by_mid]
    gaps = [abs(t.trigger.start - m.trigger.start) for t in told]
    gap = min(gaps, default=NEAR_CHARS + 1)
    return gap if gap <= NEAR_CHARS else None


def _on_the_way(hop: Leg, stops: list[str], by_id: dict[str, Place]) -> bool:
    """Stops apart from the hop's ends, not inside them, and a way through them not far
    longer than the hop itself."""
    a, b = by_id[hop.from_place], by_id[hop.to_place]
    for s in stops:
        if s in (a.id, b.id) or inside(by_id[s], a) or inside(by_id[s], b):
            return False
        if inside(a, by_id[s]) or inside(b, by_id[s]):
            return False
    points = [a, *(by_id[s] for s in stops), b]
    way = sum(km(p, q) for p, q in itertools.pairwise(points))
    return way <= _DETOUR * max(km(a, b), 1.0)
