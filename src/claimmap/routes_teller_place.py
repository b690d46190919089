"""Where goods a teller on the spot speaks of set off: "A Libyan official at X airport
told the Panel that the crates were trucked to Y and then to Z". When an earlier movement
of the article ended at X (the cargo flights "landed at X air base"), the goods were there
and the teller, placed at X by the claimant phrase, tells what happened to them next: the
movement that names no start starts at X.

:mod:`claimmap.routes_told_at` reads the same claimant phrase for movers telling their own
plan; this one is for a journey made, told by someone at the place it went on from.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Claim, Movement, Place, PlaceRef
from claimmap.movement_stops import inside
from claimmap.routes_frame import geodesic_km

#: the words right before a place in a claimant phrase that put the teller there
_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
#: a teller's place and an earlier end this close are one site (an airport and its town)
_SAME_SITE_KM = 30.0


def teller_start(
    m: Movement,
    claim: Claim | None,
    earlier: Sequence[Movement],
    by_id: dict[str, Place],
    text: str,
) -> Movement:
    """``m`` with its start at the teller's place, when it names none, is told as made and
    an earlier movement made ended at that place."""
    who = claim.claimant if claim is not None else None
    if m.origin is not None or m.mood != "made" or m.negated or who is None:
        return m
    if m.destination is None and not m.transit:
        return m
    ends = [
        by_id[e.destination.place_id]
        for e in earlier
        if e.mood == "made"
        and not e.negated
        and e.destination is not None
        and e.destination.place_id in by_id
        and e.trigger.start < m.trigger.start
    ]
    for place in by_id.values():
        for mention in place.mentions:
            if not who.start <= mention.start < mention.end <= who.end:
                continue
            if _AT.search(text[who.start : mention.start]) and any(_site(place, e) for e in ends):
                return dataclasses.replace(m, origin=PlaceRef(mention, place.id))
    return m


def _site(a: Place, b: Place) -> bool:
    """Is the teller's place ``a`` the site where the earlier movement ended, ``b``: the same
    place, one holding ``b`` (the town of the air base), or within a few km when both are
    towns or facilities? A town merely inside a region the movers reached is not: fishermen
    in a town of the province a boat reached did not see it leave from their town."""
    if a.id == b.id or inside(b, a):
        return True
    small = {"city", "facility"}
    return (
        a.kind in small
        and b.kind in small
        and geodesic_km(a.lat, a.lon, b.lat, b.lon) <= _SAME_SITE_KM
    )
