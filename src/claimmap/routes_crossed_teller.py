"""Where movers a state's own authorities say "crossed from" a neighbour went: "The army
said the smugglers crossed from X province before dawn" in a statement of country A's
army, X lying in A's neighbour B: they crossed into A, the teller's country.

A crossing told only by its start is a crossing of a border, and the authorities of a
country speak of the border they guard; the end is the teller's country only when it
shares a border with the country of the start (a far-off government telling of a
crossing between two others names no end of its own), and it must be a place the article
names, so the leg's end is one the reader can see told.

Read by :mod:`claimmap.routes` before the movements are grouped; cheap: only a movement
whose trigger is a crossing with a start and no end or way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from claimmap.model import Claim, Movement, Place, PlaceRef
from claimmap.routes_frame import _neighbours

#: trigger words of a crossing told by its start ("crossed from X", "infiltrated from X")
_CROSSING = ("cross", "infiltrat", "sneak", "snuck", "slipp")


def crossed_into_teller(
    m: Movement, claim: Claim | None, places: Sequence[Place], text: str
) -> Movement:
    """``m`` ending in its teller's country, when it is a crossing told as made from a
    place in a neighbour of that country, with no end or way of its own; else ``m``."""
    if m.destination is not None or m.transit or m.origin is None or m.negated:
        return m
    if m.origin.place_id is None or m.origin.other_place_ids or claim is None:
        return m
    word = text[m.trigger.start : m.trigger.end].lower()
    if not word.startswith(_CROSSING) or m.mood != "made":
        return m
    home = claim.actor.country_code if claim.actor is not None else None
    start = next((p for p in places if p.id == m.origin.place_id), None)
    if home is None or start is None or start.country_code in (None, home):
        return m
    if not _neighbours(start.country_code, home):
        return m
    country = next((p for p in places if p.kind == "country" and p.country_code == home), None)
    if country is None or not country.mentions:
        return m
    before = [s for s in country.mentions if s.start < m.trigger.start]
    told = before[-1] if before else country.mentions[0]
    return dataclasses.replace(m, destination=PlaceRef(told, country.id))
