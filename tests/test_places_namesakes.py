"""Resolution errors that are wrong referents, not coordinate conventions: a multiword name
cut short by a shorter entry ("Mato Grosso do Sul" → "Mato Grosso"), a type noun of an
unknown name matched on its own ("Island" → Iceland), a demonym that begins a territory's
name ("French Polynesia" → France), a one-word conjunct that shares the head of the next
("North and South Dakota"), a small town for a name written with a direction, as areas
are ("northern Luzon"), and a small foreign town for a name the text calls a province or
district. Short news paragraphs written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at

from claimmap.gazetteer_rank import borrowed_capitals
from claimmap.routes import geodesic_km as km


def test_particle_continues_a_province_name() -> None:
    text = (
        "Health officials confirmed two new dengue cases in Mato Grosso do Sul on Monday, "
        "and said the state of Mato Grosso do Sul would open more clinics."
    )
    places, _ = geoparse(text)
    for nth in (0, 1):
        place = place_at(places, text, "Mato Grosso do Sul", nth)
        assert (place.name, place.kind, place.country_code) == (
            "Mato Grosso do Sul",
            "admin1",
            "BR",
        )
    assert not [p for p in places if p.name == "Mato Grosso"]


def test_grouping_region_named_by_its_parts_stays_two_places() -> None:
    text = "Horse transport between Australia and New Zealand was suspended on Friday."
    places, _ = geoparse(text)
    assert place_at(places, text, "Australia").country_code == "AU"
    assert place_at(places, text, "New Zealand").country_code == "NZ"


def test_type_noun_of_an_unknown_name_is_no_country() -> None:
    text = (
        "Officials in Manila sent the tissue samples to the Gull Island Veterinary Laboratory "
        "for testing, the agriculture ministry said."
    )
    places, _ = geoparse(text)
    assert "IS" not in {p.country_code for p in places}
    assert not any(m.text == "Island" for p in places for m in p.mentions)


def test_demonym_beginning_a_territory_name() -> None:
    text = (
        "Measles cases rose along the border between Suriname and French Guiana, and "
        "clinics in French Polynesia asked for vaccines."
    )
    places, _ = geoparse(text)
    guiana = place_at(places, text, "French Guiana")
    assert (guiana.kind, guiana.country_code) == ("admin1", "GF")
    assert km(guiana.lat, guiana.lon, 4.0, -53.0) < 200
    assert place_at(places, text, "French Polynesia").country_code == "PF"
    assert "FR" not in {p.country_code for p in places}


@pytest.mark.parametrize(
    ("text", "word", "name", "code"),
    [
        (
            "Rare tree frogs live in the rainforests of Central and South America, "
            "researchers said.",
            "Central",
            "Central America",
            None,
        ),
        (
            "Farmers in North and South Dakota lost thousands of hives this winter.",
            "North",
            "North Dakota",
            "US",
        ),
    ],
    ids=["central-america", "north-dakota"],
)
def test_one_word_conjunct_shares_the_next_name_s_head(
    text: str, word: str, name: str, code: str | None
) -> None:
    places, _ = geoparse(text)
    place = place_at(places, text, word)
    assert (place.name, place.country_code) == (name, code)


def test_direction_before_an_island_means_the_island_not_a_small_town() -> None:
    text = (
        "Philippine officials said pigs on two northern Luzon farms had the virus. Earlier "
        "cases were found in South Cotabato and Davao del Sur, and farms in Davao Oriental "
        "and Mindanao were checked. The Philippines has banned pork exports, and Philippine "
        "exporters said the Philippines would lose millions."
    )
    places, _ = geoparse(text)
    luzon = place_at(places, text, "Luzon")
    assert luzon.kind == "region"
    assert km(luzon.lat, luzon.lon, 16.0, 121.0) < 161


def test_district_abroad_town_is_left_unresolved() -> None:
    text = (
        "Four children from the district of Karo were admitted to a hospital in Medan with "
        "suspected bird flu, a health official said."
    )
    places, unresolved = geoparse(text)
    assert place_at(places, text, "Medan").country_code == "ID"
    assert not any(m.text == "Karo" for p in places for m in p.mentions)
    assert any(u.mention.text == "Karo" for u in unresolved)


def test_province_written_with_its_unit_at_another_mention() -> None:
    text = (
        "Nyanza Province has recorded most of the cholera deaths in Kenya this month. "
        "Clinics in Kisumu were full, and a health officer in Nyanza said more nurses "
        "were on their way."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Kisumu").country_code == "KE"
    assert "RW" not in {p.country_code for p in places}
    # the former province (scripts/data/former_admin1.csv), at its seat Kisumu
    nyanza = place_at(places, text, "Nyanza", nth=1)
    assert (nyanza.kind, nyanza.country_code, nyanza.name) == ("admin1", "KE", "Nyanza")


def test_capital_flag_borrowed_from_a_foreign_namesake_is_dropped() -> None:
    rows = [
        (1, "Capitalia", "AA", 3_000_000),
        (2, "Otherton", "BB", 900_000),
        (3, "Otherton", "AA", 40_000),  # a town named after BB's capital
        (4, "Secondia", "AA", 200_000),  # a second capital: no bigger namesake abroad
    ]
    assert borrowed_capitals(rows) == frozenset({3})


def test_capital_of_a_named_country_over_a_borrowed_capital_town() -> None:
    text = (
        "Brazil reported nine new cases, three of them in Rio Grande do Sul. In neighbouring "
        "Chile, the Institute of Public Health in Santiago confirmed 40 more, Chile's health "
        "ministry said."
    )
    places, _ = geoparse(text)
    santiago = place_at(places, text, "Santiago")
    assert santiago.country_code == "CL"
    assert km(santiago.lat, santiago.lon, -33.45, -70.66) < 50
