"""Wrong referents of town names a review of far misses found: a town placed "in a county,
in a state" takes the state as its container (not a bigger namesake elsewhere), and one
other town of the article is no area that moves a town's name into its state."""

from __future__ import annotations

from helpers import geoparse, place_at


def test_a_town_in_a_qualified_county_lies_in_the_county_s_state() -> None:
    text = (
        "Health workers traced the outbreak to Austin, in Scott County, Indiana, where dozens "
        "of cases were confirmed. Nurses from Evansville joined the effort on Monday."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Austin")
    assert (town.name, town.kind, town.country_code) == ("Austin", "city", "US")
    assert abs(town.lat - 38.76) < 0.2 and abs(town.lon + 85.81) < 0.2  # not Texas (30.3, -97.7)


def test_a_town_in_a_qualified_town_without_a_comma_also_lies_in_its_state() -> None:
    text = "Volunteers handed out water in Austin in Scott County, Indiana, on Saturday."
    places, _ = geoparse(text)
    town = place_at(places, text, "Austin")
    assert abs(town.lat - 38.76) < 0.2 and abs(town.lon + 85.81) < 0.2


def test_a_big_town_with_no_container_stays_the_big_one() -> None:
    text = "Flights from Austin to Denver were cancelled on Friday, the airline said."
    places, _ = geoparse(text)
    town = place_at(places, text, "Austin")
    assert abs(town.lat - 30.27) < 0.2 and abs(town.lon + 97.74) < 0.2


def test_one_town_of_another_state_does_not_move_a_namesake_there() -> None:
    text = (
        "The recall began in Solon, where the distributor is based. The supplier, located in "
        "Lynchburg, also runs plants in the states of Texas and Georgia, and Minnesota health "
        "officials said the samples tested positive."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Lynchburg")
    assert town.country_code == "US"
    assert abs(town.lat - 37.41) < 0.2 and abs(town.lon + 79.14) < 0.2  # Virginia, not Ohio


def test_two_towns_of_one_state_still_move_a_small_namesake_there() -> None:
    text = "Storms hit Solon and Akron overnight. Crews later reached Lynchburg, officials said."
    places, _ = geoparse(text)
    town = place_at(places, text, "Lynchburg")
    assert abs(town.lat - 39.24) < 0.2 and abs(town.lon + 83.79) < 0.2  # the Ohio village


def test_one_town_and_its_named_state_move_a_small_namesake_there() -> None:
    text = (
        "Floods closed schools in Solon, Ohio, on Tuesday. Crews later reached Lynchburg, "
        "officials said."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Lynchburg")
    assert abs(town.lat - 39.24) < 0.2 and abs(town.lon + 83.79) < 0.2


def test_a_person_tagged_town_opening_a_sentence_with_its_county_and_state_is_a_place() -> None:
    text = (
        "The debate followed an outbreak in southern Ohio. Austin, in Scott County, Indiana, "
        "was its epicentre, and Dr Jane Smith, in Chicago, led the study."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Austin")
    assert abs(town.lat - 38.76) < 0.2 and abs(town.lon + 85.81) < 0.2
    assert not [p for p in places if any(m.text == "Smith" for m in p.mentions)]


def test_a_capital_abroad_listed_with_villages_of_the_named_country_is_their_namesake() -> None:
    text = (
        "A truck spilled mercury along a highway near Cajamarca, in Peru. Residents of the "
        "villages of San Juan, Choropampa and Magdalena fell ill, health officials said."
    )
    places, _ = geoparse(text)
    village = place_at(places, text, "San Juan")
    assert village.country_code == "PE"  # not the capital of Puerto Rico
    assert abs(village.lat + 7.29) < 0.2 and abs(village.lon + 78.5) < 0.2  # beside Cajamarca


def test_a_capital_abroad_listed_with_an_oxford_comma_is_the_villages_namesake() -> None:
    text = (
        "Mercury spilled along a highway in Peru, in the communities of San Juan, Choropampa, "
        "and Magdalena, officials said."
    )
    places, _ = geoparse(text)
    village = place_at(places, text, "San Juan")
    assert abs(village.lat + 7.29) < 0.2 and abs(village.lon + 78.5) < 0.2


def test_a_capital_abroad_named_alone_stays_the_capital() -> None:
    text = (
        "A truck spilled mercury along a highway near Cajamarca, in Peru. The company's "
        "lawyers flew in from San Juan on Monday, officials said."
    )
    places, _ = geoparse(text)
    city = place_at(places, text, "San Juan")
    assert city.country_code == "PR"
