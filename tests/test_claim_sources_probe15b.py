"""Claim sources the fifteenth probe got wrong: a place the claimant phrase states ("the
U.N. rights office in Geneva", "whose headquarters are in X") ignored for a capital, a
portfolio ("Ministry of Energy") taken for a town, an association's vice-president
seated as the head of state, a briefing city ignored, a diplomatic mission taken for
the body it is accredited to, a kinship phrase bound to the last man quoted, titles kept
in or taken for a name, and well-known bodies missing from the actors table."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_an_international_office_in_a_stated_city_sits_there() -> None:
    claims = placed_claims(
        "The U.N. human rights office in Geneva urged the government to stop deporting "
        "people to Burundi."
    )
    actor = actor_by(claims, "The U.N. human rights office in Geneva")
    assert actor.country_code is None
    assert seat_of(actor).place_name == "Geneva"


def test_a_table_body_in_another_city_sits_where_the_phrase_puts_it() -> None:
    claims = placed_claims("The UNHCR office in Bangkok said 300 people had arrived.")
    assert seat_of(actor_by(claims, "The UNHCR office in Bangkok")).place_name == "Bangkok"


def test_a_company_whose_headquarters_are_stated_is_the_one_named_before() -> None:
    claims = placed_claims(
        "Veolia said on Monday it had lost the contract. The company, whose headquarters "
        "are in Aubervilliers near Paris, said the plant was safe."
    )
    actor = actor_by(claims, "The company, whose headquarters are in Aubervilliers near Paris")
    assert actor.name == "Veolia"
    assert seat_of(actor).place_name == "Aubervilliers"


def test_an_association_vice_president_is_not_the_head_of_state() -> None:
    claims = placed_claims(
        "Manaus - Hundreds of loggers have left the reserve, federal authorities say. Joana "
        "Tikuna, vice-president of the Tikuna Rivers association, said they would return."
    )
    actor = actor_by(claims, "Joana Tikuna, vice-president of the Tikuna Rivers association")
    assert actor.role == "vice-president"
    assert actor.organisation == "Tikuna Rivers association"
    assert "speaks for its government" not in seat_of(actor).reason


def test_a_vice_president_of_a_state_still_speaks_for_it() -> None:
    claims = placed_claims("Ana Ruiz, vice-president of Peru, said the talks had failed.")
    actor = actor_by(claims, "Ana Ruiz, vice-president of Peru")
    assert actor.role == "vice-president"
    assert seat_of(actor).place_name == "Lima"


def test_a_ministry_portfolio_is_no_town() -> None:
    claims = placed_claims(
        '"The dam is run by Laos, not by Thailand," said a senior official at Thailand\'s '
        "Ministry of Energy, who asked not to be named."
    )
    actor = claims[0].actor
    assert actor is not None and actor.country_code == "TH"
    assert seat_of(actor).place_name == "Bangkok"


def test_an_official_of_a_state_department_briefing_in_a_city_of_his_country_sits_there() -> None:
    claims = placed_claims(
        "Assam's Disaster Management Department said on Sunday that 12 districts were hit. "
        'Officials said 9 people had died. "We have moved 20,000 people," the department\'s '
        "principal secretary Ravi Kota told reporters in Guwahati."
    )
    actor = actor_by(claims, "the department's principal secretary Ravi Kota")
    assert seat_of(actor).place_name == "Guwahati"


def test_a_mission_to_the_un_is_its_state_seated_where_stated() -> None:
    claims = placed_claims(
        "Iran's mission to the United Nations in New York has said that it sent no drones."
    )
    actor = actor_by(claims, "Iran's mission to the United Nations in New York")
    assert actor.name != "United Nations"
    assert actor.country_code == "IR"
    assert seat_of(actor).place_name == "New York City"


def test_a_secretary_of_a_portfolio_keeps_the_portfolio_out_of_his_name() -> None:
    claims = placed_claims(
        "U.S. Secretary of Defense Mark Lowe, speaking in Madrid, said the drills would go on."
    )
    actor = claims[0].actor
    assert actor is not None and actor.name == "Mark Lowe"
    assert actor.kind == "person"


def test_a_rank_the_model_took_for_a_body_is_no_name() -> None:
    claims = placed_claims(
        "IDF spokesman Rear Admiral Yoav Tamir said a few rockets struck the Hatzor base."
    )
    actor = actor_by(claims, "IDF spokesman Rear Admiral Yoav Tamir")
    assert actor.name == "Yoav Tamir"


def test_a_relative_of_someone_is_a_new_person() -> None:
    claims = placed_claims(
        "Gurpreet Singh, from Tibba Kalan village in Ludhiana, said he had spent a year on the "
        "road. The father of a 19-year-old from Karnal said the family had paid Rs 30 lakh."
    )
    first = actor_by(claims, "Gurpreet Singh, from Tibba Kalan village in Ludhiana")
    second = actor_by(claims, "The father of a 19-year-old from Karnal")
    assert second.name != "Gurpreet Singh"
    assert first.located is not None and "Ludhi" in first.located


def test_a_group_noun_cut_before_the_groups_name_takes_the_name() -> None:
    claims = placed_claims(
        "Rights group the Polish Helsinki Foundation disputed that figure, saying no more "
        "than 40 people were held there."
    )
    assert claims[0].actor is not None
    assert claims[0].actor.name == "Polish Helsinki Foundation"


def test_well_known_bodies_are_in_the_table() -> None:
    claims = placed_claims(
        "US Immigration and Customs Enforcement (ICE) said the flight was lawful. The "
        "India Meteorological Department said heavy rain would continue. Ibama said 40 "
        "camps had been destroyed."
    )
    seats = [seat_of(c.actor).place_name for c in claims if c.actor is not None]
    assert seats[0] == "Washington" and "Delhi" in str(seats[1]) and seats[2] == "Brasília"


def test_an_office_before_a_rank_is_the_role() -> None:
    claims = placed_claims(
        "BAMAKO (AFP) - Mali's junta wants to sell the gold. Mining minister Colonel Ali "
        "Traore said on state television on Monday that the gold belongs to the people."
    )
    actor = actor_by(claims, "Mining minister Colonel Ali Traore")
    assert actor.role == "minister"
    assert actor.country_code == "ML"
    assert seat_of(actor).place_name == "Bamako"


def test_the_countrys_directorate_is_of_the_country_named_before() -> None:
    claims = placed_claims(
        "SANTO DOMINGO (AP) - The Dominican Republic deported 200 Haitians on Monday, the "
        "country's migration directorate said."
    )
    actor = actor_by(claims, "the country's migration directorate")
    assert actor.name == "migration directorate"
    assert actor.country_code == "DO"
    assert seat_of(actor).place_name == "Santo Domingo"
