"""Places in invented wire paragraphs: a dateline in brackets ("(HOUSTON) (AP) —") names the
bureau's city; English words of a title or a nickname ("Federal Minister", "the Queen of
Soul", "the Naval Prefecture") are no towns; a country known only from the nationality of
people ("Somali refugees") is their origin, not a location of the story."""

from __future__ import annotations

import re

import pytest
from helpers import claims_of, geoparse, place_at

from claimmap.datelines import find_datelines
from claimmap.model import Place, Unresolved


def _names(places: list[Place]) -> set[str]:
    return {m.text for p in places for m in p.mentions}


def _unresolved(unresolved: list[Unresolved]) -> set[str]:
    return {u.mention.text for u in unresolved}


def _starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n+", text))]


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        ("(HOUSTON) — Talks resumed.", "HOUSTON", None),
        ("(SAN DIEGO) (AP) — Talks resumed.", "SAN DIEGO", "AP"),
        ("Headline\n\n(DENVER) (Reuters) - Talks resumed.", "DENVER", "Reuters"),
    ],
)
def test_bracketed_dateline_is_read(text: str, name: str, outlet: str | None) -> None:
    (line,) = find_datelines(text, _starts(text))
    assert [text[a:b] for a, b in line.names] == [name]
    assert (text[line.outlet[0] : line.outlet[1]] if line.outlet else None) == outlet
    assert text[line.story :] == "Talks resumed."


@pytest.mark.parametrize(
    "text",
    [
        "(AFP) — Talks resumed.",  # a wire's own name, no place
        "(HOUSTON) Talks resumed.",  # no dash after the brackets
        "(see page 4) — Talks resumed.",  # not a name in capitals
    ],
)
def test_bracketed_non_datelines(text: str) -> None:
    assert find_datelines(text, _starts(text)) == []


def test_bracketed_dateline_names_the_city_not_the_state() -> None:
    text = (
        "Heat wave grips the coast\n\n(NEW YORK) (AP) — Power failed across Delaware and "
        "Maryland on Sunday as temperatures passed 100 degrees, utility officials said."
    )
    places, _ = geoparse(text)
    city = place_at(places, text, "NEW YORK")
    assert (city.name, city.kind, city.country_code) == ("New York City", "city", "US")


def test_bracketed_dateline_stays_out_of_claim_content() -> None:
    text = "(PORTLAND) (AP) — Firefighters contained a warehouse blaze on Sunday, a spokesman said."
    places, _ = geoparse(text)
    assert place_at(places, text, "PORTLAND").kind == "city"
    (claim,) = claims_of(text)
    assert claim.content is not None
    assert claim.content.text == "Firefighters contained a warehouse blaze on Sunday"


def test_adjective_before_an_office_is_no_town() -> None:
    text = (
        "VIENNA (Reuters) - Federal Minister Klara Ost met Federal Chancellor Jan Berger in "
        "Vienna on Monday, and the Federal Police searched a flat in Linz."
    )
    places, unresolved = geoparse(text)
    assert "Federal" not in _names(places) | _unresolved(unresolved)
    assert place_at(places, text, "Linz").country_code == "AT"


def test_adjective_before_a_body_is_no_province() -> None:
    text = (
        "MONTEVIDEO (Reuters) - Uruguay's Naval Prefecture seized a trawler off Rocha on "
        "Sunday, while Chile's Naval Command sent a frigate."
    )
    places, unresolved = geoparse(text)
    assert "Naval" not in _names(places) | _unresolved(unresolved)
    assert place_at(places, text, "Uruguay").country_code == "UY"


def test_common_word_of_a_nickname_is_no_city() -> None:
    text = "The crowd in Lagos cheered the singer known as the Queen of Soul on Saturday."
    places, unresolved = geoparse(text)
    assert "Soul" not in _names(places) | _unresolved(unresolved)
    assert place_at(places, text, "Lagos").country_code == "NG"


def test_places_before_offices_and_in_titles_stay() -> None:
    text = (
        "Nice Mayor Luc Arnaud met Ohio Governor Tom Hale and the Prince of Wales on "
        "Monday. Officials in Shiga Prefecture also attended."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Nice").country_code == "FR"
    assert place_at(places, text, "Ohio").kind == "admin1"
    assert place_at(places, text, "Wales").country_code == "GB"
    assert place_at(places, text, "Shiga Prefecture").kind == "admin1"


def test_adjective_named_city_before_an_office_stays() -> None:
    text = "ZAGREB (Reuters) - Split Mayor Ivo Kralj said on Monday the Croatian port would expand."
    places, _ = geoparse(text)
    assert place_at(places, text, "Split").country_code == "HR"


def test_units_with_admin_titles_stay_provinces() -> None:
    text = (
        "Shelling hit Zaporizhzhia Oblast and Krasnodar Krai overnight, while floods "
        "struck Aceh Province, officials said."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Zaporizhzhia").kind == "admin1"
    assert place_at(places, text, "Krasnodar").kind == "admin1"
    assert place_at(places, text, "Aceh").kind == "admin1"


def test_nationality_of_people_is_their_origin() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya returned 60 Somali refugees and 15 Ethiopian migrants "
        "to the border post at Moyale on Monday, officials said."
    )
    places, _ = geoparse(text)
    somalia = place_at(places, text, "Somali")
    ethiopia = place_at(places, text, "Ethiopian")
    assert (somalia.country_code, somalia.role) == ("SO", "nationality")
    assert (ethiopia.country_code, ethiopia.role) == ("ET", "nationality")
    assert place_at(places, text, "Kenya").role == "location"


def test_nationality_of_things_or_a_named_country_stays_a_location() -> None:
    text = (
        "Somali police seized a boat near the Ethiopian border on Tuesday, and 30 Eritrean "
        "migrants were found later in Eritrea's port of Assab."
    )
    places, _ = geoparse(text)
    assert place_at(places, text, "Ethiopian").role == "location"  # the border: a place
    assert place_at(places, text, "Eritrean").role == "location"  # Eritrea is named too


def test_compass_region_is_no_foreign_province() -> None:
    text = (
        "Blizzard shuts airports\n\nHARTFORD (AP) — A blizzard shut airports across the "
        "Northeast on Saturday, and the Southwest braced for floods, forecasters said."
    )
    places, unresolved = geoparse(text)
    assert "Northeast" not in _names(places)
    assert "Northeast" in _unresolved(unresolved)  # reported, with the reason
    assert place_at(places, text, "HARTFORD").country_code == "US"


def test_compass_province_of_a_named_country_stays() -> None:
    text = "PRETORIA (Reuters) - Hail damaged crops in South Africa's North West on Monday."
    places, _ = geoparse(text)
    province = place_at(places, text, "North West")
    assert (province.kind, province.country_code) == ("admin1", "ZA")
