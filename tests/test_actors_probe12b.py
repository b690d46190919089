"""A lower unit's body ("the district administration") is of the country whose unit of
that level the article named before it, not of the country the story is most about; and
the places a body's own words name ("Families fled from X, the office said") do not give
the body its country."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of

_STORY = (
    "More than 2,000 people from Somalia's Gedo region have crossed into Kenya since "
    "Monday, fleeing fighting between the Somali army and al-Shabaab around Bardera and "
    "Luuq, officials said.\n\n"
    "Most of them entered Mandera county near the Somalia border, a Red Cross worker said.\n\n"
    "According to the county administration, the families came mainly from Beled Hawo, "
    "the Somali town across the border, and from villages near Luuq in Somalia."
)


def test_a_county_body_is_of_the_country_of_the_county_named_before() -> None:
    claims = placed_claims(_STORY)
    actor = actor_by(claims, "the county administration")
    assert actor.country_code == "KE"
    assert seat_of(actor).place_name == "Mandera"


def test_a_district_body_with_no_district_named_keeps_the_old_reading() -> None:
    claims = placed_claims(
        "Fighting in Somalia's Gedo region drove families from Bardera and Luuq.\n\n"
        "According to the provincial administration, the families came from Luuq."
    )
    actor = actor_by(claims, "the provincial administration")
    assert actor.country_code in (None, "SO")


def test_places_the_body_itself_names_do_not_give_its_country() -> None:
    claims = placed_claims(
        "Rains flooded Mandera county in Kenya on Monday.\n\n"
        "The families fled from Luuq and Bardera in Somalia, the interior ministry said."
    )
    actor = actor_by(claims, "the interior ministry")
    assert actor.country_code == "KE"
