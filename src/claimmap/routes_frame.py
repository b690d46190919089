"""Route legs on the globe: geodesic lengths, great-circle lines, and the legs as a
GeoDataFrame (the ``claimmap.routes`` verb's table).

Split from :mod:`claimmap.routes`, which builds the route graphs.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from claimmap.model import Claim, Leg, Place, Route

if TYPE_CHECKING:
    import geopandas
    from pyproj import Geod

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
    "status", "mood", "claims", "claimants", "movements", "distance_km", "evidence",
)  # fmt: skip


def legs_frame(
    route_list: Sequence[Route], places: Sequence[Place], claims: Sequence[Claim]
) -> geopandas.GeoDataFrame:
    """The legs of ``route_list`` as a GeoDataFrame (see :func:`routes`)."""
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
                    "movements": list(leg.movement_ids),
                    "distance_km": leg.distance_km,
                    "evidence": [s.as_pair() for s in leg.evidence],
                }
            )
            geoms.append(shape(leg_geometry(a, b)))
    frame = geopandas.GeoDataFrame(rows, columns=list(COLUMNS), geometry=geoms, crs="EPSG:4326")
    return frame


def _claimants(leg: Leg, by_claim: dict[str, Claim]) -> list[str]:
    names: list[str] = []
    for cid in leg.claim_ids:
        claim = by_claim.get(cid)
        if claim is None:
            continue
        name = claim.actor.name if claim.actor else None
        name = name or (claim.claimant.text if claim.claimant else None)
        if name and name not in names:
            names.append(name)
    return names
