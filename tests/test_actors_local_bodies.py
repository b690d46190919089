"""Local bodies named after their place ("the Dallas Police Department", "Suffolk County
Council", "Police in Essex") sit in that place; a US county the gazetteer lacks sits in
the state the article names, or nowhere; national bodies are unchanged; second-level
units (counties, départements, provinces) are seats at region precision."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import locate_jurisdiction, seat_of
from claimmap.claims_actor_local import as_local_body, local_body
from claimmap.model import Actor


def _seat(text: str, claimant: str) -> tuple[str | None, str, str]:
    actor = actor_by(placed_claims(text), claimant)
    seat = seat_of(actor)
    return seat.place_name, seat.precision, seat.reason


def test_a_city_police_department_sits_in_its_city() -> None:
    name, precision, reason = _seat(
        "Flooding closed roads across Ohio on Tuesday. The Columbus Police Department said "
        "three drivers had been rescued.",
        "The Columbus Police Department",
    )
    assert (name, precision) == ("Columbus", "city")
    assert "local body of Columbus" in reason


def test_a_city_council_sits_in_its_city_in_the_articles_country() -> None:
    name, precision, _ = _seat(
        "Dozens of families arrived in Texas by bus. The Dallas City Council said it would "
        "open a second shelter.",
        "The Dallas City Council",
    )
    assert (name, precision) == ("Dallas", "city")


def test_an_english_county_council_sits_in_the_county_at_region_precision() -> None:
    name, precision, reason = _seat(
        "Storms hit the south coast of England overnight. Suffolk County Council said two "
        "schools would stay shut.",
        "Suffolk County Council",
    )
    assert (name, precision) == ("Suffolk", "admin1")
    assert "region precision" in reason


def test_a_spokesperson_for_a_county_council_is_the_councils() -> None:
    claims = placed_claims(
        "LONDON (Reuters) - A spokesperson for Essex County Council said the county had no "
        "room left in its shelters."
    )
    actor = actor_by(claims, "A spokesperson for Essex County Council")
    assert actor.country_code == "GB"
    assert seat_of(actor).place_name == "Essex"


def test_police_in_a_county_are_not_an_organisation_named_after_it() -> None:
    claims = placed_claims(
        "LONDON (Reuters) - Police in Essex said on Friday that a van had been found near "
        "Chelmsford with 12 people inside."
    )
    actor = actor_by(claims, "Police in Essex")
    assert actor.name != "Essex"
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("Essex", "admin1")


def test_a_us_county_sits_in_the_one_state_the_article_names() -> None:
    name, precision, reason = _seat(
        "Wildfires spread across Arizona on Sunday. Pima County said 400 homes had been evacuated.",
        "Pima County",
    )
    assert (name, precision) == ("Pima County", "admin1")  # the county itself, a unit
    assert "Pima County" in reason


def test_a_us_county_with_no_state_named_is_unplaced() -> None:
    name, precision, reason = _seat(
        "The Fulton County Sheriff's Office said two inmates had escaped overnight.",
        "The Fulton County Sheriff's Office",
    )
    assert (name, precision) == (None, "unplaced")
    assert "county not in the gazetteer" in reason


def test_a_french_prefecture_of_a_departement_sits_in_it() -> None:
    actor = Actor("Gironde Prefecture", "organisation", country_code="FR", located="Gironde")
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("Gironde", "admin1")


def test_a_philippine_provincial_police_sits_in_the_province() -> None:
    claims = placed_claims(
        "MANILA (Reuters) - A typhoon struck the central Philippines on Monday. The Leyte "
        "Provincial Police said nine people had drowned."
    )
    actor = actor_by(claims, "The Leyte Provincial Police")
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision, actor.country_code) == ("Leyte", "admin1", "PH")


def test_national_bodies_keep_their_seats() -> None:
    claims = placed_claims(
        "PARIS (Reuters) - French police said on Monday that 30 people were held in Calais. "
        "The Interior Ministry said the border would stay open."
    )
    police = seat_of(actor_by(claims, "French police"))
    ministry = seat_of(actor_by(claims, "The Interior Ministry"))
    assert police.place_name == "Paris" and "local body" not in police.reason
    assert ministry.place_name == "Paris" and "local body" not in ministry.reason


def test_names_of_national_or_functional_bodies_are_no_local_body() -> None:
    for name in ("Metropolitan Police", "National Police", "Interior Ministry", "Border Police"):
        assert local_body(name) is None, name
    body = local_body("Maricopa County Sheriff Office")
    assert body is not None and (body.place, body.stem, body.county) == (
        "Maricopa County",
        "Maricopa",
        True,
    )
    nyc = local_body("New York City Police Department")
    assert nyc is not None and (nyc.stem, nyc.kinds) == ("New York", ("city",))


def test_second_level_units_are_jurisdictions_and_stated_seats() -> None:
    kent = locate_jurisdiction("Kent", "GB")
    assert kent is not None and kent.kind == "admin2"
    seat = seat_of(Actor("Officials in Kent", "unknown", country_code="GB", located="Kent"))
    assert (seat.place_name, seat.precision) == ("Kent", "admin1")


def _never(_: str) -> str | None:
    return None


def test_a_city_named_with_city_is_that_city_not_the_country() -> None:
    actor = as_local_body(
        Actor("Mexico City police", "organisation"),
        (),
        lambda name: "MX" if name == "Mexico" else None,
    )
    assert (actor.located, actor.country_code) == ("Mexico City", "MX")
    assert seat_of(actor).place_name == "Mexico City"


def test_a_country_named_before_police_is_a_national_body() -> None:
    actor = Actor("Kenya Police", "organisation")
    assert as_local_body(actor, (), lambda name: "KE" if name == "Kenya" else None) == actor


def test_a_small_town_named_like_a_common_word_is_no_bodys_place() -> None:
    actor = Actor("Liberty Council", "organisation", country_code="US")
    assert as_local_body(actor, (), _never) == actor


def test_an_italian_prefecture_sits_in_its_province() -> None:
    actor = as_local_body(
        Actor("Brescia Prefecture", "organisation", country_code="IT"), (), _never
    )
    seat = seat_of(actor)
    assert (actor.country_code, seat.place_name, seat.precision) == ("IT", "Brescia", "admin1")
