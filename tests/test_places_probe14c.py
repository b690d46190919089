"""Homonyms the article's own area decides, found by probe 14 (tester C): small namesakes far
outside the country or province every other place of the story lies in, a province's
possessive ("Xyz's Abc"), names a list calls counties, a state among states, country names
inside party names, and a person listed after "in <town>".

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Place, Unresolved


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def reasons(unresolved: list[Unresolved]) -> dict[str, str]:
    return {u.mention.text: u.reason for u in unresolved}


# --- 1. a small namesake far outside the article's area ----------------------------------------


def test_two_small_us_namesakes_in_an_english_story_do_not_back_each_other() -> None:
    text = (
        "Councillors in Bolton, Oldham and Stockport said patients wait two years at "
        "Greenwood. Voters in Wigan and Brookside, near Bury, were angry."
    )
    places, unresolved = geoparse(text)
    found = by_text(places)
    assert "Greenwood" not in found
    assert "Brookside" not in found
    assert "small namesake" in reasons(unresolved)["Greenwood"]
    assert found["Stockport"].country_code == "GB"


def test_a_town_of_another_state_yields_to_its_namesake_in_the_storys_state() -> None:
    places, _ = geoparse("Crews moved from Ocala and Gainesville to Milton and Cedar Key.")
    found = by_text(places)
    assert found["Milton"].country_code == "US"
    assert found["Milton"].source_id == "gn:4164547"  # Milton, Florida
    assert 29.0 < found["Milton"].lat < 31.5


def test_a_state_capital_keeps_its_sense_in_another_states_story() -> None:
    places, _ = geoparse("Crews moved from Ocala and Gainesville to Trenton and Cedar Key.")
    assert by_text(places)["Trenton"].source_id != "gn:4175637"  # not moved to Trenton, FL


def test_a_state_among_states_is_the_state_not_the_country() -> None:
    text = (
        "Storm Xena lashed Florida's west coast on Tuesday, cutting power to 90,000 homes, "
        "before pushing north into Georgia."
    )
    places, _ = geoparse(text)
    georgia = by_text(places)["Georgia"]
    assert georgia.kind == "admin1"
    assert georgia.country_code == "US"


# --- 2. a province's possessive places the name inside it ---------------------------------------


def test_a_region_outside_the_province_of_the_possessive_is_dropped() -> None:
    text = "TALLAHASSEE, Fla. (AP) - The storm made landfall in Florida's Big Bend early Friday."
    places, unresolved = geoparse(text)
    assert "Big Bend" not in by_text(places)
    assert "lies outside Florida" in reasons(unresolved)["Big Bend"]


# --- 3. names the text calls counties ----------------------------------------------------------


def test_names_a_plural_calls_counties_are_no_towns() -> None:
    text = (
        "Evacuations were ordered for Marion, Sumter and Lake counties, Florida officials "
        "said, as the storm neared Ocala, Gainesville and Tampa."
    )
    places, unresolved = geoparse(text)
    found = by_text(places)
    for name in ("Marion", "Sumter", "Lake"):
        if name in found:  # the county itself, where the gazetteer holds it
            assert (found[name].kind, found[name].country_code) == ("admin2", "US")
            assert 27.0 < found[name].lat < 31.5
        else:  # reported, not put on a town or on a unit abroad
            assert name in reasons(unresolved)


def test_a_county_is_not_a_province_abroad() -> None:
    text = (
        "Fires burned in Santa Cruz County, California officials said, as crews from "
        "San Jose, Fresno and Salinas arrived."
    )
    places, unresolved = geoparse(text)
    county = by_text(places).get("Santa Cruz County")
    if county is None:
        assert "county" in reasons(unresolved)["Santa Cruz County"]
    else:
        assert (county.kind, county.country_code) == ("admin2", "US")
    assert by_text(places)["Fresno"].country_code == "US"


# --- 4. party names ----------------------------------------------------------------------------


def test_country_names_inside_party_names_are_no_places() -> None:
    text = (
        "Dana Marsh, standing for the Green Party of Canada, came second in Toronto. "
        "The Reform UK candidate was third in Leeds."
    )
    places, _ = geoparse(text)
    found = by_text(places)
    assert "Canada" not in found
    assert "UK" not in found
    assert found["Leeds"].country_code == "GB"


def test_a_country_after_a_party_in_a_list_is_still_a_place() -> None:
    places, _ = geoparse("The Labour Party said aid would reach Canada and Mexico on Monday.")
    assert by_text(places)["Canada"].kind == "country"


# --- 5. a person listed after "in <town>" ------------------------------------------------------


def test_a_person_paired_with_a_town_is_not_a_listed_place() -> None:
    from claimmap.gazetteer import default_gazetteer
    from claimmap.nlp import load_nlp
    from claimmap.places_lists import unknown_list_item

    doc = load_nlp()(
        "Associated Press writers Dana Kowal in Denver and Tomas Brillo in Boston "
        "contributed to this report."
    )
    start = next(t.i for t in doc if t.text == "Tomas")
    assert unknown_list_item(doc[start : start + 2], default_gazetteer()) == ""


# --- 5b. "the capital" after a country -----------------------------------------------------------


def test_the_capital_after_one_country_is_its_capital() -> None:
    text = "Fighting resumed in Sudan on Friday. Residents of the capital said shells hit homes."
    places, _ = geoparse(text)
    capital = by_text(places)["the capital"]
    assert capital.country_code == "SD"
    assert capital.kind == "city"


def test_the_capital_after_two_countries_is_left_alone() -> None:
    text = "Fighting resumed in Sudan and Chad on Friday. Residents of the capital fled."
    places, _ = geoparse(text)
    assert "the capital" not in by_text(places)
