"""Gazetteer and geoparser after probe 23: the Arabic transliterations news uses for
subdivisions ("Menoufia", "Kalyoubia", "Daqahliya"), airports by their name without the
city ("Dulles International Airport") or by the other name in parentheses, the plural of a
mountain range ("the Appalachians"), Norway's counties of 2020-2024 and DR Congo's Kongo
Central."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import geoparse

from claimmap.gazetteer import default_gazetteer

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def rules(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """The build's pure rules (scripts/geo_build is not an installed package)."""
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from geo_build import airports, variants_spelling

    return SimpleNamespace(arabic=variants_spelling.arabic_variants, airport=airports.airport_names)


def top(name: str) -> tuple[str, str, str | None]:
    best = default_gazetteer().lookup(name, limit=1, fuzzy=False)[0]
    return best.source_id, best.kind, best.country_code


# --- build rules (pure functions) -----------------------------------------------------------


def test_arabic_spellings_of_a_nisba_name(rules: SimpleNamespace) -> None:
    made = rules.arabic("Monufia")
    assert {"Menoufia", "Minufiya", "Monoufia", "Menufiyah"} <= set(made)
    assert "Monufia" not in made
    assert {"Kalyoubia", "Qalyubiya", "Qalyoubiyah"} <= set(rules.arabic("Qalyubia"))
    assert {"Daqahliya", "Dakahliya"} <= set(rules.arabic("Dakahlia"))


def test_arabic_article_and_kaf(rules: SimpleNamespace) -> None:
    assert set(rules.arabic("Al Anbar")) == {"Anbar", "El Anbar"}
    # "Kafr" (a kaf) keeps its k; the article inside the name may be "al" or "el"
    assert rules.arabic("Kafr el-Sheikh") == ["Kafr al-Sheikh"]
    assert rules.arabic("Mila") == ["Mela"]  # no nisba: a short vowel only becomes its mate


def test_english_named_subdivisions_get_no_arabic_spelling(rules: SimpleNamespace) -> None:
    assert rules.arabic("Red Sea") == []
    assert rules.arabic("Northern State") == []
    assert rules.arabic("New Valley") == []


def test_airport_names_without_the_city_keep_the_qualifier(rules: SimpleNamespace) -> None:
    names, short = rules.airport("Springfield Maple Ridge International Airport", "Springfield")
    assert "Maple Ridge International Airport" in names
    assert "Maple Ridge Airport" in names
    assert short == "Maple Ridge"


def test_airport_other_name_in_parentheses(rules: SimpleNamespace) -> None:
    names, short = rules.airport("Anna Weber (Birkenfeld) International Airport", "Oldtown")
    assert names[0] == "Anna Weber (Birkenfeld) International Airport"
    assert "Anna Weber International Airport" in names
    assert "Birkenfeld International Airport" in names
    assert short == "Birkenfeld"
    names, _ = rules.airport("Lakeside Intl Airport", "Oldtown")
    assert names[0] == "Lakeside International Airport"


# --- the gazetteer --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Menoufia", ("admin1:EG.09", "admin1", "EG")),
        ("Kalyoubia", ("admin1:EG.12", "admin1", "EG")),
        ("Daqahliya", ("admin1:EG.01", "admin1", "EG")),
        ("Sharqiya", ("admin1:EG.14", "admin1", "EG")),
        ("Anbar", ("admin1:IQ.01", "admin1", "IQ")),
        ("the Appalachians", ("region:appalachian-mountains", "region", None)),
        ("Dulles International Airport", ("airport:IAD", "facility", "US")),
        ("O'Hare International Airport", ("airport:ORD", "facility", "US")),
        ("Fiumicino Airport", ("airport:FCO", "facility", "IT")),
        ("Kongo Central", ("admin1:CD.08", "admin1", "CD")),
        ("Viken", ("former:NO.viken", "admin1", "NO")),
        ("Vestfold og Telemark", ("former:NO.vestfold-og-telemark", "admin1", "NO")),
        ("Troms og Finnmark", ("former:NO.troms-og-finnmark", "admin1", "NO")),
    ],
)
def test_names_readers_use(name: str, expected: tuple[str, str, str | None]) -> None:
    assert top(name) == expected


def test_arabic_variants_add_no_ambiguity() -> None:
    """A variant names one entry: "Menoufia" is the governorate only."""
    found = default_gazetteer().lookup("Menoufia", limit=5, fuzzy=False)
    assert [c.source_id for c in found] == ["admin1:EG.09"]


# --- the geoparser --------------------------------------------------------------------------


def _ids(text: str) -> dict[str, str]:
    places, _ = geoparse(text)
    return {m.text: p.id for p in places for m in p.mentions}


def test_egyptian_governorates_in_news_spelling() -> None:
    text = (
        "Cotton farmers in Menoufia and Kalyoubia said on Tuesday that the canal water "
        "had not reached their fields, while officials in Daqahliya blamed a broken pump."
    )
    found = _ids(text)
    assert found["Menoufia"] == "admin1:EG.09"
    assert found["Kalyoubia"] == "admin1:EG.12"
    assert found["Daqahliya"] == "admin1:EG.01"


def test_range_plural_and_airport_without_city() -> None:
    text = (
        "The storm dumped snow across the Appalachians before flights were grounded at "
        "Dulles International Airport on Friday."
    )
    found = _ids(text)
    assert found["Appalachians"] == "region:appalachian-mountains"
    assert found["Dulles International Airport"] == "airport:IAD"


def test_merged_norwegian_county_and_renamed_congolese_province() -> None:
    text = (
        "In 2021 the council of Viken approved a new bus line to Drammen. Separately, "
        "aid workers in Kongo Central said the road to Matadi had washed away."
    )
    found = _ids(text)
    assert found["Viken"] == "former:NO.viken"
    assert found["Kongo Central"] == "admin1:CD.08"
