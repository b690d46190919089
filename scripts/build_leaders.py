"""Build geo/leaders.csv: heads of state and government → country, title, years in office.

Reads the curated rows of scripts/data/leaders_seed.csv (name, the surname news uses
alone or nothing where a bare surname is a word or a common name, aliases, country,
title, first and last year in office, source) and checks them: the country must have a
capital in the offline gazetteer (geo/gazetteer.sqlite), years must be in order, the
surname must be a word of the name or of an alias, and no name may stand for two
countries in the same year. A bad row stops the build with the list of problems. See
geo/ACTORS.md ("Heads of state and government").

    python scripts/build_leaders.py            # writes geo/leaders.csv
    python scripts/build_leaders.py --check    # checks and reports, writes nothing
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from seed_tables import build_table  # noqa: E402

from claimmap.actors_leaders import LEADER_COLUMNS, ROLE_OF_TITLE, key  # noqa: E402
from claimmap.gazetteer import default_gazetteer  # noqa: E402

SEED = ROOT / "scripts" / "data" / "leaders_seed.csv"
OUT = ROOT / "geo" / "leaders.csv"
TITLES = frozenset({"president", "premier", "chancellor", "king", "emir", "chairman", "leader"})
TITLES |= frozenset(ROLE_OF_TITLE)
YEARS = range(1950, 2031)


def check(row: dict[str, str]) -> dict[str, str] | str:
    """The output row for one seed row, or what is wrong with it."""
    cc = row["country_code"]
    capital = default_gazetteer().capital(cc)
    if capital is None:
        return f"no capital known for {cc!r}"
    if row["title"] not in TITLES:
        return f"unknown title {row['title']!r}"
    start, end = int(row["start"]), int(row["end"]) if row["end"] else None
    if start not in YEARS or (end is not None and (end not in YEARS or end < start)):
        return f"bad years {row['start']}-{row['end']}"
    names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
    surname = row["surname"]
    if surname and not any(key(surname) in key(n) for n in names):
        return f"surname {surname!r} is no part of {names}"
    if not row["source"]:
        return "no source"
    return {**{c: row.get(c, "") for c in LEADER_COLUMNS}, "capital": capital.name}


def clashes(rows: list[dict[str, str]]) -> list[str]:
    """Names (full, alias or surname) two countries' office holders bear in one year."""
    holders: dict[tuple[str, int], set[str]] = defaultdict(set)
    for row in rows:
        names = [row["name"], row["surname"], *row["aliases"].split("|")]
        end = int(row["end"]) if row["end"] else max(YEARS)
        for year in range(int(row["start"]), end + 1):
            for name in filter(None, names):
                holders[(key(name), year)].add(row["country_code"])
    clash = {f"{n!r} names {sorted(c)} in {y}" for (n, y), c in holders.items() if len(c) > 1}
    return sorted(clash)


def main(argv: list[str] | None = None) -> int:
    return build_table(
        argv,
        description=__doc__.splitlines()[0],
        seed=SEED,
        output=OUT,
        columns=LEADER_COLUMNS,
        build_row=check,
        check_table=clashes,
        summary=lambda rows: (
            f"{len(rows)} tenures of {len({r['country_code'] for r in rows})} countries checked"
        ),
    )


if __name__ == "__main__":
    raise SystemExit(main())
