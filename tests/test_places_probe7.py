"""Names a seventh probe of unseen articles took as places although they name a news outlet
("the Xyz daily") or a seat of power ("the White House"): an actor, not a town.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse


def names(text: str) -> set[str]:
    return {p.name for p in geoparse(text)[0]}


def test_a_name_before_daily_is_an_outlet() -> None:
    found = names("An official told the Sabah daily that the convoy left Ankara.")
    assert "Sabah" not in found
    assert "Ankara" in found


def test_a_name_before_news_agency_is_an_outlet() -> None:
    found = names("The Sabah news agency said aid reached Lima on Friday.")
    assert "Sabah" not in found
    assert "Lima" in found


def test_the_white_house_is_no_town() -> None:
    found = names("The White House said the shipments reached Poland in March.")
    assert found == {"Poland"}


def test_a_region_name_still_a_place_without_outlet_noun() -> None:
    assert "Sabah" in names("Floods hit the Malaysian state of Sabah on Monday.")


def test_krai_after_a_seat_name_is_the_province() -> None:
    found = geoparse("Trains carried the shells to Tikhoretsk in Krasnodar Krai, Kyiv said.")[0]
    assert any(p.kind == "admin1" and p.country_code == "RU" for p in found)
    assert not any(p.kind == "city" and p.name == "Krasnodar" for p in found)


def test_an_unlisted_depot_is_reported_not_dropped() -> None:
    _, unresolved = geoparse("No arms were moved to the Zorvanka depot in Moldova, officials said.")
    assert any(u.mention.text == "Zorvanka" for u in unresolved), unresolved
