"""Route legs on the globe: geodesic lengths, great-circle lines, and the legs as a
GeoDataFrame (the ``claimmap.routes`` verb's table).

Split from :mod:`claimmap.routes`, which builds the route graphs.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from claimmap.errors import ClaimmapError
from claimmap.model import Claim, Leg, Place, Route

if TYPE_CHECKING:
    import geopandas
    from pyproj import Geod
    from shapely.geometry.base import BaseGeometry

GC_STEP_KM = 50.0  # one vertex per this many km on a great-circle line

# --- geometry ---------------------------------------------------------------------------------


@functools.cache
def _geod() -> Geod:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on the WGS84 ellipsoid, in km (pyproj's Geod, Karney's algorithm)."""
    _, _, metres = _geod().inv(lon1, lat1, lon2, lat2)
    return float(metres) / 1000.0


def km(a: Place, b: Place) -> float:
    return geodesic_km(a.lat, a.lon, b.lat, b.lon)


def leg_km(a: Place, b: Place) -> float | None:
    """The length of a leg a → b. A country's point is its middle, far from where movers
    cross into a neighbour (Russia's lies in Siberia): between two neighbouring countries
    no length is told (None: the movers crossed a border, the text gives no more), and
    between a country and a place in a neighbour the length runs from the country's
    nearest border point to the place. Other legs run between the two points."""
    if a.country_code == b.country_code or "country" not in (a.kind, b.kind):
        return km(a, b)
    if not _neighbours(a.country_code, b.country_code):
        return km(a, b)
    if a.kind == b.kind == "country":
        return None
    area, point = (a, b) if a.kind == "country" else (b, a)
    shape = _outline(area.source_id) if area.has_geometry else None
    if shape is None:
        return km(a, b)
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    edge = nearest_points(shape, Point(point.lon, point.lat))[0]
    return geodesic_km(edge.y, edge.x, point.lat, point.lon)


#: how near (in degrees) two countries' outlines come when they share a border
_TOUCH_DEG = 0.05


@functools.lru_cache(maxsize=256)
def _neighbours(one: str | None, other: str | None) -> bool:
    """Do the outlines of two countries (ISO codes) touch?"""
    a = _outline(f"country:{one}") if one else None
    b = _outline(f"country:{other}") if other else None
    return a is not None and b is not None and float(a.distance(b)) <= _TOUCH_DEG


@functools.lru_cache(maxsize=256)
def _outline(source_id: str) -> BaseGeometry | None:
    try:
        from claimmap.gazetteer import default_gazetteer

        return default_gazetteer().geometry(source_id)
    except (ClaimmapError, ImportError, OSError, KeyError, ValueError):
        return None  # no gazetteer at hand: legs keep their point-to-point lengths


def great_circle(a: Place, b: Place, step_km: float = GC_STEP_KM) -> list[tuple[float, float]]:
    """(lon, lat) vertices along the geodesic from ``a`` to ``b``, one per ``step_km``."""
    n = min(int(km(a, b) // step_km), 256)
    inner = _geod().npts(a.lon, a.lat, b.lon, b.lat, n) if n > 0 else []
    return [(a.lon, a.lat), *((float(x), float(y)) for x, y in inner), (b.lon, b.lat)]


def antimeridian_parts(points: Sequence[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """(lon, lat) vertices cut where a step crosses ±180° (RFC 7946, 3.1.9): drawn as one
    line, Vancouver → Tokyo would run the long way round, across America and Asia.

    >>> antimeridian_parts([(170.0, 0.0), (-170.0, 0.0)])
    [[(170.0, 0.0), (180.0, 0.0)], [(-180.0, 0.0), (-170.0, 0.0)]]
    """
    parts: list[list[tuple[float, float]]] = [[points[0]]] if points else []
    for p, q in itertools.pairwise(points):
        jump = q[0] - p[0]
        if abs(jump) > 180:  # the short way round crosses ±180°
            edge = 180.0 if jump < 0 else -180.0
            far = q[0] + (360.0 if jump < 0 else -360.0)  # q's longitude beyond the edge
            lat = round(p[1] + (q[1] - p[1]) * (edge - p[0]) / (far - p[0]), 6)
            if parts[-1][-1] != (edge, lat):
                parts[-1].append((edge, lat))
            parts.append([(-edge, lat)])
        if q != parts[-1][-1]:
            parts[-1].append(q)
    kept = [part for part in parts if len(part) > 1]
    return kept or ([[points[0], points[-1]]] if points else [])


def leg_geometry(a: Place, b: Place) -> dict[str, Any]:
    """GeoJSON geometry of a leg: its great circle, a MultiLineString if it crosses ±180°."""
    parts = antimeridian_parts(great_circle(a, b))
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": [list(xy) for xy in parts[0]]}
    return {"type": "MultiLineString", "coordinates": [[list(xy) for xy in p] for p in parts]}


# --- the DataFrame verb ---------------------------------------------------------------------

COLUMNS = (
    "doc_id", "route_id", "mover", "leg", "from_place", "from_name", "to_place", "to_name",
    "status", "mood", "claims", "claimants", "denied_by", "movements", "distance_km", "evidence",
    "date_start", "date_end", "date_precision",
)  # fmt: skip


def legs_frame(
    route_list: Sequence[Route], places: Sequence[Place], claims: Sequence[Claim]
) -> geopandas.GeoDataFrame:
    """The legs of ``route_list`` as a GeoDataFrame (see :func:`routes`); ``date_start``,
    ``date_end`` (``datetime.date`` or None) and ``date_precision`` are the days the leg's
    dated movements span (:mod:`claimmap.routes_dates`)."""
    import geopandas
    from shapely.geometry import shape

    by_id = {p.id: p for p in places}
    by_claim = {c.id: c for c in claims}
    rows: list[dict[str, Any]] = []
    geoms = []
    for route in route_list:
        for n, leg in enumerate(route.legs):
            a, b = by_id[leg.from_place], by_id[leg.to_place]
            rows.append(
                {
                    "doc_id": route.doc_id,
                    "route_id": route.id,
                    "mover": route.mover,
                    "leg": n,
                    "from_place": a.id,
                    "from_name": a.name,
                    "to_place": b.id,
                    "to_name": b.name,
                    "status": leg.status,
                    "mood": leg.mood,
                    "claims": list(leg.claim_ids),
                    "claimants": _claimants(leg, by_claim),
                    "denied_by": _claimants(leg, by_claim, denied=True),
                    "movements": list(leg.movement_ids),
                    "distance_km": leg.distance_km,
                    "evidence": [s.as_pair() for s in leg.evidence],
                    "date_start": leg.date_start,
                    "date_end": leg.date_end,
                    "date_precision": leg.date_precision,
                }
            )
            geoms.append(shape(leg_geometry(a, b)))
    frame = geopandas.GeoDataFrame(rows, columns=list(COLUMNS), geometry=geoms, crs="EPSG:4326")
    return frame


def _claimants(leg: Leg, by_claim: dict[str, Claim], denied: bool = False) -> list[str]:
    """Who tells the leg; with ``denied``, only who denies it: a denial listed with the
    leg's claims (:mod:`claimmap.routes_denials`) is the other side, not support."""
    names: list[str] = []
    for cid in leg.claim_ids:
        claim = by_claim.get(cid)
        if claim is None or (denied and claim.modality != "denied"):
            continue
        name = claim.actor.name if claim.actor else None
        name = name or (claim.claimant.text if claim.claimant else None)
        if name and name not in names:
            names.append(name)
    return names
