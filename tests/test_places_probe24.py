"""Places in invented wire paragraphs (probe 24): names NER called a person or a body but the
sentence puts where a place goes ("drones over Xyz", "set off from Xyz", "Doe, 47, of Xyz",
'"Xyz", a town in', "called at Xyz", "in the Xyz area"); pieces of a hyphenated common
compound ("Dual-Use") and US court districts are no places; the UN's "Member State" title is
no part of a country's name; a town name takes the sense its own sentence's places back."""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at

from claimmap.model import Place, Unresolved
from claimmap.places_sentence_mates import sentence_starts


def _names(places: list[Place]) -> set[str]:
    return {m.text for p in places for m in p.mentions}


def _unresolved(unresolved: list[Unresolved]) -> set[str]:
    return {u.mention.text for u in unresolved}


@pytest.mark.parametrize(
    ("text", "words", "source_id"),
    [
        (
            "Burkinabe troops launched an operation in the Djibo area of Burkina Faso on Friday.",
            "Djibo",
            "gn:2361177",
        ),
        (
            "Sudan's army said it had shot down three drones over El Obeid on Saturday.",
            "El Obeid",
            "gn:379003",
        ),
        (
            "The fighters set off from Anderamboukane at dawn and crossed from Mali into Niger.",
            "Anderamboukane",
            "gn:2461034",
        ),
        (
            "Carlos Mendez, 38, of Pembroke Pines, was arrested in Florida on Monday.",
            "Pembroke Pines",
            "gn:4168139",
        ),
        (
            'The shop signs in the footage read "Ukmergė", a town in central Lithuania.',
            "Ukmergė",
            "gn:593733",
        ),
    ],
)
def test_known_name_in_a_place_slot_is_placed(text: str, words: str, source_id: str) -> None:
    places, _ = geoparse(text)
    assert place_at(places, text, words).source_id == source_id


def test_short_unknown_port_of_call_is_reported_not_pinned_on_a_namesake() -> None:
    text = "A North Korean tanker had called at Taean, then sailed on to Nampo in North Korea."
    places, unresolved = geoparse(text)
    assert "Taean" not in _names(places)
    assert "Taean" in _unresolved(unresolved)
    assert place_at(places, text, "Nampo").country_code == "KP"


def test_piece_of_a_hyphenated_compound_is_no_town() -> None:
    text = "Customs Officers Seize Dual-Use Drone Parts Bound for Iran"
    places, unresolved = geoparse(text)
    assert _names(places) == {"Iran"}
    assert "Dual" not in _unresolved(unresolved)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The indictment was unsealed in the Eastern District of Virginia on Tuesday.", "Virginia"),
        ("A judge in the Northern District of Texas set a trial date.", "Texas"),
    ],
)
def test_us_court_district_is_no_province(text: str, state: str) -> None:
    places, _ = geoparse(text)
    assert not any(p.kind == "admin1" and p.country_code != "US" for p in places)
    assert all("District" not in m.text for p in places for m in p.mentions)
    assert place_at(places, text, state).country_code == "US"


def test_member_state_title_is_no_part_of_the_country() -> None:
    text = "The Panel was told by Member State Greece that the ship had unloaded in Benghazi."
    places, unresolved = geoparse(text)
    assert place_at(places, text, "Greece").source_id == "country:GR"
    assert not any("Member" in u.mention.text for u in unresolved)


def test_sentence_places_outweigh_the_articles_state() -> None:
    text = (
        "The firm is registered in Orlando, Florida, and its owner lives in Tampa, Florida.\n"
        "Its trucks crossed from Finland at Vaalimaa, drove past Vyborg in Russia and unloaded "
        "the boxes in St. Petersburg, investigators said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "St. Petersburg").country_code == "RU"


def test_sentence_places_keep_the_florida_town_in_a_florida_sentence() -> None:
    text = (
        "Russia denied the charges.\n"
        "The boxes were driven from Tampa to a warehouse in St. Petersburg, Florida, agents said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "St. Petersburg").country_code == "US"


def test_country_owning_a_region_makes_it_the_province() -> None:
    text = "Fighters moved into Niger's Dosso region overnight, residents said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Dosso").kind == "admin1"


def test_sentence_starts_skip_abbreviations() -> None:
    text = "They drove to St. Petersburg. U.S. officials said so. Mr. Doe left!\nThen more."
    starts = sentence_starts(text)
    assert [text[i : i + 4] for i in starts] == ["U.S.", "Mr. ", "Then"]


def test_quoted_sign_text_called_a_town_is_no_language() -> None:
    text = 'The street signs in the clip read "Kėdainiai", a town in central Lithuania, not Kaunas.'
    places, _ = geoparse(text)
    assert place_at(places, text, "Kėdainiai").country_code == "LT"


def test_spoken_language_stays_a_language() -> None:
    text = "The smugglers spoke Hausa and French, police in Niamey said."
    places, _ = geoparse(text)
    assert "French" not in _names(places)
