"""Which legs of one kind of mover are one journey: legs that touch (sharing a place, or
one's place holding another's) and, between different tellers, legs that connect.

Split from :mod:`claimmap.routes`, which builds the legs; movers of one kind told of in
unrelated places (deportees at one border, migrants at another) are separate routes, and
telling them apart is this module's one job.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimmap.model import Leg, Place
from claimmap.movement_stops import inside


def connected(legs: Sequence[Leg], by_id: dict[str, Place]) -> list[list[Leg]]:
    """The legs split into journeys that touch: sharing a place, or one's place holding
    another's ("Chad → Sudan" and "Amdjarass → El Fasher"). Movers of one kind told of in
    unrelated places (deportees at one border, migrants at another) are separate routes."""
    parent = list(range(len(legs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(legs)), 2):
        if root(i) != root(j) and _joins(legs[i], legs[j], by_id):
            parent[root(j)] = root(i)
    parts: dict[int, list[Leg]] = {}
    for i, leg in enumerate(legs):
        parts.setdefault(root(i), []).append(leg)
    return list(parts.values())


def _joins(one: Leg, other: Leg, by_id: dict[str, Place]) -> bool:
    """Are two legs one journey? Told by one teller (the same claim, or both by the
    narrator) and touching: sharing a place, or one's place holding the other's. Told by
    different tellers, only when connected: one ends where the other starts, or both run
    between the same places. Legs of two claims that merely come near ("children" deported
    via X by one official, "children" brought home from X by another, the other way) are
    other journeys of movers that share a noun."""
    ends = [(one.from_place, one.to_place), (other.from_place, other.to_place)]
    if _teller(one) & _teller(other) or set(one.movement_ids) & set(other.movement_ids):
        return any(_touch(a, b, by_id) for a in ends[0] for b in ends[1])
    (a0, a1), (b0, b1) = ends
    return a1 == b0 or b1 == a0 or (a0, a1) == (b0, b1)


def _teller(leg: Leg) -> set[str]:
    """Who tells the leg: its claims, or the narrator when no claim stands behind it."""
    return set(leg.claim_ids) or {""}


def _touch(a: str, b: str, by_id: dict[str, Place]) -> bool:
    return a == b or inside(by_id[a], by_id[b]) or inside(by_id[b], by_id[a])
