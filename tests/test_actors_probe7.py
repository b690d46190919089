"""Claim sources of the seventh probe: an acronym in the sense of the article, a
person's country from his own description, a country's own council, armed groups that
sit at no capital, and several states speaking together."""

from __future__ import annotations

from helpers import actor_by, claims_of, text_of

from claimmap.actors import seat_of
from claimmap.model import Actor


def test_an_acronym_the_article_gives_no_support_is_not_the_foreign_table_row() -> None:
    claims = claims_of(
        "Fighting continued near El Fasher in Sudan. RSF adviser Omar Haddad told "
        "Sky News that the army was getting drones through Port Sudan."
    )
    actor = actor_by(claims, "RSF adviser Omar Haddad")
    assert actor.organisation == "RSF" and actor.country_code == "SD"
    assert seat_of(actor).place_name != "Paris"


def test_a_spokesman_is_not_given_the_ministry_of_the_sentence_before() -> None:
    claims = claims_of(
        "Egypt rejected the report. The Egyptian Foreign Ministry said it was false.\n"
        "Chinese Foreign Ministry spokesperson Li Wei said on Monday that China backs talks."
    )
    actor = actor_by(claims, "Chinese Foreign Ministry spokesperson Li Wei")
    assert actor.country_code == "CN"
    assert actor.organisation == "Foreign Ministry"


def test_a_minister_named_again_keeps_his_own_description() -> None:
    claims = claims_of(
        "Defence Minister Kemal Arslan said on Friday that Turkish troops hit 12 targets in "
        "northern Iraq. Arslan said the operations would go on."
    )
    actor = actor_by(claims, "Arslan")
    assert actor.name == "Kemal Arslan" and actor.country_code != "IQ"
    assert seat_of(actor).place_name != "Baghdad"


def test_a_country_s_security_council_is_not_the_un_one() -> None:
    claims = claims_of(
        "Russia's Security Council Secretary Ivan Petrov said that militants had crossed into Iraq."
    )
    actor = actor_by(claims, "Russia's Security Council Secretary Ivan Petrov")
    assert actor.country_code == "RU"
    assert seat_of(actor).place_name == "Moscow"


def test_a_non_state_armed_group_is_not_seated_at_the_capital() -> None:
    claims = claims_of("The Kurdish Democratic Forces said no prisoners had escaped from the camp.")
    actor = actor_by(claims, "The Kurdish Democratic Forces")
    actor = Actor(actor.name, "organisation", country_code="SY")
    seat = seat_of(actor)
    assert seat.precision == "unplaced" and "armed group" in seat.reason
    army = seat_of(Actor("Syrian Armed Forces", "organisation", country_code="SY"))
    assert army.place_name == "Damascus"


def test_states_joined_as_one_claimant_are_a_group_not_the_first() -> None:
    claims = claims_of("Both Tehran and Caracas have denied the shipments.")
    actor = actor_by(claims, "Both Tehran and Caracas")
    assert actor.name == "Tehran and Caracas" and actor.kind == "government"
    assert actor.country_code is None


def test_a_country_s_council_is_not_the_un_body_of_that_name() -> None:
    found = claims_of(
        "Kazakhstan's Security Council said the convoy never left Aktau. "
        "The U.N. Security Council said on Friday it was concerned."
    )
    seats = {}
    for c in found:
        seat = seat_of(c.actor) if c.actor else None
        seats[text_of(c.claimant)] = seat.place_name if seat else None
    assert seats["The U.N. Security Council"] == "New York City"
    assert seats["Kazakhstan's Security Council"] == "Astana"
