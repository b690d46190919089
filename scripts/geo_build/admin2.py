"""Second-level units (counties, départements, provinces, districts) from Natural Earth's
admin-1 label points, where NE's "admin-1" is finer than GeoNames' admin1.

NE and GeoNames disagree on the first level for some countries: NE's GB has ~230 counties
and unitary authorities where GeoNames has England, Scotland, Wales and Northern Ireland;
NE's France has 101 départements, GeoNames 13 regions. Where NE has at least
:data:`FINER_RATIO` times as many units as GeoNames, its units that match no GeoNames
admin1 are second-level units. Elsewhere NE's unmatched names are only spelling variants
("Aleppo (Halab)", "Sumatera Barat") of the same level and are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from claimmap.names import normalize_name
from geo_build.common import (
    ADMIN_PREFIX,
    ADMIN_SUFFIX,
    GN_ADMIN1,
    SHARED,
    Entry,
    ne_features,
    slug,
)
from geo_build.places import pick_label_point

GN_ADMIN2 = SHARED / "geonames" / "admin2Codes.txt"
#: NE must have at least this many times as many units as GeoNames admin1 in a country for
#: its extra units to be a finer level (GB 57×, FR 7.8×, IT 5.5×, ES 2.8×, LK 2.8×) rather
#: than other spellings of the same level (SY, RU, ID, EG: about 1×). Just below: Norway's
#: old counties (1.9×), Australia's and New Zealand's outlying islands (1.5×).
FINER_RATIO = 2.0
#: Words around a unit's name in GeoNames' admin-2 table: "County Durham", "Provincia di
#: Siracusa", "Rukiga District".
_UNIT_PREFIX = re.compile(
    r"^(?:county|city of|provincia di|provincia de|province de|département de|district of)\s+",
    re.IGNORECASE,
)
#: NE units that are chartered cities ("Quezon City", "Grad Beograd", "City" of London):
#: the gazetteer holds them as towns already.
_CITY_UNIT = re.compile(r"^city$|^(?:grad|city of)\s|\scity$", re.IGNORECASE)
Point = tuple[float, float, str, bool]


def unit_keys(name: str) -> set[str]:
    """Normalised forms a unit may be written in: each part of "Homs (Hims)", with and
    without its type word ("Kampala District" → "kampala", "County Kerry" → "kerry")."""
    out = set()
    for part in re.split(r"[()]", name):
        part = part.strip()
        if not part:
            continue
        bare = _UNIT_PREFIX.sub("", ADMIN_PREFIX.sub("", ADMIN_SUFFIX.sub("", part)))
        out.update({normalize_name(part), normalize_name(bare)})
    out.discard("")
    return out


def _admin1_keys() -> tuple[dict[str, set[str]], dict[str, int]]:
    """Per country, the normalised names of its GeoNames admin1 units, and their count."""
    names: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    for line in GN_ADMIN1.read_text(encoding="utf-8").splitlines():
        key, name, ascii_name, _ = line.split("\t")
        cc = key.split(".")[0]
        count[cc] += 1
        names[cc] |= unit_keys(name) | unit_keys(ascii_name)
    return names, count


def _admin2_codes() -> tuple[dict[tuple[str, str], tuple[str, list[str], int]], set[str]]:
    """(country, normalised name) → (GeoNames admin-2 code, its names, geonameid); and the
    countries whose units GeoNames writes "County X" (Ireland, Britain), where every
    county is also called so ("County Kerry", "County Kent" is rare but harmless)."""
    out: dict[tuple[str, str], tuple[str, list[str], int]] = {}
    county_first: set[str] = set()
    for line in GN_ADMIN2.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, gid = line.split("\t")
        cc = code.split(".")[0]
        if name.startswith("County "):
            county_first.add(cc)
        for key in unit_keys(name) | unit_keys(ascii_name):
            out.setdefault((cc, key), (code, [name, ascii_name], int(gid)))
    return out, county_first


def _ne_units() -> dict[str, dict[str, list[Point]]]:
    """Country → NE unit name → its label points (main ones, not minor islands)."""
    units: dict[str, dict[str, list[Point]]] = defaultdict(lambda: defaultdict(list))
    for f in ne_features("ne_10m_admin_1_label_points.json"):
        p = f["properties"]
        cc, raw = p.get("iso_a2"), str(p.get("name") or "").strip()
        if not cc or cc == "-99" or not raw or p.get("featurecla") != "Admin-1 scale rank":
            continue
        lon, lat = f["geometry"]["coordinates"][:2]
        units[cc][raw].append((lat, lon, raw, False))
    return units


def finer_countries(units: dict[str, dict[str, Any]], counts: dict[str, int]) -> set[str]:
    """Countries whose NE units are a finer level than GeoNames admin1 (:data:`FINER_RATIO`)."""
    return {
        cc
        for cc, names in units.items()
        if counts.get(cc) and len(names) >= FINER_RATIO * counts[cc]
    }


def _nearest(lat: float, lon: float, points: list[tuple[float, float]]) -> int:
    """Index of the point of ``points`` nearest (lat, lon) (planar, longitude scaled)."""
    import numpy as np

    pts = np.asarray(points)
    scale = np.cos(np.radians(lat))
    return int(np.argmin((pts[:, 0] - lat) ** 2 + ((pts[:, 1] - lon) * scale) ** 2))


def build_admin2(cities: list[Entry], countries: list[Entry]) -> list[Entry]:
    """Second-level units as points: the NE label point of the unit's main part
    (:func:`pick_label_point`), the GeoNames admin-2 geonameid and admin1 key when the names
    match (else the admin1 of the nearest town), and as population the towns nearer its point
    than any other unit's of the country (no admin-2 polygons are available)."""
    admin1_names, counts = _admin1_keys()
    units = _ne_units()
    codes, county_first = _admin2_codes()
    bodies = {c.country_code: c.geometry for c in countries}
    towns: dict[str, list[Entry]] = defaultdict(list)
    for c in cities:
        if c.country_code:
            towns[c.country_code].append(c)
    entries: list[Entry] = []
    for cc in sorted(finer_countries(units, counts)):
        mine: list[Entry] = []
        for raw, points in sorted(units[cc].items()):
            keys = unit_keys(raw)
            if keys & admin1_names[cc] or _CITY_UNIT.search(raw):
                continue  # the same unit as a GeoNames admin1 (or its namesake); a city
            hit = pick_label_point(points, bodies.get(cc))
            if hit is None:
                continue
            lat, lon = hit[:2]
            match = next((codes[(cc, k)] for k in sorted(keys) if (cc, k) in codes), None)
            names = [raw, *re.split(r"[()]", raw)]
            if match is not None:
                code, gn_names, gid = match
                admin1 = ".".join(code.split(".")[:2])
                names += gn_names
                source = f"admin2:{code}"
            else:
                gid, source = None, f"admin2:{cc}.{slug(raw)}"
                near = towns[cc][_nearest(lat, lon, [(t.lat, t.lon) for t in towns[cc]])]
                admin1 = near.admin1
            names += [_UNIT_PREFIX.sub("", ADMIN_SUFFIX.sub("", n.strip())) for n in names]
            if cc in county_first:
                names += [f"County {_UNIT_PREFIX.sub('', n.strip())}" for n in names if n.strip()]
            e = Entry(source, raw.split("(")[0].strip(), "admin2", cc, admin1, lat, lon, 0, gid)
            e.add_names(names)
            mine.append(e)
        points_of = [(e.lat, e.lon) for e in mine]
        for town in towns[cc] if mine else ():
            mine[_nearest(town.lat, town.lon, points_of)].population += town.population
        entries += mine
    seen: set[str] = set()
    unique = []
    for e in entries:  # two NE names matching one GeoNames code: keep the first
        if e.source_id not in seen:
            seen.add(e.source_id)
            unique.append(e)
    return unique
