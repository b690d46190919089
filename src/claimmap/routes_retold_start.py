"""A part of the movers whose way is told again from the start: "More than 2,000 Nepalis
crossed the Sahara into Libya last month." "Most of them flew to Sudan and then travelled
across Chad to Kufra." The second sentence tells how they got to Libya, not where they went
after it: Sudan lies on the way from Nepal to Libya, so the retold way sets off where the
journey did (Nepal → Sudan), never back from Libya to Sudan.

Used by :mod:`claimmap.routes_legs` when it threads movements into journeys.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Movement, Place
from claimmap.movement_stops import within
from claimmap.routes_frame import km
from claimmap.routes_telling import part_of_movers, then_step

#: how much longer than the straight way a detour through the first stop may be
_DETOUR = 1.3

Journey = tuple[list[Movement], list[list[str]]]


def told_from_start(
    journey: Journey, m: Movement, stops: Sequence[list[str]], by_id: dict[str, Place], text: str
) -> Journey | None:
    """The journey ``m`` starts again from the first stop of ``journey``, when ``m`` is told
    of a part of its movers ("Most of them flew to X") in a later sentence, names no start,
    is no next step ("then", "later") and its first stop lies on the way from the journey's
    start to its end (nearer the end than the start is, without a long detour); else None."""
    ms, before = journey
    if m.origin is not None or not stops or len(before) < 2 or not ms or m.mood != "made":
        return None
    last = ms[-1]
    if m.sentence is None or last.sentence is None or m.sentence.start < last.sentence.end:
        return None
    if not part_of_movers(m, text) or then_step(m, text):
        return None
    if len(before[0]) != 1 or len(before[-1]) != 1:
        return None
    if any(within(stops[0], stop, by_id) for stop in before):
        return None  # "crossed into X. Most arrived in Y", a town in X: on from X
    start, end = by_id[before[0][0]], by_id[before[-1][0]]
    straight = km(start, end)
    for first in stops[0]:
        here = by_id[first]
        if first in (start.id, end.id) or straight <= 0:
            return None
        if km(here, end) >= straight or km(start, here) + km(here, end) > _DETOUR * straight:
            return None
    return [ms[0], m], [before[0], *stops]
