"""Wrong dots a tenth probe of unseen articles found in the places stage.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Place


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def test_the_capital_of_a_country_does_not_make_the_country_a_city() -> None:
    # "the capital of Russia" named a city: the town of Russia, Ohio, won once the article
    # named the United States; the capital is of the country, not the country a capital
    text = (
        "Iran has shipped drones to Russia, officials said. They were unloaded at "
        "Makhachkala, the capital of Russia's Republic of Dagestan. The ships belonged to "
        "companies under U.S. sanctions."
    )
    found = by_text(geoparse(text)[0])
    assert (found["Russia"].kind, found["Russia"].country_code) == ("country", "RU")
    assert found["Makhachkala"].country_code == "RU"


def test_the_city_of_a_name_is_still_a_city() -> None:
    found = by_text(geoparse("Protesters gathered in the Italian city of Florence.")[0])
    assert (found["Florence"].kind, found["Florence"].country_code) == ("city", "IT")


def test_a_possessive_before_the_name_of_a_body_does_not_place_the_name_inside() -> None:
    # "China's Taiwan Affairs Office" owns the office: Taiwan went to a Chinese village
    text = (
        "Taiwan's coast guard said four ships had entered the waters off Kinmen. "
        "A spokeswoman for China's Taiwan Affairs Office said the patrols would continue."
    )
    found = by_text(geoparse(text)[0])
    assert (found["Taiwan"].kind, found["Taiwan"].country_code) == ("country", "TW")


def test_a_possessive_before_a_province_still_places_it_inside() -> None:
    found = by_text(geoparse("Fighting spread in Ethiopia's Tigray region on Monday.")[0])
    assert found["Tigray"].country_code == "ET"
    found = by_text(geoparse("Shelling hit Syria's Idlib Governorate overnight.")[0])
    assert (found["Idlib Governorate"].kind, found["Idlib Governorate"].country_code) == (
        "admin1",
        "SY",
    )


def test_an_owned_capital_of_a_name_is_that_city() -> None:
    found = by_text(geoparse("They flew to Azerbaijan's capital of Baku.")[0])
    assert (found["Baku"].kind, found["Baku"].country_code) == ("city", "AZ")
