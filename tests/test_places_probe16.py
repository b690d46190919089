"""Place defects left from the fifteenth probe: a name coordinated with an unlisted place
vanishing, an unlisted resort or district before "<noun> area" vanishing, a terminal's own
name read as a mention of its city, and a county written with its state missing because
the state's bare name ranks a region (with no country) first.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Place


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def unresolved_names(text: str) -> dict[str, str]:
    return {u.mention.text: u.reason for u in geoparse(text)[1]}


# --- silent losses -----------------------------------------------------------------------------


def test_a_name_listed_with_an_unlisted_place_is_reported() -> None:
    text = "Rescuers moved 400 people from hamlets in Qorvandu and Tessarabi to camps in Pokhara."
    missing = unresolved_names(text)
    assert "Tessarabi" in missing
    assert "Qorvandu" in missing


def test_a_name_listed_with_a_firm_is_not_made_a_place() -> None:
    text = "Shares in Siemens and Zolvantec rose on Monday, traders in Frankfurt said."
    assert "Zolvantec" not in unresolved_names(text)


def test_an_unlisted_resort_area_is_reported() -> None:
    text = "Police said the men were detained in the Quenbaro resort area late on Friday."
    missing = unresolved_names(text)
    assert "Quenbaro" in missing
    assert "resort area" in missing["Quenbaro"]


# --- a facility's name is not its city -----------------------------------------------------------


def test_a_terminal_named_after_a_firm_is_the_terminals_mention() -> None:
    text = "The cars were loaded at Shanghai's Dongvale terminal, port officials said."
    places = by_text(geoparse(text)[0])
    assert "Dongvale" not in places
    assert places["Dongvale terminal"].name == "Shanghai"
    assert places["Shanghai"].country_code == "CN"


# --- a state written after a county -----------------------------------------------------------


def test_a_county_written_with_its_state_is_in_that_state() -> None:
    places = by_text(geoparse("Deputies in Clay County, Florida, said roads were closed.")[0])
    assert places["Clay County"].kind == "admin2"
    assert places["Clay County"].source_id.startswith("admin2:US.FL.")
    assert places["Florida"].kind == "admin1"


def test_a_county_written_with_a_state_named_like_a_country() -> None:
    places = by_text(geoparse("Storms closed schools in Clay County, Georgia, on Tuesday.")[0])
    assert places["Clay County"].source_id.startswith("admin2:US.GA.")
    assert places["Georgia"].country_code == "US"


def test_a_county_written_alone_stays_unplaced() -> None:
    assert "Clay County" in unresolved_names("Storms closed schools in Clay County on Tuesday.")


def test_the_owner_city_wins_over_a_town_named_like_the_airport() -> None:
    text = "Flights to Madrid's Toledo Vega airport were cancelled on Monday, the airline said."
    places = by_text(geoparse(text)[0])
    assert places["Toledo Vega airport"].name == "Madrid"
    assert "Toledo" not in places


# --- composite regions of the gazetteer ---------------------------------------------------------


def test_iraqs_kurdistan_region_is_placed_in_northern_iraq() -> None:
    text = "Families left camps in the Kurdistan Region for Sinjar on Monday, officials said."
    region = by_text(geoparse(text)[0])["Kurdistan Region"]
    assert region.kind == "region"
    assert 34.5 < region.lat < 37.4 and 42.3 < region.lon < 46.3


def test_greater_manchester_is_placed_around_manchester() -> None:
    text = "Police in Greater Manchester said two men were arrested in Bolton."
    county = by_text(geoparse(text)[0])["Greater Manchester"]
    assert 53.33 < county.lat < 53.69 and -2.73 < county.lon < -1.91
