"""Where on a river an article puts it: the point of its course nearest the article's places.

A river is a line hundreds of kilometres long; its gazetteer point is the middle of its
course. "Migrants crossed the Rio Grande near Eagle Pass" or "a bend of the Mississippi" in a
story about New Orleans mean the stretch near those places, so a river's point moves to the
point of its course nearest the places named with it: in the same sentence if any, else in
the article; of those, the one closest to the river says where.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from claimmap.model import Place
from claimmap.places_lexicon import GazetteerLike

#: Kinds that locate a stretch of river; countries and regions are too coarse to.
_LOCAL_KINDS = frozenset({"city", "admin1", "facility"})
#: Farther than this (degrees) from the course, the article's places say nothing about
#: which stretch it means.
_MAX_GAP_DEG = 5.0


def pin_rivers(places: Sequence[Place], gaz: GazetteerLike, text: str) -> list[Place]:
    """``places`` with each river placed on its course near the article's other places."""
    local = [p for p in places if p.kind in _LOCAL_KINDS and p.role == "location"]
    if not local:
        return list(places)
    out = []
    for place in places:
        line = gaz.geometry(place.source_id) if place.kind == "water" else None
        if line is None or line.geom_type not in ("LineString", "MultiLineString"):
            out.append(place)
            continue
        out.append(_pinned(place, line, _near(place, local, text) or local))
    return out


def _near(river: Place, local: list[Place], text: str) -> list[Place]:
    """Places mentioned in a sentence that mentions the river."""
    spans = []
    for m in river.mentions:
        start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        stops = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i != -1]
        spans.append((start, min(stops) if stops else len(text)))
    return [p for p in local if any(s <= m.start < e for m in p.mentions for s, e in spans)]


def _pinned(place: Place, line: Any, near: list[Place]) -> Place:
    """The river's point moved to its course where it passes nearest one of ``near``."""
    from shapely.geometry import Point

    gap, target = min((line.distance(Point(p.lon, p.lat)), Point(p.lon, p.lat)) for p in near)
    if gap > _MAX_GAP_DEG:
        return place
    at = line.interpolate(line.project(target))
    evidence = (*place.evidence, "placed on its course nearest the places named with it")
    return dataclasses.replace(
        place, lat=round(float(at.y), 5), lon=round(float(at.x), 5), evidence=evidence
    )
