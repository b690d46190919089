"""Seas, gulfs, straits and oceans: hand-entered points (geo/sources/seas.csv) that must lie
in open water, be found by their names, and win over the provinces and towns named after
them only where the text writes the water ("ships in the Red Sea", not "Red Sea State").
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from helpers import geoparse
from shapely.geometry import Point, shape
from shapely.ops import unary_union

from claimmap.gazetteer import default_gazetteer

GEO = Path(__file__).resolve().parents[1] / "geo"
SEAS = list(csv.DictReader((GEO / "sources" / "seas.csv").open(encoding="utf-8")))


def test_every_sea_point_lies_in_open_water() -> None:
    features = json.loads((GEO / "basemap" / "land.geojson").read_text(encoding="utf-8"))
    land = unary_union([shape(f["geometry"]) for f in features["features"]])
    on_land = [
        row["slug"] for row in SEAS if land.contains(Point(float(row["lon"]), float(row["lat"])))
    ]
    assert on_land == []
    assert len(SEAS) == len({row["slug"] for row in SEAS}) >= 60


@pytest.mark.parametrize("row", SEAS, ids=[row["slug"] for row in SEAS])
def test_every_sea_is_an_entry_under_each_of_its_names(row: dict[str, str]) -> None:
    gaz = default_gazetteer()
    for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
        hits = [c for c in gaz.lookup(name, fuzzy=False) if c.source_id == f"water:{row['slug']}"]
        assert hits, name
        assert hits[0].kind == "water"
        assert (hits[0].lat, hits[0].lon) == (float(row["lat"]), float(row["lon"]))


def ids(text: str) -> dict[str, str]:
    places, _ = geoparse(text)
    return {m.text: p.id for p in places for m in p.mentions}


def test_the_water_not_the_province_named_after_it() -> None:
    found = ids("Rebels fired missiles at two tankers in the Red Sea and the Gulf of Aden.")
    assert found == {"Red Sea": "water:red-sea", "Gulf of Aden": "water:gulf-of-aden"}


def test_the_province_when_the_text_says_so() -> None:
    found = ids("Floods cut the road to Port Sudan in Red Sea State on Monday.")
    assert found["Red Sea State"] == "admin1:SD.36"


def test_straits_and_bare_sea_names() -> None:
    found = ids(
        "The convoy sailed through the Bosphorus into the Black Sea, while a second tanker "
        "left the Strait of Hormuz for the Mediterranean."
    )
    assert found["Bosphorus"] == "water:bosphorus"
    assert found["Black Sea"] == "water:black-sea"
    assert found["Strait of Hormuz"] == "water:strait-of-hormuz"
    assert found["Mediterranean"] == "water:mediterranean-sea"


def test_a_sea_name_as_an_adjective_is_no_sea() -> None:
    found = ids("Mediterranean leaders met in Rome on Friday.")
    assert "Mediterranean" not in found
    assert found["Rome"].startswith("gn:")
