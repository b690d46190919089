"""Offline Leaflet maps of an analysis: places, claims and alleged routes (folium).

Three views share one drawing kit: :func:`route_map` (legs as arrowed lines, stated solid
and inferred dashed, with mover and quantity; places by kind; claim sources at their
seats), :func:`claims_map` (what each claimant speaks about) and :func:`places_map`
(every resolved place). All pages inline Leaflet and draw on the vector basemap in
``geo/basemap/``; online tiles are added only when ``tiles=`` asks for them. Every
popup quotes its sentence with the span marked, plus claimant, outlet, date, precision,
document id and offsets.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimmap.config import geo_dir
from claimmap.errors import ClaimmapError
from claimmap.maps_html import claimant_name, leg_label, leg_popup, place_popup, seat_popup
from claimmap.model import Actor, Analysis, Claim, Place

if TYPE_CHECKING:
    import folium

log = logging.getLogger(__name__)

#: Okabe & Ito's colour-blind-safe palette, darkest-contrast first, then Paul Tol's
#: "muted" colours that differ from them for articles with more than seven claim sources;
#: Okabe-Ito yellow comes last, as it is hard to read on a light background.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#332288",
    "#882255",
    "#44AA99",
    "#999933",
    "#CC6677",
    "#117733",
    "#F0E442",
)
PLACE_COLOUR = "#3b3b3b"
AREA_KINDS = frozenset({"admin1", "admin2", "disputed", "region", "area", "water"})
BASEMAP_LAYERS = ("land", "lakes", "borders", "disputed")
BASEMAP_STYLE: dict[str, dict[str, Any]] = {
    "land": {"color": "#b9b4a8", "weight": 0.6, "fillColor": "#f2efe6", "fillOpacity": 1},
    "lakes": {"color": "#9cc0d8", "weight": 0.5, "fillColor": "#d4e6f2", "fillOpacity": 1},
    "borders": {"color": "#8c8577", "weight": 0.8, "fill": False},
    "disputed": {"color": "#8c3f6e", "weight": 1.2, "dashArray": "4 4", "fill": False},
}
SEA_COLOUR = "#d4e6f2"


@dataclass(frozen=True)
class SeatPoint:
    """Where a claim source sits (from ``claimmap.actors.seat_of``), as the map needs it."""

    who: str
    place_name: str
    lat: float
    lon: float
    reason: str = ""
    precision: str = ""


#: Claim sources past the palette share this grey and one legend row, rather than reuse a
#: colour: two sources in one colour read as one (what GDELT's and timemap's viewers do
#: with more categories than colours: colour the main ones, group the rest as "other").
OTHER_SOURCES = "#8c8c8c"


def palette_for(names: Iterable[str]) -> dict[str, str]:
    """One colour per distinct name, in first-seen order; names past the palette get
    :data:`OTHER_SOURCES` (rank them first, :func:`ranked_sources`, so the main ones are
    coloured)."""
    colours: dict[str, str] = {}
    for name in names:
        if name not in colours:
            n = len(colours)
            colours[name] = PALETTE[n] if n < len(PALETTE) else OTHER_SOURCES
    return colours


def ranked_sources(analysis: Analysis) -> list[str]:
    """Claimant names, those whose claims back a route leg first, then by how many claims
    they make, then in the order the article names them: the palette goes to them first."""
    behind = {cid for r in analysis.routes for leg in r.legs for cid in leg.claim_ids}
    names = [claimant_name(c) for c in analysis.claims]
    order = list(dict.fromkeys(names))
    backs = {claimant_name(c) for c in analysis.claims if c.id in behind}
    return sorted(order, key=lambda n: (n not in backs, -names.count(n), order.index(n)))


@functools.cache
def basemap_layer(name: str) -> dict[str, Any]:
    """One layer of the offline basemap (``geo/basemap/<name>.geojson``)."""
    path = Path(geo_dir()) / "basemap" / f"{name}.geojson"
    if not path.is_file():
        raise ClaimmapError(f"{path}: basemap missing; run `python scripts/build_basemap.py`")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def geodesic_midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Great-circle midpoint of two ``(lat, lon)`` points, in degrees.

    >>> geodesic_midpoint((0.0, 0.0), (0.0, 90.0))
    (0.0, 45.0)
    """
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    bx = math.cos(la2) * math.cos(lo2 - lo1)
    by = math.cos(la2) * math.sin(lo2 - lo1)
    lat = math.atan2(math.sin(la1) + math.sin(la2), math.hypot(math.cos(la1) + bx, by))
    lon = lo1 + math.atan2(by, math.cos(la1) + bx)
    return round(math.degrees(lat), 6), round(math.degrees(lon), 6)


def leg_path(a: tuple[float, float], b: tuple[float, float]) -> list[list[tuple[float, float]]]:
    """The ``(lat, lon)`` parts of a leg's line through its great-circle midpoint, cut where
    it crosses the antimeridian: Leaflet joins vertices the short way in longitude, so
    Vancouver → Tokyo drawn as one part would cross America, the Atlantic and Asia.

    >>> leg_path((0.0, 170.0), (0.0, -170.0))
    [[(0.0, 170.0), (0.0, 180.0)], [(0.0, -180.0), (0.0, -170.0)]]
    """
    from claimmap.routes_frame import antimeridian_parts

    lonlat = [(p[1], p[0]) for p in (a, geodesic_midpoint(a, b), b)]
    return [[(lat, lon) for lon, lat in part] for part in antimeridian_parts(lonlat)]


def place_geometry(place: Place, *, countries: bool = False) -> dict[str, Any] | None:
    """GeoJSON polygon (a line for a river) of an area place from the gazetteer, simplified;
    None if it has none. Countries only with ``countries`` (the maps draw them as points:
    their outlines would cover the routes)."""
    if place.kind not in AREA_KINDS and not (countries and place.kind == "country"):
        return None
    try:
        from claimmap.gazetteer import default_gazetteer
    except ImportError:
        return None
    try:
        geom = default_gazetteer().geometry(place.source_id)
    except (ClaimmapError, KeyError, OSError, AttributeError, ValueError) as exc:
        log.warning("no polygon for %s (%s): %s", place.name, place.source_id, exc)
        return None
    if geom is None or geom.is_empty:
        return None
    from shapely.geometry import mapping

    shape: dict[str, Any] = mapping(geom.simplify(0.005, preserve_topology=True))
    return shape


def claim_seats(analysis: Analysis) -> list[tuple[SeatPoint, list[Claim]]]:
    """Seats of each claimant (and each outlet) with their claims; [] without seat data."""
    try:
        from claimmap.actors import seat_of
    except ImportError:
        log.info("claimmap.actors.seat_of is not available: no seat layer")
        return []
    found: dict[tuple[str, float, float], tuple[SeatPoint, list[Claim]]] = {}
    for claim in analysis.claims:
        sources: list[tuple[Actor, bool]] = []
        if claim.actor is not None:
            sources.append((claim.actor, False))
        if claim.outlet is not None:
            sources.append((Actor(name=claim.outlet.text, kind="outlet"), True))
        for actor, is_outlet in sources:
            seat = seat_of(actor, outlet=is_outlet)
            if seat is None or seat.lat is None or seat.lon is None:
                continue
            point = SeatPoint(
                who=actor.name,
                place_name=str(seat.place_name),
                lat=float(seat.lat),
                lon=float(seat.lon),
                reason=str(getattr(seat, "reason", "") or ""),
                precision=str(getattr(seat, "precision", "") or ""),
            )
            key = (point.who, point.lat, point.lon)
            found.setdefault(key, (point, []))[1].append(claim)
    publisher = _publisher_seat(analysis, seat_of)
    if publisher is not None and not any(p.who == publisher.who for p, _ in found.values()):
        found[(publisher.who, publisher.lat, publisher.lon)] = (publisher, [])
    return list(found.values())


def _publisher_seat(analysis: Analysis, seat_of: Any) -> SeatPoint | None:
    """The article's own outlet at its seat: it relays every claim, so it gets no links."""
    outlet = analysis.document.outlet
    seat = seat_of(Actor(name=outlet, kind="outlet"), outlet=True) if outlet else None
    if seat is None or seat.lat is None or seat.lon is None or outlet is None:
        return None
    return SeatPoint(
        who=outlet,
        place_name=str(seat.place_name),
        lat=float(seat.lat),
        lon=float(seat.lon),
        reason=f"publisher of this article; {getattr(seat, 'reason', '')}".rstrip("; "),
        precision=str(getattr(seat, "precision", "") or ""),
    )


def route_map(analysis: Analysis, *, tiles: str | None = None, height: int = 560) -> folium.Map:
    """The alleged routes: arrowed legs, places by kind, claim sources at their seats."""
    from claimmap.maps_draw import MapDrawer

    drawer = MapDrawer(analysis, tiles=tiles, height=height)
    drawer.add_places(only_routes=False)
    drawer.add_routes()
    drawer.add_seats()
    return drawer.finish()


def claims_map(analysis: Analysis, *, tiles: str | None = None, height: int = 560) -> folium.Map:
    """Who claims what about where: seats joined to the places their claims speak about."""
    from claimmap.maps_draw import MapDrawer

    drawer = MapDrawer(analysis, tiles=tiles, height=height)
    drawer.add_places(only_claimed=True)
    drawer.add_claims()
    drawer.add_seats()
    return drawer.finish()


def places_map(analysis: Analysis, *, tiles: str | None = None, height: int = 560) -> folium.Map:
    """Every resolved place, by kind, each mention quoted in its popup."""
    from claimmap.maps_draw import MapDrawer

    drawer = MapDrawer(analysis, tiles=tiles, height=height)
    drawer.add_places(only_routes=False)
    return drawer.finish()


def corpus_map(
    analyses: Sequence[Analysis], *, tiles: str | None = None, height: int = 600
) -> folium.Map:
    """Many articles on one map: each article's places and routes as its own layers."""
    from claimmap.maps_draw import MapDrawer

    if not analyses:
        raise ValueError("corpus_map needs at least one analysis")
    drawer = MapDrawer(analyses[0], tiles=tiles, height=height)
    drawer.claimants = palette_for(name for a in analyses for name in ranked_sources(a))
    for analysis in analyses:
        drawer.analysis = analysis
        prefix = f"{analysis.document.title or analysis.document.id} — "
        drawer.add_places(prefix=prefix)
        drawer.add_routes(prefix=prefix)
    return drawer.finish()


def legend_html(items: Iterable[tuple[str, str]], claimants: dict[str, str]) -> str:
    """Legend rows: ``(swatch_svg, label)`` pairs (labels escaped here) + claimant colours,
    the sources past the palette together in one grey row."""
    rows = [f"<div>{swatch}{escape(label)}</div>" for swatch, label in items]
    if claimants:
        rows.append("<div><b>claim sources</b></div>")
        rows += [
            f'<div><span class="sw" style="border-top:4px solid {colour}"></span>'
            f"{escape(name)}</div>"
            for name, colour in claimants.items()
            if colour != OTHER_SOURCES
        ]
        others = [name for name, colour in claimants.items() if colour == OTHER_SOURCES]
        if others:
            rows.append(
                f'<div class="cm-other-sources"><span class="sw" style="border-top:4px solid '
                f'{OTHER_SOURCES}"></span>other sources ({len(others)}): '
                f"{escape('; '.join(others))}</div>"
            )
    return "".join(rows)


def near_seats(
    seats: list[tuple[float, float]], story: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The seats within the story's box widened by half its size (at least 10 degrees)
    on every side; all of them when there is no story to fit.

    >>> near_seats([(39.9, 32.9), (51.5, -0.1)], [(33.5, 36.3), (36.2, 37.2)])
    [(39.9, 32.9)]
    """
    if not story:
        return seats
    lats, lons = [p[0] for p in story], [p[1] for p in story]
    dlat = max(10.0, (max(lats) - min(lats)) / 2)
    dlon = max(10.0, (max(lons) - min(lons)) / 2)
    return [
        (lat, lon)
        for lat, lon in seats
        if min(lats) - dlat <= lat <= max(lats) + dlat
        and min(lons) - dlon <= lon <= max(lons) + dlon
    ]


def _bounds(points: list[tuple[float, float]]) -> list[list[float]] | None:
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    pad = 0.5  # degrees, so a single point is not shown at street level
    return [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]]


def story_bounds(
    story: list[tuple[float, float]], seats: list[tuple[float, float]]
) -> list[list[float]] | None:
    """The box a map fits: the story (places, legs) and the claim-source seats near it
    (:func:`near_seats`), so a news agency's far head office does not shrink the route."""
    return _bounds(story + near_seats(seats, story))


__all__ = [
    "OTHER_SOURCES",
    "PALETTE",
    "SeatPoint",
    "basemap_layer",
    "claim_seats",
    "claimant_name",
    "claims_map",
    "corpus_map",
    "geodesic_midpoint",
    "leg_label",
    "leg_path",
    "leg_popup",
    "legend_html",
    "near_seats",
    "palette_for",
    "place_geometry",
    "place_popup",
    "places_map",
    "ranked_sources",
    "route_map",
    "seat_popup",
    "story_bounds",
]
