"""Intention nouns: an owned noun with a to-infinitive ("his determination to act") is the
owner's stance on that action; without an owner nobody holds it."""

from __future__ import annotations

from helpers import claims_of, only


def test_owned_noun_with_infinitive_is_the_owners_stance() -> None:
    c = only(claims_of("The senator's determination to block the bill surprised his colleagues."))
    assert c.kind == "stance"
    assert c.claimant is not None and c.claimant.text == "The senator"
    assert c.cue is not None and c.cue.text == "determination"
    assert c.content.text == "to block the bill"


def test_noun_without_owner_claims_nothing() -> None:
    assert claims_of("The decision to close the port angered fishermen.") == []


def test_inside_a_claim_it_stays_part_of_that_content() -> None:
    c = only(claims_of("Voters doubted the governor's willingness to raise taxes."))
    assert c.cue is not None and c.cue.text == "doubted"
    assert c.content.text == "the governor's willingness to raise taxes"
