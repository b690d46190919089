"""Resolution defects of the sixteenth probe: a far namesake licensed by a claimant's seat
or by nothing but its size, a town listed with towns of one country taken abroad, a big
namesake of a world city winning on a country named in passing, and "the states of X, Y
and Z" read as towns.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Place


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def unresolved_names(text: str) -> dict[str, str]:
    return {u.mention.text: u.reason for u in geoparse(text)[1]}


# --- a far namesake on the way of the story's events -------------------------------------------


def test_a_far_namesake_at_the_end_of_a_trip_stays_unresolved() -> None:
    text = (
        "Soldiers drove from Lichinga to Cuamba and then on to Palma, the army said. "
        "A spokesman for the operator in Rome said work had stopped."
    )
    places = by_text(geoparse(text)[0])
    assert "Palma" not in places
    assert places["Rome"].country_code == "IT"  # where a claimant spoke is kept
    assert "does not name" in unresolved_names(text)["Palma"]


def test_a_far_namesake_is_unresolved_without_a_seat_too() -> None:
    text = "Troops were flown from Kigali to Pemba and then driven to Palma, officials said."
    assert "Palma" in unresolved_names(text)


def test_a_city_where_a_claimant_spoke_is_kept_however_far() -> None:
    text = "A researcher in Leeds said the troops had been flown from Kigali to Pemba."
    assert by_text(geoparse(text)[0])["Leeds"].country_code == "GB"


def test_a_city_named_in_a_sentence_of_its_own_is_kept() -> None:
    text = "Troops were flown from Kigali to Pemba, officials said. The firm is based in Leeds."
    assert by_text(geoparse(text)[0])["Leeds"].country_code == "GB"


def test_a_town_listed_with_towns_of_one_country_is_not_taken_abroad() -> None:
    text = (
        "Insurgents fled Mueda, Macomia and Palma last week, Mozambican officials said. "
        "The operator later moved its engineers to Marseille."
    )
    places = by_text(geoparse(text)[0])
    assert "Palma" not in places
    assert places["Marseille"].country_code == "FR"
    assert "towns of one country" in unresolved_names(text)["Palma"]


# --- a world city keeps its sense against a big namesake ---------------------------------------


def test_a_country_named_in_passing_does_not_move_a_world_city() -> None:
    text = (
        "Canada will send two frigates to the region, a Canadian official said. The plan "
        "was sensible, said a professor at a think tank in London."
    )
    assert by_text(geoparse(text)[0])["London"].country_code == "GB"


def test_a_world_city_yields_to_a_namesake_whose_province_is_named() -> None:
    text = (
        "Police in Ontario said a woman was hurt in London on Friday; officers from Toronto helped."
    )
    assert by_text(geoparse(text)[0])["London"].country_code == "CA"


def test_a_world_city_is_kept_in_a_story_about_the_namesakes_country() -> None:
    text = (
        "Colombian police said the shipment was seized at sea. A lawyer for the crew in "
        "Madrid said they were innocent."
    )
    assert by_text(geoparse(text)[0])["Madrid"].country_code == "ES"


# --- "the states of X, Y and Z" ----------------------------------------------------------------


def test_each_name_after_a_plural_unit_noun_is_a_unit() -> None:
    text = "Agents served warrants in the states of Minas Gerais, Bahia and Rio de Janeiro."
    place = by_text(geoparse(text)[0])["Rio de Janeiro"]
    assert (place.kind, place.country_code) == ("admin1", "BR")


def test_a_dateline_city_and_the_state_of_its_name_are_two_places() -> None:
    text = (
        "RIO DE JANEIRO, May 3 (Reuters) - Agents served warrants in the states of "
        "Minas Gerais, Bahia and Rio de Janeiro, the ministry said."
    )
    places = by_text(geoparse(text)[0])
    assert places["RIO DE JANEIRO"].kind == "city"
    assert places["Rio de Janeiro"].kind == "admin1"


def test_a_country_after_a_plural_unit_noun_is_the_holder() -> None:
    places = by_text(geoparse("Officials toured the provinces of Canada and Australia.")[0])
    assert places["Canada"].kind == "country"
    assert places["Australia"].kind == "country"


def test_a_lone_name_after_a_plural_unit_noun_is_no_unit() -> None:
    text = "Rains flooded the cities of Mexico, the government said."
    assert by_text(geoparse(text)[0])["Mexico"].kind == "country"


def test_a_list_opening_the_sentence_after_a_plural_unit_noun_names_units() -> None:
    text = (
        "Floods have hit the country's western counties. In Busia and Bungoma, farmers "
        "lost their crops."
    )
    places = by_text(geoparse(text)[0])
    assert (places["Busia"].kind, places["Bungoma"].kind) == ("admin1", "admin1")


def test_a_list_opening_the_sentence_after_plural_towns_names_towns() -> None:
    text = "Floods have hit several western towns. In Busia and Bungoma, farmers lost crops."
    places = by_text(geoparse(text)[0])
    assert (places["Busia"].kind, places["Bungoma"].kind) == ("city", "city")
