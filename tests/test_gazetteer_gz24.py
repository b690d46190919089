"""Gazetteer after probe 24's gap list: Natural Earth's transliterated names of subdivisions
GeoNames writes otherwise ("Al Buhayrah" for Beheira), paired by place; the Turkic "-ai"
spelling of Kazakh and Kyrgyz towns GeoNames writes "-ay" ("Kordai"); Puntland as a region;
and a direction "of the" a range as place evidence ("west of the Rockies")."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import geoparse, place_at

from claimmap.gazetteer import default_gazetteer

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def rules(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """The build's pure rules (scripts/geo_build is not an installed package)."""
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from geo_build import admin1_ne_names, variants

    return SimpleNamespace(parts=admin1_ne_names._parts, final_ay=variants._FINAL_AY)


def top(name: str) -> tuple[str, str, str | None]:
    best = default_gazetteer().lookup(name, limit=1, fuzzy=False)[0]
    return best.source_id, best.kind, best.country_code


def test_label_name_parts(rules: SimpleNamespace) -> None:
    assert rules.parts("Homs (Hims)") == ["Homs", "Hims"]
    assert rules.parts("Al Buhayrah") == ["Al Buhayrah"]


def test_turkic_final_ay_only_after_a_consonant(rules: SimpleNamespace) -> None:
    assert rules.final_ay.sub("ai", "Burunday") == "Burundai"
    assert rules.final_ay.search("Kaay") is None  # a vowel before: no -ay ending
    assert rules.final_ay.search("Taraz") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Al Buhayrah", ("admin1:EG.03", "admin1", "EG")),  # Natural Earth's name of Beheira
        ("Kordai", ("gn:1524243", "city", "KZ")),  # GeoNames' Korday
        ("Puntland", ("region:puntland", "region", "SO")),  # cut from Somalia: a Somali region
    ],
)
def test_names_readers_use(name: str, expected: tuple[str, str, str | None]) -> None:
    assert top(name) == expected


def test_an_old_province_label_is_given_to_no_successor() -> None:
    # Natural Earth still labels the DRC's Katanga; GeoNames has its four successors: the
    # name stays the former province's, not one successor's
    assert top("Katanga")[0] == "former:CD.katanga"
    assert top("Bandundu")[0] != "admin1:CD.06"


def test_kai_variant_clashes_are_left_out() -> None:
    # "Altai" is the mountains' and the Russian republic's name: Kazakhstan's town Altay
    # does not take it
    found = default_gazetteer().lookup("Altai", limit=5, fuzzy=False)
    assert all(not (c.kind == "city" and c.country_code == "KZ") for c in found)


def test_puntland_lies_in_north_eastern_somalia() -> None:
    entry = default_gazetteer().get("region:puntland")
    assert entry is not None
    assert 7.0 < entry.lat < 11.9 and 47.0 < entry.lon < 51.4


def test_transliterated_governorate_in_an_article() -> None:
    text = (
        "Police in Egypt's Buhayrah governorate arrested eleven men after the boat capsized off "
        "Rashid, the Interior Ministry said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Buhayrah").source_id == "admin1:EG.03"


def test_kazakh_checkpoint_written_with_ai() -> None:
    text = (
        "The lorries left Bishkek at dawn and crossed into Kazakhstan at the Kordai checkpoint "
        "before noon, the drivers said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Kordai").source_id == "gn:1524243"


def test_puntland_in_a_somali_story() -> None:
    text = (
        "Fishermen from Bosaso said the dhow was seized off Puntland on Sunday, while officials "
        "in Mogadishu said they had no word from Somalia's coast guard."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Puntland").source_id == "region:puntland"


def test_direction_of_the_range_places_it() -> None:
    # spaCy reads "the Appalachians" here as a body; "west of the" says it is a place
    text = "The bank opened its first branch west of the Appalachians in 1870, its archive shows."
    places, _ = geoparse(text)
    assert place_at(places, text, "Appalachians").source_id == "region:appalachian-mountains"


def test_mayor_of_the_body_stays_no_place() -> None:
    # only a compass word reaches over "the": "the head of the Xyz" may be a body's
    text = "The head of the Appalachians Trust said the trail would reopen in May."
    places, _ = geoparse(text)
    assert not any(p.source_id == "region:appalachian-mountains" for p in places)
