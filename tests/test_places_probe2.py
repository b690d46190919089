"""The geoparser on wire-style sentences like those of a second probe on unseen articles:
wrong countries and invented places (an alias merged into another named place, a people's
adjective, far namesakes, an organisation's acronym, an ocean read as a town), well-known
places that were missed (datelines, towns across a border, names NER joins or calls people),
and the kind of a name ("the X region", a seat and its province)."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.model import Place, Unresolved


def unresolved_at(misses: list[Unresolved], text: str, words: str) -> Unresolved:
    start = text.index(words)
    hits = [u for u in misses if u.mention.start == start]
    assert len(hits) == 1, f"{words!r} not reported unresolved: {misses}"
    return hits[0]


def not_placed(places: list[Place], text: str, words: str) -> bool:
    start = text.index(words)
    return not any(m.start <= start < m.end for p in places for m in p.mentions)


# --- wrong countries, invented places ---------------------------------------------------------


def test_a_famous_name_is_not_merged_into_another_named_place() -> None:
    text = (
        "A cargo ship left the Montenegrin port of Bar on Friday and docked in Bari, "
        "Italian customs officials said."
    )
    places, _ = geoparse(text)
    bar, bari = place_at(places, text, "Bar"), place_at(places, text, "Bari")
    assert bar.id != bari.id
    assert (bar.country_code, bari.country_code) == ("ME", "IT")


def test_a_container_after_in_places_the_name() -> None:
    text = "Rifles were shipped from Bar in Montenegro to Bari in southern Italy, police said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Bari").country_code == "IT"
    assert place_at(places, text, "Bar ").country_code == "ME"


def test_a_peoples_adjective_is_not_a_province() -> None:
    text = "Investigators traced Balkan smuggling routes through Bosnia and Croatia."
    places, _ = geoparse(text)
    assert not_placed(places, text, "Balkan")
    assert {p.country_code for p in places} == {"BA", "HR"}


def test_a_village_cue_does_not_save_a_far_namesake() -> None:
    text = (
        "Gunmen killed nine people in the village of Haslev in Sanmatenga province, Burkina "
        "Faso's army said. Troops later secured Kaya and Ouahigouya."
    )
    places, misses = geoparse(text)
    assert "km from the other places" in unresolved_at(misses, text, "Haslev").reason
    assert place_at(places, text, "Kaya").country_code == "BF"


def test_a_hamlet_alias_far_from_the_story_is_unresolved() -> None:
    text = "Families walked from Nyala toward Tawila for days, aid workers in Sudan said."
    places, misses = geoparse(text)
    assert not_placed(places, text, "Tawila")
    assert "km from" in unresolved_at(misses, text, "Tawila").reason
    assert place_at(places, text, "Nyala").country_code == "SD"


def test_an_organisations_acronym_is_not_a_town() -> None:
    text = "Weapons crossed via Niger, UN investigators say. The UN said Sudan denied it."
    places, _ = geoparse(text)
    assert not_placed(places, text, "UN")
    assert {p.country_code for p in places} == {"NE", "SD"}


def test_an_ocean_is_not_the_town_of_its_name() -> None:
    text = (
        "Warships sailed into the eastern Atlantic on Monday, Portugal's navy said. A "
        "Washington-based research group tracked them."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Atlantic").id == "water:atlantic-ocean"  # not the town
    washington = place_at(places, text, "Washington")
    assert (washington.kind, washington.country_code) == ("city", "US")
    assert washington.lat < 40  # the capital, not the state in the north-west


def test_the_direction_and_name_of_a_wide_area_is_the_region() -> None:
    text = (
        "Jihadist violence has spread across the central Sahel, where Burkina Faso lost "
        "control of Djibo."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Sahel").kind == "region"


def test_an_organisations_branch_named_for_a_province_is_no_place() -> None:
    text = "Islamic State Sahel Province fighters attacked a convoy in Mali, officials said."
    places, _ = geoparse(text)
    assert not_placed(places, text, "Sahel")
    assert [p.country_code for p in places] == ["ML"]


# --- well-known places that were missed -------------------------------------------------------


def test_a_dateline_in_capitals_is_its_city() -> None:
    text = "NAIROBI, Kenya (Reuters) — Floods killed 40 people, officials said."
    places, _ = geoparse(text)
    nairobi = place_at(places, text, "NAIROBI")
    assert (nairobi.kind, nairobi.country_code) == ("city", "KE")


def test_a_town_across_the_border_from_the_story_is_no_stray() -> None:
    text = "Migrants walked from Myawaddy to Mae Sot, Thai police said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Myawaddy").country_code == "MM"
    assert place_at(places, text, "Mae Sot").country_code == "TH"


def test_names_joined_by_a_preposition_in_one_entity_are_each_placed() -> None:
    text = "The ferry sailed from Bari to Durres on Monday, police said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Bari").country_code == "IT"
    assert place_at(places, text, "Durres").country_code == "AL"


def test_a_town_listed_with_a_place_is_placed_in_the_articles_country() -> None:
    text = "Shelling hit Metula and Kiryat Shmona in northern Israel, the army said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Kiryat Shmona").country_code == "IL"


def test_neighbours_of_a_disputed_area_are_placed() -> None:
    text = "Rockets hit Khan Younis and Rafah in Gaza, health officials said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Khan Younis").country_code == "PS"
    assert place_at(places, text, "Rafah").country_code == "PS"


def test_a_village_near_which_fighting_goes_on_in_a_named_province() -> None:
    text = "Drones struck near Krynky and in the Kherson region overnight."
    places, _ = geoparse(text)
    krynky = place_at(places, text, "Krynky")
    assert (krynky.kind, krynky.country_code) == ("city", "UA")
    assert place_at(places, text, "Kherson").kind == "admin1"


def test_the_fall_of_a_town() -> None:
    text = "After the fall of Avdiivka in Ukraine, troops moved west."
    places, _ = geoparse(text)
    assert place_at(places, text, "Avdiivka").country_code == "UA"


# --- kind: province or town ---------------------------------------------------------------


def test_the_x_region_is_the_province_named_after_its_seat() -> None:
    text = "Shelling continued in the Zaporizhzhia region, Ukrainian officials said."
    places, _ = geoparse(text)
    region = place_at(places, text, "Zaporizhzhia")
    assert (region.kind, region.country_code) == ("admin1", "UA")


def test_the_x_region_with_no_province_at_hand_is_not_drawn() -> None:
    text = "Delegates met to discuss security in the Gulf region."
    places, misses = geoparse(text)
    assert not_placed(places, text, "Gulf")
    assert "no province" in unresolved_at(misses, text, "Gulf").reason
    text = "Crops failed across the Somme region in France."
    places, _ = geoparse(text)
    somme = place_at(places, text, "Somme")  # the département (admin2), not a town
    assert (somme.kind, somme.country_code) == ("admin2", "FR")


def test_with_nothing_saying_province_a_seat_is_the_town() -> None:
    text = "Thousands of residents fled toward Gao after the attack, Malian officials said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Gao").kind == "city"
    text = "Soldiers crossed at the border post of Elías Piña, Dominican officials said."
    places, _ = geoparse(text)
    post = place_at(places, text, "Elías Piña")
    assert (post.kind, post.country_code) == ("city", "DO")


def test_among_named_provinces_the_namesake_is_the_province() -> None:
    text = "The virus was found in Ontario, in Alberta and in Quebec, Canadian officials said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Quebec").kind == "admin1"
