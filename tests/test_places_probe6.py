"""The geoparser on paragraphs like those of the sixth probe: names with an abbreviated
word ("Fort St. John", "Sault Ste. Marie"), small towns the model tags as people, airports
named after a person rather than a town, and counties the gazetteer does not hold."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.model import Unresolved
from claimmap.nlp import load_nlp


def unresolved_texts(misses: list[Unresolved]) -> list[str]:
    return [u.mention.text for u in misses]


# --- abbreviations inside names -------------------------------------------------------------


def test_an_abbreviation_inside_a_name_ends_no_sentence() -> None:
    doc = load_nlp()("Crews drove from Sault Ste. Marie to Ft. Worth overnight.")
    assert len(list(doc.sents)) == 1
    assert "Sault Ste. Marie" in [e.text for e in doc.ents]


def test_a_name_with_saint_abbreviated_is_the_whole_name() -> None:
    text = "Families who had stayed in Fort St. John were later bused to Dawson Creek, police said."
    places, _ = geoparse(text)
    town = place_at(places, text, "Fort St. John")
    assert (town.name, town.country_code) == ("Fort St. John", "CA")
    assert not any(m.text == "Fort" for p in places for m in p.mentions)


def test_a_possessive_that_ends_a_known_name_is_part_of_it() -> None:
    text = "The ferry sailed from Halifax to St. John's on Tuesday."
    places, _ = geoparse(text)
    city = place_at(places, text, "St. John's")
    assert (city.country_code, city.lat > 47) == ("CA", True)


# --- towns the model tags as people ---------------------------------------------------------


def test_a_town_tagged_a_person_near_the_sentences_other_place() -> None:
    text = "Nearly 200 residents of Fort Nelson were flown to Prince George on Sunday."
    places, _ = geoparse(text)
    town = place_at(places, text, "Prince George")
    assert (town.name, town.country_code) == ("Prince George", "CA")


def test_a_small_town_tagged_a_person_beside_a_city() -> None:
    text = "Drivers were told to head to Lac La Biche, or else to Edmonton, the agency said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Lac La Biche").country_code == "CA"


# --- airports named after people --------------------------------------------------------------


def test_an_airport_named_after_a_person_is_no_village_of_that_name() -> None:
    text = (
        "Footage showed a jet at Jorge Chávez International Airport and a second one in "
        "Arequipa, Peru."
    )
    places, _ = geoparse(text)  # the airport is listed: no village of that name
    airport = place_at(places, text, "Jorge Chávez International Airport")
    assert (airport.source_id, airport.kind) == ("airport:LIM", "facility")
    assert {p.name for p in places} >= {"Arequipa", "Peru"}


def test_an_airport_whose_name_only_begins_with_a_small_town() -> None:
    text = "Cargo planes landed at Viru Viru International Airport outside Santa Cruz, Bolivia."
    places, _ = geoparse(text)  # the airport is listed: not the small town Viru in Peru
    assert place_at(places, text, "Viru Viru International Airport").source_id == "airport:VVI"
    assert all(p.country_code != "PE" for p in places)


def test_the_text_places_an_airport_named_after_a_person() -> None:
    text = "Passengers were stuck at Lima's Jorge Chávez International Airport for hours."
    places, _ = geoparse(text)
    airport = place_at(places, text, "Jorge Chávez International Airport")  # listed
    assert (airport.source_id, airport.country_code) == ("airport:LIM", "PE")


# --- counties -------------------------------------------------------------------------------


def test_a_county_named_like_its_seat_is_reported_not_the_city() -> None:
    text = "Deputies in Los Angeles County and Pueblo County, Colorado, said they had no record."
    places, _ = geoparse(text)
    assert place_at(places, text, "Los Angeles County").kind == "admin2"  # the unit itself
    pueblo = place_at(places, text, "Pueblo County")
    assert (pueblo.kind, pueblo.source_id) == ("admin2", "admin2:US.CO.101")
    assert place_at(places, text, "Colorado").kind == "admin1"
    assert all(p.kind != "city" for p in places)


def test_a_county_the_gazetteer_holds_as_a_province_is_placed() -> None:
    text = "Flooding cut the main road across Kisumu County, Kenya, on Monday."
    places, _ = geoparse(text)
    county = place_at(places, text, "Kisumu County")
    assert (county.kind, county.country_code) == ("admin1", "KE")
