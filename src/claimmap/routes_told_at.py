"""Where movers who tell their own plan are: "Migrants interviewed at X said they planned
to continue to Y" sets off from X. The claimant phrase places the speakers ("interviewed
at X", "stranded in X", "in X"), and a plan they tell of themselves, with no start of its
own, starts where they are. Only a plan: "Migrants in X said they walked to Y" tells a
journey made before they reached X, which did not start there."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Claim, Movement, Place, PlaceRef

#: the words right before a place in a claimant phrase that put the speakers there
_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)


def told_at(m: Movement, claim: Claim | None, places: Sequence[Place], text: str) -> Movement:
    """``m`` with the start its movers' own claimant phrase gives, when it names none."""
    who = claim.claimant if claim is not None else None
    if m.origin is not None or m.mood != "intended" or m.mover is None or who is None:
        return m
    if not (who.start <= m.mover.start and m.mover.end <= who.end):
        return m  # not the speakers' own plan
    for place in places:
        for mention in place.mentions:
            inside = who.start <= mention.start and mention.end <= who.end
            if inside and _AT.search(text[who.start : mention.start]):
                return dataclasses.replace(m, origin=PlaceRef(mention, place.id))
    return m
