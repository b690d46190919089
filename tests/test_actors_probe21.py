"""Claim sources of the twenty-first probe: a named official of a body named before his
name is that official (the parser may hang his name on the body), a title tied to a body
is no back-reference to an anonymous source of another paragraph, a country whose name
takes an article ("the Netherlands") counts without it, and a bare organ word ("Police",
"a navy spokesman") is the force named just before."""

from __future__ import annotations

from helpers import actor_by, placed_claims

_SOURCE = (
    "Police in Ghana seized 300 kilograms of ivory at the port of Tema on Monday. The ivory "
    "was bound for Bangkok, a source close to the investigation told the Daily Graphic.\n\n"
)


def test_a_named_official_of_a_service_is_the_person_not_an_earlier_source() -> None:
    claims = placed_claims(
        _SOURCE + "The head of fisheries crime at the Ghana Revenue Service, Yaw Owusu, said "
        "on Monday that the service was working with Interpol."
    )
    actor = actor_by(claims, "The head of fisheries crime at the Ghana Revenue Service, Yaw Owusu")
    assert actor.name == "Yaw Owusu"
    assert actor.kind == "person"
    assert actor.organisation == "Ghana Revenue Service"
    assert actor.country_code == "GH"


def test_a_title_at_a_named_body_is_no_earlier_anonymous_source() -> None:
    claims = placed_claims(
        _SOURCE + "The head of wildlife crime at the Ghana Customs Service said on Wednesday "
        "that the agency was working with Interpol."
    )
    actor = actor_by(claims, "The head of wildlife crime at the Ghana Customs Service")
    assert actor.name == "head of wildlife crime"
    assert actor.kind == "person"
    assert actor.organisation == "Ghana Customs Service"
    assert actor.country_code == "GH"


def test_a_netherlands_based_group_is_dutch() -> None:
    claims = placed_claims(
        "The cargo was worth about $2 million, according to the Ocean Crime Monitor, a "
        "Netherlands-based group that tracks smuggling. The group said the cargo came from "
        "Gabon."
    )
    claimant = "the Ocean Crime Monitor, a Netherlands-based group that tracks smuggling"
    assert actor_by(claims, claimant).country_code == "NL"
    assert actor_by(claims, "The group").country_code == "NL"


def test_bare_police_after_a_national_police_force_is_that_force() -> None:
    claims = placed_claims(
        "The Royal Malaysian Police said on Monday they had arrested four men at the port "
        "of Klang. Police said the men had arrived from Medan by boat."
    )
    actor = actor_by(claims, "Police")
    assert actor.name == "Royal Malaysian Police"
    assert actor.country_code == "MY"


def test_a_navy_spokesman_after_a_navy_that_acted_is_of_its_country() -> None:
    claims = placed_claims(
        "The Philippine navy intercepted a fishing boat off Palawan on Sunday. A navy "
        "spokesman said the boat was carrying 40 migrants."
    )
    actor = actor_by(claims, "A navy spokesman")
    assert actor.kind == "person"
    assert actor.organisation == "Philippine navy"
    assert actor.country_code == "PH"
