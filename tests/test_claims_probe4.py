"""Claims in wire-style sentences written after a fourth probe of unseen articles: a
speaker introduced with "who gave his name as X" and a comma participle that the parser
hung on a passive complement.
"""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import text_of

from claimmap.model import Claim

PUBLISHED = datetime(2024, 3, 12, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe4")


def _at(claims: list[Claim], cue: str) -> Claim:
    return next(c for c in claims if text_of(c.cue) == cue)


def test_speaker_who_gave_his_name_keeps_the_claim() -> None:
    claims = claims_of(
        "A rebel leader who gave his name as Musa told Reuters by telephone that the "
        "fighters would demand a payment of $2 million."
    )
    c = _at(claims, "told")
    assert text_of(c.claimant) == "A rebel leader who gave his name as Musa"
    assert text_of(c.outlet) == "Reuters"
    assert c.content.text == "that the fighters would demand a payment of $2 million"
    assert c.actor is not None and c.actor.name == "rebel leader"
    assert all(text_of(x.claimant) != "the fighters" for x in claims)


def test_named_speaker_without_adjunct() -> None:
    claims = claims_of(
        "A smuggler who gave his name as Karim told AFP that boats left the coast every night."
    )
    c = _at(claims, "told")
    assert text_of(c.claimant) == "A smuggler who gave his name as Karim"
    assert text_of(c.outlet) == "AFP"


def test_participle_after_a_denied_passive_report_goes_with_the_denier() -> None:
    claims = claims_of(
        "Turkish officials denied reports that young men of fighting age were being held "
        'at the crossing, calling them "false".'
    )
    c = _at(claims, "calling")
    assert text_of(c.claimant) == "Turkish officials"


def test_group_named_in_apposition_is_itself_and_the_later_group() -> None:
    claims = claims_of(
        "The ministry in Lima said the boats had permits. According to the rights group "
        "Amparo, the crews were unpaid for months. The group said inspectors never boarded."
    )
    first = _at(claims, "According to")
    assert first.actor is not None and first.actor.name == "Amparo"
    later = next(c for c in claims if text_of(c.claimant) == "The group")
    assert later.actor is not None and later.actor.name == "Amparo"


def test_body_named_of_its_country_takes_that_country() -> None:
    claims = claims_of("The Armed Forces of Cyprus said a patrol boat had reached the tanker.")
    c = _at(claims, "said")
    assert c.actor is not None and c.actor.country_code == "CY"


def test_country_abbreviation_before_an_agency_name() -> None:
    claims = claims_of("The UK Coastal Safety Operations agency said the crew were unhurt.")
    c = _at(claims, "said")
    assert c.actor is not None and c.actor.country_code == "GB"


def test_surname_after_a_titled_name_the_model_calls_an_org() -> None:
    claims = claims_of(
        "Rebels took the town, Congolese army spokesman Patrice Lokondo said.\n\n"
        "Lokondo told state television that soldiers had crossed the border."
    )
    first = _at(claims, "said")
    assert first.actor is not None and first.actor.kind == "person"
    later = _at(claims, "told")
    assert later.actor is not None and later.actor.name == first.actor.name
    assert text_of(later.outlet) == "state television"


def test_told_the_media_names_no_outlet() -> None:
    c = _at(claims_of("The mayor told the media that the bridge would reopen."), "told")
    assert c.outlet is None


def test_report_said_goes_to_those_who_wrote_in_it() -> None:
    claims = claims_of(
        "A World Bank panel of economists estimated in a study last year that exports fell. "
        "The study said tariffs were raised twice."
    )
    first = _at(claims, "estimated")
    later = next(c for c in claims if text_of(c.claimant) == "The study")
    assert first.actor is not None and later.actor is not None
    assert later.actor.name == first.actor.name


def test_possessive_noun_repeating_an_organisation_name() -> None:
    claims = claims_of(
        "Kenya's National Power Authority said outages cost millions. "
        '"Thieves are cutting our cables," the authority\'s director Amos Njoroge said.'
    )
    c = next(c for c in claims if "Njoroge" in (text_of(c.claimant) or ""))
    assert c.actor is not None and c.actor.organisation == "National Power Authority"
