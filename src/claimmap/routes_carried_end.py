"""Where goods told only by their start went, when the sentence ends their journey with
the box or craft that carried them: "the drugs were loaded at X and trans-shipped at Z
before the container reached Y" (X → Z → Y).

The goods' movement names where they set off (and, "trans-shipped at Z", where they were
moved from one ship to another) but no end; the clause "before the container (ship,
truck) reached Y" that follows it in the same sentence tells the end of the same
journey, told of what carried the goods. Without this the two halves fall into two
groups of movers (goods, containers) and neither makes a leg.

Read by :mod:`claimmap.routes` before the movements are grouped; cheap: only for two
movements of one sentence with a "before the <carrier>" between them.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from claimmap.model import Movement, Place, PlaceRef

#: "... before the container reached Y": the carrier's arrival ends the goods' journey
_BEFORE_CARRIER = re.compile(
    r"\bbefore\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?(?:containers?|ships?|vessels?|"
    r"boats?|trucks?|lorr(?:y|ies)|vans?|freighters?|cargo|consignment|shipment|load)\s*$",
    re.IGNORECASE,
)
#: "trans-shipped at Z": the port where the goods changed ships, a stop on the way
_TRANSSHIPPED = re.compile(r"trans-?\s*$", re.IGNORECASE)
_AT = re.compile(r"\s+(?:at|in|via|through)\s+(?:the\s+)?(?:port\s+of\s+)?$", re.IGNORECASE)


def carried_ends(
    movements: Sequence[Movement], places: Sequence[Place], text: str
) -> list[Movement]:
    """The movements, each goods' movement with a start and no end given the end its
    carrier's movement told right after it in the same sentence reaches."""
    out = list(movements)
    for n, (m, after) in enumerate(itertools.pairwise(movements)):
        if m.origin is None or m.origin.place_id is None or m.destination is not None:
            continue
        if m.sentence is None or after.sentence != m.sentence or m.negated or after.negated:
            continue
        end = after.destination
        if after.origin is not None or end is None or end.place_id is None or after.transit:
            continue
        if after.mover is None or after.trigger.start < m.trigger.end:
            continue
        if not _BEFORE_CARRIER.search(text[m.trigger.end : after.mover.end]):
            continue
        out[n] = dataclasses.replace(m, destination=end, transit=_stops(m, places, text))
    return out


def _stops(m: Movement, places: Sequence[Place], text: str) -> tuple[PlaceRef, ...]:
    """``m``'s stops, with the port a "trans-shipped at Z" trigger names."""
    if m.transit or not _TRANSSHIPPED.search(text[max(0, m.trigger.start - 7) : m.trigger.start]):
        return m.transit
    told = [
        (mention, place)
        for place in places
        for mention in place.mentions
        if m.trigger.end < mention.start <= m.trigger.end + 30
        and _AT.fullmatch(text[m.trigger.end : mention.start])
    ]
    return tuple(PlaceRef(mention, place.id) for mention, place in told[:1])
