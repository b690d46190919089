"""Natural Earth's names of the subdivisions whose GeoNames name it writes otherwise.

GeoNames names Egypt's governorates in their English forms ("Beheira", "Dakahlia",
"Monufia"); Natural Earth's label points carry the transliterated Arabic ones ("Al
Buhayrah", "Ad Daqahliyah", "Al Minufiyah"), which news uses too. The label points bear no
GeoNames code, so :func:`geo_build.places.build_admin1` can pair a point with its
subdivision only by name. A point no subdivision of its country is named like is paired
here by place: it is the subdivision's other name when it lies inside the hull of that one
subdivision's towns alone, among the country's subdivisions that no label point names —
and that subdivision holds no other such point, and no other subdivision's own point lies nearer
to it. Only in a country where Natural Earth and GeoNames
count as many subdivisions: where they differ the two follow different schemes (Natural
Earth still labels the DRC's Katanga and Kenya's Coast Province, which a reform split), and
an old province's name would be given to one of its successors. Anything less certain
stays unpaired.
"""

from __future__ import annotations

import re
from collections import defaultdict

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from claimmap.names import normalize_name
from geo_build.common import ADMIN_SUFFIX, Entry, log, ne_features

#: A label point of a subdivision proper (not "minor island" or "aggregation" points).
MAJOR = "Admin-1 scale rank"


def _parts(raw: str) -> list[str]:
    """ "Homs (Hims)" → ["Homs", "Hims"]."""
    return [p.strip() for p in re.split(r"[()]", raw) if p.strip()]


def _key(part: str) -> str:
    return normalize_name(ADMIN_SUFFIX.sub("", part))


def add_ne_names(admin1: list[Entry], hulls: dict[str, BaseGeometry]) -> int:
    """Give each subdivision the name of the one unpaired label inside its towns' hull (see
    the module docstring); return how many got one."""
    names_in: dict[str, set[str]] = defaultdict(set)
    by_country: dict[str, list[Entry]] = defaultdict(list)
    for e in admin1:
        if e.country_code:
            by_country[e.country_code].append(e)
            names_in[e.country_code] |= {normalize_name(n) for n in (e.name, *e.names)}
    # a label may have several points (a subdivision in parts): (country, its names) → points
    labels: dict[tuple[str, tuple[str, ...]], list[Point]] = defaultdict(list)
    for f in ne_features("ne_10m_admin_1_label_points.json"):
        p = f["properties"]
        cc = str(p.get("iso_a2") or "")
        parts = tuple(_parts(str(p.get("name") or "")))
        if cc and parts and p.get("featurecla") == MAJOR:
            lon, lat = f["geometry"]["coordinates"][:2]
            labels[(cc, parts)].append(Point(lon, lat))
    named: dict[str, set[str]] = defaultdict(set)  # country → every label's keys
    count: dict[str, int] = defaultdict(int)  # country → its labels
    for cc, parts in labels:
        named[cc] |= {_key(x) for x in parts}
        count[cc] += 1
    found: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for (cc, parts), pts in sorted(labels.items()):
        if count[cc] != len(by_country[cc]) or any(_key(x) in names_in[cc] for x in parts):
            continue  # two schemes (see the module docstring), or paired by name already
        loose = [
            e
            for e in by_country[cc]
            if e.admin1 in hulls and not any(normalize_name(n) in named[cc] for n in e.names)
        ]
        inside = [e for e in loose if any(hulls[str(e.admin1)].contains(pt) for pt in pts)]
        if len(inside) == 1 and _nearest(pts[0], by_country[cc]) is inside[0]:
            found[inside[0].source_id].append(parts)
    added = 0
    for e in admin1:
        got = found.get(e.source_id, [])
        if len(got) == 1 and not any(_part_of(x, e) for x in got[0]):
            e.add_names(got[0])
            added += 1
    log.info("admin-1 units named by a Natural Earth label point inside their towns: %d", added)
    return added


def _nearest(point: Point, units: list[Entry]) -> Entry:
    """The unit whose own point is nearest ``point``: a label inside one unit's hull of towns
    but nearest another's seat ("Al Fayyum" within Giza's towns) is that other unit's."""
    return min(units, key=lambda e: ((e.lat - point.y) ** 2 + (e.lon - point.x) ** 2, e.source_id))


def _part_of(name: str, e: Entry) -> bool:
    """ "Western" for "Western Area", "Sao Tome" for "São Tomé Island": a label that is only
    some words of the unit's own name is a word or a town, not another name of the unit."""
    words = normalize_name(name).split()
    for own in (e.name, *e.names):
        have = normalize_name(own).split()
        if len(words) < len(have) and all(w in have for w in words):
            return True
    return False
