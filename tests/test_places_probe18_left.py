"""Place defects left from probe 18: a name after "the border at" that NER calls an
organisation is reported unresolved, not dropped; a town name shared by towns of two
countries the article names is the one beside the article's other towns; a common name the
ranking cuts off is looked up in the article's countries; "fighting in X" / "deployed to X"
is the province when the article names "the X region"."""

from __future__ import annotations

import pytest
from helpers import geoparse, place_at


@pytest.mark.parametrize("name", ["Kolvanère", "Savanette"])
def test_an_unknown_name_after_the_border_at_is_reported(name: str) -> None:
    text = (
        "More than 2,000 people fled Mirebalais toward Hinche, and some were trying to reach "
        f"the Dominican border at {name}, the IOM said."
    )
    places, unresolved = geoparse(text)
    assert name not in {p.name for p in places}
    reasons = [u.reason for u in unresolved if u.mention.text == name]
    assert reasons == [
        f"no gazetteer entry for {name!r}: written in a place slot (unknown name after"
        " 'border at'), not in the gazetteer"
    ]


def test_the_namesake_beside_the_port_wins_over_the_larger_one() -> None:
    text = (
        "Customs officers in Antwerp arrested two dockworkers from Zwijndrecht on Friday, and "
        "a Dutch national was detained in Rotterdam, Belgian prosecutors said."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Zwijndrecht")
    assert (town.country_code, round(town.lat, 1), round(town.lon, 1)) == ("BE", 51.2, 4.3)


def test_the_larger_namesake_stays_when_it_is_the_one_beside_the_towns() -> None:
    text = (
        "Police in Rotterdam and Dordrecht detained two men from Zwijndrecht on Friday, "
        "Dutch prosecutors said. Belgian customs had flagged the shipment."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "Zwijndrecht")
    assert (town.country_code, round(town.lat, 1), round(town.lon, 1)) == ("NL", 51.8, 4.6)


def test_a_common_name_cut_by_the_ranking_is_found_in_the_articles_country() -> None:
    text = (
        "Migrants who crossed the jungle from Colombia reach Yaviza and Metetí in Panama, "
        "where a Red Cross team runs a shelter at San Vicente."
    )
    places, _ = geoparse(text)
    town = place_at(places, text, "San Vicente")
    assert (town.country_code, town.kind) == ("PA", "city")


@pytest.mark.parametrize(
    "clause",
    ["Heavy fighting in Belgorod has displaced thousands", "More troops were deployed to Belgorod"],
)
def test_a_theatre_of_war_is_the_province_the_article_names(clause: str) -> None:
    text = f"Russian units moved into the Belgorod region last month. {clause}, the governor said."
    places, _ = geoparse(text)
    bare = place_at(places, text, "Belgorod", nth=1)
    assert (bare.kind, bare.country_code) == ("admin1", "RU")


def test_a_bare_city_name_elsewhere_stays_the_city() -> None:
    text = (
        "Russian units moved into the Belgorod region last month. Residents of Belgorod "
        "queued for water on Sunday, the governor said."
    )
    places, _ = geoparse(text)
    bare = place_at(places, text, "Belgorod", nth=1)
    assert (bare.kind, bare.country_code) == ("city", "RU")
