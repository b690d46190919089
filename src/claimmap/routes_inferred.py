"""Inferred legs: where one claim leaves the movers at X while more claims put their end at
Y, the article implies they went on X → Y (if Y is nearer than where they set off and
does not hold X). No sentence states the hop, so the leg is marked *inferred* and lists
the claims on both sides.

Split from :mod:`claimmap.routes`, which merges these with the stated legs.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Leg, Movement, Place
from claimmap.movement_ends import listed
from claimmap.movement_join_last import separate
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_stops import chain, inside, slot_ids
from claimmap.routes_frame import km
from claimmap.routes_tallies import tally


def inferred_legs(
    movements: Sequence[Movement],
    stated: Sequence[Leg],
    canon: dict[str, str],
    by_id: dict[str, Place],
    text: str = "",
) -> list[Leg]:
    """X → Y where one movement ends at X while more claims end the same movers at Y (not
    a population tallied over a year: :mod:`claimmap.routes_tallies`)."""
    ends: dict[str, list[Movement]] = {}
    for m in movements:
        if tally(m, text) and not all(tally(x, text) for x in movements):
            continue
        for place in slot_ids(m.destination, canon):
            ends.setdefault(place, []).append(m)
    support = {p: len({m.claim_id or m.id for m in ms}) for p, ms in ends.items()}
    ranked = sorted(support.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return []  # no single place most claims agree on
    goal = ranked[0][0]
    if listed(goal, movements, canon):
        return []  # "to X, Y and Z": one of the ends told as alternatives, no common end
    known = {(leg.from_place, leg.to_place) for leg in stated}
    left = {leg.from_place for leg in stated}
    to_goal = [by_id[leg.from_place] for leg in stated if leg.to_place == goal]
    out: list[Leg] = []
    for end, ms in ends.items():
        if end == goal or (end, goal) in known or (goal, end) in known:
            continue
        if end in left:
            continue  # "sail from A to X before crossing to Z": the text goes on from X
        if any(inside(start, by_id[end]) for start in to_goal):
            continue  # "brought to X state" and "shipped from a port of X state to Y": told
        if inside(by_id[end], by_id[goal]) or inside(by_id[goal], by_id[end]):
            continue  # "entering Austria" then "reach Europe": no hop into what holds it
        if any(goal in slot_ids(m.destination, canon) for m in ms):
            continue  # "reaching fighters in X and on the Y islands": two ends, no hop
        if any(g.sentence == m.sentence for g in ends[goal] for m in ms):
            continue  # "to X and to Y" told apart in one sentence: two ends, no hop
        for m in ms:
            start = chain(m, canon)[0][0]
            if (
                start in (end, goal)
                or m.origin is None
                or km(by_id[start], by_id[goal]) <= km(by_id[end], by_id[goal])
            ):
                break  # no stated start, or the onward hop would lead away from the goal
        else:
            own = {m.claim_id or m.id for m in ms}
            # "another group of workers" carried to the goal: a journey of its own
            backing = [
                x for x in ends[goal] if (x.claim_id or x.id) not in own and not separate(x, text)
            ]
            if backing:
                out.append(merge_leg(None, end, goal, "inferred", [*ms, *backing], by_id))
    return out
