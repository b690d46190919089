"""Claims left open after probe 16: a closing attribution followed by the text's final
newline is read; a speech verb hung on a complement whose subject is an event noun goes
with the outer speaker; "said it was possible that ..." is hedged; a modal inside a
clause that completes a noun ("warnings that they could ...") hedges nothing; "experts
have traced X to Y" is a claim; a relative claim "a visit that X said posed ..." leaves
the pronoun and the speaker out of its content."""

from __future__ import annotations

from helpers import claim_by_cue, claims_of, only, text_of


def test_a_closing_attribution_before_the_final_newline_is_read() -> None:
    c = only(
        claims_of(
            "Kenya: Kenyan police reinforced in Lamu\n\n"
            "Nairobi, 3 Mar 2025 (Xinhua) - Kenya has sent about 500 more officers to the "
            "coastal county of Lamu, the National Police Service (NPS) announced on Monday, "
            "as raiders move north.\n"
        )
    )
    assert text_of(c.claimant) == "the National Police Service (NPS)"
    assert c.content.text.startswith("Kenya has sent about 500 more officers")


def test_a_speech_verb_after_an_event_noun_complement_goes_with_the_speaker() -> None:
    found = claims_of(
        "In Juba, South Sudan's defence minister Ana Lual said the Ugandan incursion was "
        '"an open provocation" and accused Kampala of arming the rebels.'
    )
    c = claim_by_cue(found, "accused")
    assert text_of(c.claimant) == "South Sudan's defence minister Ana Lual"
    assert c.content.text.startswith("Kampala of arming")


def test_a_person_complement_subject_keeps_its_own_speech_verb() -> None:
    found = claims_of("The mayor said the minister was furious and accused the police of lying.")
    c = claim_by_cue(found, "accused")
    assert text_of(c.claimant) in ("the minister", "The mayor")


def test_a_content_held_only_possible_is_hedged() -> None:
    c = only(
        claims_of(
            "She said it was possible that the missiles had been moved by truck from a depot "
            "near Minsk to the border."
        )
    )
    assert c.modality == "hedged"


def test_a_modal_inside_a_noun_clause_hedges_nothing() -> None:
    c = only(
        claims_of(
            "Laos deported 12 Hmong men to Vietnam early Friday, despite warnings from "
            "United Nations experts that they could face torture, officials and rights "
            "groups said."
        )
    )
    assert text_of(c.claimant) == "officials and rights groups"
    assert c.modality == "asserted"


def test_a_modal_of_the_whole_content_still_hedges() -> None:
    c = only(claims_of("Officials said the convoy could reach the border by Friday."))
    assert c.modality == "hedged"


def test_experts_tracing_arms_to_a_country_make_a_claim() -> None:
    found = claims_of(
        "Caracas has repeatedly denied arming the rebels, although U.N. experts have traced "
        "rifles seized in Colombia to Venezuela."
    )
    c = claim_by_cue(found, "have traced")
    assert text_of(c.claimant) == "U.N. experts"
    assert c.content.text == "rifles seized in Colombia to Venezuela"


def test_tracing_a_thing_with_no_origin_is_no_claim() -> None:
    assert claims_of("Police traced the stolen van.") == []


def test_a_relative_claim_leaves_its_pronoun_and_speaker_out() -> None:
    found = claims_of(
        "The frigates docked in Colombo for a visit that Sri Lanka said posed no risk to shipping."
    )
    c = claim_by_cue(found, "said")
    assert text_of(c.claimant) == "Sri Lanka"
    assert c.content.text == "posed no risk to shipping"


def test_a_nonrestrictive_relative_claim_keeps_its_pronoun() -> None:
    c = only(claims_of("The militia, which Kigali says is backed by the army, holds the pass."))
    assert c.content.text == "which Kigali says is backed by the army"


def test_an_aside_inside_the_clause_stays_inside_its_content() -> None:
    c = only(claims_of("The border, as the minister noted, will stay closed until March."))
    assert text_of(c.claimant) == "the minister"
    assert c.content.text == "The border, as the minister noted, will stay closed until March"


def test_a_fronted_aside_with_a_prepositional_phrase_attributes_the_main_clause() -> None:
    c = only(
        claims_of(
            "As one analyst pointed out with a simple chart, the gap between the two parties "
            "is wider than ever."
        )
    )
    assert c.content.text == "the gap between the two parties is wider than ever"
