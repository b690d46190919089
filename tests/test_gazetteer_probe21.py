"""Gazetteer and geoparser after probe 21: the Korean, Persian, joined-name, Arabic-qaf and
Levantine spellings of subdivisions and towns, a valley standing for the province named
after it, and a small foreign town far from the countries a border story names."""

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
    from geo_build import variants_spelling as v

    return SimpleNamespace(
        korean=v.korean_variants,
        persian=v.persian_variants,
        joined=v.joined_variant,
        qaf=v.qaf_variant,
        levantine=v.levantine_variants,
    )


def top(name: str) -> tuple[str, str, str | None]:
    best = default_gazetteer().lookup(name, limit=1, fuzzy=False)[0]
    return best.name, best.kind, best.country_code


# --- build rules (pure functions) -----------------------------------------------------------


def test_korean_halves_are_north_and_south(rules: SimpleNamespace) -> None:
    assert rules.korean("Hwanghae-namdo") == ["South Hwanghae"]
    assert rules.korean("Jeollabuk-do") == ["North Jeolla"]
    assert rules.korean("P'yŏngan-bukto") == ["North P'yongan"]
    assert rules.korean("Yanggang-do") == ["Yanggang"]
    assert rules.korean("Pyongyang") == []


def test_persian_adjective_follows_its_noun(rules: SimpleNamespace) -> None:
    assert rules.persian("Razavi Khorasan") == ["Khorasan Razavi", "Khorasan-e Razavi"]
    assert "South Khorasan" in rules.persian("Khorāsān-e Jonūbī")
    assert "Khorasan Jonubi" in rules.persian("Khorāsān-e Jonūbī")
    assert rules.persian("West Azerbaijan") == ["Azerbaijan Gharbi"]
    assert rules.persian("Kerman") == []


def test_two_joined_names(rules: SimpleNamespace) -> None:
    assert rules.joined("Chaharmahal and Bakhtiari") == "Chaharmahal-Bakhtiari"
    assert rules.joined("Trinidad and Tobago") == "Trinidad-Tobago"
    assert rules.joined("Saint Kitts and Nevis") is None  # three words: no such compound


def test_arabic_qaf_written_k(rules: SimpleNamespace) -> None:
    assert rules.qaf("Umm Qasr") == "Umm Kasr"
    assert rules.qaf("Homs") is None


def test_levantine_diminutive(rules: SimpleNamespace) -> None:
    assert "Jdeideh" in rules.levantine("Judaydah")
    assert rules.levantine("As-Suwayda") == ["As-Sweida", "Sweida"]
    assert rules.levantine("Shuwayfāt") == ["Shweifat"]  # a long plural -āt keeps its "a"
    assert rules.levantine("Rūjayb") == []  # a long "ū" is not elided
    assert rules.levantine("Banī Suhaylā") == []  # no elision before "h"
    assert rules.levantine("Homs") == []


# --- the built file -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("South Hamgyong", ("Hamgyŏng-namdo", "admin1", "KP")),
        ("North Pyongan", ("P'yŏngan-bukto", "admin1", "KP")),
        ("South Gyeongsang", ("Gyeongsangnam-do", "admin1", "KR")),
        ("Khorasan Shomali", ("North Khorasan", "admin1", "IR")),
        ("South Khorasan", ("Khorāsān-e Jonūbī", "admin1", "IR")),
        ("Chaharmahal-Bakhtiari", ("Chaharmahal and Bakhtiari", "admin1", "IR")),
        ("Umm Kasr", ("Umm Qaşr", "city", "IQ")),
        ("Sharkia", ("Sharqia", "admin1", "EG")),
        ("Jdeidet Yabous", ("Judaydat Yābūs", "city", "SY")),
        ("Qseir", ("Al Quşayr", "city", "SY")),
    ],
)
def test_variants_in_the_gazetteer(name: str, expected: tuple[str, str, str]) -> None:
    assert top(name) == expected


# --- the geoparser --------------------------------------------------------------------------


def _ids(text: str) -> dict[str, str]:
    places, _ = geoparse(text)
    return {m.text: p.id for p in places for m in p.mentions}


def test_korean_and_persian_provinces_in_news_order() -> None:
    text = (
        "Flooding cut the rail line near Hamhung, in South Hamgyong province, on Monday. "
        "In Iran, the governor of Khorasan Shomali province said roads to Bojnurd had reopened."
    )
    found = _ids(text)
    assert found["South Hamgyong"] == "admin1:KP.03"
    assert found["Khorasan Shomali"] == "admin1:IR.43"


def test_a_valley_is_the_province_named_after_it() -> None:
    text = "Israeli jets struck targets in the Bekaa Valley on Sunday, Lebanese officials said."
    assert _ids(text)["Bekaa Valley"] == "admin1:LB.08"


BORDER_STORY = (
    "Iran bused hundreds of Afghan returnees from Mashhad to the Tilhar crossing and on to "
    "Herat this week, officials in Kabul said. An aid group counted 2,000 people at Tilhar on "
    "Friday; other families reached Kandahar and Zaranj."
)


def test_small_town_of_an_unnamed_country_far_from_a_border_story() -> None:
    """Tilhar is only a town in India, 1,240 km from the Iranian and Afghan places: too near
    for the 3,000 km namesake veto, too spread for the cluster one, and two countries share
    the places, so no one country is the article's area."""
    places, unresolved = geoparse(BORDER_STORY)
    assert {p.country_code for p in places if p.kind == "city"} == {"IR", "AF"}
    reasons = [u.reason for u in unresolved if u.mention.text == "Tilhar"]
    assert len(reasons) == 2 and "never names IN" in reasons[0]


def test_the_town_stays_when_the_article_names_its_country() -> None:
    places, _ = geoparse(BORDER_STORY + " India offered to help.")
    assert any(p.name == "Tilhar" and p.country_code == "IN" for p in places)
