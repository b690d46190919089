"""Claim sources the thirteenth probe (third round) left unplaced: members of a national
legislature speaking as a group, a spokesperson named by his principal's surname, an
oblast the model tagged as a person before "Governor", a ministry whose owning country is
written inside its name, a region's demonym the model parsed as a compound, and an
anonymous official with a nationality demonym."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_party_senators_in_a_capital_datelined_story_sit_in_the_capital() -> None:
    claims = placed_claims(
        "WASHINGTON (AP) - Democratic senators accused Energy Secretary Dana Holt on "
        "Wednesday of hiding the cost of the pipeline."
    )
    actor = actor_by(claims, "Democratic senators")
    assert actor.country_code == "US"
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("Washington", "city")


def test_a_chamber_s_party_members_sit_with_the_chamber() -> None:
    claims = placed_claims(
        "The White House accused Democrats of blocking the budget. House Democrats say "
        "the bill was loaded with unrelated spending."
    )
    actor = actor_by(claims, "House Democrats")
    assert (actor.organisation, actor.country_code) == ("House", "US")
    assert seat_of(actor).place_name == "Washington"


def test_lawmakers_with_a_demonym_are_that_country_s_legislature() -> None:
    actor = actor_by(
        placed_claims("Kenyan lawmakers said the new tax was illegal."), "Kenyan lawmakers"
    )
    assert actor.country_code == "KE"
    assert seat_of(actor).place_name == "Nairobi"


def test_a_state_s_legislators_are_not_seated_in_the_national_capital() -> None:
    claims = placed_claims("Ohio Senate Republicans said the tax was illegal.")
    assert seat_of(actor_by(claims, "Ohio Senate Republicans")).place_name != "Washington"


def test_a_spokesperson_named_by_a_governor_s_surname_sits_in_his_state() -> None:
    claims = placed_claims(
        "The feud echoed a race in Ohio, where Rep. Tom Weller is challenging Gov. Mike "
        "DeWine. A DeWine spokesperson, Clara Moss, said in a statement that the ad was false."
    )
    actor = actor_by(claims, "A DeWine spokesperson, Clara Moss")
    assert (actor.name, actor.country_code) == ("Clara Moss", "US")
    assert seat_of(actor).place_name == "Columbus"


def test_an_oblast_the_model_tagged_as_a_person_is_the_governor_s_region() -> None:
    claims = placed_claims(
        "Sumy Oblast Governor Ivan Hryhorov said two people were injured in the attack."
    )
    actor = actor_by(claims, "Sumy Oblast Governor Ivan Hryhorov")
    assert (actor.name, actor.kind, actor.role) == ("Ivan Hryhorov", "person", "governor")
    assert actor.country_code == "UA"
    assert seat_of(actor).place_name == "Sumy"


def test_a_country_written_inside_a_ministry_s_name_is_its_country() -> None:
    claims = placed_claims(
        "Mozambique's Ministry of Fisheries and Sea said it had seized 40 boats."
    )
    actor = actor_by(claims, "Mozambique's Ministry of Fisheries and Sea")
    assert actor.country_code == "MZ"
    assert seat_of(actor).place_name == "Maputo"


def test_a_region_s_demonym_parsed_as_a_compound_places_the_president() -> None:
    claims = placed_claims(
        "Thousands marched in Barcelona, the capital of Catalonia. The Catalan president, "
        "Jordi Puig, said the region would take in more migrants."
    )
    actor = actor_by(claims, "The Catalan president, Jordi Puig")
    assert (actor.located, actor.country_code) == ("Catalonia", "ES")
    assert seat_of(actor).place_name == "Barcelona"


def test_an_anonymous_official_with_a_demonym_sits_in_the_capital_at_country_precision() -> None:
    claims = placed_claims(
        "An Emirati official, who asked not to be named, said Abu Dhabi backed the deal."
    )
    actor = actor_by(claims, "An Emirati official, who asked not to be named")
    assert actor.country_code == "AE"
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("Abu Dhabi", "country")


def test_lawmakers_of_a_body_the_table_seats_stay_with_that_body() -> None:
    claims = placed_claims("European Parliament lawmakers said the trade deal was flawed.")
    assert seat_of(actor_by(claims, "European Parliament lawmakers")).place_name == "Strasbourg"


def test_a_spokesman_named_by_a_president_s_surname_speaks_from_his_capital() -> None:
    claims = placed_claims(
        "Kenyan President Paul Otieno met rebel leaders on Monday. An Otieno spokesman, "
        "Tom Wekesa, said the talks would resume in March."
    )
    actor = actor_by(claims, "An Otieno spokesman, Tom Wekesa")
    assert actor.country_code == "KE"
    assert seat_of(actor).place_name == "Nairobi"


def test_a_country_s_demonym_is_no_region_s_whose_name_begins_alike() -> None:
    claims = placed_claims(
        "Farmers in Indiana sold soybeans to India. The Indian president, Ram Mehta, said "
        "the deal was fair."
    )
    actor = actor_by(claims, "The Indian president, Ram Mehta")
    assert actor.located is None
    assert seat_of(actor).place_name == "New Delhi"
