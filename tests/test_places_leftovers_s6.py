"""Small geoparser leftovers: a name with two adjacent letters swapped is its town when the
article names the town's country (and nowhere else); the town after a numbered unit ("4 Wing
Cold Lake") is a place, the unit word no part of its name; a border crossing named by its two
sides joined with a hyphen is placed at the side that is a town of a country the article
names. Short news paragraphs written for these tests.
"""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.gazetteer_rank import transposition_ratio


def test_a_swap_of_two_letters_counts_as_one_edit() -> None:
    assert transposition_ratio("kiolsa", "kilosa", 83.3333) > 90.0
    assert transposition_ratio("kilosx", "kilosa", 83.3333) == 83.3333  # no swap: unchanged


def test_swapped_letters_place_a_town_of_a_named_country() -> None:
    text = "Health workers in Mizoram, India, said cholera cases rose in Siaha district last week."
    places, _ = geoparse(text)
    town = place_at(places, text, "Siaha")
    assert (town.name, town.country_code) == ("Saiha", "IN")


def test_swapped_letters_after_a_preposition() -> None:
    text = (
        "Flooding in Tanzania displaced families near Morogoro, and aid trucks reached Kiolsa "
        "on Monday."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Kiolsa")
    assert (town.name, town.country_code) == ("Kilosa", "TZ")


def test_swapped_letters_outside_the_named_countries_stay_unresolved() -> None:
    text = "Health workers in Thailand said cholera cases rose in Siaha district last week."
    places, unresolved = geoparse(text)
    assert [p.country_code for p in places] == ["TH"]
    assert [u.mention.text for u in unresolved] == ["Siaha"]


def test_town_after_a_numbered_unit_is_a_place() -> None:
    text = "Cargo planes from 4 Wing Cold Lake and 19 Wing Comox landed in Canada on Sunday."
    places, unresolved = geoparse(text)
    for town in ("Cold Lake", "Comox"):
        place = place_at(places, text, town)
        assert (place.name, place.kind, place.country_code) == (town, "city", "CA")
    assert not any("Wing" in u.mention.text for u in unresolved)


def test_hyphened_crossing_is_placed_at_the_side_in_a_named_country() -> None:
    text = "In Greece, police said thousands gathered at the Feres-Ipsala border crossing."
    places, unresolved = geoparse(text)
    town = place_at(places, text, "Feres")
    assert (town.kind, town.country_code) == ("city", "GR")
    assert unresolved == []


def test_hyphened_crossing_tagged_as_one_entity() -> None:
    text = "Riot police in Tanzania said hundreds massed at the Kilosa-Pazaro border crossing."
    places, _ = geoparse(text)
    town = place_at(places, text, "Kilosa")
    assert (town.name, town.country_code) == ("Kilosa", "TZ")


def test_hyphened_crossing_in_no_named_country_is_not_placed() -> None:
    text = "Officials in Peru said hundreds massed at the Kilosa-Mwanza border crossing."
    places, _ = geoparse(text)
    assert [p.country_code for p in places] == ["PE"]
