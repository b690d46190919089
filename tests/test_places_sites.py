"""Streets, squares, roads and buildings the gazetteer lacks are placed at the place the
text puts them in, as places of their own; with no container written they stay unresolved."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import geoparse, place_at

from claimmap import analyze, from_text, maps
from claimmap.places_site_containers import PROVINCE_CONFIDENCE, TOWN_CONFIDENCE
from claimmap.places_sites import site_name


@pytest.mark.parametrize(
    ("words", "sort"),
    [
        ("Rustaveli Avenue", "street"),
        ("the Crossroads Correctional Center", "facility"),
        ("St. Mary Hospital", "facility"),
        ("A417", "road"),
        ("I-95", "road"),
        ("Bank of America", ""),
        ("Washington Post", ""),
        ("Carter Center", ""),
        ("Avenue", ""),
    ],
)
def test_a_site_is_told_by_its_head_noun(words: str, sort: str) -> None:
    assert site_name(words) == sort


@pytest.mark.parametrize(
    ("passage", "site", "town"),
    [
        ("Protesters gathered on Rustaveli Avenue in Tbilisi on Sunday.", "Rustaveli Avenue",
         "Tbilisi"),
        ("The wounded were taken to St. Mary Hospital in Lagos.", "St. Mary Hospital", "Lagos"),
        ("He is held at the Crossroads Correctional Center in Shelby, Montana.",
         "Crossroads Correctional Center", "Shelby"),
        ("He was moved to Tehran's Evin Prison last week.", "Evin Prison", "Tehran"),
        ("Shots were fired on Collins Avenue in Miami Beach after midnight.", "Collins Avenue",
         "Miami Beach"),
        ("Students protested at Makerere University in Kampala.", "Makerere University", "Kampala"),
        ("Police searched homes on Kerbela Street on the outskirts of Mosul.", "Kerbela Street",
         "Mosul"),
        ("Traffic on the M4 near Swindon was halted after a lorry overturned.", "M4", "Swindon"),
    ],
)  # fmt: skip
def test_a_site_is_placed_at_its_written_container(passage: str, site: str, town: str) -> None:
    places, unresolved = geoparse(passage)
    container = place_at(places, passage, town)
    placed = place_at(places, passage, site)
    assert (placed.name, placed.kind) == (site, "facility")
    assert placed.id == f"site:{container.id}:{site.lower().replace(' ', '-').replace('.', '')}"
    assert (placed.lat, placed.lon, placed.country_code) == (
        container.lat,
        container.lon,
        container.country_code,
    )
    assert [m.text for m in placed.mentions] == [site]
    assert placed.confidence == min(TOWN_CONFIDENCE, container.confidence)
    assert f"placed at its container {container.name}" in placed.evidence[0]
    assert container.kind == "city" and all(m.text == town for m in container.mentions)
    assert not any(site in u.mention.text for u in unresolved)


def test_a_site_past_an_unknown_village_is_placed_in_its_province() -> None:
    text = "Thieves struck a farm on Birchwood Road in Pollett Crossing, N.S., early Tuesday."
    places, _ = geoparse(text)
    road = place_at(places, text, "Birchwood Road")
    assert road.id == "site:admin1:CA.07:birchwood-road"
    assert road.confidence <= PROVINCE_CONFIDENCE
    assert any("Pollett Crossing, N.S." in why for why in road.evidence)


def test_a_building_written_with_only_its_state_stays_unresolved() -> None:
    text = "Two patients were treated at Lakeview Memorial Hospital in Nebraska last week."
    places, unresolved = geoparse(text)
    assert [p.name for p in places] == ["Nebraska"]
    (miss,) = unresolved
    assert miss.mention.text == "Lakeview Memorial Hospital"
    assert "written only with Nebraska (admin1)" in miss.reason


def test_a_hotel_named_after_its_town_is_placed_there() -> None:
    text = "Gunmen stormed the Kabul Serena Hotel on Thursday, officials in Kabul said."
    places, _ = geoparse(text)
    kabul = place_at(places, text, "Kabul", nth=1)
    hotel = place_at(places, text, "Kabul Serena Hotel")
    assert hotel.id == f"site:{kabul.id}:kabul-serena-hotel"
    assert "'Kabul Serena Hotel' is named after Kabul" in hotel.evidence


def test_a_country_opening_a_hospitals_name_stays_a_country() -> None:
    text = "Samples went to Kenya National Hospital, doctors said."
    places, _ = geoparse(text)
    assert [(p.name, p.kind) for p in places] == [("Kenya", "country")]


def test_every_mention_of_a_placed_site_joins_it() -> None:
    text = (
        "Crowds filled Rustaveli Avenue in Tbilisi on Sunday. By night, riot police had "
        "cleared Rustaveli Avenue of protesters."
    )
    places, unresolved = geoparse(text)
    avenue = place_at(places, text, "Rustaveli Avenue", nth=1)
    assert [m.start for m in avenue.mentions] == [14, text.rindex("Rustaveli Avenue")]
    assert not unresolved


def test_roads_of_a_sentence_naming_one_town_are_placed_there() -> None:
    text = "A diversion will run via the A38 and A46 into Tewkesbury while the road is closed."
    places, _ = geoparse(text)
    town = place_at(places, text, "Tewkesbury")
    assert {place_at(places, text, code).id for code in ("A38", "A46")} == {
        f"site:{town.id}:a38",
        f"site:{town.id}:a46",
    }


@pytest.mark.parametrize(
    "passage",
    [
        "A reporter for the Washington Post said Bank of America would shut its branch in Ohio.",
        "Gen. Robert Street said the troops would stay in Kabul until spring.",
        "Makerere University said fees would rise, a spokesman in Kampala added.",
        "A professor at Makerere University in Kampala said the outbreak was contained.",
        "The A380 landed in Dubai after a long delay.",
    ],
)
def test_names_that_are_no_sites_stay_out(passage: str) -> None:
    places, unresolved = geoparse(passage)
    assert not [p.name for p in places if p.kind == "facility"]
    assert not [u.mention.text for u in unresolved if site_name(u.mention.text)]


def test_a_street_without_a_container_stays_unresolved_with_its_reason() -> None:
    places, unresolved = geoparse("Police blocked Main Street on Tuesday after the march.")
    assert not [p for p in places if p.kind == "facility"]
    (miss,) = unresolved
    assert miss.mention.text == "Main Street"
    assert "no town or province written with it" in miss.reason


def test_a_site_is_not_placed_at_a_square_it_meets() -> None:
    text = "Mourners walked down Esplanade Street at Liberty Square in the evening."
    places, unresolved = geoparse(text)
    assert not [p for p in places if p.name == "Esplanade Street"]
    assert any(u.mention.text == "Esplanade Street" for u in unresolved)


def test_a_route_can_end_at_a_site_and_the_map_draws_it() -> None:
    text = "Protesters marched from Freedom Square to Rustaveli Avenue in Tbilisi on Sunday."
    result = analyze(from_text(text, doc_id="march"))
    by_name = {p.name: p for p in result.places}
    square, avenue = by_name["Freedom Square"], by_name["Rustaveli Avenue"]
    assert square.id == f"site:{by_name['Tbilisi'].id}:freedom-square"
    assert any("the only place it names" in why for why in square.evidence)
    legs = [(leg.from_place, leg.to_place) for route in result.routes for leg in route.legs]
    assert (square.id, avenue.id) in legs
    html = maps.places_map(result).get_root().render()
    assert "Freedom Square" in html and "Rustaveli Avenue" in html


def test_the_places_table_lists_a_site_at_its_containers_point() -> None:
    from claimmap.places import places

    frame = places(from_text("Shots rang out on Rustaveli Avenue in Tbilisi.", doc_id="t"))
    rows = frame.set_index("text")
    avenue, city = rows.loc["Rustaveli Avenue"], rows.loc["Tbilisi"]
    assert avenue["place_id"] == f"site:{city['place_id']}:rustaveli-avenue"
    assert (avenue["kind"], avenue["geometry"]) == ("facility", city["geometry"])
    assert avenue["geonameid"] is pd.NA
