"""Claim sources the fifteenth probe's last leftovers got wrong: a head of government
seated in the dateline city his aide spoke of (the office's country the article names
again, "the Ruritanian prime minister", beats the paragraph's places) and "the company"
linked to a UN office quoted before."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_a_premier_keeps_the_country_his_title_gets_elsewhere() -> None:
    claims = placed_claims(
        "PARIS — Serbia will send migrants to Paris, Prime Minister Luka Petrovic's adviser "
        "said on Thursday.\n\n"
        'Petrovic himself repeated the threat on Friday. "We will not pay," the Serbian '
        "prime minister said."
    )
    premier = actor_by(claims, "Petrovic himself")
    assert premier.country_code == "RS"
    assert seat_of(premier).place_name == "Belgrade"


def test_a_premier_of_another_country_named_with_the_title_is_not_his() -> None:
    claims = placed_claims(
        "PARIS — Prime Minister Luka Petrovic said on Thursday that the talks had failed.\n\n"
        "British Prime Minister Ann Lee said she would call him."
    )
    assert actor_by(claims, "Prime Minister Luka Petrovic").country_code != "GB"


def test_the_company_is_no_un_office_quoted_before() -> None:
    claims = placed_claims(
        "The U.N. human rights office in Geneva urged the government to stop the flights. "
        "The company, whose headquarters are in Lyon, said the planes were safe."
    )
    company = actor_by(claims, "The company, whose headquarters are in Lyon")
    assert company.name != "UN Human Rights Office"
    assert seat_of(company).place_name == "Lyon"
    office = actor_by(claims, "The U.N. human rights office in Geneva")
    assert office.country_code != "FR"


def test_the_company_still_refers_back_to_a_firm() -> None:
    claims = placed_claims(
        "Shell said on Monday it would close the terminal. The company, whose headquarters "
        "are in London, said the workers would be paid."
    )
    assert actor_by(claims, "The company, whose headquarters are in London").name == "Shell plc"


def test_a_one_word_employer_is_the_body_named_in_full_before() -> None:
    claims = placed_claims(
        'The European Commission rejected the plan on Tuesday. "This breaks the rules," '
        "Commission spokesman Marco Bellini told reporters in the daily briefing."
    )
    spokesman = actor_by(claims, "Commission spokesman Marco Bellini")
    assert spokesman.organisation == "European Commission"
    assert seat_of(spokesman).place_name == "Brussels"
