"""The geoparser on wire-style paragraphs like those of a fourth probe on unseen articles: names
given to an organisation or a ship, look-alike spellings abroad, a capital that acts, and a
short country name that the article's full name settles."""

from __future__ import annotations

from helpers import geoparse, place_at

from claimmap.model import Place


def names(places: list[Place]) -> set[str]:
    return {p.name for p in places}


def mentioned(places: list[Place], words: str) -> bool:
    return any(m.text == words for p in places for m in p.mentions)


def test_a_name_in_apposition_to_an_organisation_is_no_place() -> None:
    text = (
        "Gunmen freed the tanker off Hobyo, the EU naval force Atalanta said on Monday. "
        "The freighter was heading to Kenya, Atalanta said in a statement."
    )
    places, _ = geoparse(text)
    assert not mentioned(places, "Atalanta")
    assert "Atlanta" not in names(places)
    assert place_at(places, text, "Kenya").country_code == "KE"


def test_a_group_named_like_a_town_is_no_place() -> None:
    places, _ = geoparse(
        "According to the advocacy group Oceana, trawlers from Spain caught too much hake."
    )
    assert not mentioned(places, "Oceana")
    assert "Spain" in names(places)


def test_a_ship_name_is_no_place() -> None:
    places, _ = geoparse("Chile detained the Chinese vessel Fu Yuan Yu 12 near Valparaiso.")
    assert not any(m.text.startswith("Fu") for p in places for m in p.mentions)


def test_a_place_after_a_place_noun_stays() -> None:
    text = "The aid group said the port city Aden was calm."
    places, _ = geoparse(text)
    assert place_at(places, text, "Aden").country_code == "YE"


def test_a_lookalike_spelling_abroad_is_unresolved() -> None:
    places, unresolved = geoparse(
        "Carriers ferried the squid from Peru back to Zhoushan and Shidao, Chinese ports, "
        "officials in Beijing said."
    )
    assert all(p.country_code != "JP" for p in places)
    assert any(u.mention.text == "Shidao" for u in unresolved)


def test_a_capital_waited_for_is_the_capital() -> None:
    text = (
        "Texas troops moved from Austin to Laredo. "
        '"We will not wait for Washington," the governor said in Houston.'
    )
    places, _ = geoparse(text)
    washington = place_at(places, text, "Washington")
    assert washington.kind == "city"
    assert washington.role == "actor"


def test_a_short_country_name_follows_the_full_one() -> None:
    text = (
        "BUKAVU, Democratic Republic of Congo (Reuters) - Rebels advanced on Bukavu. "
        "Burundi denied sending soldiers into Congo."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Congo", nth=1).country_code == "CD"


def test_sudan_beside_south_sudan_stays_sudan() -> None:
    text = "Refugees crossed from Sudan into South Sudan, officials in Juba said."
    places, _ = geoparse(text)
    assert place_at(places, text, "Sudan").country_code == "SD"
