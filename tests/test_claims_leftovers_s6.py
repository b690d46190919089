"""Claim leftovers of the twelfth probe: a closing "according to X" that sources a relative
detail inside a speaker's report belongs to the detail, not to the report, so the report's
content ends before it (no claim of its own: test_claims_probe12 pins that)."""

from __future__ import annotations

from helpers import claim_by_cue, claims_of, text_of


def test_closing_according_to_is_cut_from_the_speakers_content() -> None:
    found = claims_of(
        "The refugee agency said the number of Ruritanians abroad had reached 2.1 million, "
        "of whom about 310,000 are in Moldova, according to official estimates."
    )
    said = claim_by_cue(found, "said")
    assert text_of(said.claimant) == "The refugee agency"
    assert said.content.text == (
        "the number of Ruritanians abroad had reached 2.1 million, of whom about 310,000 "
        "are in Moldova"
    )


def test_a_sourced_detail_under_a_later_speech_verb_is_cut_too() -> None:
    found = claims_of(
        "The ministry said some 40,000 people had fled the fighting, of whom 9,000 are in "
        "Zenda, according to local authorities."
    )
    said = claim_by_cue(found, "said")
    assert text_of(said.claimant) == "The ministry"
    assert said.content.text.endswith("of whom 9,000 are in Zenda")
    assert all(text_of(c.claimant) != "local authorities" for c in found)


def test_according_to_closing_the_whole_report_still_relays_it() -> None:
    found = claims_of("Police have said the two men were released, according to their lawyers.")
    assert [text_of(c.cue) for c in found] == ["according to"]
    assert text_of(found[0].claimant) == "their lawyers"
    assert found[0].content.text == "Police have said the two men were released"
