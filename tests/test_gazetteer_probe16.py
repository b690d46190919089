"""Gazetteer data after probe 16: capes and islands from Natural Earth's geography points,
more seas, no town for a misspelt sea, no town behind a bare feature noun ("the Cape"),
and the spellings news uses for Somali (long vowels) and Arabic ("ou") names."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import geoparse

from claimmap.gazetteer import default_gazetteer
from claimmap.gazetteer_query import keeps_sea_words

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def rules(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """The build's pure rules (scripts/geo_build is not an installed package)."""
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from geo_build import features, places, variants

    return SimpleNamespace(
        feature_names=features.feature_names,
        nickname=places.nickname,
        long_vowel_variants=variants.long_vowel_variants,
        french_u_variant=variants.french_u_variant,
    )


def ids(text: str) -> dict[str, str]:
    places, _ = geoparse(text)
    return {m.text: p.id for p in places for m in p.mentions}


def top(name: str) -> tuple[str, str, str | None, bool]:
    best = default_gazetteer().lookup(name, limit=1)[0]
    return best.source_id, best.kind, best.country_code, best.fuzzy


# --- build rules (pure functions) -----------------------------------------------------------


def test_feature_names_write_out_natural_earth_abbreviations(rules: SimpleNamespace) -> None:
    feature_names = rules.feature_names
    assert "Wake Island" in feature_names("Wake I.")
    assert "Point Eugenia" in feature_names("Pt. Eugenia")
    assert "Isla Socorro" in feature_names("I. Socorro")
    assert "Cape Bon" in feature_names("Cap Bon")


def test_a_bare_feature_noun_is_a_nickname_but_a_code_is_kept(rules: SimpleNamespace) -> None:
    nickname = rules.nickname
    assert nickname("The Cape") and nickname("The Point") and nickname("Harbour")
    assert not nickname("SEA")  # an airport code matches only in capitals
    assert not nickname("Cape Town")


def test_somali_long_vowels_and_french_ou(rules: SimpleNamespace) -> None:
    long_vowel_variants, french_u_variant = rules.long_vowel_variants, rules.french_u_variant
    assert long_vowel_variants("Buuloburde") == ["Buloburde"]
    assert long_vowel_variants("Ceelbuur Degaan") == [
        "Celbuur Degaan",
        "Ceelbur Degaan",
        "Celbur Degaan",
        "Ceelbuur Degan",
        "Celbuur Degan",
        "Ceelbur Degan",
        "Celbur Degan",
    ]
    assert long_vowel_variants("Mogadishu") == []
    assert french_u_variant("Zuwarah") == "Zouwarah"
    assert french_u_variant("Sousse") is None


def test_the_water_words_of_a_query_must_stay_in_its_fuzzy_match() -> None:
    assert not keeps_sea_words("south pacifik ocean", "south pacifik")
    assert not keeps_sea_words("north atlantic", "north atlanta")
    assert keeps_sea_words("cape twon", "cape town")
    assert keeps_sea_words("kandahaar", "kandahar")


# --- gazetteer answers ----------------------------------------------------------------------


def test_capes_are_points_with_their_country() -> None:
    assert top("Cape of Good Hope")[:3] == ("region:cape-of-good-hope", "region", "ZA")
    assert top("Cape Agulhas")[:3] == ("region:cape-agulhas", "region", "ZA")
    assert top("Cape Horn")[:2] == ("region:cape-horn", "region")  # not the Nova Scotia town
    assert top("Land's End")[:3] == ("region:lands-end", "region", "GB")
    misspelt = default_gazetteer().lookup("Cape Agulas")  # capes are not in the fuzzy list
    assert all(c.source_id != "region:cape-agulhas" for c in misspelt)


def test_a_cape_named_like_a_country_or_a_nearby_town_is_left_to_it() -> None:
    assert top("Cape Verde")[:2] == ("country:CV", "country")
    assert top("Cape Canaveral")[1] == "city"


def test_islands_no_entry_named_become_region_points() -> None:
    assert top("Easter Island")[:3] == ("region:easter-island", "region", "CL")
    assert top("Malden Island")[:2] == ("region:malden-island", "region")
    assert top("Malden")[:3] == ("gn:4942939", "city", "US")  # a word alone stays the town
    assert default_gazetteer().lookup("Pagan", fuzzy=False) == []


def test_a_bare_feature_noun_finds_no_town() -> None:
    gaz = default_gazetteer()
    assert all(c.name != "Buxton" for c in gaz.lookup("Cape"))
    assert all(c.name != "Parkersburg" for c in gaz.lookup("the Point"))


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("North Atlantic", "north-atlantic-ocean"),
        ("South Pacific", "south-pacific-ocean"),
        ("Norwegian Sea", "norwegian-sea"),
        ("Strait of Sicily", "strait-of-sicily"),
        ("Gulf of St. Lawrence", "gulf-of-saint-lawrence"),
    ],
)
def test_new_seas(name: str, slug: str) -> None:
    assert top(name)[:2] == (f"water:{slug}", "water")


def test_a_misspelt_sea_is_no_town() -> None:
    gaz = default_gazetteer()
    assert all(c.kind == "water" for c in gaz.lookup("North Atlantik"))
    assert all(c.kind == "water" for c in gaz.lookup("Norwegain Sea"))


def test_somali_and_french_spellings_are_exact_names() -> None:
    assert top("Hiran")[:2] == ("admin1:SO.07", "admin1")
    assert top("Bardhere") == ("gn:65170", "city", "SO", False)
    assert top("Salloum") == ("gn:359867", "city", "EG", False)


# --- in text --------------------------------------------------------------------------------


def test_a_voyage_around_a_cape_and_across_seas() -> None:
    found = ids(
        "The freighter left Durban, rounded Cape Agulhas and crossed the South Atlantic "
        "towards Montevideo."
    )
    assert found["Cape Agulhas"] == "region:cape-agulhas"
    assert found["South Atlantic"] == "water:south-atlantic-ocean"


def test_warships_through_northern_seas() -> None:
    found = ids(
        "Two destroyers sailed from Murmansk through the Barents Sea and the Norwegian Sea "
        "into the North Atlantic, the navy said."
    )
    assert found["Norwegian Sea"] == "water:norwegian-sea"
    assert found["North Atlantic"] == "water:north-atlantic-ocean"


def test_a_somali_region_in_english_spelling() -> None:
    found = ids("Aid convoys reached the Hiran region of Somalia after floods near Beledweyne.")
    assert found["Hiran"] == "admin1:SO.07"
