"""Directional areas: "northern Syria", "south-eastern Turkey", "central Ukraine".

Rule (documented in geo/README.md): take the country's *core* — its largest part and the
parts reachable from it through sea gaps under 3° (so France's mainland and Corsica, not
French Guiana; the contiguous United States, not Alaska). Its area-weighted centroid
splits it: "northern" is the part of the core north of the centroid latitude,
"eastern" east of the centroid longitude, "north-eastern" both; "central" is the middle
half of the core's bounding box in each direction. The label point is the centroid of
the largest piece of the result (its pole of inaccessibility if the centroid falls outside).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

RULE = "part of the country's core beyond its centroid latitude/longitude"

DIRECTIONS = (
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "central",
)
ADJECTIVES = {
    "north": "Northern",
    "south": "Southern",
    "east": "Eastern",
    "west": "Western",
    "northeast": "North-eastern",
    "northwest": "North-western",
    "southeast": "South-eastern",
    "southwest": "South-western",
    "central": "Central",
}
_WORD = re.compile(
    r"^(?P<dir>(?:north|south)(?:\s?(?:east|west))?|east|west|centre|center|central|middle)"
    r"(?:ern|ward)?$"
)
_SPLIT = re.compile(
    r"^(?P<dir>(?:(?:north|south)(?:\s?(?:east|west))?|east|west)(?:ern)?|central|centre of|"
    r"center of)\s+(?:part of\s+|parts of\s+)?(?P<rest>.+)$"
)


def canonical_direction(word: str) -> str | None:
    """ "Northern", "north-west", "NW"... → one of DIRECTIONS, else None."""
    text = word.strip().lower().replace("-", " ").replace("_", " ")
    short = {
        "n": "north",
        "s": "south",
        "e": "east",
        "w": "west",
        "ne": "northeast",
        "nw": "northwest",
        "se": "southeast",
        "sw": "southwest",
    }
    if text in short:
        return short[text]
    m = _WORD.match(" ".join(text.split()))
    if not m:
        return None
    core = m["dir"].replace(" ", "")
    if core in ("centre", "center", "middle"):
        return "central"
    return core if core in DIRECTIONS else None


def split_direction(norm: str) -> tuple[str, str] | None:
    """ "northern syria" → ("north", "syria"); None if the name does not start so."""
    m = _SPLIT.match(norm)
    if not m:
        return None
    word = m["dir"].removesuffix(" of")
    canon = canonical_direction(word)
    return (canon, m["rest"]) if canon else None


#: Parts of a country closer than this (degrees, ~330 km) to its main body belong to its core.
CORE_GAP_DEG = 3.0


def _weighted_area(g: BaseGeometry) -> float:
    """Area in square degrees scaled by cos(latitude): roughly proportional to km²."""
    return float(g.area) * math.cos(math.radians(g.centroid.y))


def core(geom: BaseGeometry) -> BaseGeometry:
    """The country's main body: its largest part and every part reachable from it through
    gaps under CORE_GAP_DEG (keeps Corsica, Sicily, Indonesia's chain of islands; drops
    Alaska, Hawaii, French Guiana, the Canaries)."""
    from shapely import STRtree
    from shapely.geometry import MultiPolygon

    parts = list(getattr(geom, "geoms", [geom]))
    if len(parts) == 1:
        return parts[0]
    tree = STRtree(parts)
    start = max(range(len(parts)), key=lambda i: _weighted_area(parts[i]))
    kept, todo = {start}, [start]
    while todo:
        i = todo.pop()
        for j in tree.query(parts[i], predicate="dwithin", distance=CORE_GAP_DEG):
            if int(j) not in kept:
                kept.add(int(j))
                todo.append(int(j))
    chosen = [parts[i] for i in sorted(kept)]
    return MultiPolygon(chosen) if len(chosen) > 1 else chosen[0]


def clip(geom: BaseGeometry, direction: str) -> tuple[BaseGeometry, tuple[float, float]] | None:
    """The ``direction`` part of a country polygon and its (lat, lon) label point."""
    from shapely.geometry import box
    from shapely.ops import polylabel

    body = core(geom)
    c = body.centroid
    minx, miny, maxx, maxy = body.bounds
    if direction == "central":
        qx, qy = (maxx - minx) / 4, (maxy - miny) / 4
        window = box(minx + qx, miny + qy, maxx - qx, maxy - qy)
    else:
        x0, x1 = minx - 1, maxx + 1
        y0, y1 = miny - 1, maxy + 1
        if "north" in direction:
            y0 = c.y
        if "south" in direction:
            y1 = c.y
        if "east" in direction:
            x0 = c.x
        if "west" in direction:
            x1 = c.x
        window = box(x0, y0, x1, y1)
    part = body.intersection(window)
    if part.is_empty:
        return None
    pieces = [g for g in getattr(part, "geoms", [part]) if g.geom_type == "Polygon"]
    if not pieces:
        return None
    largest = max(pieces, key=_weighted_area)
    pt = largest.centroid
    if not largest.contains(pt):  # a crescent-shaped piece: its pole of inaccessibility
        try:
            pt = polylabel(largest, tolerance=max(0.001, (largest.length / 1000)))
        except Exception:  # degenerate rings
            pt = largest.representative_point()
    return part, (round(float(pt.y), 5), round(float(pt.x), 5))
