"""A stop told as a guess: "will be flown back to C next week, possibly via M", "flew the men
to D, perhaps through M". The trip from the start to C is told; the stop at M only maybe.
Read in turn, the stops made M a sure part of the route (and, with no start told, its only
start). So the hops through M are at most possible, and the trip is also drawn whole,
start → C (from the stop before the guess to the one after it), in the movement's own mood.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Leg, Movement, Place, PlaceRef
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_stops import chain, slot_ids

#: "possibly via", "perhaps through", "probably by way of" right before the stop
_GUESSED_WAY = re.compile(
    r"\b(?:possibly|perhaps|probably|maybe|likely|presumably)\s+(?:via|through|by\s+way\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def hedged_ways(
    legs: list[Leg],
    movements: Sequence[Movement],
    canon: dict[str, str],
    by_id: dict[str, Place],
    text: str,
) -> list[Leg]:
    """``legs`` with the hops through a guessed stop made no surer than possible, and the
    hop around each guessed stop added (from the stop told before it to the one after)."""
    out = list(legs)
    for m in movements:
        guessed = {i for t in m.transit if _guessed(t, text) for i in slot_ids(t, canon)}
        if not guessed:
            continue
        out = [_hedged(leg, m, guessed) for leg in out]
        stops = chain(m, canon, by_id, text)
        have = {(leg.from_place, leg.to_place) for leg in out}
        for k in range(1, len(stops) - 1):
            if not set(stops[k]) <= guessed:
                continue
            for a in stops[k - 1]:  # the way around the guessed stop, as told for sure
                for b in stops[k + 1]:
                    if a != b and (a, b) not in have and a not in guessed:
                        out.append(merge_leg(None, a, b, "stated", [m], by_id))
                        have.add((a, b))
    return out


def _guessed(ref: PlaceRef, text: str) -> bool:
    return bool(_GUESSED_WAY.search(text[max(0, ref.span.start - 40) : ref.span.start]))


def _hedged(leg: Leg, m: Movement, guessed: set[str]) -> Leg:
    """``leg`` no surer than possible when ``m`` tells it and one of its ends is a guess."""
    if m.id not in leg.movement_ids or not {leg.from_place, leg.to_place} & guessed:
        return leg
    if leg.mood != "made":
        return leg  # already possible, or only meant
    return dataclasses.replace(leg, mood="possible")
