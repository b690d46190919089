"""Airports: point entries of kind ``facility`` from the ``airportsdata`` package.

News about flights names airports all the time ("landed at Suvarnabhumi", "Benina
International Airport in Benghazi", "Heathrow"); without an entry the name went to a
namesake town (Heathrow, Florida) or was lost. Only airports with an IATA code are taken
(those with scheduled service), less heliports and seaplane bases.

Names of an airport: its own ("London Heathrow Airport"), without the qualifier words
before its head ("Don Mueang Airport" of "Don Mueang International Airport"), without the
name of the city it serves in front ("Heathrow Airport"), and its short form without the
head ("Heathrow", "Benina", "Don Mueang"). A short form is left out when it is the name of
the city the airport serves ("Bardera": GeoNames spells the town "Baardheere") or no town of
that city (nor of its ``subd``, when the city is a locality: "Senou" of Bamako) is found,
when it is already a name of an admin area, country, region or water
anywhere, or of a town within ``NEAR_KM`` of the airport or as big as the city the airport
serves (that entry stands for it: "Dubai" stays the city), when two airports share it, and
when it begins with a title ("King Abdulaziz", "Imam Khomeini": a person's name).
A short form that is the served city's own name spelled another way ("Hodeidah" of
"Hodeidah International Airport", which serves "Hodeida") is the city's name too: it goes
to the town, not the airport (news writes the city so). Other names readers use for an
airport (the air base "Hmeimim" at Latakia's airport) are in ``sources/airport_aliases.csv``.

The entry's population is the population of the city it serves (the airportsdata ``city``
of its country within ``SERVED_KM``): the evidence that ranks the airport of a world city
above a hamlet of its name (``claimmap.gazetteer_rank.prior``). Airports stay out of the
fuzzy index (``store``): a misspelt town is no airport.
"""

from __future__ import annotations

import csv
import importlib.util
import math
import re
from collections import defaultdict
from pathlib import Path

from claimmap.names import normalize_name
from geo_build.common import SOURCES, Entry, log

ALIASES = SOURCES / "airport_aliases.csv"
#: A town of the short form's name this close already names the airport.
NEAR_KM = 150.0
#: The city an airport serves lies within this distance of it.
SERVED_KM = 100.0
#: Airport names of these words are no scheduled-service airports.
_SKIPPED = re.compile(r"\b(?:heliport|seaplane|closed|water aerodrome)\b", re.IGNORECASE)
_HEAD = re.compile(r"\s+(?:Airport|Aerodrome|Airfield|Airstrip|Air Base)$")
_QUALIFIERS = re.compile(r"(?:\s+(?:International|Intl\.?|Regional|Municipal|Domestic))+$")
#: Abbreviations of airportsdata's names ("Ronald Reagan Washington Ntl Airport").
_EXPANDED = {"ntl": "National", "natl": "National", "intl": "International"}
_ABBREVIATED = re.compile(r"\b(?:Ntl|Natl|Intl)\b\.?", re.IGNORECASE)
#: "Leonardo Da Vinci (Fiumicino) International Airport": the other name in parentheses.
_PARENTHESES = re.compile(r"\s*\((?P<inner>[^()]+)\)")
#: First words of a name that make it a person's (an airport named after someone).
_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "imam", "sheikh", "shaikh", "sultan", "emir",
     "amir", "shah", "president", "presidente", "general", "gen", "capt",
     "captain", "cap", "comandante", "comodoro", "coronel", "teniente", "almirante",
     "mayor", "dr", "doctor", "governor", "gobernador", "marshal", "mariscal", "sir", "ir"}
)  # fmt: skip
_BLOCKING_KINDS = ("country", "disputed", "region", "admin1", "admin2", "water")


def airports_csv() -> Path:
    """airportsdata's CSV, found without importing the package."""
    spec = importlib.util.find_spec("airportsdata")
    if spec is None or spec.origin is None:
        raise SystemExit("airportsdata is not installed: run `make geo`")
    return Path(spec.origin).parent / "airports.csv"


def read_airports() -> list[dict[str, str]]:
    """Rows of the airports with an IATA code, by code."""
    with airports_csv().open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["iata"].strip() and r["name"].strip()]
    kept = [r for r in rows if not _SKIPPED.search(r["name"])]
    return sorted(kept, key=lambda r: r["iata"])


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def airport_names(name: str, city: str) -> tuple[list[str], str]:
    """(names with their head, short form or "") of one airport: "London Heathrow Airport"
    → (["London Heathrow Airport", "Heathrow Airport"], "Heathrow"); "Washington Dulles
    International Airport" is also "Dulles International Airport"; a name in parentheses
    ("Leonardo Da Vinci (Fiumicino) International Airport") is the airport's other name
    ("Fiumicino International Airport"), which gives the short form."""
    name = " ".join(_ABBREVIATED.sub(lambda m: _EXPANDED[m[0].lower().rstrip(".")], name).split())
    inner = _PARENTHESES.search(name)
    if inner:
        outer = " ".join((name[: inner.start()] + name[inner.end() :]).split())
        other = " ".join((inner["inner"] + name[inner.end() :]).split())
        names, _ = airport_names(outer, city)
        more, short = airport_names(other, city)
        return list(dict.fromkeys([name, *names, *more])), short
    head = _HEAD.search(name)
    if head is None:  # "RAF Akrotiri": its name alone
        return [name], ""
    stem = _QUALIFIERS.sub("", name[: head.start()])
    qualified = name[len(stem) : head.start()]  # " International"
    names = [name, stem + head.group(0)]
    if city and stem.startswith(city + " ") and stem[len(city) + 1 :][:1].isupper():
        stem = stem[len(city) + 1 :]  # "London Heathrow": Heathrow, London's
        names += [stem + qualified + head.group(0), stem + head.group(0)]
    words = normalize_name(stem).split()
    if not words or words[0] in _TITLES or len(stem) < 4 or "/" in stem:
        return list(dict.fromkeys(names)), ""
    return list(dict.fromkeys(names)), stem


def _spelling_of(short: str, city: str) -> bool:
    """Whether ``short`` is ``city`` spelled another way: same first letter, both of at
    least 5 letters, at most 2 edits apart ("hodeidah"/"hodeida")."""
    a, b = normalize_name(short), normalize_name(city)
    if a == b or min(len(a), len(b)) < 5 or a[:1] != b[:1]:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= 2


def read_aliases() -> dict[str, list[str]]:
    """IATA code → curated other names (``sources/airport_aliases.csv``)."""
    out: dict[str, list[str]] = defaultdict(list)
    with ALIASES.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out[r["iata"].strip()].append(r["alias"].strip())
    return out


def _served(
    row: dict[str, str],
    point: tuple[float, float],
    towns: dict[tuple[str, str], list[Entry]],
    key: str = "city",
) -> Entry | None:
    """The biggest town of the airport's ``city`` name (or ``subd``'s, when its city is a
    locality GeoNames lacks: "Senou" in Bamako) in its country within SERVED_KM."""
    near = [
        e
        for e in towns.get((row["country"], normalize_name(row[key])), [])
        if _km((e.lat, e.lon), point) <= SERVED_KM
    ]
    return max(near, key=lambda e: (e.population, -e.lat, e.lon), default=None)


def _named(entries: list[Entry], wanted: set[str]) -> dict[str, list[Entry]]:
    """Normalised short form → the existing entries that bear it."""
    found: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        for norm in {normalize_name(s) for s in (e.name, *e.names)} & wanted:
            found[norm].append(e)
    return found


def _short_blocked(short: str, point: tuple[float, float], served: int, found: list[Entry]) -> str:
    """Why an existing entry already stands for the short form, or ""."""
    if not served:  # no town of its city found: nothing ranks it, and the short form
        return "no city"  # would shut out the fuzzy match of a town's other spelling
    for e in found:
        if e.kind in _BLOCKING_KINDS:
            return f"a {e.kind}"
        if _km((e.lat, e.lon), point) <= NEAR_KM:
            return "a town nearby"
        if e.population >= served:
            return "a town as big as its city"
    return ""


def build_airports(cities: list[Entry], entries: list[Entry]) -> list[Entry]:
    """Facility entries for the IATA airports; ``entries`` are all the others (for names)."""
    rows = read_airports()
    cities_wanted = {(r["country"], normalize_name(r[k])) for r in rows for k in ("city", "subd")}
    towns: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in cities:
        for norm in {normalize_name(s) for s in (e.name, *e.names)}:
            if (e.country_code or "", norm) in cities_wanted:
                towns[(e.country_code or "", norm)].append(e)
    made = []
    for r in rows:
        point = (round(float(r["lat"]), 5), round(float(r["lon"]), 5))
        names, short = airport_names(r["name"], r["city"].strip())
        served = _served(r, point, towns)
        if served is None and (by_subd := _served(r, point, towns, "subd")) is not None:
            served, r = by_subd, {**r, "city": r["subd"]}  # "Senou" of Bamako: a locality
        made.append((r, point, names, short, served))
    shorts = defaultdict(int)
    for _, _, _, short, _ in made:
        shorts[normalize_name(short)] += 1 if short else 0
    found = _named(entries, {normalize_name(s) for _, _, _, s, _ in made if s})
    out, skipped = [], 0
    aliases = read_aliases()
    for r, point, names, short, served in made:
        population = served.population if served else 0
        norm = normalize_name(short)
        own_town = norm == normalize_name(r["city"])  # "Bardera Airport" of Bardera
        if short and served and _spelling_of(short, r["city"]) and not found[norm]:
            served.add_names([short])  # "Hodeidah": the city Hodeida, spelled so in news
            own_town = True
        if short and (
            own_town or shorts[norm] > 1 or _short_blocked(short, point, population, found[norm])
        ):
            skipped += 1
            short = ""
        e = Entry(
            f"airport:{r['iata']}",
            names[0],
            "facility",
            r["country"] or None,
            served.admin1 if served else None,
            point[0],
            point[1],
            population=population,
        )
        e.add_names([*names, short, *aliases.get(r["iata"], [])])
        out.append(e)

    log.info("airports: %d (%d short forms left out)", len(out), skipped)
    return out
