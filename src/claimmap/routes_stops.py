"""A stop told on its own lies on the journey between its start and its end.

"The container was shipped from X and was bound for Y. It was transshipped at Z": the
third sentence names only a stop, so the journey is X → Z → Y, not two journeys X → Y and
X → Z. "Boats leave X every night, cross Z and unload at Y" told with Y also the end of
another telling: the crossing lies between X and Y, not after Y (no Y → Z → Y loop).

Split from :mod:`claimmap.routes`, which wires the route stages.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from claimmap.model import Leg, Movement, Place
from claimmap.movement_stops import inside
from claimmap.routes_frame import leg_km


def stops_between(
    legs: list[Leg],
    movements: Sequence[Movement],
    canon: Mapping[str, str],
    by_id: Mapping[str, Place],
    text: str = "",
) -> list[Leg]:
    """Put each stop told alone (a transit with no end of its own) between the start
    and the end of the journey it belongs to, and a stop put after the end back before it."""
    for stop in _lone_stops(movements, canon):
        legs = _into_journey(legs, stop, by_id) or legs
    for m in movements:
        legs = _before_end(legs, m, movements, canon, by_id, text) or legs
    for stop in _only_passed(movements, canon):
        legs = _out_of_loop(legs, stop, by_id) or legs
    return legs


def _only_passed(movements: Sequence[Movement], canon: Mapping[str, str]) -> list[str]:
    """Places the movements name only as stops on the way, never as a start or an end
    ("cross Z and unload at Y"): a hop that ends at one and comes back is no round trip."""
    passed = {canon.get(p, p) for m in movements for t in m.transit if (p := t.place_id)}
    ends = {
        canon.get(p, p)
        for m in movements
        for ref in (m.origin, m.destination)
        if ref is not None
        for p in (ref.place_id, *ref.other_place_ids)
        if p
    }
    return sorted(passed - ends)


def _lone_stops(movements: Sequence[Movement], canon: Mapping[str, str]) -> list[str]:
    """Places a movement names only as a stop on its way: it tells no end and no other stop
    ("was transshipped at Z", "cross Z")."""
    out: list[str] = []
    for m in movements:
        if m.destination is not None or len(m.transit) != 1 or m.negated:
            continue
        pid = m.transit[0].place_id
        if pid is not None and canon.get(pid, pid) not in out:
            out.append(canon.get(pid, pid))
    return out


def _into_journey(legs: list[Leg], stop: str, by_id: Mapping[str, Place]) -> list[Leg] | None:
    """X → Z (Z a lone stop, the trip going on from nowhere) beside X → Y: X → Z → Y."""
    if any(leg.from_place == stop for leg in legs):
        return None
    into = [leg for leg in legs if leg.to_place == stop]
    if len(into) != 1:
        return None
    start = into[0].from_place
    ends = [
        leg
        for leg in legs
        if leg.from_place == start and leg.to_place not in (stop, start) and leg is not into[0]
    ]
    if len(ends) != 1 or any(
        leg.to_place == ends[0].to_place for leg in legs if leg is not ends[0]
    ):
        return None
    if inside(by_id[stop], by_id[ends[0].to_place]):
        return None  # "left X", "crossed into Niger", "through Agadez": Agadez is in Niger
    on = _moved(ends[0], stop, ends[0].to_place, by_id)
    return [on if leg is ends[0] else leg for leg in legs]


#: the words before a stop passed through on the way ("through the X", "via Z")
_THROUGH = re.compile(r"\b(?:through|via|past)\s+(?:the\s+)?$", re.IGNORECASE)


def _before_end(
    legs: list[Leg],
    m: Movement,
    movements: Sequence[Movement],
    canon: Mapping[str, str],
    by_id: Mapping[str, Place],
    text: str,
) -> list[Leg] | None:
    """X → Y, and "will sail through Z before reaching Y" (Z a lone stop no leg touches, told
    in the sentence of the movement that ends the leg at Y): X → Z → Y."""
    if m.destination is not None or m.origin is not None or len(m.transit) != 1 or m.negated:
        return None
    pid = m.transit[0].place_id
    stop = canon.get(pid, pid) if pid else None
    if not _THROUGH.search(text[max(0, m.transit[0].span.start - 16) : m.transit[0].span.start]):
        return None  # "along the coast of the X Sea before reaching Y": the way, no stop
    if stop is None or any(stop in (leg.from_place, leg.to_place) for leg in legs):
        return None
    ending = {
        x.id
        for x in movements
        if x.sentence == m.sentence and x is not m and x.destination is not None
    }
    hits = [
        leg
        for leg in legs
        if ending & set(leg.movement_ids)
        and any(
            canon.get(p, p) == leg.to_place
            for x in movements
            if x.id in ending
            for p in (x.destination.place_id, *x.destination.other_place_ids)  # type: ignore[union-attr]
            if p
        )
    ]
    if len(hits) != 1:
        return None
    leg = hits[0]
    first, then = _moved(leg, leg.from_place, stop, by_id), _moved(leg, stop, leg.to_place, by_id)
    return [x for k in legs for x in ((first, then) if k is leg else (k,))]


def _out_of_loop(legs: list[Leg], stop: str, by_id: Mapping[str, Place]) -> list[Leg] | None:
    """X → Y, Y → Z, Z → Y (Z a lone stop put after the end): X → Z, Z → Y."""
    back = [leg for leg in legs if leg.from_place == stop]
    out = [leg for leg in legs if leg.to_place == stop]
    if len(back) != 1 or len(out) != 1 or out[0].from_place != back[0].to_place:
        return None
    end = back[0].to_place
    firsts = [leg for leg in legs if leg.to_place == end and leg is not back[0]]
    if len(firsts) != 1 or firsts[0].from_place in (stop, end):
        return None
    first = _moved(out[0], firsts[0].from_place, stop, by_id, also=firsts[0])
    return [first if leg is out[0] else leg for leg in legs if leg is not firsts[0]]


def _moved(leg: Leg, a: str, b: str, by_id: Mapping[str, Place], also: Leg | None = None) -> Leg:
    """``leg`` as the hop a → b (with the claims, movements and evidence of ``also``)."""
    length = leg_km(by_id[a], by_id[b])
    extra = also or leg
    return dataclasses.replace(
        leg,
        from_place=a,
        to_place=b,
        distance_km=None if length is None else round(length, 1),
        claim_ids=tuple(dict.fromkeys((*extra.claim_ids, *leg.claim_ids))),
        movement_ids=tuple(dict.fromkeys((*extra.movement_ids, *leg.movement_ids))),
        evidence=tuple(dict.fromkeys((*extra.evidence, *leg.evidence))),
    )
