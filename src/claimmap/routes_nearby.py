"""Waters passed near, which are no stop: "sailed along the coast, close to Romanian and
Bulgarian waters, before reaching X" names whose sea the ship kept near, not a place it
went to; a country's centroid read off "Romanian waters" is no waypoint."""

from __future__ import annotations

import dataclasses

from claimmap.model import Movement, PlaceRef

#: words before a slot that say the movers only kept near it
_NEAR = ("close to", "near", "nearby", "skirting", "alongside", "outside")


def passed_near(ref: PlaceRef, text: str) -> bool:
    """Is ``ref`` a state's waters the movers only kept near ("close to Greek waters")?"""
    words = text[ref.span.start : ref.span.end].lower().split()
    if not words or words[-1] != "waters":
        return False
    before = " ".join(text[max(0, ref.span.start - 24) : ref.span.start].lower().split())
    before = before.removesuffix(" the")
    return before.endswith(_NEAR)


def without_near(m: Movement, text: str) -> Movement:
    """``m`` less the waters it only passed near (no end, no way)."""
    end = m.destination
    ways = tuple(t for t in m.transit if not passed_near(t, text))
    if end is not None and passed_near(end, text):
        end = None
    if end is m.destination and len(ways) == len(m.transit):
        return m
    return dataclasses.replace(m, destination=end, transit=ways)
