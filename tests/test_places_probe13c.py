"""Place defects of the thirteenth probe, third round: a notable town before a site noun
lost when the article names no other place, unknown names in a settlement slot dropped in
silence, and a person's name after "a letter from" read as a town.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.documents import from_text
from claimmap.model import Place
from claimmap.nlp import parse
from claimmap.places_unlisted import unknown_in_slot


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def unresolved_names(text: str) -> dict[str, str]:
    return {u.mention.text: u.reason for u in geoparse(text)[1]}


# --- a notable town before a site noun needs no other place of the article -----------------


def test_a_notable_town_before_a_refinery_is_kept_with_no_other_place() -> None:
    text = "A drone sparked a fire at the Yaroslavl refinery, the governor said."
    assert by_text(geoparse(text)[0])["Yaroslavl"].country_code == "RU"


def test_a_notable_town_leading_a_subject_refinery_is_kept() -> None:
    text = "The Yaroslavl refinery halted output after the strike, the company said."
    assert by_text(geoparse(text)[0])["Yaroslavl"].country_code == "RU"


def test_a_small_town_before_a_refinery_with_nothing_backing_it_is_reported() -> None:
    text = "Smoke rose over the Hanstholm refinery on Monday, the coastguard said."
    places, misses = geoparse(text)
    assert "Hanstholm" not in by_text(places)
    reasons = {u.mention.text: u.reason for u in misses}
    assert "written where a place goes" in reasons["Hanstholm"]


def test_a_firms_plant_as_a_subject_is_no_place() -> None:
    places, misses = geoparse("The Ford plant was closed on Monday, the union said.")
    assert "Ford" not in by_text(places)
    assert "Ford" not in {u.mention.text for u in misses}


def test_first_round_bodies_stay_no_places() -> None:
    assert "Hamas" not in by_text(geoparse("Iran sent arms to Hamas, officials said.")[0])
    text = "Republicans in Congress will keep up the fight, and Congress returns on Monday."
    assert "Congress" not in by_text(geoparse(text)[0])


# --- unknown names in a settlement slot: reported, never dropped -----------------------------


def test_an_unknown_name_before_camp_after_in_is_reported() -> None:
    text = "A widowed father of three in Zorvani camp said his children had missed school."
    assert "not in the gazetteer" in unresolved_names(text)["Zorvani"]


def test_an_unknown_township_after_a_known_city_is_reported() -> None:
    text = "The disease first appeared in Lilongwe's crowded Mtandire township, an official said."
    places, misses = geoparse(text)
    assert by_text(places)["Lilongwe"].country_code == "MW"
    reasons = {u.mention.text: u.reason for u in misses}
    assert "not in the gazetteer" in reasons["Mtandire"]


def test_an_unknown_town_of_with_inner_particles_is_reported() -> None:
    text = "Traders from Tete cross to the border town of Porto Alto da Serrinha, he said."
    assert "not in the gazetteer" in unresolved_names(text)["Porto Alto da Serrinha"]


def test_a_truncated_unknown_town_of_is_reported_whole_not_its_first_half() -> None:
    text = "Smugglers cross from Tete to the border town of Vila Nova do Zambeze, police said."
    places, misses = geoparse(text)
    assert {p.country_code for p in places} == {"MZ"}
    reasons = {u.mention.text: u.reason for u in misses}
    assert "not in the gazetteer" in reasons["Vila Nova do Zambeze"]


def test_an_unknown_area_after_in_the_is_reported() -> None:
    text = "Troops engaged militants in the Zarghunzai area overnight, the army said."
    assert "not in the gazetteer" in unresolved_names(text)["Zarghunzai"]


def _slot_of(text: str, name: str, label: str) -> str:
    doc = parse(from_text(text, doc_id="passage"))
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return unknown_in_slot(span, label)


def test_a_camp_that_speaks_is_a_faction_not_a_place() -> None:
    assert _slot_of("The Marchetti camp said it would appeal.", "Marchetti", "ORG") == ""
    text = "Aides in the Marchetti camp said it would appeal."
    assert _slot_of(text, "Marchetti", "PERSON") == ""
    assert "'Zorvani camp'" in _slot_of("Families in Zorvani camp wait.", "Zorvani", "ORG")


# --- an island the gazetteer lacks is not a namesake town abroad -----------------------------


def test_a_canary_island_is_not_a_town_in_guatemala() -> None:
    text = "A pirogue carrying 150 people reached La Gomera on Monday, Spain's rescue service said."
    places, misses = geoparse(text)
    assert all(p.country_code != "GT" for p in places)
    assert "La Gomera" in {u.mention.text for u in misses}


# --- a person's name after "a letter from" -------------------------------------------------


def test_a_surname_after_a_letter_from_is_no_town() -> None:
    text = "The mayor received a letter from Johnson last week, officials in Ohio said."
    found = by_text(geoparse(text)[0])
    assert "Johnson" not in found
    assert found["Ohio"].kind == "admin1"


def test_a_surname_after_wrote_to_is_no_town() -> None:
    text = "The council wrote to Johnson on Friday, officials in Ohio said."
    assert "Johnson" not in by_text(geoparse(text)[0])


def test_a_town_after_fled_from_stays_a_town() -> None:
    text = "Families fled from Kherson to Mykolaiv, officials in Ukraine said."
    found = by_text(geoparse(text)[0])
    assert found["Kherson"].country_code == "UA"
