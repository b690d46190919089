"""Recognition on wire-style sentences like those of a seventeenth probe on unseen articles:
a place name inside an organisation's name vetoes that mention only, a long name with its
acronym or a party named with a demonym is no place, a possessive after a comma makes no
"city, country" pair, products, gangs, offices and groups of people are no towns, and
names written short ("N. Korea", "East and Southeast Asia", "its X exclave", "ten years
after X") are found."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.model import Place


def mentioned(places: list[Place], words: str) -> list[str]:
    """The names of the places holding a mention written ``words``."""
    return [p.name for p in places if any(m.text == words for m in p.mentions)]


# --- an organisation's name vetoes its own mention, not the place elsewhere ------------------


def test_an_outlet_named_after_an_island_keeps_the_island_elsewhere() -> None:
    text = (
        "Aid was flown into Guadeloupe on Monday from Martinique, officials said. The prefect "
        "told local broadcaster Guadeloupe la 1ere that roads were cut."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Guadeloupe").country_code == "GP"
    second = text.index("Guadeloupe la")
    assert not any(m.start == second for p in places for m in p.mentions)


def test_a_name_closing_a_long_name_with_its_acronym_is_no_place() -> None:
    text = (
        "Observers from the Council for Democracy and Cooperation in Africa (CDCA) said the "
        "vote in Ghana was fair."
    )
    places, _ = geoparse(text)
    assert mentioned(places, "Africa") == []
    assert place_at(places, text, "Ghana").country_code == "GH"


def test_a_party_named_with_a_demonym_is_no_mention_of_the_country() -> None:
    text = "Marko Petrovic, a Serbian Progress leader, said the vote in Belgrade was calm."
    places, _ = geoparse(text)
    assert mentioned(places, "Serbian") == []
    assert place_at(places, text, "Belgrade").country_code == "RS"


def test_a_demonym_before_troops_still_names_the_country() -> None:
    text = "Officials said Serbian troops left Belgrade on Monday."
    places, _ = geoparse(text)
    assert place_at(places, text, "Serbian").country_code == "RS"


# --- a possessive after a comma makes no "city, country" pair --------------------------------


def test_a_city_before_a_possessive_country_is_not_written_inside_it() -> None:
    text = (
        "For Beijing, Pakistan's main arms supplier, the deal is welcome, analysts said. "
        "Islamabad is wary of Beijing and Washington, diplomats said."
    )
    places, unresolved = geoparse(text)
    assert place_at(places, text, "Beijing").country_code == "CN"
    assert place_at(places, text, "Beijing", 1).country_code == "CN"
    assert not any(u.mention.text == "Beijing" for u in unresolved)


# --- products, gangs, offices and groups of people are no towns ------------------------------


def test_a_name_before_a_weapon_noun_is_a_product() -> None:
    text = "Ukraine has received Geran missiles from the United States, officials said."
    places, _ = geoparse(text)
    assert mentioned(places, "Geran") == []
    assert place_at(places, text, "Ukraine").country_code == "UA"


def test_a_name_in_a_gang_name_is_no_place() -> None:
    text = (
        "Police said 40 members of the Salvadoran gang Barrio de Chalatenango were arrested "
        "in Honduras."
    )
    places, _ = geoparse(text)
    assert mentioned(places, "Chalatenango") == []
    assert place_at(places, text, "Honduras").country_code == "HN"


def test_an_office_before_a_title_is_no_town() -> None:
    places, _ = geoparse(
        "White House spokesman Tom Reed said on Monday that the talks would resume."
    )
    assert mentioned(places, "White House") == []


def test_the_plural_of_a_body_of_people_is_no_town() -> None:
    text = "The ship carried rice to the Marines guarding the reef, officials in Paris said."
    places, _ = geoparse(text)
    assert mentioned(places, "Marines") == []
    assert place_at(places, text, "Paris").country_code == "FR"


def test_a_plural_looking_town_beside_a_crossing_stays() -> None:
    text = "In Greece, police said thousands gathered at the Feres-Ipsala border crossing."
    places, _ = geoparse(text)
    assert place_at(places, text, "Feres").country_code == "GR"


def test_a_far_city_after_in_is_kept_when_its_neighbour_is_gone() -> None:
    text = (
        "The ship carried rice to the Marines guarding the reef, the Philippine navy said. "
        "A 2016 ruling in The Hague found that China's claim had no basis."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "The Hague").country_code == "NL"


# --- names written short ---------------------------------------------------------------------


def test_an_elided_head_of_a_coordinated_region_is_found() -> None:
    text = "Officials from West and Central Africa met in Dakar on Monday."
    places, _ = geoparse(text)
    west = place_at(places, text, "West")
    assert (west.kind, west.name) == ("region", "Western Africa")
    assert place_at(places, text, "Central Africa").kind == "region"


def test_compass_initials_are_written_out() -> None:
    text = (
        "Talks between S. Sudan and Kenya resumed in Nairobi. Officials in N. Ireland and "
        "Wales said the ferries would sail."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "S. Sudan").country_code == "SS"
    assert place_at(places, text, "N. Ireland").name == "Northern Ireland"


def test_a_place_named_for_its_event_after_a_span_of_time_is_found() -> None:
    text = "Five years after Dapchi, parents in northern Nigeria are still waiting, the group said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Dapchi").country_code == "NG"


def test_a_name_before_exclave_is_a_place() -> None:
    text = (
        "Iran opposes a corridor through Syunik linking mainland Azerbaijan to its Nakhchivan "
        "exclave, diplomats said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Nakhchivan").country_code == "AZ"


def test_a_unit_named_with_its_title_is_placed_at_its_seat() -> None:
    text = (
        "Gunmen raided a village in Kebbi's Argungu Local Government Area on Sunday, police in "
        "Nigeria said. Officials in Afghanistan said a bus was hit in Ghor's Chaghcharan District."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Argungu").country_code == "NG"
    assert place_at(places, text, "Chaghcharan").country_code == "AF"
