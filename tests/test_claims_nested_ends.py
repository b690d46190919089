"""Nested claims agree on where a content ends: a to-infinitive inside a content is no
second cue of the speaker's, an inner claim running past the outer end carries the outer
one with it, and "A, but B, X added" reports both clauses."""

from __future__ import annotations

from helpers import claims_of, only


def test_infinitive_inside_a_content_does_not_end_it() -> None:
    c = only(
        claims_of(
            "The spokesman says that the governor phoned the mayor on Monday to express "
            "sympathy to the families of the victims."
        )
    )
    assert c.cue is not None and c.cue.text == "says"
    assert c.content.text == (
        "that the governor phoned the mayor on Monday to express sympathy to the families "
        "of the victims"
    )


def test_only_to_infinitive_stays_in_the_content() -> None:
    c = only(
        claims_of(
            "She said editors would often reject her pitches, only to praise the same ideas "
            "when a colleague offered them."
        )
    )
    assert c.content.text.endswith("only to praise the same ideas when a colleague offered them")


def test_a_participle_of_the_speaker_still_ends_the_content() -> None:
    found = claims_of("The minister said the plan was sound, adding that the army would withdraw.")
    assert [c.content.text for c in found] == ["the plan was sound", "that the army would withdraw"]


def test_outer_content_reaches_the_end_of_the_inner_one() -> None:
    c = only(
        claims_of(
            "Shelby later said she suspected the driver was under the influence of drugs — "
            "something a caller also told a dispatcher before police arrived."
        )
    )
    assert c.cue is not None and c.cue.text == "said"
    assert c.claimant is not None and c.claimant.text == "Shelby"
    tail = "something a caller also told a dispatcher before police arrived"
    assert c.content.text.endswith(tail)


def test_postposed_cue_after_but_reports_both_clauses() -> None:
    c = only(
        claims_of(
            "The mayor had told aides that she did not want the escort at all, but the police "
            "overruled that request, the source added."
        )
    )
    assert c.cue is not None and c.cue.text == "added"
    assert c.content.text == (
        "The mayor had told aides that she did not want the escort at all, but the police "
        "overruled that request"
    )


def test_cue_after_but_before_its_content_reports_only_its_clause() -> None:
    c = only(claims_of("The bill passed the House, but senators said they would block it."))
    assert c.claimant is not None and c.claimant.text == "senators"
    assert c.content.text == "they would block it"
