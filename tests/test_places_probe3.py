"""The geoparser on wire-style paragraphs like those of a third probe on unseen articles:
namesakes far from the story (a bare river name, a river the gazetteer lacks, a region
outside the country that owns it, a county abroad, a facility's namesake), the sense of a
name qualified two ways, cities where people stand, names the gazetteer spells otherwise,
and names that were silently dropped."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.model import Place, Unresolved
from claimmap.places_spelling import spelling_variants


def unresolved_named(unresolved: list[Unresolved], text: str) -> Unresolved:
    hits = [u for u in unresolved if u.mention.text == text]
    assert hits, f"{text!r} not unresolved: {[u.mention.text for u in unresolved]}"
    return hits[0]


def names(places: list[Place]) -> set[str]:
    return {p.name for p in places}


# --- rivers ----------------------------------------------------------------------------------


def test_a_river_named_bare_is_not_put_on_the_map() -> None:
    places, unresolved = geoparse(
        "Residents of Bunia and Kibali told reporters that gunmen had burned several homes."
    )
    assert "Kibali" not in names(places)
    assert "river or lake" in unresolved_named(unresolved, "Kibali").reason


def test_a_river_written_as_one_is_the_river() -> None:
    text = "Boats carried supplies up the Kibali river from Isiro, officials in Congo said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Kibali").kind == "water"


def test_a_river_the_gazetteer_lacks_is_not_the_town_of_its_name() -> None:
    places, unresolved = geoparse(
        "Russian troops pushed toward the Oskil river east of Kharkiv, Ukraine's military said."
    )
    assert "Oskil" not in names(places)
    assert "river or lake" in unresolved_named(unresolved, "Oskil").reason
    assert "Kharkiv" in names(places)


# --- namesakes in countries the article never names ------------------------------------------


def test_a_region_owned_by_a_country_is_inside_it() -> None:
    places, unresolved = geoparse(
        "Soy farmers in Brazil's Midwest say the drought has cut their harvest, officials in "
        "Brasilia said."
    )
    assert {p.country_code for p in places} == {"BR"}
    assert "part of BR" in unresolved_named(unresolved, "Midwest").reason


def test_a_possessive_country_picks_its_own_province() -> None:
    text = "Houthi fighters fired missiles from Yemen's al-Hudayda province toward ships."
    places, _ = geoparse(text)
    province = place_at(places, text, "Hudayda")
    assert (province.country_code, province.kind) == ("YE", "admin1")


def test_a_county_the_gazetteer_lacks_is_not_a_province_abroad() -> None:
    # San Juan County: four states have one and the text puts none of them in a state
    text = "San Juan County officials in Farmington, New Mexico, said the fire was out."
    places, unresolved = geoparse(text)
    assert {p.country_code for p in places} == {"US"}
    assert unresolved_named(unresolved, "San Juan County")
    # Bolivar County: only Mississippi has one, the county itself
    text = "Bolivar County deputies in Cleveland, Mississippi, made two arrests."
    places, _ = geoparse(text)
    assert {p.country_code for p in places} == {"US"}
    assert place_at(places, text, "Bolivar County").kind == "admin2"


def test_a_province_chosen_for_a_name_does_not_name_its_own_country() -> None:
    # the far-namesake check applies to provinces as it does to towns
    places, unresolved = geoparse(
        "Storms battered the West Coast overnight, and officials in Los Angeles and San "
        "Francisco, California, warned of flooding."
    )
    assert {p.country_code for p in places} == {"US"}
    assert "km from the other places" in unresolved_named(unresolved, "West Coast").reason


def test_compass_points_are_not_provinces_abroad() -> None:
    places, _ = geoparse(
        "Agents said the cartel moves most of its cargo into the Southwest through Arizona."
    )
    assert {p.country_code for p in places} == {"US"}


def test_a_compass_named_province_is_kept() -> None:
    text = "Platinum mines in the North West and Limpopo provinces employ thousands of people."
    places, _ = geoparse(text)
    assert place_at(places, text, "North West").country_code == "ZA"


def test_a_facility_in_a_town_is_not_named_after_a_far_town() -> None:
    places, unresolved = geoparse(
        "Officers at the Morley port of entry in Nogales, Arizona, found 300 pounds of "
        "cocaine, officials in Tucson said."
    )
    assert "Morley" not in names(places)
    assert "a facility in Nogales" in unresolved_named(unresolved, "Morley").reason


def test_a_facility_in_its_province_keeps_its_namesake() -> None:
    text = (
        "Agents at the Santa Teresa port of entry in New Mexico seized methamphetamine, "
        "officials in El Paso said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Santa Teresa").country_code == "US"


# --- senses, cities where people stand, wide areas ------------------------------------------


def test_an_unqualified_name_takes_the_sense_the_article_is_about() -> None:
    text = (
        "Flooding closed roads in Paris on Monday, and Texas officials warned of more rain.\n\n"
        "A church group from Paris, France, was stranded at a hotel in Dallas.\n\n"
        "Texas officials said Paris schools would stay shut on Tuesday.\n\n"
        "Paris, Texas, has about 25,000 residents."
    )
    places, _ = geoparse(text)
    assert [place_at(places, text, "Paris", i).country_code for i in range(4)] == [
        "US",
        "FR",
        "US",
        "US",
    ]


def test_officials_in_a_capital_are_in_the_city_not_the_state() -> None:
    text = (
        "Arizona lawmakers want more border agents, but officials in Washington say the money "
        "is not there. Farmers in Yuma and Seattle agreed."
    )
    places, _ = geoparse(text)
    washington = place_at(places, text, "Washington")
    assert (washington.kind, round(washington.lon)) == ("city", -77)


def test_a_spokesperson_in_new_york_is_in_the_city() -> None:
    text = "The truce was holding, a UN spokeswoman in New York said, as fighting eased."
    places, _ = geoparse(text)
    assert place_at(places, text, "New York").kind == "city"


def test_officials_in_a_country_stay_in_the_country() -> None:
    text = "Officials in Mexico said the shipment was seized in Sinaloa."
    places, _ = geoparse(text)
    assert place_at(places, text, "Mexico").kind == "country"


def test_a_jungle_is_a_province_not_a_town() -> None:
    text = "Thousands of migrants crossed the Petén jungle on their way north, officials said."
    places, _ = geoparse(text)
    assert (place_at(places, text, "Petén").kind, place_at(places, text, "Petén").country_code) == (
        "admin1",
        "GT",
    )


def test_a_directional_part_of_a_province_keeps_its_direction_in_the_evidence() -> None:
    text = "Thousands fled from western Amhara into Sudan, the UN said."
    places, _ = geoparse(text)
    amhara = place_at(places, text, "Amhara")
    assert amhara.kind == "admin1"
    assert any("western part of Amhara" in e for e in amhara.evidence)


def test_a_capitalised_article_belongs_to_the_name() -> None:
    text = "THE HAGUE, Netherlands (Reuters) - Judges ordered the release of two suspects."
    places, _ = geoparse(text)
    assert place_at(places, text, "THE HAGUE").mentions[0].text == "THE HAGUE"


# --- names that were silently dropped --------------------------------------------------------


def test_unknown_border_posts_and_districts_are_reported() -> None:
    _, unresolved = geoparse(
        "Trucks crossed into Pakistan through the Ghulam Khan border post, officials said."
    )
    assert unresolved_named(unresolved, "Ghulam Khan")
    places, unresolved = geoparse(
        "Hundreds of families fled the Zarkand district in recent weeks, local officials in "
        "Afghanistan said."
    )
    assert {p.country_code for p in places} == {"AF"}  # not Zarand, Iran, by spelling
    assert unresolved_named(unresolved, "Zarkand")


def test_a_hamlet_in_the_province_named_after_it() -> None:
    text = "Refugees walked to Spin Boldak in Kandahar province after crossing from Pakistan."
    places, _ = geoparse(text)
    assert place_at(places, text, "Spin Boldak").country_code == "AF"


def test_a_checkpoint_is_named_after_a_village_nearby() -> None:
    text = (
        "Thousands of refugees left Azerbaijan for Armenia through the Lachin corridor, and "
        "guards at the Lachin checkpoint detained a former official."
    )
    places, _ = geoparse(text)
    lachin = place_at(places, text, "Lachin")
    assert (lachin.country_code, len(lachin.mentions)) == ("AZ", 2)


def test_arabic_names_are_looked_up_in_their_other_spellings() -> None:
    assert spelling_variants("al-Mahra") == ["al-Mahrah"]
    assert spelling_variants("al-Hudaydah") == ["al-Hudayda"]
    assert spelling_variants("Mahra") == []
