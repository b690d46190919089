"""Place defects of a thirteenth probe, second round: coordinated names before a plural kind
noun and coordinated compass adjectives, a province title after a city's name (also when
the province is spelt another way), a district office's "for X", a part of a town, and a
facility in a town written before a date.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.documents import from_text
from claimmap.model import Place, Unresolved
from claimmap.nlp import load_nlp
from claimmap.places import extract_places


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def geoparse_tagged(text: str, ents: dict[str, str]) -> tuple[list[Place], list[Unresolved]]:
    """Geoparse ``text`` with NER's entities set to ``ents`` (words → label): the misreadings
    the probe met, pinned whatever the model's version tags."""
    doc = from_text(text, doc_id="tagged")
    parsed = load_nlp()(doc.text)  # not the cached parse: its entities are changed here
    spans = []
    for words, label in ents.items():
        start = text.index(words)
        span = parsed.char_span(start, start + len(words), label=label)
        assert span is not None
        spans.append(span)
    parsed.set_ents(spans, default="outside")
    return extract_places(doc, parsed)


# --- lists: "X and Y provinces", "northern, southern and eastern X" -------------------------


def test_each_name_before_a_plural_kind_noun_after_a_possessive_is_of_that_kind() -> None:
    # NER read "Mozambique's Manica" as one organisation
    text = "Floods have spread into Mozambique's Manica and Sofala provinces, the agency said."
    found = by_text(geoparse_tagged(text, {"Mozambique's Manica": "ORG", "Sofala": "GPE"})[0])
    assert found["Mozambique"].kind == "country"
    assert found["Manica"].id == "admin1:MZ.10"
    assert found["Sofala"].kind == "admin1" and found["Sofala"].country_code == "MZ"


def test_coordinated_compass_adjectives_each_name_a_part() -> None:
    text = "Drones were downed over western, central and southern Russia, the ministry said."
    places = geoparse(text)[0]
    ids = {p.id for p in places}
    assert {"area:west:RU", "area:central:RU", "area:south:RU"} <= ids
    found = by_text(places)
    assert found["western"].id == "area:west:RU"
    assert found["southern Russia"].id == "area:south:RU"


def test_two_compass_adjectives_before_a_province_keep_the_province() -> None:
    text = "Rain fell across northern and central Tigray on Sunday, officials said."
    found = by_text(geoparse(text)[0])
    assert found["northern"].id == found["Tigray"].id
    assert found["Tigray"].kind == "admin1"


# --- province titles after a city's name -----------------------------------------------------


def test_a_krai_title_after_a_seats_name_is_the_province() -> None:
    text = "Ships left Yeysk in Krasnodar Krai on Sunday, the port authority said."
    found = by_text(geoparse_tagged(text, {"Yeysk": "GPE", "Krasnodar Krai": "FAC"})[0])
    assert found["Krasnodar Krai"].id == "admin1:RU.38"  # tagged a facility, title and all
    found = by_text(geoparse(text)[0])
    krai = next(p for t, p in found.items() if t.startswith("Krasnodar"))
    assert krai.id == "admin1:RU.38"


def test_the_city_and_the_krai_of_one_name_are_two_senses() -> None:
    text = (
        "Drones struck an oil depot in Krasnodar on Monday. Later, Tuapse in Krasnodar Krai "
        "was hit, the governor said."
    )
    places = geoparse(text)[0]
    kinds = {p.kind for p in places if p.name.startswith("Krasnodar")}
    assert kinds == {"city", "admin1"}


def test_an_oblast_spelt_apart_from_its_seat_is_the_oblast() -> None:
    text = "Debris fell in Khmelnytskyi Oblast overnight, officials said."
    place = next(p for p in geoparse(text)[0] if p.country_code == "UA")
    assert place.id == "admin1:UA.09"


def test_an_oblast_whose_name_is_the_seats_alternate_spelling_is_the_oblast() -> None:
    text = "Heavy rain hit Odesa Oblast on Monday, officials said."
    place = next(p for p in geoparse(text)[0] if p.country_code == "UA")
    assert place.id == "admin1:UA.17"


def test_a_sentence_opening_with_a_titled_province_finds_it() -> None:
    text = "Khmelnytskyi Oblast Governor Serhii Tiurin said two drones were downed."
    places = geoparse(text)[0]
    assert [p.id for p in places] == ["admin1:UA.09"]


def test_the_bare_seat_stays_the_city() -> None:
    text = "Debris fell on a house in Khmelnytskyi overnight, officials said."
    place = next(p for p in geoparse(text)[0] if p.country_code == "UA")
    assert place.kind == "city"


# --- districts, parts of towns, facilities ----------------------------------------------------


def test_a_district_office_for_a_name_is_the_district_and_its_town_is_the_town() -> None:
    text = (
        "Dr Grace Phiri, the district health officer for Chikwawa, said by phone from "
        "Chikwawa town that the ward was full."
    )
    places = geoparse(text)[0]
    chikwawa = sorted(p.kind for p in places if p.name == "Chikwawa")
    assert chikwawa == ["admin2", "city"]


def test_a_part_of_a_town_is_not_a_namesake_far_away() -> None:
    text = (
        "In Kharkiv, shelling damaged a school in the city's Prymorskyi district, the mayor said."
    )
    places, misses = geoparse(text)
    assert "Prymorskyi" not in by_text(places)
    assert by_text(places)["Kharkiv"].kind == "city"
    assert "part of a town" in {u.mention.text: u.reason for u in misses}["Prymorskyi"]


def test_a_town_opening_a_date_is_placed_and_its_facility_is_not_a_far_namesake() -> None:
    text = "The senator said he had toured the Mariposa crossing in Nogales last week."
    places, misses = geoparse_tagged(text, {"Mariposa": "ORG", "Nogales last week": "DATE"})
    found = by_text(places)
    assert found["Nogales"].name == "Nogales"
    assert "Mariposa" not in found
    assert "a facility in Nogales" in {u.mention.text: u.reason for u in misses}["Mariposa"]


def test_a_month_opening_a_date_is_no_place() -> None:
    text = "The senator said he had toured the border in August last year."
    assert "August" not in by_text(geoparse_tagged(text, {"August last year": "DATE"})[0])


def test_a_town_beside_a_town_that_also_names_its_oblast_is_a_list_not_a_container() -> None:
    text = (
        "Russian drones pound Vinnytsia, Khmelnytskyi\n\n"
        "Russian drones struck Vinnytsia and Khmelnytskyi overnight, officials said.\n\n"
        "In Vinnytsia, the mayor said a warehouse burned. Khmelnytskyi Oblast Governor "
        "Serhii Tiurin said two people were hurt in Khmelnytskyi."
    )
    places, misses = geoparse(text)
    assert "Vinnytsia" not in {u.mention.text for u in misses}
    vinnytsia = [p for p in places if any(m.text == "Vinnytsia" for m in p.mentions)]
    assert len(vinnytsia) == 1 and len(vinnytsia[0].mentions) == 3
    assert {p.kind for p in places if p.name.startswith("Khmelnytsk")} == {"city", "admin1"}
