"""Nouns of a state of mind with a that-clause ("growing concerns that X", "a tacit
acknowledgment that Y") name a held view; without the clause, or as a relative clause,
they claim nothing."""

from __future__ import annotations

from helpers import claims_of, only


def test_concern_with_a_that_clause_is_a_claim() -> None:
    c = only(claims_of("Aid groups voiced concerns that the ceasefire will collapse."))
    assert c.cue is not None and c.cue.text == "concerns"
    assert c.claimant is not None and c.claimant.text == "Aid groups"
    assert c.content.text == "that the ceasefire will collapse"


def test_acknowledgment_with_a_that_clause_is_a_claim() -> None:
    c = only(claims_of("His speech was a tacit acknowledgment that the campaign had stalled."))
    assert c.cue is not None and c.cue.text == "acknowledgment"
    assert c.content.text == "that the campaign had stalled"


def test_suspicion_with_a_that_clause_is_a_claim() -> None:
    c = only(claims_of("Investors share the suspicion that the bank hid its losses."))
    assert c.content.text == "that the bank hid its losses"


def test_the_noun_without_a_clause_claims_nothing() -> None:
    assert claims_of("Concerns about the ceasefire grew in the capital on Monday.") == []


def test_a_relative_clause_is_no_content() -> None:
    assert claims_of("The concern that the mayor raised last week was dismissed.") == []


def test_clause_hung_on_the_adjective_is_the_owned_nouns() -> None:
    c = only(claims_of("The minister has been frank in her acknowledgment that taxes must rise."))
    assert c.cue is not None and c.cue.text == "acknowledgment"
    assert c.claimant is not None and c.claimant.text == "her"
    assert c.content.text == "that taxes must rise"


def test_clause_hung_on_a_verb_stays_the_verbs() -> None:
    c = only(claims_of("The ministry said in its statement that the talks had failed."))
    assert c.cue is not None and c.cue.text == "said"
    assert c.claimant is not None and c.claimant.text == "The ministry"
    assert c.content.text == "that the talks had failed"
