"""Place defects a thirteenth probe of unseen articles found: known names NER called
people or bodies lost with no record, seas read as towns, islands read as their capitals,
events named after towns, plurals, airports, and "X city" beside "X province".

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Candidate, Place
from claimmap.places_lexicon import Toponym
from claimmap.places_name_fit import region_over_alias_city
from claimmap.places_plurals import without_singular_namesakes
from claimmap.places_scoring import Group


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def unresolved_names(text: str) -> dict[str, str]:
    return {u.mention.text: u.reason for u in geoparse(text)[1]}


def _cand(source_id: str, name: str, kind: str, lat: float, lon: float, **kw: object) -> Candidate:
    return Candidate(source_id, name, name, kind, kw.pop("cc", None), None, lat, lon, **kw)  # type: ignore[arg-type]


# --- known names NER did not call places: resolved or reported, never lost -----------------


def test_a_known_name_after_a_passing_verb_resolves_beside_the_article_places() -> None:
    text = "The tanker rounded Hanstholm after leaving Aalborg, the coastguard said."
    found = by_text(geoparse(text)[0])
    assert found["Hanstholm"].country_code == "DK"
    assert found["Aalborg"].country_code == "DK"


def test_a_known_name_in_a_place_slot_far_from_the_story_is_reported() -> None:
    text = "The ferry rounded Hanstholm before sailing on to Norway, the coastguard said."
    places, misses = geoparse(text)
    assert "Hanstholm" not in by_text(places)
    reasons = {u.mention.text: u.reason for u in misses}
    assert "written where a place goes" in reasons["Hanstholm"]


def test_a_name_entered_far_from_its_only_namesake_is_reported_not_dropped() -> None:
    text = "Fighters tried to enter Arandu from Kunar earlier in the week, an official said."
    places, misses = geoparse(text)
    assert by_text(places)["Kunar"].country_code == "AF"
    assert "Arandu" in {u.mention.text for u in misses}


def test_a_body_in_a_place_slot_does_not_spread_to_its_other_mentions() -> None:
    text = (
        "Lawmakers say Congress must vote. Republicans in Congress will keep up the fight, "
        "and Congress returns on Monday."
    )
    places, misses = geoparse(text)
    assert "Congress" not in by_text(places)
    assert {u.mention.text for u in misses} <= {"Congress"}


def test_a_name_before_a_landform_noun_in_a_going_slot_is_placed() -> None:
    # "Sabha" tagged an organisation: "driven ... to the Xyz oasis" puts it where they went
    text = "A witness said the trucks were driven from Misrata to the Sabha oasis."
    found = by_text(geoparse(text)[0])
    assert found["Sabha"].country_code == "LY"
    assert found["Misrata"].country_code == "LY"


def test_a_body_whose_name_is_only_a_towns_alias_is_not_placed() -> None:
    text = "Iran sent arms to Hamas, officials in Israel said."
    places, _ = geoparse(text)
    assert "Hamas" not in by_text(places)
    assert by_text(places)["Israel"].kind == "country"


# --- seas written as adjectives ----------------------------------------------------------------


def test_a_sea_written_before_ports_is_the_sea_and_its_ports_are_kept() -> None:
    text = "Grain left the Caspian ports of Aktau and Turkmenbashi last week, traders said."
    found = by_text(geoparse(text)[0])
    assert found["Caspian"].id == "water:caspian-sea"
    assert found["Aktau"].country_code == "KZ"
    assert found["Turkmenbashi"].country_code == "TM"


def test_an_ocean_route_is_the_ocean_not_a_town() -> None:
    text = "Smugglers favour the Atlantic crossing to the Azores, police said."
    found = by_text(geoparse(text)[0])
    assert found["Atlantic"].kind == "water"
    assert found["Azores"].country_code == "PT"


# --- an island over the city that bears its name as an alias ---------------------------------


def _group(name: str, cands: list[Candidate]) -> Group:
    group = Group(key=f"name:{name.lower()}", name=name)
    group.toponyms = [Toponym(start=0, end=len(name), text=name, name=name, label="GPE")]
    group.candidates = cands
    return group


def test_an_island_is_not_the_city_bearing_its_name_as_an_alias() -> None:
    island = _cand("region:isla", "Isla Verde", "region", 28.3, -16.5)
    city = _cand(
        "gn:1", "Santa Ana de Isla Verde", "city", 28.4, -16.3, cc="ES", population=200_000
    )
    group = _group("Isla Verde", [island, city])
    assert region_over_alias_city(city, group) is island


def test_a_city_of_the_written_name_stays_the_city() -> None:
    island = _cand("region:isla", "Isla Verde", "region", 28.3, -16.5)
    city = _cand("gn:1", "Isla Verde", "city", 28.4, -16.3, cc="ES", population=200_000)
    assert region_over_alias_city(city, _group("Isla Verde", [island, city])) is None


# --- events named after towns ------------------------------------------------------------------


def test_a_town_naming_an_agreement_is_no_place_of_the_story() -> None:
    text = "Rebels said the Doha agreement was dead, officials in Kabul said."
    places, misses = geoparse(text)
    found = by_text(places)
    assert "Doha" not in found
    assert found["Kabul"].country_code == "AF"
    assert "names the event" in {u.mention.text: u.reason for u in misses}["Doha"]


def test_a_town_named_elsewhere_as_a_place_stays_a_place() -> None:
    text = "Envoys met in Doha on Monday to revive the Doha talks, officials in Kabul said."
    places, _ = geoparse(text)
    doha = [p for p in places if p.name == "Doha"]
    assert len(doha) == 1 and [m.text for m in doha[0].mentions] == ["Doha"]


def test_a_country_qualifying_a_deal_is_still_a_place() -> None:
    text = "Officials in Tehran said the Iran deal could be revived."
    found = by_text(geoparse(text)[0])
    assert found["Iran"].kind == "country"


# --- plurals --------------------------------------------------------------------------------------


def test_a_plural_written_the_xs_drops_towns_of_the_singular() -> None:
    group = _group("Marinas", [])
    group.toponyms = [
        Toponym(start=0, end=7, text="Marinas", name="Marinas", determiner=True, article=True)
    ]
    town = _cand("gn:2", "Marina", "city", 1.0, 1.0, cc="US", population=900, fuzzy=True)
    sea = _cand("region:marinas", "Marinas Coast", "region", 1.0, 1.0, fuzzy=True)
    group.candidates = [town, sea]
    assert without_singular_namesakes(group, exact=False) == [sea]
    assert without_singular_namesakes(group, exact=True) == [town, sea]


# --- airports named like small towns ---------------------------------------------------------


def test_an_airport_named_like_many_small_towns_is_not_one_of_them() -> None:
    text = "The men left from La Esperanza airport, relatives in Bogota said."
    places, misses = geoparse(text)
    assert "La Esperanza" not in by_text(places)
    assert "names an airport" in {u.mention.text: u.reason for u in misses}["La Esperanza"]


def test_the_airport_of_a_big_city_is_the_city() -> None:
    text = "The men flew from Madrid airport to Benghazi, relatives said."
    assert by_text(geoparse(text)[0])["Madrid"].country_code == "ES"


# --- "X city" beside "X province" -----------------------------------------------------------------


def test_a_city_cue_and_a_province_cue_keep_two_senses() -> None:
    text = "Families left camps near Kirkuk city, in Kirkuk province, the ministry said."
    places, _ = geoparse(text)
    kinds = sorted(p.kind for p in places if p.name == "Kirkuk")
    assert kinds == ["admin1", "city"]


def test_a_district_standing_for_its_town_says_so() -> None:
    text = "The ministry said 200 families returned to Tal Afar district from camps in Erbil."
    found = by_text(geoparse(text)[0])
    assert found["Tal Afar"].kind == "city"
    assert any("called a district" in e for e in found["Tal Afar"].evidence)
