"""Capes, islands, waterfalls and plains: the points of Natural Earth's 10m geography
regions (``ne_10m_geography_regions_points.json``) that no other entry names.

Ships are routed "around the Cape of Good Hope" and "past Cape Horn"; without an entry the
name went to a namesake town (Cape Horn, Canada) or was lost. Every point is a ``region``
entry without outline, with the country holding it (or the nearest within 0.5°): kind
``water`` would need the text to call it water ("the X", "X river") before it beats a
town, which "rounded Cape Agulhas" does not, and a ship may sail to a cape as to a port.
As a region outranks most towns, an island, waterfall or plain takes no name that another
entry bears anywhere, and a one-word island only its name with "Island" ("Malden" stays
the town in Massachusetts and "Pagan" a word; the islands are "Malden Island" and "Pagan
Island"); only a cape's English "Cape X" is its own (the Nova Scotia town of Cape Horn
yields to the cape, while "Punta Negra" stays the town near Lima).
None of them enters the fuzzy index (``store``): a misspelt town is no cape.
A point is left out when its name is a country, disputed area or region anywhere, or a
name of any entry within ``NEAR_KM`` (the town of Cape Canaveral, the Nordkapp municipality,
the Grenada of the West Indies): that entry already stands for it. Magnetic poles and the
oceanic pole of inaccessibility are left out.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

import shapely

from claimmap.names import normalize_name
from geo_build.common import Entry, expand_abbreviations, log, ne_features, slug
from geo_build.water import country_at

#: Natural Earth ``featurecla`` values kept (all become ``region`` points).
FEATURE_CLASSES = frozenset({"cape", "island", "island group", "waterfall", "plain"})
#: A name borne by an entry this close already names the feature.
NEAR_KM = 150.0
#: Kinds whose names read the same everywhere: a feature never takes one.
_GLOBAL_KINDS = ("country", "disputed", "region")
#: Natural Earth's abbreviations of feature words; a leading "I." is Spanish ("I. Socorro").
_FEATURE_WORDS = (
    (r"^I\.\s+", "Isla "),
    (r"^Is\.\s+", "Islas "),
    (r"^Pt\.\s+", "Point "),
    (r"\s{2,}", " "),
)
_CAPE_PREFIX = re.compile(r"^(?:Cabo|Cap|Capo)\s+(?=[A-Z])")


def written_out(raw: str) -> str:
    """A Natural Earth point name with its abbreviations written out."""
    name = " ".join(raw.split())
    for pattern, repl in _FEATURE_WORDS:
        name = re.sub(pattern, repl, name)
    return expand_abbreviations(name)


def feature_names(raw: str) -> list[str]:
    """The names of one Natural Earth point: as written, abbreviations written out ("Wake
    I." → "Wake Island", "Pt. Eugenia" → "Point Eugenia"), a possessive's apostrophe ("Lands
    End" is "Land's End" once normalised), and the English "Cape X" of "Cabo X"/"Cap X"."""
    name = written_out(raw)
    out = [raw, name]
    if _CAPE_PREFIX.match(name):
        out.append(_CAPE_PREFIX.sub("Cape ", name))
    return list(dict.fromkeys(n for n in out if n))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _points() -> list[tuple[str, str, list[str], tuple[float, float]]]:
    """(class, shown name, names, (lat, lon)) of the features kept; NE's English
    alternate name ("Cape Horn" for "Cabo de Hornos", "Easter I.") is the name shown."""
    out = []
    for f in ne_features("ne_10m_geography_regions_points.json"):
        p = f["properties"]
        kind = str(p.get("featurecla"))
        if kind not in FEATURE_CLASSES or not p.get("name"):
            continue
        alt = str(p.get("name_alt") or "")
        names = feature_names(str(p["name"])) + (feature_names(alt) if alt else [])
        shown = written_out(alt or str(p["name"]))
        if kind.startswith("island") and " " not in shown:
            names.append(f"{shown} Island")  # checked against the other entries' names too
        lon, lat = f["geometry"]["coordinates"]
        out.append((kind, shown, names, (round(float(lat), 5), round(float(lon), 5))))
    return out


def _named_near(
    points: list[tuple[str, str, list[str], tuple[float, float]]], entries: list[Entry]
) -> dict[str, list[tuple[str, tuple[float, float]]]]:
    """Normalised feature name → (kind, point) of the existing entries that bear it."""
    wanted = {normalize_name(n) for _, _, names, _ in points for n in names}
    found: dict[str, list[tuple[str, tuple[float, float]]]] = defaultdict(list)
    for e in entries:
        for norm in {normalize_name(s) for s in (e.name, *e.names)} & wanted:
            found[norm].append((e.kind, (e.lat, e.lon)))
    return found


def build_features(countries: list[Entry], entries: list[Entry]) -> list[Entry]:
    """Entries for the capes, islands, waterfalls and plains no entry names yet."""
    points = _points()
    found = _named_near(points, entries)
    kept: dict[str, Entry] = {}
    for kind, shown, names, point in points:
        norms = {normalize_name(n) for n in names}
        taken = [
            (k, at)
            for norm in norms
            for k, at in found.get(norm, [])
            if k in _GLOBAL_KINDS or _km(at, point) <= NEAR_KM
        ]
        if taken:
            log.info("feature %s: already named by a %s", shown, taken[0][0])
            continue
        twin = next(
            (e for e in kept.values() if normalize_name(e.name) in norms), None
        )  # "Île Amsterdam" twice, 100 km apart: one island
        if twin is not None and _km((twin.lat, twin.lon), point) <= NEAR_KM:
            continue
        if kind.startswith("island") and " " not in shown:  # "Pagan", "Bikini": words
            shown = names[-1]  # and names of towns; "Malden Island" is the island
            names = [shown]
        # a region's prior is strong: no name another entry bears anywhere, but "Cape X"
        names = [
            n
            for n in names
            if normalize_name(n) not in found or (kind == "cape" and n.startswith("Cape "))
        ]
        if not names:
            log.info("feature %s: every name is borne elsewhere", shown)
            continue
        shown = shown if shown in names else names[-1]
        code = country_at(shapely.Point(point[1], point[0]), countries)
        key = slug(shown) if twin is None else f"{slug(shown)}-{(code or 'xx').lower()}"
        if key in kept:
            continue
        e = Entry(f"region:{key}", shown, "region", code, None, point[0], point[1])
        e.add_names([shown, *names])
        kept[key] = e
    log.info("capes, islands, waterfalls and plains: %d", len(kept))
    return list(kept.values())
