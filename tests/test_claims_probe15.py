"""Claims after a fifteenth probe: a speaker the parser hung on a fronted place as its
apposition still speaks; a clause's subject that a comma-set phrase made the cue's object
stays in the content."""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 11, 26, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe15")


def test_a_speaker_after_a_fronted_place_speaks() -> None:
    c = only(
        claims_of(
            "Further down the coast in Ait Bouzid, a local official who asked not to be "
            "named told AFP that at least 40 homes had collapsed."
        )
    )
    assert text_of(c.claimant) is not None
    assert "local official" in text_of(c.claimant)
    assert text_of(c.content) == "that at least 40 homes had collapsed"


def test_a_fronted_place_with_a_capitalised_speaker_still_speaks() -> None:
    c = only(claims_of("In the north of Kenya, the Red Cross said 12 people had drowned."))
    assert text_of(c.claimant) == "the Red Cross"


def test_a_subject_read_as_an_object_stays_in_the_content() -> None:
    c = only(claims_of("Harrow said voters in Ashby and Bexley, near Leeds, were angry."))
    assert text_of(c.claimant) == "Harrow"
    assert text_of(c.content) == "voters in Ashby and Bexley, near Leeds, were angry"


def test_an_object_followed_by_a_that_clause_is_not_its_subject() -> None:
    c = only(claims_of("Moreno told reporters on Friday that the bridge would reopen."))
    assert text_of(c.content) == "that the bridge would reopen"
