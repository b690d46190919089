"""Nouns of a commitment with a to-infinitive ("signed an agreement to allow trucks in")
say what was committed to, even with no owner; without the infinitive they say nothing."""

from __future__ import annotations

from helpers import claims_of, only


def test_signed_agreement_is_the_signers() -> None:
    c = only(
        claims_of(
            "In July the two countries signed an agreement to allow trucks to cross the border."
        )
    )
    assert c.cue is not None and c.cue.text == "agreement"
    assert c.claimant is not None and c.claimant.text == "the two countries"
    assert c.content.text == "to allow trucks to cross the border"


def test_agreement_with_no_party_named_is_still_a_claim() -> None:
    c = only(
        claims_of(
            "The summit did produce one result: an agreement to explore ways to cut emissions."
        )
    )
    assert c.claimant is None
    assert c.content.text == "to explore ways to cut emissions"


def test_owned_promise_keeps_its_owner() -> None:
    c = only(claims_of("The rebels broke their promise to free the hostages."))
    assert c.claimant is not None and c.claimant.text == "their"
    assert c.content.text == "to free the hostages"


def test_agreement_without_an_infinitive_claims_nothing() -> None:
    assert claims_of("The agreement was signed in Paris last year.") == []


def test_promise_to_someone_claims_nothing() -> None:
    assert claims_of("He kept his promise to the voters.") == []
