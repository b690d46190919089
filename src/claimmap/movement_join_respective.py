"""Two starts and two ends told in turn are two streams, each from its start to its own end:
"the rifles were bought at stores in A and B" ... "then driven to X and Y", with X near A
and Y near B, tells A → X and B → Y, not every start to every end (A → Y, B → X).

Read in the order told only when that order is plainly the shorter way to pair them (each
end much nearer its own start than the other start): a list told with no such geography
keeps every pairing, as nothing says which start went where.

The two ends are then two streams' ends, not places the movers went on to visit in turn
("then driven to X and Y" and "moved on through Z": from each of X and Y, not X → Y).

Read by :mod:`claimmap.movement_join_legs` for a journey told in halves and by
:mod:`claimmap.routes_legs` for the stops of a journey.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Movement, Place
from claimmap.movement_stops import finest, slot_ids
from claimmap.routes_frame import km

#: the pairing in the order told must be at most this share of the crossed pairing's length
_SHORTER = 0.5


def respective(
    starts: Sequence[str], ends: Sequence[str], by_id: dict[str, Place]
) -> dict[str, str] | None:
    """Start → its own end, when two starts and two ends are told in an order that pairs
    each with the nearer one; else None (every start may have gone to every end)."""
    if len(starts) != 2 or len(ends) != 2 or len(set(starts) | set(ends)) != 4:
        return None
    (a, b), (x, y) = (by_id[s] for s in starts), (by_id[e] for e in ends)
    told = km(a, x) + km(b, y)
    crossed = km(a, y) + km(b, x)
    if told > _SHORTER * crossed:
        return None
    return {starts[0]: ends[0], starts[1]: ends[1]}


def streamed(
    stops: Sequence[list[str]],
    movements: Sequence[Movement],
    canon: dict[str, str],
    by_id: dict[str, Place],
) -> bool:
    """Are the two places of the last of ``stops`` the ends of two streams, each paired
    (:func:`respective`) with one of two starts some of the ``movements`` tell?"""
    if not stops or len(ends := finest(stops[-1], by_id)) != 2:
        return False
    return any(
        respective(slot_ids(m.origin, canon), ends, by_id) is not None
        for m in movements
        if m.origin is not None and m.origin.other_place_ids
    )
