"""Which legs of one kind of mover are one journey: legs that touch (sharing a place, or
one's place holding another's) and, between different tellers, legs that connect.

Split from :mod:`claimmap.routes`, which builds the legs; movers of one kind told of in
unrelated places (deportees at one border, migrants at another) are separate routes, and
telling them apart is this module's one job.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence

from claimmap.model import Leg, Movement, Place
from claimmap.movement_halves import other_movers
from claimmap.movement_hops import surest
from claimmap.movement_stops import inside
from claimmap.routes_frame import km


def connected(
    legs: Sequence[Leg],
    by_id: dict[str, Place],
    apart: Callable[[Leg, Leg], bool] | None = None,
) -> list[list[Leg]]:
    """The legs split into journeys that touch: sharing a place, or one's place holding
    another's ("Chad → Sudan" and "Amdjarass → El Fasher"). Movers of one kind told of in
    unrelated places (deportees at one border, migrants at another) are separate routes,
    and so are legs of two tellers whose movers are told ``apart`` (troops of one side,
    fighters of the other, meeting at one town)."""
    parent = list(range(len(legs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(legs)), 2):
        if root(i) != root(j) and _joins(legs[i], legs[j], by_id, apart):
            parent[root(j)] = root(i)
    parts: dict[int, list[Leg]] = {}
    for i, leg in enumerate(legs):
        parts.setdefault(root(i), []).append(leg)
    return list(parts.values())


def _joins(
    one: Leg, other: Leg, by_id: dict[str, Place], apart: Callable[[Leg, Leg], bool] | None
) -> bool:
    """Are two legs one journey? Never when their movers are told ``apart``. Told by one
    teller (the same claim, or both by the narrator) and touching: sharing a place, or
    one's place holding the other's. Told by different tellers, only when connected: one
    ends where the other starts, or both run between the same places. Legs of two claims
    that merely come near ("children" deported via X by one official, "children" brought
    home from X by another, the other way) are other journeys of movers that share a
    noun."""
    ends = [(one.from_place, one.to_place), (other.from_place, other.to_place)]
    if set(one.movement_ids) & set(other.movement_ids):
        return any(_touch(a, b, by_id) for a in ends[0] for b in ends[1])
    if apart is not None and apart(one, other):
        return False
    if _teller(one) & _teller(other):
        return any(_touch(a, b, by_id) for a in ends[0] for b in ends[1])
    (a0, a1), (b0, b1) = ends
    return a1 == b0 or b1 == a0 or (a0, a1) == (b0, b1)


def movers_apart(
    movements: Sequence[Movement], text: str, kind: Callable[[Movement], str | None]
) -> Callable[[Leg, Leg], bool]:
    """Are two legs told of other movers: each movement behind one told of other movers than
    each behind the other (:func:`claimmap.movement_halves.other_movers`)?"""
    by_id = {m.id: m for m in movements}

    def apart(one: Leg, other: Leg) -> bool:
        xs = [by_id[i] for i in one.movement_ids if i in by_id]
        ys = [by_id[i] for i in other.movement_ids if i in by_id]
        pairs = [(x, y) if x.trigger.start <= y.trigger.start else (y, x) for x in xs for y in ys]
        return bool(pairs) and all(other_movers(a, b, text, kind) for a, b in pairs)

    return apart


def _teller(leg: Leg) -> set[str]:
    """Who tells the leg: its claims, or the narrator when no claim stands behind it."""
    return set(leg.claim_ids) or {""}


def _touch(a: str, b: str, by_id: dict[str, Place]) -> bool:
    return a == b or inside(by_id[a], by_id[b]) or inside(by_id[b], by_id[a])


def one_leg_each(legs: Sequence[Leg], by_id: dict[str, Place]) -> list[Leg]:
    """One leg told by two tellers is one leg with both claims: the same hop told twice, or
    told once from a province and once from a town in it ("left camps in X province" by the
    narrator, "from camps near X city" by a ministry), where the finer hop stands for both.
    Only when one finer hop is told: two finer ones leave the vaguer leg as it is."""
    out = list(legs)
    for coarse in legs:
        finer = [
            n
            for n, leg in enumerate(out)
            if leg is not coarse
            and leg.status == coarse.status == "stated"
            and not _teller(leg) & _teller(coarse)
            and _finer(leg, coarse, by_id)
        ]
        if len(finer) == 1 and coarse in out:
            fine = out[finer[0]]
            out[finer[0]] = dataclasses.replace(
                fine,
                claim_ids=tuple(dict.fromkeys(fine.claim_ids + coarse.claim_ids)),
                movement_ids=tuple(dict.fromkeys(fine.movement_ids + coarse.movement_ids)),
                evidence=tuple(dict.fromkeys(fine.evidence + coarse.evidence)),
                mood=surest([fine.mood, coarse.mood]),
            )
            out.remove(coarse)
    return out


def _finer(fine: Leg, coarse: Leg, by_id: dict[str, Place]) -> bool:
    """Is ``fine`` the hop ``coarse`` tells, at the same ends or at a place inside one?"""
    starts, ends = (fine.from_place, coarse.from_place), (fine.to_place, coarse.to_place)
    if starts[0] == starts[1] and ends[0] == ends[1]:
        return True
    if ends[0] == ends[1]:
        return _in_province(by_id[starts[0]], by_id[starts[1]])
    return starts[0] == starts[1] and _in_province(by_id[ends[0]], by_id[ends[1]])


def _in_province(inner: Place, outer: Place) -> bool:
    """A province's own town (its seat, the point the gazetteer gives it) told of by another
    teller is one place told finer; another town of the province, or a place in a country
    or a wide region, may be another end of other movers."""
    return outer.kind == "admin1" and inside(inner, outer) and km(inner, outer) <= _SEAT_KM


#: how near a province's point its town must lie to stand for the province
_SEAT_KM = 30.0
