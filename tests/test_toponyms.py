"""``geoparse --jsonl`` rows: a toponym is the name, resolved to what it names; the vague area
a direction word cuts out of it ("northern China") rides along under ``area``."""

from __future__ import annotations

from helpers import geoparse

from claimmap.gazetteer import default_gazetteer
from claimmap.toponyms import toponym_rows

TEXT = (
    "Floods hit northern China on Monday, and a drought dried up wells in southern Mexico. "
    "Aid reached Kenya and the Chinese Red Cross sent teams."
)


def rows(text: str, forms: set[str] | None = None) -> list[dict[str, object]]:
    places, _ = geoparse(text)
    return toponym_rows(places, default_gazetteer().country, forms)


def test_a_directional_area_gives_the_country_it_names() -> None:
    by_text = {r["text"]: r for r in rows(TEXT)}
    china, mexico = by_text["China"], by_text["Mexico"]
    assert (china["start"], china["end"]) == (TEXT.index("China"), TEXT.index("China") + 5)
    assert china["kind"] == "country" and china["country_code"] == "CN"
    assert china["place"] == "country:CN" and china["form"] == "area"
    country = default_gazetteer().country("CN")
    assert country is not None and (china["lat"], china["lon"]) == (country.lat, country.lon)
    assert mexico["country_code"] == "MX" and mexico["kind"] == "country"


def test_the_area_is_kept_beside_the_toponym() -> None:
    china = next(r for r in rows(TEXT) if r["text"] == "China")
    area = china["area"]
    assert isinstance(area, dict)
    assert area["text"] == "northern China" and area["start"] == TEXT.index("northern")
    assert area["place"] == "area:north:CN"
    assert area["lat"] > 35.6  # the northern part lies north of the country's point


def test_plain_names_and_forms_filter_as_before() -> None:
    texts = [r["text"] for r in rows(TEXT, {"name", "area"})]
    assert texts == ["China", "Mexico", "Kenya"]  # "Chinese" is a demonym, filtered
    assert all("area" not in r for r in rows(TEXT) if r["text"] == "Kenya")


def test_a_direction_word_alone_is_no_toponym() -> None:
    text = "Shelling was reported across northern and eastern Syria on Tuesday."
    found = rows(text)
    assert [r["text"] for r in found] == ["Syria"]
    assert found[0]["area"]["text"] == "eastern Syria"
