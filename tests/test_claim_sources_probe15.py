"""Claim sources the fifteenth probe's leftovers got wrong: a claimant's identity or
country carried over from the claim before ("the government" after a foreign state, "the
deputy commissioner of X" after a teacher, "Oldham council leader" after another
council, an office holder whose own phrase names his towns), a named officer after an
unnamed spokesperson, a county taken for the sheriff, "the army's media wing" and bodies
the actors table lacked."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_the_government_after_a_foreign_state_is_the_articles_own() -> None:
    claims = placed_claims(
        "RABAT (Reuters) - Floods killed 300 people in Morocco, the interior ministry said.\n\n"
        "Portugal, home to many migrants, said it stood ready to send help.\n\n"
        "The government said on Monday it would rebuild homes in the valleys. "
        "King Hassan declared three days of mourning."
    )
    government = actor_by(claims, "The government")
    assert government.country_code == "MA"
    assert seat_of(government).place_name == "Rabat"
    assert actor_by(claims, "King Hassan").country_code == "MA"


def test_the_government_after_its_own_state_stays_that_state() -> None:
    claims = placed_claims(
        "Kenya's government said on Monday that 40 people had died in the floods.\n\n"
        "Rescuers searched the river banks. The government said it would send food."
    )
    assert actor_by(claims, "The government").country_code == "KE"


def test_an_office_of_a_named_place_is_not_the_person_quoted_before() -> None:
    claims = placed_claims(
        '"We slept in the school," said Imran Qureshi, a shopkeeper in Kotli. Markets in '
        "Bagh would stay closed, the deputy commissioner of Bagh said in an order."
    )
    actor = actor_by(claims, "the deputy commissioner of Bagh")
    assert actor.name != "Imran Qureshi"
    assert actor.role == "commissioner"


def test_a_council_leader_is_of_the_council_her_title_names() -> None:
    claims = placed_claims(
        "Salford city council rejected the figure. Stockport council leader Ana Lee said "
        "on Tuesday that her council had housed 500 families last year."
    )
    actor = actor_by(claims, "Stockport council leader Ana Lee")
    assert actor.name == "Ana Lee"
    assert actor.organisation is not None and "Salford" not in actor.organisation
    assert seat_of(actor).place_name == "Stockport"


def test_an_office_holder_is_of_the_country_of_the_towns_his_phrase_names() -> None:
    claims = placed_claims(
        "Officials in Indian-administered Kashmir said 300 families had been moved. "
        "Regional Prime Minister Tariq Mir, who visited the hospital in Muzaffarabad on "
        "Monday, announced compensation for each family."
    )
    actor = next(c.actor for c in claims if "Tariq Mir" in (c.claimant.text if c.claimant else ""))
    assert actor is not None and actor.country_code == "PK"


def test_a_named_officer_after_an_unnamed_spokesperson_is_that_spokesperson() -> None:
    claims = placed_claims(
        "The Indian Army said the firing began at night. A defence spokesperson in "
        "Srinagar said troops had answered the fire.\n\n"
        '"We responded firmly," Lt Col Vikram Sood said. He denied that civilians '
        "had been targeted."
    )
    officer = actor_by(claims, "Lt Col Vikram Sood")
    assert officer.country_code == "IN"
    assert officer.organisation == "Indian Army"
    assert seat_of(officer).place_name == "Srinagar"
    assert actor_by(claims, "He") == officer


def test_a_named_resident_after_a_spokesperson_keeps_no_body() -> None:
    claims = placed_claims(
        "A police spokesperson in Lahore said two men were held. Ali Raza, a tailor, "
        "said the shops had been shut for a week."
    )
    assert actor_by(claims, "Ali Raza, a tailor").organisation is None


def test_a_county_before_a_sheriffs_title_is_not_the_sheriff() -> None:
    claims = placed_claims(
        "Levy County Sheriff Ana Lopez said her deputies were checking homes in Cedar Key."
    )
    actor = actor_by(claims, "Levy County Sheriff Ana Lopez")
    assert actor.name == "Ana Lopez"
    assert actor.role == "sheriff"
    assert actor.organisation == "Levy County"


def test_the_armys_media_wing_is_the_body_named_before() -> None:
    claims = placed_claims(
        "The Inter-Services Public Relations (ISPR) said troops fired on posts near Bhimber.\n\n"
        '"Our troops responded," the military\'s media wing said. It said a soldier was hurt.'
    )
    wing = actor_by(claims, "the military's media wing")
    assert wing.name == "Inter-Services Public Relations"
    assert wing.country_code == "PK"
    assert seat_of(wing).place_name == "Rawalpindi"


def test_well_known_agencies_and_pollsters_are_seated() -> None:
    claims = placed_claims(
        "The National Hurricane Center said the storm would weaken. Florida Highway Patrol "
        "said two roads were closed. YouGov said 40% of voters backed the plan. NHS England "
        "said waiting lists had grown. The Palestine Red Crescent Society said 12 people "
        "were hurt."
    )
    seats = {
        "The National Hurricane Center": "Miami",
        "Florida Highway Patrol": "Tallahassee",
        "YouGov": "London",
        "NHS England": "Leeds",
        "The Palestine Red Crescent Society": "Al Bīrah",
    }
    for claimant, city in seats.items():
        assert seat_of(actor_by(claims, claimant)).place_name == city, claimant


def test_a_sheriff_of_a_county_is_not_seated_in_a_namesake_town_elsewhere() -> None:
    claims = placed_claims(
        "Dixie County Sheriff Ana Lopez said her deputies were checking homes in Cross City."
    )
    actor = actor_by(claims, "Dixie County Sheriff Ana Lopez")
    assert actor.organisation == "Dixie County"
    seat = seat_of(actor)
    # the county itself or unplaced (as the gazetteer holds counties or not), never a
    # town named Dixie in another state
    assert seat.place_name in (None, "Dixie County", "Cross City")


def test_a_body_word_before_a_spokesman_title_is_no_place_of_his() -> None:
    """ "Army spokesman X" after "Poland's army said": "Army" names the body met before,
    not a place whose own body he speaks for; he keeps its country."""
    claims = placed_claims(
        "WARSAW (Reuters) - Two convoys left the base at Rzeszow on Tuesday, Poland's army "
        "said. Army spokesman Jan Nowak told state radio that the trucks were heading east."
    )
    actor = actor_by(claims, "Army spokesman Jan Nowak")
    assert (actor.name, actor.organisation, actor.country_code) == ("Jan Nowak", "army", "PL")
