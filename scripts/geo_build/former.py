"""Former first-level subdivisions (``scripts/data/former_admin1.csv``): provinces, counties
and regions abolished or merged after the GeoNames dump (Kenya's provinces, Norway's
counties before 2020, the DRC's provinces before 2015, France's regions before 2016), which
news archives still name. Each is an admin-1 entry at its seat town's GeoNames point."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

from claimmap.names import normalize_name
from geo_build.common import ADMIN_SUFFIX, REPO, Entry, log, slug

FORMER_CSV = REPO / "scripts" / "data" / "former_admin1.csv"
#: entries.flags bit of a former subdivision; the year it was abolished is kept in the bits
#: from FORMER_YEAR_SHIFT up, so the resolver can say "former subdivision (until 2013)".
FLAG_FORMER = 8
FORMER_YEAR_SHIFT = 16


def read_former(path: Path = FORMER_CSV) -> list[dict[str, str]]:
    """The CSV's rows, without its "#" comment lines (its documentation)."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def until_year(years: str) -> int:
    """The year a unit was abolished: the last of "1963-2013"."""
    return int(years.replace("–", "-").split("-")[-1])


def find_seat(cities: list[Entry], name: str, country: str) -> Entry | None:
    """The most populous town of ``country`` bearing ``name`` (as its name or an alternate
    one, since GeoNames calls Bandundu "Bandundu Province")."""
    norm = normalize_name(name)
    found = [
        c
        for c in cities
        if c.country_code == country and norm in {normalize_name(n) for n in (c.name, *c.names)}
    ]
    return max(found, key=lambda c: (c.population, -(c.geonameid or 0)), default=None)


def bare(name: str) -> str:
    """A name without its type word ("Équateur Province" → "equateur"), normalised."""
    return normalize_name(ADMIN_SUFFIX.sub("", name.strip()))


def build_former_admin1(
    cities: list[Entry], admin1: list[Entry], admin2: list[Entry], path: Path = FORMER_CSV
) -> list[Entry]:
    """One admin-1 entry per row, at its seat town's point, flagged FLAG_FORMER with the year
    it ended. A name a current subdivision of its country bears, with or without its type
    word (the DRC's current "Équateur" and "Kasaï-Oriental", the core of the old province
    around its seat), is left to that unit: it stands for the place and ranks first; a row
    left with no name is skipped. Population: each successor's people (sum of its
    cities500 places) shared equally among the former units that merged into it, a log-scale
    prior only; where a successor has no entry (Norway's Viken: GeoNames 2021 lists it, but
    neither Natural Earth nor cities500 places it), the towns that still carry the seat's
    pre-reform code (cities500 keeps Norway's 2019 county codes)."""
    rows = read_former(path)
    countries = {r["country"] for r in rows}
    towns = [c for c in cities if c.country_code in countries]
    by_country_name = {(e.country_code, normalize_name(e.name)): e for e in admin1}
    current_names: dict[str, set[str]] = defaultdict(set)
    for e in (*admin1, *admin2):
        if e.country_code in countries:
            current_names[e.country_code or ""].update(bare(n) for n in e.names)
    # cities500 still carries some pre-reform codes (Norway's towns: NO.20 Vestfold)
    code_people: dict[str, int] = defaultdict(int)
    for c in towns:
        code_people[c.admin1 or ""] += c.population
    current_codes = {e.admin1 for e in admin1}
    shares = Counter(
        (r["country"], normalize_name(s)) for r in rows for s in r["successor"].split("|")
    )
    entries = []
    for r in rows:
        cc = r["country"]
        seat = find_seat(towns, r["seat"], cc)
        if seat is None:
            log.warning("former_admin1.csv: no town %s in %s; %s skipped", r["seat"], cc, r["name"])
            continue
        population = 0
        for s in r["successor"].split("|"):
            unit = by_country_name.get((cc, normalize_name(s)))
            if unit is not None:
                population += unit.population // shares[(cc, normalize_name(s))]
            elif seat.admin1 and seat.admin1 not in current_codes:
                population = code_people[seat.admin1]  # the seat's pre-reform code
            else:
                log.info("former %s: successor %s has no entry; no population", r["name"], s)
        names = [n for n in (r["name"], *r["alternates"].split("|")) if n.strip()]
        kept = [n for n in names if bare(n) not in current_names[cc]]
        if not kept:
            log.info("former %s (%s): a current subdivision bears its names", r["name"], cc)
            continue
        year = until_year(r["years"])
        e = Entry(
            f"former:{cc}.{slug(r['name'])}",
            r["name"],
            "admin1",
            cc,
            seat.admin1,
            seat.lat,
            seat.lon,
            population,
            None,
            FLAG_FORMER | (year << FORMER_YEAR_SHIFT),
        )
        e.add_names(kept)
        entries.append(e)
    return entries
