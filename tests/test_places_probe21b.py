"""Places in invented wire paragraphs (probe 21, round 2): a name the text locates ("Xyz,
about 20 km south of Abc", "from Xyz, near Abc"), writes after "off", on "the road to", at a
junction or where a line is held is reported unresolved when the gazetteer lacks it, never
dropped in silence; a town listed with another of its country is that country's namesake; a
bare name the article also gives as a strait is the strait; a province's bare name beside
its seat's full name is the seat; a bare mention of a name elsewhere cued "the region of"
is the province's seat."""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at

from claimmap.model import Unresolved
from claimmap.places_longer_names import named_as_longer
from claimmap.places_unknown_slots import located_apposition


def _reasons(unresolved: list[Unresolved]) -> dict[str, str]:
    return {u.mention.text: u.reason for u in unresolved}


@pytest.mark.parametrize(
    ("text", "name", "says"),
    [
        (
            "Militia fighters overran Tshamvura, about 30 kilometres west of Bukavu, on "
            "Thursday, residents said.",
            "Tshamvura",
            "Tshamvura, about 30 kilometres west of",
        ),
        (
            "Customs officers said the cargo had been loaded at Ogbele, near Warri, before "
            "it sailed for Lome.",
            "Ogbele",
            "no gazetteer entry",  # after "at": a place slot too
        ),
        (
            "Coastguards said they intercepted two skiffs off Mutaho on Sunday and detained "
            "nine fishermen.",
            "Mutaho",
            "after 'off'",
        ),
        (
            "The rebels want to cut the road to Ndovozi before the rains, a Goma official said.",
            "Ndovozi",
            "road to",
        ),
        (
            "Convoys heading for Bunia were stopped at the Kalembure junction on Wednesday.",
            "Kalembure",
            "Kalembure junction",
        ),
        (
            "The governor said soldiers would hold the line at Ogbele.",
            "Ogbele",
            "line at",
        ),
    ],
)
def test_unknown_located_name_is_reported(text: str, name: str, says: str) -> None:
    places, unresolved = geoparse(text)
    assert name not in {m.text for p in places for m in p.mentions}
    reasons = _reasons(unresolved)
    assert name in reasons, reasons
    assert reasons[name].startswith(f"no gazetteer entry for {name!r}")
    assert says in reasons[name]


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        (", about 25 km north of Goma", True),
        (", some 12 miles south-west of Kano", True),
        (", 40 kilometres from Mosul", True),
        (", near Port Harcourt", True),
        (", outside Aleppo", True),
        (", from Lagos, said", False),  # a person's home town, no distance
        (", a spokesman, said", False),
    ],
)
def test_located_apposition(tail: str, found: bool) -> None:
    from claimmap.nlp import load_nlp

    doc = load_nlp()(f"They met Zorbaki{tail} on Monday.")
    span = doc[2:3]
    assert span.text == "Zorbaki"
    assert bool(located_apposition(span)) is found


def test_person_after_from_without_distance_is_no_place() -> None:
    text = "The award went to Amaka Obi, from Enugu, who thanked her teachers."
    _, unresolved = geoparse(text)
    assert "Amaka Obi" not in _reasons(unresolved)


def test_listed_town_takes_the_namesake_of_its_neighbours_country() -> None:
    text = (
        "Sudan's army said drones struck fuel depots in El Obeid and Bara on Friday, and "
        "Sudanese officials said power was cut across North Kordofan."
    )
    places, _ = geoparse(text)
    bara = place_at(places, text, "Bara")
    assert (bara.country_code, bara.kind) == ("SD", "city")
    assert abs(bara.lat - 13.7) < 0.3 and abs(bara.lon - 30.37) < 0.3


def test_bare_name_of_a_strait_named_in_the_article() -> None:
    text = (
        "Tankers slow across Hormuz as insurers balk\n\n"
        "DUBAI (Reuters) - Fewer tankers crossed the Strait of Hormuz this week after two "
        "ships were struck near Fujairah, shipping agents said."
    )
    places, _ = geoparse(text)
    bare = place_at(places, text, "Hormuz")
    assert (bare.kind, bare.name) == ("water", "Strait of Hormuz")
    assert place_at(places, text, "Strait of Hormuz").id == bare.id


def test_bare_name_without_the_strait_stays_the_town() -> None:
    text = "Fishermen in Hormuz said the island's jetty was damaged by a storm, Iranian media said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Hormuz").kind == "city"


@pytest.mark.parametrize(
    ("name", "longer", "held"),
    [
        ("Hormuz", "Strait of Hormuz", True),
        ("Kerch", "Kerch Strait", True),
        ("Aden", "the Gulf of Aden", True),
        ("Hormuz", "Port Hormuz", False),
        ("Hormuz", "Hormuz", False),
    ],
)
def test_named_as_longer(name: str, longer: str, held: bool) -> None:
    assert named_as_longer(name, longer) is held


def test_big_town_keeps_its_sense_beside_its_gulf() -> None:
    text = (
        "Pirates attacked a freighter in the Gulf of Aden on Monday, and officials in Aden "
        "said the crew was safe."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Aden", nth=1).kind == "city"


def test_bare_province_name_after_its_seat_is_the_seat() -> None:
    text = (
        "The convoy was flown to Rostov-on-Don on Monday. Two of the drivers were arrested "
        "later in Rostov, Russian media said, and the regional governor of Sakhalin "
        "declined to comment."
    )
    places, _ = geoparse(text)
    bare = place_at(places, text, "Rostov", nth=1)
    assert (bare.name, bare.kind) == ("Rostov-on-Don", "city")


def test_bare_name_beside_the_region_of_it_is_the_city() -> None:
    text = (
        "Engineers were sent to the occupied Ukrainian region of Luhansk last month. "
        "Some were later moved by bus to Luhansk and Alchevsk, an official in Kyiv said."
    )
    places, _ = geoparse(text)
    region = place_at(places, text, "Luhansk")
    city = place_at(places, text, "Luhansk", nth=1)
    assert region.kind == "admin1"
    assert (city.kind, city.country_code) == ("city", "UA")
