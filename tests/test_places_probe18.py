"""Place defects a probe of unseen articles found (round 18): an article with several scenes
(a town in a second named country, a county near the article's towns of its country),
names that are no places of the story (a ship's flag, the outlet's own name), a sea named as
the side of a waterway, a province spelt with "k" for the Arabic "q", a name after "the
direction of", the two ends of "between X and Y", and "the X front" as the province."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.documents import from_text


def _names(places: list) -> set[str]:
    return {p.name for p in places}


def test_a_town_of_a_second_named_country_is_a_scene_not_a_namesake() -> None:
    text = (
        "Police in Rotterdam, Antwerp, Ghent and Breda seized two tonnes of cocaine on Tuesday. "
        "The containers had been loaded in Ecuador, and the ship called at Posorja before "
        "crossing the Atlantic, prosecutors said."
    )
    places, unresolved = geoparse(text)
    town = place_at(places, text, "Posorja")
    assert (town.name, town.country_code, town.kind) == ("Posorja", "EC", "city")
    assert not [u for u in unresolved if u.mention.text == "Posorja"]


def test_a_county_near_the_articles_towns_of_its_country_is_kept() -> None:
    text = (
        "Gangs in Cap-Haïtien, Gonaïves, Jacmel and Port-au-Prince are armed with rifles "
        "bought in Houston, Texas, police said. Federal agents opened an inquiry into straw "
        "purchases in Fort Bend County last month."
    )
    places, _ = geoparse(text)
    county = place_at(places, text, "Fort Bend County")
    assert (county.kind, county.country_code) == ("admin2", "US")


def test_a_ships_flag_is_no_place_of_the_story() -> None:
    text = "A Malta-flagged tanker and a Liberian-flagged bulk carrier collided off Singapore."
    places, _ = geoparse(text)
    assert "Singapore" in _names(places)
    assert not {p.country_code for p in places if p.kind == "country"} & {"MT", "LR"}


def test_a_place_inside_the_outlets_own_name_is_no_place() -> None:
    text = (
        "Floods cut roads in western Ukraine\n"
        "Kharkiv Observer, 2025-03-02\n"
        "UZHHOROD, Ukraine — Rivers burst their banks near Uzhhorod on Sunday, officials said."
    )
    assert from_text(text).outlet == "Kharkiv Observer"
    places, _ = geoparse(text)
    assert "Uzhhorod" in _names(places)
    assert not [p for p in places if any(m.start == text.index("Kharkiv") for m in p.mentions)]


def test_the_side_of_a_waterway_is_the_sea() -> None:
    text = (
        "Two tankers waited on the Pacific side of the Strait of Magellan, Chilean officials said."
    )
    places, _ = geoparse(text)
    sea = place_at(places, text, "Pacific")
    assert (sea.name, sea.kind) == ("Pacific Ocean", "water")


def test_a_province_spelt_with_k_for_q_is_found() -> None:
    text = "Protests spread across Kalyubia province on Friday, Egyptian officials said."
    places, _ = geoparse(text)
    province = place_at(places, text, "Kalyubia")
    assert (province.name, province.kind, province.country_code) == ("Qalyubia", "admin1", "EG")


def test_a_name_after_the_direction_of_is_a_place() -> None:
    text = "Trucks were seen arriving from the direction of Yabroud on Sunday, residents said."
    places, _ = geoparse(text)
    town = place_at(places, text, "Yabroud")
    assert town.country_code == "SY"


def test_the_far_end_of_a_between_phrase_is_a_namesake() -> None:
    text = (
        "A drone struck a car on the road between Nabatieh and the village of Taybeh on "
        "Tuesday, Lebanese media reported."
    )
    places, unresolved = geoparse(text)
    assert place_at(places, text, "Nabatieh").country_code == "LB"
    assert "JO" not in {p.country_code for p in places}
    (why,) = [u.reason for u in unresolved if u.mention.text == "Taybeh"]
    assert "ends of one stretch" in why


def test_the_front_of_a_named_province_is_the_province() -> None:
    text = (
        "Ukrainian troops pulled back from parts of the Kharkiv region on Monday. Commanders on "
        "the Kharkiv front said supplies were short. A missile hit Kharkiv overnight."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Kharkiv", nth=1).kind == "admin1"
    assert place_at(places, text, "Kharkiv", nth=2).kind == "city"


def test_a_bare_letter_and_number_code_is_no_road() -> None:
    text = (
        "M23 rebels blocked the road to Bukavu in South Kivu on Friday, and traffic stopped. "
        "Lorries queued on the N2 road near Bukavu, and traffic was diverted via the N5, N3 "
        "and N1 near Bukavu."
    )
    places, _ = geoparse(text)
    assert "M23" not in _names(places)
    assert place_at(places, text, "N2").kind == "facility"
    assert place_at(places, text, "N1").kind == "facility"


def test_a_word_of_a_longer_name_takes_no_look_alike_town() -> None:
    text = (
        "Patrol boats crossed the Gulf of Gonave on Monday. A police commander in Gonave "
        "said 40 people were aboard."
    )
    places, unresolved = geoparse(text)
    assert "IR" not in {p.country_code for p in places}
    reasons = [u.reason for u in unresolved if u.mention.text == "Gonave"]
    assert reasons == ["no gazetteer entry for 'Gonave', only for 'Gulf of Gonave'"]
