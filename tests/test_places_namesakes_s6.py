"""Namesakes of countries, provinces and their big cities: a country listed with countries is
the country, not a foreign province of its name; a bare name shared by a state and the big
city named for it is the city unless the text cues the state; a town written with a
province and country that holds no entry of its name is left unresolved, not put abroad.
Short news paragraphs written for these tests.
"""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.places_chains import chain_triples


def test_country_listed_with_countries_is_not_a_foreign_province() -> None:
    text = (
        "Nigerian health officials welcomed the news. The agency said measles had been "
        "contained in Morocco and Niger after a long vaccination drive."
    )
    places, _ = geoparse(text)
    niger = place_at(places, text, "Niger", nth=1)  # the first is inside "Nigerian"
    assert (niger.kind, niger.country_code) == ("country", "NE")


def test_province_cue_keeps_the_province() -> None:
    text = "Officials in Kano, Kaduna and Niger states reported new cholera cases on Friday."
    places, _ = geoparse(text)
    niger = place_at(places, text, "Niger")
    assert (niger.kind, niger.country_code) == ("admin1", "NG")


def test_bare_state_name_beside_a_city_is_the_big_city() -> None:
    text = (
        "Two travellers who had flown in from New York and Toronto tested positive, and a "
        "nurse in Wisconsin was isolated, health officials said."
    )
    places, _ = geoparse(text)
    city = place_at(places, text, "New York")
    assert (city.kind, city.country_code) == ("city", "US")
    assert abs(city.lat - 40.71) < 0.2 and abs(city.lon + 74.0) < 0.2


def test_borough_then_state_name_is_the_city() -> None:
    text = "A teacher from Brooklyn, New York, was among those taken to hospital on Tuesday."
    places, _ = geoparse(text)
    assert place_at(places, text, "New York").kind == "city"


def test_far_town_then_state_name_is_the_state() -> None:
    text = "A boy from Buffalo, New York, died of the flu. Maria Lopez said the clinic was full."
    places, _ = geoparse(text)
    state = place_at(places, text, "New York")
    assert (state.kind, state.country_code) == ("admin1", "US")


def test_upstate_cues_the_state() -> None:
    text = "Dairy farmers in upstate New York say the dry summer has cut their herds."
    places, _ = geoparse(text)
    assert place_at(places, text, "New York").kind == "admin1"


def test_states_named_with_the_state_keep_the_state() -> None:
    text = "Cases rose in Texas and Ohio this week. New York has confirmed 31 cases so far."
    places, _ = geoparse(text)
    assert place_at(places, text, "New York").kind == "admin1"


def test_town_qualified_by_a_province_it_is_not_in_is_unresolved() -> None:
    text = "The singer was born in Stroud, Ontario, Canada, and moved to Toronto as a child."
    places, unresolved = geoparse(text)
    assert not [p for p in places if p.name == "Stroud"]
    assert any(u.mention.text == "Stroud" and "Ontario" in u.reason for u in unresolved)
    assert place_at(places, text, "Ontario").kind == "admin1"


def test_a_chain_is_three_names_not_a_longer_list() -> None:
    text = "Rain hit Brazil, Chile, Peru and Bolivia."
    places, _ = geoparse(text)
    assert {p.country_code for p in places} >= {"BR", "CL", "PE", "BO"}
    assert all(p.kind == "country" for p in places)


def test_chain_triples_reads_name_province_country() -> None:
    from claimmap.places_lexicon import Toponym

    text = "born in Xyz, Ontario, Canada, and then"
    tops = [
        Toponym(start=s, end=s + len(w), text=w, name=w)
        for w, s in (("Xyz", 8), ("Ontario", 13), ("Canada", 22))
    ]
    triples = chain_triples(tops, text)
    assert [(a.name, b.name, c.name) for a, b, c in triples] == [("Xyz", "Ontario", "Canada")]
