"""A later sentence that tells again, in detail, a stage of a journey an earlier summary
already told: "has sent workers to X since June, many later moved to Z." then "The workers
crossed the border ... and were then taken to Y" (Y in X). The detailed stage does not go on
from Z, where the summary ended; it is the summary's stage into X told again.

Used by :mod:`claimmap.routes_legs` when it threads movements into journeys.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Movement, Place
from claimmap.movement_halves import resolved
from claimmap.movement_stops import within

#: words telling the movers went back to where they had been, a real return, no retelling
_BACK_WORDS = frozenset({"back", "return", "returned", "returning", "returns", "home"})


def retold_stage(
    prev_ms: Sequence[Movement],
    prev_stops: list[list[str]],
    m: Movement,
    stops: list[list[str]],
    by_id: dict[str, Place],
    text: str,
) -> int | None:
    """The index of the earlier stop of the journey whose stage ``m`` tells again, if any:
    ``m`` names no start and is told in a later sentence, its first stop lies inside a stop
    the journey passed before its last one (not the last: "crossed into X, then to a town in
    X" goes on), the journey's last stop lies outside that stop (the movers had left it), and
    ``m`` is not told as a way back ("sent back to Y")."""
    if m.origin is not None or not stops or len(prev_stops) < 3 or not prev_ms:
        return None
    told = [p.sentence for p in prev_ms if resolved(p.destination) and p.sentence is not None]
    if m.sentence is None or not told or m.sentence.start < told[-1].end:
        return None  # told in the sentence of the end the journey had got to
    if m.destination is not None:
        words = text[m.trigger.start : m.destination.span.start].lower().split()
        if _BACK_WORDS & set(words) or m.trigger.text.lower() in _BACK_WORDS:
            return None
    for k in range(1, len(prev_stops) - 1):
        if within(stops[0], prev_stops[k], by_id) and not within(
            prev_stops[-1], prev_stops[k], by_id
        ):
            return k
    return None
