"""Rivers, canals and lakes from Natural Earth (50m), and seas, gulfs, straits and oceans
from a curated table, as gazetteer entries of kind ``water``.

Routes in the news run along and across water ("smuggled across the Rio Grande", "crossed
the Dnipro", "through the Suez Canal"); without these entries the name goes unresolved or,
worse, to a namesake town. Natural Earth splits a river into segments and names some in the
local language ("Donau" with ``name_en`` "Danube", "Dnipro" with ``name_alt`` "Dnieper"):
segments are merged under their English name (``geo/sources/river_aliases.csv`` names the
English river of segments Natural Earth leaves in the local language: "Al Furat", "Firat"
→ Euphrates) and every spelling becomes a name. The point of
a river is the point on it nearest the centroid of its course (a route "across the X" is
drawn to its middle), of a lake its pole of inaccessibility; the country is the one holding
that point, or the nearest within about 50 km (a border river).

Natural Earth's marine polygons are not in the shared data, so seas, gulfs, straits and
oceans come from ``geo/sources/seas.csv``: one point each (the approximate centre of the
Wikipedia article, entered by hand; a test checks every point lies in open water of the
50m land), no outline and no country ("shipped across the Black Sea", "through the Strait
of Hormuz" would otherwise stay unresolved or go to the Red Sea province of Sudan).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, polylabel, unary_union

from geo_build.common import REGION_TOLERANCE, Entry, ne_features, read_csv, slug

#: Natural Earth's lake abbreviations ("L. Erie", "Amistad Res.", "Ft. Peck Lake").
_LAKE_WORDS = (
    (r"^L\.\s+", "Lake "),
    (r"\s+L\.$", " Lake"),
    (r"\bRes\.$", "Reservoir"),
    (r"^Ft\.\s+", "Fort "),
    (r"^R\.\s+", "Rivière "),
    (r"^N\.\s+Fork\s+", "North Fork "),
    (r"^S\.\s+Branch\s+", "South Branch "),
)
#: A lake word of another language before the name: Spanish, Portuguese, French, Russian.
_FOREIGN_LAKE = re.compile(r"^(?:Lago|Lagoa|Laguna|Lac|O\.|Ozero)(?: de)? (?P<rest>.+)$")
#: Words that already say what a watercourse is; no "X River" form is made for them.
_WATER_WORDS = re.compile(r"\b(?:canal|branch|delta|fork|protoka|river|rivière)\b", re.I)
#: Tolerance of the stored lines and lake outlines (degrees, ~1 km).
_BORDER_DEG = 0.5


def build_water(countries: list[Entry]) -> list[Entry]:
    """One entry per named river (merged segments), lake or reservoir, and sea."""
    return [*_rivers(countries), *_lakes(countries), *_seas()]


def _seas() -> list[Entry]:
    """Seas, gulfs, straits and oceans of ``sources/seas.csv``, as points."""
    out = []
    for row in read_csv("seas.csv"):
        entry = Entry(
            f"water:{row['slug']}",
            row["name"],
            "water",
            None,
            None,
            round(float(row["lat"]), 5),
            round(float(row["lon"]), 5),
        )
        entry.add_names([row["name"], *row["aliases"].split("|")])
        out.append(entry)
    return out


def _rivers(countries: list[Entry]) -> list[Entry]:
    lines: dict[str, list[BaseGeometry]] = defaultdict(list)
    spellings: dict[str, set[str]] = defaultdict(set)
    aliases = {row["ne_name"]: row["english"] for row in read_csv("river_aliases.csv")}
    for f in ne_features("ne_50m_rivers_lake_centerlines.json"):
        p = f["properties"]
        if p.get("featurecla") != "River" or not f.get("geometry"):
            continue
        english = _clean(p.get("name_en") or p.get("name"))
        english = aliases.get(english, english)
        if not english:
            continue
        lines[english].append(shape(f["geometry"]))
        spellings[english].add(english)
        spellings[english].update(_clean(p.get(k)) for k in ("name", "name_alt", "name_en"))
    for ne_name, english in aliases.items():  # also a spelling no segment bears ("Rovuma")
        spellings[english].add(ne_name)
    out = []
    for english in sorted(lines):
        merged = unary_union(lines[english])
        course = linemerge(merged) if merged.geom_type == "MultiLineString" else merged
        english = re.sub(r"\s*\(.*\)$", "", english)  # "Selenge (Selenga)"
        middle = course.interpolate(course.project(course.centroid))
        entry = _entry(english, middle, course, countries)
        names = {n for n in spellings[english] if n}
        for name in sorted(names):
            entry.add_names([name, *_river_forms(name)])
        out.append(entry)
    return out


def _lakes(countries: list[Entry]) -> list[Entry]:
    shapes: dict[str, list[BaseGeometry]] = defaultdict(list)
    spellings: dict[str, set[str]] = defaultdict(set)
    for f in ne_features("ne_50m_lakes.json"):
        p = f["properties"]
        raw = _clean(p.get("name"))
        if not raw or not f.get("geometry"):
            continue
        name = _lake_name(raw)
        shapes[name].append(shape(f["geometry"]).buffer(0))
        spellings[name].update({raw, name, _clean(p.get("name_alt"))})
        spellings[name].add(english_lake_name(name) or "")
    out = []
    for name in sorted(shapes):
        outline = unary_union(shapes[name])
        largest = max(getattr(outline, "geoms", [outline]), key=lambda g: g.area)
        try:
            inner = polylabel(largest, tolerance=0.01)
        except Exception:  # polylabel rejects a few degenerate rings
            inner = largest.representative_point()
        entry = _entry(name, inner, outline, countries)
        entry.add_names(sorted(n for n in spellings[name] if n))
        out.append(entry)
    return out


def _entry(name: str, point: Any, geometry: BaseGeometry, countries: list[Entry]) -> Entry:
    return Entry(
        f"water:{slug(name)}",
        name,
        "water",
        country_at(point, countries),
        None,
        round(float(point.y), 5),
        round(float(point.x), 5),
        geometry=geometry.simplify(REGION_TOLERANCE, preserve_topology=True),
    )


def country_at(point: Any, countries: list[Entry]) -> str | None:
    """The country holding ``point``, else the nearest one within ``_BORDER_DEG``."""
    best: tuple[float, str] | None = None
    for c in countries:
        if c.geometry is None or c.country_code is None:
            continue
        if c.geometry.contains(point):
            return c.country_code
        gap = float(shapely.distance(c.geometry, point))
        if gap <= _BORDER_DEG and (best is None or gap < best[0]):
            best = (gap, c.country_code)
    return best[1] if best else None


def _clean(value: Any) -> str:
    """Natural Earth writes some names with double spaces ("Amu  Darya") or a bracketed
    second spelling ("Selenge (Selenga)"); the bracket becomes a name of its own later."""
    if not value:
        return ""
    return " ".join(str(value).split())


def _lake_name(raw: str) -> str:
    name = raw
    for pattern, repl in _LAKE_WORDS:
        name = re.sub(pattern, repl, name)
    return name


def english_lake_name(name: str) -> str | None:
    """ "Lake Titicaca" for Natural Earth's "Lago Titicaca", "Lake Nicaragua" for "Lago de
    Nicaragua", "Lake Tumba" for "Lac Tumba": English news writes the lake word in English.
    A name going on in lower case ("Lac la Martre", "Lac des Mille Lacs") is left alone."""
    m = _FOREIGN_LAKE.match(name)
    return f"Lake {m['rest']}" if m and m["rest"][:1].isupper() else None


def _river_forms(name: str) -> list[str]:
    """ "Euphrates" is also written "Euphrates River" and "River Euphrates"; "Selenge
    (Selenga)" is two names."""
    bracket = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if bracket:
        return [form for part in bracket.groups() for form in (part, *_river_forms(part))]
    if _WATER_WORDS.search(name):
        return []
    return [f"{name} River", f"River {name}"]
