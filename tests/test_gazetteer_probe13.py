"""Name variants the build makes by rule (scripts/geo_build/variants.py): compass prefixes
("North Kordofan" for GeoNames' "Northern Kordofan"), plural short forms of island groups and
ranges ("the Rockies"), Arabic names without the article and the final h ("Jufra"), and
river spellings of geo/sources/river_aliases.csv that no Natural Earth segment bears."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import geoparse

from claimmap.gazetteer import default_gazetteer, geocode

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def rules(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from geo_build import variants

    return variants


def test_compass_variants_of_a_name(rules) -> None:  # type: ignore[no-untyped-def]
    assert rules.compass_variants("Northern Kordofan") == [
        ("North Kordofan", False),
    ]
    forms = dict(rules.compass_variants("North-West Frontier"))
    assert forms == {
        "Northwest Frontier": False,
        "North-Western Frontier": True,
        "Northwestern Frontier": True,
    }
    assert rules.compass_variants("Westminster Abbey") == []
    assert rules.compass_variants("Easter Island") == []


def test_plural_and_article_rules(rules) -> None:  # type: ignore[no-untyped-def]
    assert rules.plural_short_form("Orkney Islands") == ("Orkneys", [])
    assert rules.plural_short_form("Rocky Mountains") == ("Rockies", [])
    assert rules.plural_short_form("Carpathian Mountains") == (
        "Carpathians",
        ["Carpathi", "Carpathia"],
    )
    assert rules.plural_short_form("Balearic Islands") == ("Balearics", ["Balear"])
    assert rules.plural_short_form("Cook Islands") is None  # "the Cooks": no such form
    assert rules.ta_marbuta_variant("Al Jufrah") == "Jufra"
    assert rules.ta_marbuta_variant("Al Hasakah") == "Hasaka"
    assert rules.ta_marbuta_variant("Benghazi") is None


@pytest.mark.parametrize(
    ("name", "source_id"),
    [
        ("South Darfur", "admin1:SD."),  # GeoNames: Southern Darfur
        ("Northern Kordofan", "admin1:SD."),  # GeoNames: North Kordofan
        ("West Equatoria", "admin1:SS."),  # GeoNames: Western Equatoria
        ("Western Bengal", "admin1:IN."),  # GeoNames: West Bengal
        ("Northern Kalimantan", "admin1:ID."),
        ("South Ossetia", "disputed:"),
        ("the Carpathians", "region:carpathian"),
        ("the Andamans", "region:andaman"),
        ("the Rockies", "region:rocky"),
        ("Jufra", "admin1:LY."),  # GeoNames: Al Jufrah
        ("Rovuma River", "water:ruvuma"),
        ("the Dakotas", "region:dakotas"),  # regions.csv: a box within the US
    ],
)
def test_variant_finds_its_entry(name: str, source_id: str) -> None:
    top = geocode(name, limit=1)
    assert top and top[0].source_id.startswith(source_id), (name, top)


def test_plural_of_an_island_region_and_a_province() -> None:
    gaz = default_gazetteer()
    ids = {c.source_id for c in gaz.lookup("Balearics", limit=5)}
    assert {"admin1:ES.07", "region:balearic-islands"} <= ids
    assert "admin1:ES.53" in {c.source_id for c in gaz.lookup("Canaries", limit=5)}


def test_variants_that_would_mislead_are_not_made() -> None:
    gaz = default_gazetteer()
    # a directional area of a country or a state, not the state named "South Australia"
    assert not any(c.kind == "admin1" for c in gaz.lookup("Southern Australia", limit=5))
    assert not any(c.source_id == "admin1:US.WV" for c in gaz.lookup("Western Virginia"))
    # the people of Hawaii, not the islands
    assert not any(c.kind == "region" for c in gaz.lookup("Hawaiians", limit=5))


def test_sentences_with_the_short_forms() -> None:
    text = (
        "Aid convoys left El Obeid for South Darfur's villages on Monday, while "
        "traders said fuel from Jufra had reached the south of Libya."
    )
    places, _ = geoparse(text)
    ids = {p.source_id for p in places}
    assert any(i.startswith("admin1:SD.") for i in ids), ids
    assert any(i.startswith("admin1:LY.") for i in ids), ids
    river = "Smugglers crossed the Rovuma River into Tanzania at night, police said."
    places, _ = geoparse(river)
    assert "water:ruvuma" in {p.source_id for p in places}
    storm = "The storm weakened over Georgia before it soaked the Carolinas, forecasters said."
    places, _ = geoparse(storm)
    carolinas = [p for p in places if p.source_id == "region:carolinas"]
    assert carolinas and 33.0 < carolinas[0].lat < 36.0, places
