"""Place defects of the fifteenth probe: a hamlet or a small town beating a world city on
nearness alone, the main settlement of a far island territory dropped as a stray, a far
island region over a town beside the story, a river's name taken for a town, people and
outlets read as places, hyphenated twin towns and compass names, names before area nouns,
unknown names after "in" vanishing, and "the capital" after a country's towns.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Place


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def unresolved_names(text: str) -> dict[str, str]:
    return {u.mention.text: u.reason for u in geoparse(text)[1]}


# --- a world city needs strong evidence to lose ----------------------------------------------


def test_a_hamlet_near_the_story_does_not_beat_a_world_city() -> None:
    text = "Workers from Bihar and Uttar Pradesh said they flew from Lucknow to Dubai in May."
    assert by_text(geoparse(text)[0])["Dubai"].country_code == "AE"


def test_a_town_near_a_city_of_the_story_does_not_beat_a_capital() -> None:
    text = (
        "Officials in Albany and New York declined to comment. The envoy, speaking in Rome "
        "on Friday, said talks would resume."
    )
    assert by_text(geoparse(text)[0])["Rome"].country_code == "IT"


# --- the main settlement of a far territory is a real place ---------------------------------


def test_the_main_place_of_a_far_island_territory_is_kept() -> None:
    text = (
        "Fishing boats left Kochi, Kollam and Thiruvananthapuram last month. One of them "
        "broke down near Diego Garcia, the atoll, and its crew was rescued."
    )
    place = by_text(geoparse(text)[0])["Diego Garcia"]
    assert place.country_code == "IO"


# --- a far island region yields to a known town of its name ----------------------------------


def test_a_far_island_region_yields_to_a_town_beside_the_story() -> None:
    text = "The chief spoke by phone from Boa Vista, saying the miners had moved to Venezuela."
    place = by_text(geoparse(text)[0])["Boa Vista"]
    assert (place.kind, place.country_code) == ("city", "BR")


# --- a river word selects water or nothing ------------------------------------------------------


def test_a_name_called_a_river_once_is_no_town() -> None:
    text = "Rains swelled the Kamala river overnight. Farmers in the Kamala basin lost crops."
    places, misses = geoparse(text)
    assert "Kamala" not in by_text(places)
    assert "river or lake" in {u.mention.text: u.reason for u in misses}["Kamala"]


# --- people and outlets are no places ------------------------------------------------------


def test_a_reporter_listed_with_another_is_no_town() -> None:
    text = (
        "Exports rose, customs data showed.\n\n"
        "(Reporting by Marc Dubois in Paris and Liu Yang in Beijing; Editing by Ann Roe)"
    )
    places = by_text(geoparse(text)[0])
    assert "Liu Yang" not in places
    assert places["Beijing"].country_code == "CN"


def test_a_name_before_news_agency_is_an_outlet() -> None:
    text = (
        "The semi-official Mehr news agency said drones struck near Isfahan, and officials "
        "in Tehran confirmed it."
    )
    places = by_text(geoparse(text)[0])
    assert "Mehr" not in places
    assert places["Isfahan"].country_code == "IR"


# --- hyphenated names -----------------------------------------------------------------------


def test_hyphen_joined_twin_towns_each_resolve() -> None:
    text = "Traders said the border post at Gisenyi-Goma reopened on Monday."
    places = by_text(geoparse(text)[0])
    assert places["Gisenyi"].country_code == "RW"
    assert places["Goma"].country_code == "CD"


def test_a_second_hyphenated_compass_region_is_found_whole() -> None:
    text = (
        "Rebels called a strike across the North-West and South-West regions of Cameroon, "
        "and troops were sent to Bamenda and Buea."
    )
    places = by_text(geoparse(text)[0])
    assert places["South-West"].source_id == "admin1:CM.09"
    assert "West" not in places


# --- names before area nouns, unknown names after "in" ------------------------------------


def test_a_name_before_area_is_a_place() -> None:
    text = "The outbreak has since spread to the Bunia area in Ituri, health officials said."
    assert by_text(geoparse(text)[0])["Bunia"].country_code == "CD"


def test_coordinated_names_before_transit_areas_are_places() -> None:
    text = "Police said 200 people were held in the Roszke and Tompa transit areas on Friday."
    places = by_text(geoparse(text)[0])
    assert places["Tompa"].country_code == "HU"
    assert places["Roszke"].country_code == "HU"


# --- the capital after towns of one country ---------------------------------------------------


def test_the_capital_after_towns_of_one_country_is_its_capital() -> None:
    text = "The convoy left Zinder and drove through Maradi and Dosso to the capital, drivers said."
    assert by_text(geoparse(text)[0])["the capital"].name == "Niamey"
