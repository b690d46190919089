"""Build geo/actors.csv: claim sources (agencies, outlets, IGOs, NGOs, services) → seat.

Reads the curated rows in scripts/data/actors_seed.csv (name, aliases, kind, country,
headquarters city and country, optional admin1 code, source note) and resolves every
headquarters city to coordinates through the offline gazetteer (geo/gazetteer.sqlite).
A city that does not resolve in its country stops the build with the list of bad rows,
so every row of the output has coordinates. See geo/ACTORS.md.

    python scripts/build_actors.py            # writes geo/actors.csv
    python scripts/build_actors.py --check    # resolves and reports, writes nothing
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from seed_tables import build_table  # noqa: E402

from claimmap.actors import ACTOR_COLUMNS, OUTLET_KINDS  # noqa: E402
from claimmap.gazetteer import default_gazetteer  # noqa: E402

SEED = ROOT / "scripts" / "data" / "actors_seed.csv"
OUT = ROOT / "geo" / "actors.csv"
KINDS = frozenset(
    {"agency", "broadcaster", "newspaper", "igo", "ngo", "think_tank", "intelligence"}
    | {"ministry", "government", "military", "armed_group", "law_enforcement", "company"}
)


def resolve(row: dict[str, str]) -> dict[str, str] | str:
    """The output row for one seed row, or the reason it cannot be placed."""
    city, cc, admin1 = row["hq_city"], row["hq_country"].upper(), row["hq_admin1"].strip()
    if row["kind"] not in KINDS:
        return f"unknown kind {row['kind']!r}"
    cands = default_gazetteer().lookup(city, country=cc, kind="city", limit=10)
    cands = [c for c in cands if c.country_code == cc and c.kind == "city"]
    if admin1:
        cands = [c for c in cands if c.admin1 == f"{cc}.{admin1}"]
    if not cands:
        return f"city {city!r} not found in {cc}{'.' + admin1 if admin1 else ''}"
    best = max(cands, key=lambda c: (not c.fuzzy, c.population))
    return {
        "name": row["name"],
        "aliases": row["aliases"],
        "kind": row["kind"],
        "actor_kind": "outlet"
        if row["kind"] in OUTLET_KINDS
        else ("government" if row["kind"] in ("government", "ministry") else "organisation"),
        "country_code": row["country_code"],
        "seat_name": best.name,
        "seat_country": cc,
        "seat_admin1": best.admin1 or "",
        "lat": f"{best.lat:.5f}",
        "lon": f"{best.lon:.5f}",
        "geonameid": str(best.geonameid or ""),
        "source_id": best.source_id,
        "source": row["source"],
    }


def duplicate_names(rows: list[dict[str, str]]) -> list[str]:
    """Names two rows share: one name must stand for one seat."""
    names = [r["name"].casefold() for r in rows]
    dupes = sorted({n for n in names if names.count(n) > 1})
    return [f"duplicate names: {', '.join(dupes)}"] if dupes else []


def main(argv: list[str] | None = None) -> int:
    return build_table(
        argv,
        description=__doc__.splitlines()[0],
        seed=SEED,
        output=OUT,
        columns=ACTOR_COLUMNS,
        build_row=resolve,
        check_table=duplicate_names,
        summary=lambda rows: (
            f"{len(rows)} actors resolved "
            f"({sum(r['actor_kind'] == 'outlet' for r in rows)} outlets)"
        ),
    )


if __name__ == "__main__":
    raise SystemExit(main())
