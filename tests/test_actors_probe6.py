"""Claim sources of the sixth probe: regional office holders seated where their
government sits, titles the model split ("Forestry and Parks Minister", "City Manager",
"Gov."), and people placed by a clause, not employed by it."""

from __future__ import annotations

from helpers import actor_by, claims_of

from claimmap.actors import seat_of


def test_a_provincial_premier_sits_in_the_provincial_seat_not_the_capital() -> None:
    claims = claims_of(
        "Ontario Premier Jane Roe said on Tuesday the fires were spreading across Canada."
    )
    actor = actor_by(claims, "Ontario Premier Jane Roe")
    assert (actor.name, actor.role, actor.country_code) == ("Jane Roe", "premier", "CA")
    assert seat_of(actor).place_name == "Toronto"


def test_a_provincial_minister_with_a_compound_portfolio_is_the_person_named() -> None:
    claims = claims_of(
        "Manitoba Agriculture and Rural Affairs Minister Paul Dray said crops burned."
    )
    actor = actor_by(claims, "Manitoba Agriculture and Rural Affairs Minister Paul Dray")
    assert actor.name == "Paul Dray" and actor.kind == "person"
    assert actor.organisation == "Manitoba Agriculture and Rural Affairs"
    assert seat_of(actor).place_name == "Winnipeg"


def test_an_abbreviated_governor_title_seats_the_governor_in_the_state_capital() -> None:
    claims = claims_of("Arizona Gov. Tom Hale said the border crossings would reopen.")
    actor = actor_by(claims, "Arizona Gov. Tom Hale")
    assert (actor.name, actor.role, actor.organisation) == ("Tom Hale", "governor", "Arizona")
    assert seat_of(actor).place_name == "Phoenix"


def test_a_city_manager_is_the_person_seated_in_the_city() -> None:
    claims = claims_of("Winnipeg City Manager Ella Hart said the shelters were full.")
    actor = actor_by(claims, "Winnipeg City Manager Ella Hart")
    assert (actor.name, actor.role) == ("Ella Hart", "manager")
    assert seat_of(actor).place_name == "Winnipeg"


def test_a_national_minister_still_sits_in_the_capital() -> None:
    claims = claims_of("Canada's Finance Minister Bob Smith said the budget was balanced.")
    assert seat_of(actor_by(claims, "Canada's Finance Minister Bob Smith")).place_name == "Ottawa"


def test_people_staying_at_a_named_shelter_are_people_not_the_shelter() -> None:
    claims = claims_of("Two people staying at the Tucson shelter said they had not been told.")
    actor = actor_by(claims, "Two people staying at the Tucson shelter")
    assert actor.kind == "person" and "Tucson" not in actor.name
