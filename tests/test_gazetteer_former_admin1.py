"""Former first-level subdivisions (scripts/data/former_admin1.csv): provinces, counties and
regions abolished after the GeoNames dump — Kenya's provinces, Norway's counties before
2020, the DRC's provinces before 2015, France's regions before 2016 — placed at their seat
towns and ranked below a current subdivision. Expected points are the seat towns' well-known
positions (0.01°); sentences are invented."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from helpers import geoparse, place_at

from claimmap.gazetteer import Gazetteer, default_gazetteer
from claimmap.gazetteer_rank import FLAG_FORMER, FORMER_SHARE, FORMER_YEAR_SHIFT, Row, prior

REPO = Path(__file__).resolve().parent.parent
CSV = REPO / "scripts" / "data" / "former_admin1.csv"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# (query, country, seat lat, seat lon, year abolished)
FORMER = [
    ("Nyanza Province", "KE", -0.10, 34.75, 2013),  # Kisumu
    ("North Eastern Province", "KE", -0.45, 39.65, 2013),  # Garissa
    ("Rift Valley", "KE", -0.28, 36.07, 2013),  # Nakuru
    ("Hedmark", "NO", 60.79, 11.07, 2020),  # Hamar
    ("Sogn og Fjordane", "NO", 61.18, 6.85, 2020),  # Hermansverk
    ("Nord-Trøndelag", "NO", 64.01, 11.50, 2018),  # Steinkjer
    ("Ostfold", "NO", 59.28, 11.11, 2020),  # Sarpsborg
    ("Western Kasai", "CD", -5.90, 22.42, 2015),  # Kananga
    ("Katanga", "CD", -11.66, 27.48, 2015),  # Lubumbashi
    ("Province Orientale", "CD", 0.52, 25.19, 2015),  # Kisangani
    ("Alsace", "FR", 48.58, 7.75, 2016),  # Strasbourg
    ("Midi-Pyrenees", "FR", 43.60, 1.44, 2016),  # Toulouse
    ("Basse-Normandie", "FR", 49.18, -0.37, 2016),  # Caen
]


@pytest.mark.parametrize(("query", "country", "lat", "lon", "year"), FORMER)
def test_former_subdivision_at_its_seat(
    gaz: Gazetteer, query: str, country: str, lat: float, lon: float, year: int
) -> None:
    top = gaz.lookup(query, limit=1)[0]
    assert top.source_id.startswith("former:")
    assert (top.kind, top.country_code) == ("admin1", country)
    assert km((top.lat, top.lon), (lat, lon)) < 10
    assert f"former subdivision (until {year})" in top.why


def test_current_subdivision_ranks_first_when_both_match(gaz: Gazetteer) -> None:
    # Rwanda's, Sri Lanka's and Saudi Arabia's current provinces bear the Kenyan names
    western = gaz.lookup("Western Province", limit=5)
    assert not western[0].source_id.startswith("former:")
    assert any(c.source_id == "former:KE.western-province" for c in western)
    eastern = gaz.lookup("Eastern Province", limit=1)[0]
    assert eastern.source_id.startswith("admin1:") and eastern.country_code == "SA"
    # a text about Kenya asks with the country: the former province then wins
    kenyan = gaz.lookup("Western Province", country="KE", limit=1)[0]
    assert kenyan.source_id == "former:KE.western-province"
    assert km((kenyan.lat, kenyan.lon), (0.28, 34.75)) < 10  # Kakamega


def test_name_of_a_current_unit_is_left_to_it(gaz: Gazetteer) -> None:
    # the DRC's current Équateur and Kasaï-Oriental keep their names (the old province's core)
    for query, code in (("Équateur Province", "CD.02"), ("Kasai-Oriental", "CD.04")):
        top = gaz.lookup(query, country="CD", limit=1)[0]
        assert top.source_id == f"admin1:{code}", query
    # the English name of the old Kasai-Oriental is only the former province's
    east = gaz.lookup("East Kasai", limit=1)[0]
    assert east.source_id == "former:CD.kasai-oriental"
    assert km((east.lat, east.lon), (-6.14, 23.59)) < 10  # Mbuji-Mayi


def test_nairobi_stays_the_city(gaz: Gazetteer) -> None:
    top = gaz.lookup("Nairobi", limit=1)[0]
    assert (top.kind, top.country_code) == ("city", "KE")


def test_former_prior_is_a_share_of_a_current_one() -> None:
    def row(flags: int) -> Row:
        return Row(-1, "x", "X", "admin1", "KE", None, 0.0, 0.0, 1_000_000, None, flags, False)

    current, _ = prior(row(0))
    former, why = prior(row(FLAG_FORMER | (2013 << FORMER_YEAR_SHIFT)))
    assert former == pytest.approx(FORMER_SHARE * current)
    assert "former subdivision (until 2013)" in why


def test_csv_rows_are_complete() -> None:
    with CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    assert len(rows) >= 40
    for r in rows:
        assert r["name"] and r["seat"] and r["successor"], r
        assert len(r["country"]) == 2 and r["country"].isupper(), r
        first, last = (int(y) for y in r["years"].split("-"))
        # abolished by now: the 2021 dump's own units too (Norway's Viken, split in 2024)
        assert 1800 < first < last <= 2024, r
        assert not {"lat", "lon"} & set(r), "points come from the seat towns"


def test_floods_in_nyanza_province() -> None:
    text = "Floods in Nyanza Province displaced 4,000 families, Kenyan officials said on Friday."
    places, _ = geoparse(text)
    nyanza = place_at(places, text, "Nyanza Province")
    assert (nyanza.kind, nyanza.country_code) == ("admin1", "KE")
    assert km((nyanza.lat, nyanza.lon), (-0.10, 34.75)) < 10


def test_the_county_of_hedmark() -> None:
    text = "Wolves were shot in the county of Hedmark, Norwegian police said."
    places, _ = geoparse(text)
    hedmark = place_at(places, text, "Hedmark")
    assert hedmark.country_code == "NO"
    assert km((hedmark.lat, hedmark.lon), (60.79, 11.07)) < 10


def test_old_french_region_in_a_sentence() -> None:
    text = "Farmers in Champagne-Ardenne and Picardy blocked roads near Reims on Tuesday."
    places, _ = geoparse(text)
    champagne = place_at(places, text, "Champagne-Ardenne")
    assert champagne.country_code == "FR"
    assert km((champagne.lat, champagne.lon), (48.96, 4.36)) < 10  # Châlons-en-Champagne
    picardy = place_at(places, text, "Picardy")
    assert km((picardy.lat, picardy.lon), (49.89, 2.30)) < 10  # Amiens
