"""Claim sources the seventeenth probe gave the wrong speaker: "the group" / "the company"
mean the last body a group or company may be, not the nearest body of another kind; a
name set beside "a hotline" is a body; "he" goes on with a person the parser hung on
another noun, and "she" not with a man named inside a relative clause; "Its spokesman"
speaks for the body the sentence before made its subject; an "it" after "the embassy in
X" is the embassy, and a parenthetical ", it said," the speaker quoted before; "the
Hawaii-based command" is the command named before; "a decision X rejects" is X's; "the
federal government" is not the state government quoted before."""

from __future__ import annotations

from helpers import actor_by, placed_claims


def test_the_group_is_the_hotline_named_before_not_the_coast_guard() -> None:
    claims = placed_claims(
        "Malta's navy said it had picked up 90 people. Sea Line, a hotline for people in "
        "distress at sea, said it had received calls from three boats. One of them reached "
        "Sicily on Monday, according to the group."
    )
    hotline = actor_by(claims, "Sea Line, a hotline for people in distress at sea")
    assert hotline.kind == "organisation"
    group = actor_by(claims, "the group")
    assert group.name == "Sea Line"


def test_the_company_is_not_a_bureau_quoted_between() -> None:
    claims = placed_claims(
        "The tanker's operator, Danubia Shipping Lines, said it had lost contact with the "
        "crew. Hijackings peaked in 2010, according to the Global Shipping Bureau. The "
        "hijackers had made no demand by Monday, according to the company."
    )
    assert actor_by(claims, "the company").name == "Danubia Shipping Lines"


def test_he_goes_on_with_a_person_the_parser_hung_on_a_place() -> None:
    claims = placed_claims(
        "A Kenyan navy official told Reuters the raiders had used skiffs. In Galmudug, the "
        "head of the Galmudug Coastal Guard Force (GCGF), Hassan Warsame, said his men were "
        'ready. "We will not let them land here," he told Reuters by phone.'
    )
    he = actor_by(claims, "he")
    assert he.name == "Hassan Warsame"


def test_she_is_not_the_son_named_inside_a_relative_clause() -> None:
    claims = placed_claims(
        "Lucia Barrios, whose son Tomas was arrested in Houston last week, said she did not "
        'know where he was held. "He went there to work," she said by phone.'
    )
    assert actor_by(claims, "she").name == "Lucia Barrios"


def test_its_spokesman_speaks_for_the_subject_of_the_sentence_before() -> None:
    claims = placed_claims(
        "Georgia's interior ministry declined to comment. Peru's Ministry of Foreign Affairs "
        "has not confirmed the sale. Its spokesman, Carlos Ugarte, told a briefing in Lima "
        "on Friday that the deal was legal."
    )
    actor = actor_by(claims, "Its spokesman, Carlos Ugarte")
    assert actor.organisation is not None
    assert "Foreign Affairs" in actor.organisation
    assert actor.country_code == "PE"


def test_it_after_an_embassy_in_a_capital_is_the_embassy() -> None:
    claims = placed_claims(
        "The British embassy in Nairobi said on Monday it was alarmed by the clashes and "
        "advised British nationals to avoid travel to the north."
    )
    actors = [c.actor for c in claims]
    assert actors
    assert all(a is not None and "embassy" in a.name and a.country_code == "GB" for a in actors)


def test_a_parenthetical_it_said_is_the_agency_quoted_before() -> None:
    claims = placed_claims(
        "Iran's IRNA reported the launch on Sunday. The rocket was fired from Semnan, it "
        "said, and reached orbit."
    )
    assert actor_by(claims, "it").name == "IRNA"


def test_the_based_command_is_the_command_named_before() -> None:
    claims = placed_claims(
        "The U.S. Southern Command said in a statement that it was tracking the ship. "
        '"The vessel poses no threat," the Florida-based command said.'
    )
    first = actor_by(claims, "The U.S. Southern Command")
    assert actor_by(claims, "the Florida-based command").name == first.name


def test_a_decision_a_capital_rejects_is_that_capital_s() -> None:
    claims = placed_claims(
        "A 2019 ruling in Geneva found that the border claim had no basis, a decision "
        "Moscow rejects."
    )
    found = [c for c in claims if c.actor is not None and c.actor.country_code == "RU"]
    assert found
    assert all("decision" not in c.actor.name for c in found if c.actor is not None)


def test_the_federal_government_is_not_the_state_government() -> None:
    claims = placed_claims(
        "The students reached Kano on Monday, the state government has said. The federal "
        "government said it would not negotiate with the kidnappers."
    )
    assert actor_by(claims, "The federal government").name == "federal government"


def test_a_name_set_beside_a_militia_is_no_person_named_before() -> None:
    claims = placed_claims(
        "A Zuma commander who gave only his first name, Ade, said they held the bridge. "
        "Zuma, a loosely organised militia that fought the army in 2021, said it controlled "
        "the airport."
    )
    actor = actor_by(claims, "Zuma, a loosely organised militia that fought the army in 2021")
    assert actor.kind == "organisation"
    assert actor.name == "Zuma"
