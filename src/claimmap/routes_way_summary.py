"""A way named first and then told in steps: "we would go through X, by bus to A and then
walk across to the X side". "Through X" sums the whole route up; the steps after it say how
the movers were to get there, so X is where the route ends, not a stop before A. Read in
turn it drew X → A → X, a hop out of X and back that no one told.

Not when the later end is told as a return ("through X to A and back to X").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Movement
from claimmap.movement_stops import slot_ids

#: words right before an end that tell a return, not the way's end reached
_BACK = frozenset({"back", "again", "return", "returned", "returning"})


def summed_ways(
    ms: Sequence[Movement], stops: list[list[str]], canon: dict[str, str], text: str
) -> list[list[str]]:
    """``stops`` less a way ("through X") that a later step of the same sentence ends in."""
    if len(stops) < 3:
        return stops
    summed: set[str] = set()
    for k, m in enumerate(ms):
        ways = {i for t in m.transit for i in slot_ids(t, canon)}
        for later in ms[k + 1 :]:
            end = later.destination
            if end is None or later.sentence is None or later.sentence != m.sentence:
                continue
            before = text[max(0, end.span.start - 16) : end.span.start].lower().split()
            if set(before[-3:]) & _BACK:
                continue
            summed |= ways & set(slot_ids(end, canon))
    if not summed:
        return stops
    last = max(k for k, stop in enumerate(stops) if set(stop) & summed) if summed else -1
    return [stop for k, stop in enumerate(stops) if k == last or not set(stop) <= summed]
