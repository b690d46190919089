"""Claim sources the twelfth probe left over: a locative phrase taken into an actor's
name, "the court" after a court the text named outside any claim, a mayor's town the
model gave no tag, "6bn dollars" with no unit and a headline's "Report" taken for a body."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_a_locative_phrase_is_no_part_of_a_body_s_name() -> None:
    claims = placed_claims(
        "Three boats landed on Sunday, according to the 9th Regional Coast Guard "
        "Headquarters in Niigata, Niigata Prefecture."
    )
    actor = actor_by(
        claims, "the 9th Regional Coast Guard Headquarters in Niigata, Niigata Prefecture"
    )
    assert "Niigata" not in actor.name and actor.name.endswith("Headquarters")
    assert actor.country_code == "JP"
    assert seat_of(actor).place_name == "Niigata"


def test_a_herder_from_near_a_town_is_named_by_his_trade_and_seated_there() -> None:
    claims = placed_claims('"The wells ran dry," a herder from a village near Kandi told AFP.')
    actor = actor_by(claims, "a herder from a village near Kandi")
    assert actor.name == "herder" and actor.kind == "person"
    assert seat_of(actor).place_name == "Kandi"


def test_an_official_in_a_city_keeps_his_seat_without_the_city_in_his_name() -> None:
    claims = placed_claims("A U.N. official in Juba said the camps were full.")
    actor = actor_by(claims, "A U.N. official in Juba")
    assert actor.name == "U.N. official"
    assert seat_of(actor).place_name == "Juba"


def test_an_of_that_names_the_body_stays_in_its_name() -> None:
    claims = placed_claims("The Ministry of Foreign Affairs in Accra said the talks would resume.")
    actor = actor_by(claims, "The Ministry of Foreign Affairs in Accra")
    assert actor.name == "Ministry of Foreign Affairs"
    assert seat_of(actor).place_name == "Accra"


def test_the_court_is_the_court_the_text_named_before_outside_any_claim() -> None:
    claims = placed_claims(
        "The petition was heard by the High Court in Mombasa on Monday. "
        "The court said the ruling was final."
    )
    actor = actor_by(claims, "The court")
    assert actor.name == "High Court" and actor.country_code == "KE"
    assert seat_of(actor).place_name == "Mombasa"


def test_the_assembly_is_the_one_the_text_named_before() -> None:
    claims = placed_claims(
        "The bill passed the National Assembly in Lusaka on Monday. "
        "The assembly said the vote was fair."
    )
    actor = actor_by(claims, "The assembly")
    assert actor.name == "National Assembly"
    assert seat_of(actor).place_name == "Lusaka"


def test_a_mayor_s_untagged_town_is_his_seat() -> None:
    claims = placed_claims("TEL AVIV - Ashkelon Mayor Dan Levi said the sirens sounded twice.")
    actor = actor_by(claims, "Ashkelon Mayor Dan Levi")
    assert actor.name == "Dan Levi" and actor.country_code == "IL"
    assert seat_of(actor).place_name == "Ashkelon"


def test_a_sum_joined_to_its_multiplier_takes_the_currency_word_after_it() -> None:
    claims = placed_claims("Rebuilding the port will cost 4bn dollars, the fund said.")
    (claim,) = [c for c in claims if c.quantities]
    (qty,) = claim.quantities
    assert (qty.span.text, qty.value, qty.unit) == ("4bn", 4e9, "dollars")


def test_a_headline_s_report_is_no_organisation() -> None:
    claims = placed_claims("Hundreds Stranded Off Tunisia, Report Says")
    actor = actor_by(claims, "Report")
    assert actor.kind == "unknown" and actor.country_code is None
    assert seat_of(actor).place_name is None


def test_an_untagged_town_after_in_leaves_the_name_and_stays_the_seat() -> None:
    claims = placed_claims("Local officials in Soufli said the shelter was full.")
    actor = actor_by(claims, "Local officials in Soufli")
    assert actor.name == "Local officials"
    assert seat_of(actor).place_name == "Souflí"


def test_a_town_of_a_name_is_where_the_worker_is_not_his_employer() -> None:
    claims = placed_claims("An aid worker in the Kenyan town of Lodwar said food ran out.")
    actor = actor_by(claims, "An aid worker in the Kenyan town of Lodwar")
    assert (actor.name, actor.kind, actor.organisation) == ("aid worker", "person", None)
    assert seat_of(actor).place_name == "Lodwar"
