"""The way told apart from the journey: "the ships left X" ... "arrived in Y" ... "they had
sailed through A and B". A movement naming only stops on the way, told near the one hop the
same movers make, threads that hop: X → A → B → Y.

Split from :mod:`claimmap.movement_join_legs`, which joins the halves of a journey.
"""

from __future__ import annotations

import itertools

from claimmap.model import Leg, Mood, Movement, Place
from claimmap.movement_halves import NEAR_CHARS
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_frame import km

#: how much longer than the straight hop a way through the stops may be
_DETOUR = 2.5


def threaded_legs(ctx: LegContext, legs: list[Leg]) -> list[Leg]:
    """``legs`` with the one hop near a movement that names only its way split at the
    stops of that way (in the order told), when the hop was itself told in halves (its
    start and its end apart, or whole with the way told of its movers in the very next
    sentence) and the way does not lead far off it. A way told far from every hop, only
    as possible ("may have been moved through A and B"), is another path beside the one
    stated hop it lies on, told by the way's own claim."""
    movements, canon, by_id, text = ctx.movements, ctx.canon, ctx.by_id, ctx.text
    by_mid = {m.id: m for m in movements}
    for m in movements:
        if m.origin is not None or m.destination is not None or m.negated:
            continue
        stops = list(dict.fromkeys(p for t in m.transit for p in slot_ids(t, canon)))
        near = sorted(
            (d, n) for n, leg in enumerate(legs) if (d := _gap(leg, m, by_mid)) is not None
        )
        if not stops:
            continue
        # hops told as near alike (one telling "from X to A, then on to B"): the way is of
        # the one hop it lies on; of none when it lies on two. Told far from every hop of
        # these movers, the way is of the one stated hop it lies on, if only one
        # (only a way told as possible or meant: a made way told far off may be another trip)
        far = [leg for leg in legs if leg.status == "stated" and m.mood != "made"]
        tied = [legs[n] for d, n in near if d == near[0][0]] if near else far
        fits = [leg for leg in tied if _on_the_way(leg, stops, by_id)]
        if len(fits) != 1:
            continue
        hop = fits[0]
        if m.id in hop.movement_ids:
            continue
        ms = [by_mid[i] for i in hop.movement_ids if i in by_mid]
        ends = [hop.from_place, *stops, hop.to_place]
        at = legs.index(hop)
        if not near:
            # told far apart, only as possible: a way the hop may have taken, beside the hop
            # as told, and told only by the way's own teller
            way = [
                merge_leg(None, a, b, hop.status, [*ms, m], by_id, m.mood, [m])
                for a, b in itertools.pairwise(ends)
            ]
            legs = [*legs[: at + 1], *way, *legs[at + 1 :]]
            continue
        if any(_told_whole(t, hop, canon) and not _told_next(t, m, text) for t in ms):
            continue  # "flew from X to Y" told whole: a way told elsewhere is another's
        split = [
            merge_leg(None, a, b, hop.status, [*ms, m], by_id, _less_sure(hop.mood, m.mood))
            for a, b in itertools.pairwise(ends)
        ]
        legs = [*legs[:at], *split, *legs[at + 1 :]]
    return legs


def _told_whole(m: Movement, hop: Leg, canon: dict[str, str]) -> bool:
    """Does ``m`` tell the hop itself from its start to its end ("flew from X to Y")?"""
    return hop.from_place in slot_ids(m.origin, canon) and hop.to_place in slot_ids(
        m.destination, canon
    )


def _told_next(whole: Movement, way: Movement, text: str) -> bool:
    """Is the way told in the sentence right after the whole hop, of its movers named again
    ("were brought to Y from X." "The men were moved by road through Z"): that hop's way?"""
    told, mover = whole.sentence, way.mover
    if told is None or way.sentence is None or mover is None or not text:
        return False
    if not 0 <= way.sentence.start - told.end <= 3:
        return False
    before = text[max(way.sentence.start, mover.start - 8) : mover.start].lower().split()
    return mover.start < way.sentence.start or before[-1:] in (["the"], ["these"], ["those"])


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
