"""Second-level units (kind ``admin2``: counties, départements, provinces, districts) in
short invented news paragraphs: a county with no namesake town wins over small towns
abroad when the article's context fits, a unit named after its town yields to the town
unless the text cues the unit, and the build rule that takes a country's Natural Earth
units as a finer level only where NE clearly has more of them than GeoNames."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import geoparse, place_at

from claimmap.gazetteer import default_gazetteer
from claimmap.routes import geodesic_km as km

REPO = Path(__file__).resolve().parents[1]

# text, words, (kind, country, lat, lon) within 60 km (a unit's point is its NE label point)
CASES = [
    pytest.param(
        "Storm damage was reported in Cornwall and Devon on Sunday, leaving thousands of "
        "homes in England without power, the forecasters said.",
        "Cornwall",
        ("admin2", "GB", 50.4, -4.9),
        id="cornwall-not-ontario",
    ),
    pytest.param(
        "Storm damage was reported in Cornwall and Devon on Sunday, leaving thousands of "
        "homes in England without power, the forecasters said.",
        "Devon",
        ("admin2", "GB", 50.7, -3.7),
        id="devon-not-a-south-african-town",
    ),
    pytest.param(
        "Firefighters in Kent pumped water from flooded homes as rain swept southern England.",
        "Kent",
        ("admin2", "GB", 51.2, 0.7),
        id="kent-not-washington",
    ),
    pytest.param(
        "Flooding in the Gironde department forced 2,000 people from their homes, French "
        "officials said.",
        "Gironde",
        ("admin2", "FR", 44.8, -0.5),
        id="gironde-department",
    ),
    pytest.param(
        "A ferry carrying 300 passengers left County Kerry on Friday, Irish police said.",
        "County Kerry",
        ("admin2", "IE", 52.1, -9.5),
        id="county-kerry",
    ),
    pytest.param(
        "Typhoon winds lashed the province of Batangas, south of Manila, the Philippine "
        "weather service said.",
        "Batangas",
        ("admin2", "PH", 13.9, 121.0),
        id="province-of-batangas",
    ),
    pytest.param(
        "Rescuers in Pangasinan and Batangas searched for survivors after the typhoon, "
        "officials in the Philippines said.",
        "Pangasinan",
        ("admin2", "PH", 15.9, 120.3),
        id="pangasinan-listed",
    ),
    pytest.param(
        "Wildfires burned across Bouches-du-Rhône as the heat wave gripped southern France.",
        "Bouches-du-Rhône",
        ("admin2", "FR", 43.5, 5.4),
        id="hyphenated-departement",
    ),
    pytest.param(
        "Schools in the province of Messina closed as the ash cloud drifted over Sicily.",
        "Messina",
        ("admin2", "IT", 38.0, 14.9),
        id="province-of-messina",
    ),
    pytest.param(
        "The Jaffna district recorded its heaviest rain in a decade, Sri Lanka's disaster "
        "agency said.",
        "Jaffna",
        ("admin2", "LK", 9.7, 79.9),
        id="jaffna-district",
    ),
    pytest.param(
        "Residents of Cork county were told to boil their water, the Irish health service said.",
        "Cork",
        ("admin2", "IE", 51.9, -9.0),
        id="cork-county",
    ),
    # a unit named after its town: the town, with nothing cueing the unit
    pytest.param(
        "Police in Cork arrested two men after a robbery at a jeweller, the Irish broadcaster "
        "said.",
        "Cork",
        ("city", "IE", 51.9, -8.47),
        id="cork-alone-is-the-city",
    ),
    pytest.param(
        "Thousands marched in Paris on Saturday against the pension reform, French unions said.",
        "Paris",
        ("city", "FR", 48.85, 2.35),
        id="paris-is-the-city",
    ),
    pytest.param(
        "Heavy rain fell in Jaffna on Monday, officials in Sri Lanka said.",
        "Jaffna",
        ("city", "LK", 9.66, 80.01),
        id="jaffna-alone-is-the-town",
    ),
    pytest.param(
        "The ferry sailed from Messina to Reggio Calabria on Friday, Italian police said.",
        "Messina",
        ("city", "IT", 38.19, 15.55),
        id="messina-alone-is-the-city",
    ),
]


@pytest.mark.parametrize(("text", "words", "where"), CASES)
def test_second_level_units_in_news(
    text: str, words: str, where: tuple[str, str, float, float]
) -> None:
    places, _ = geoparse(text)
    place = place_at(places, text, words)
    kind, country, lat, lon = where
    assert (place.kind, place.country_code) == (kind, country), place.reasons
    assert km(place.lat, place.lon, lat, lon) <= 60, (place.lat, place.lon)


def test_a_county_not_in_the_gazetteer_stays_unresolved() -> None:
    # "Pueblo County" is no town: the county itself (one state has one); "Clay County",
    # which eighteen states share, written with no state, is none of them
    places, unresolved = geoparse("Deputies in Pueblo County found the missing hiker alive.")
    assert not any(p.name == "Pueblo" for p in places)
    assert [(p.name, p.kind) for p in places] == [("Pueblo County", "admin2")]
    places, unresolved = geoparse("Deputies in Clay County found the missing hiker alive.")
    assert places == [] and any("admin-2" in u.reason for u in unresolved)


def test_the_gazetteer_holds_units_only_where_natural_earth_is_finer() -> None:
    gaz = default_gazetteer()
    kent = gaz.get("admin2:GB.ENG.G5")
    assert kent is not None and (kent.kind, kent.name, kent.admin1) == ("admin2", "Kent", "GB.ENG")
    # Syria's NE units are its governorates (same level): no second-level units there
    assert not any(c.kind == "admin2" for c in gaz.lookup("Aleppo", limit=10))
    # a unit whose name is its country's admin1 is not added twice
    assert not any(c.kind == "admin2" for c in gaz.lookup("Sicily", limit=10))
    # a chartered city is a town, not a unit
    assert not any(c.kind == "admin2" for c in gaz.lookup("Quezon City", limit=10))


def test_build_rule_takes_finer_countries_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from geo_build.admin2 import FINER_RATIO, finer_countries, unit_keys

    units = {"GB": dict.fromkeys("abcdefgh"), "SY": dict.fromkeys("abcd"), "AQ": {"a": 1}}
    counts = {"GB": 4, "SY": 4}
    assert finer_countries(units, counts) == {"GB"}  # 2×, 1×, no GeoNames admin1
    assert FINER_RATIO == 2.0
    assert {"kerry", "county kerry"} <= unit_keys("County Kerry")
    assert {"homs", "hims"} <= unit_keys("Homs (Hims)")
    assert "kampala" in unit_keys("Kampala District")


@pytest.mark.parametrize(
    ("text", "unit_at", "town_at", "country"),
    [
        (
            "Heavy rain flooded the Jaffna district on Sunday. Schools in Jaffna stayed closed, "
            "Sri Lankan officials said.",
            0,
            1,
            "LK",
        ),
        (
            "Fires spread in the province of Messina. In Messina itself the port was shut, "
            "Italian officials said.",
            0,
            1,
            "IT",
        ),
    ],
    ids=["jaffna", "messina"],
)
def test_the_cued_unit_and_the_bare_town_are_two_places(
    text: str, unit_at: int, town_at: int, country: str
) -> None:
    name = "Jaffna" if "Jaffna" in text else "Messina"
    places, _ = geoparse(text)
    unit, town = place_at(places, text, name, unit_at), place_at(places, text, name, town_at)
    assert (unit.kind, unit.country_code) == ("admin2", country)
    assert (town.kind, town.country_code) == ("city", country)


def test_lower_case_county_words_are_not_places() -> None:
    """Without capitals, a county whose name is a word ("lot", "down", "var") needs what a
    small town needs: it is no place by its name alone."""
    places, _ = geoparse("a lot of people came down to the city to vote, officials said on monday.")
    assert places == []


def test_a_us_county_is_no_british_county() -> None:
    text = "Deputies in Kent County, Michigan, arrested a man on Tuesday."
    places, _ = geoparse(text)
    assert {p.country_code for p in places} == {"US"}
    assert place_at(places, text, "Kent County").source_id.startswith("admin2:US.MI.")


def test_maps_draw_a_unit_as_a_point() -> None:
    from claimmap.maps import AREA_KINDS, place_geometry

    text = "Firefighters in Kent pumped water from flooded homes as rain swept southern England."
    places, _ = geoparse(text)
    kent = place_at(places, text, "Kent")
    assert kent.kind in AREA_KINDS  # an area's marker, as for a province
    assert place_geometry(kent) is None  # no admin-2 polygons: a point
