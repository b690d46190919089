"""Stance claims (an agent's attitude, PolNeAR's broader attributions) and their kind.

A stance claim is shown like any claim, but it reports no event: kind "stance" tells the
routes stage not to rest a movement on it, while speech, belief and accusation stay
"report" claims.
"""

from __future__ import annotations

from helpers import claims_of, only


def test_stance_adjective_with_its_target() -> None:
    c = only(claims_of("Senator Graham has been critical of the new trade agreement."))
    assert c.kind == "stance"
    assert c.claimant is not None and c.claimant.text == "Senator Graham"
    assert c.cue is not None and c.cue.text == "has been critical of"
    assert c.content.text == "the new trade agreement"


def test_agent_noun_of_stance() -> None:
    c = only(claims_of("The senator has long been a vocal opponent of the death penalty."))
    assert (c.kind, c.content.text) == ("stance", "the death penalty")
    assert c.claimant is not None and c.claimant.text == "The senator"


def test_attitude_verb_is_a_stance_and_accusation_a_report() -> None:
    found = claims_of(
        "Erdogan openly admires Aliyev. "
        "Russia accused Turkey of sending 300 fighters from Syria to Azerbaijan."
    )
    assert [(c.kind, c.claimant and c.claimant.text) for c in found] == [
        ("stance", "Erdogan"),
        ("report", "Russia"),
    ]
    assert found[0].content.text == "Aliyev"


def test_light_verb_with_a_stance_noun() -> None:
    c = only(
        claims_of("The Security Council made a strong condemnation of the nuclear test on Friday.")
    )
    assert c.kind == "stance"
    assert c.content.text == "the nuclear test"
    assert c.cue is not None and c.cue.text.startswith("made")


def test_speech_and_belief_stay_reports() -> None:
    found = claims_of(
        "The ministry said that 300 fighters had crossed the border. "
        "Analysts believe the convoy left Idlib on Monday."
    )
    assert [c.kind for c in found] == ["report", "report"]


def test_events_and_inanimate_subjects_are_no_stance() -> None:
    assert claims_of("Ankara was transferring militants from Idlib to Baku.") == []
    assert claims_of("The situation in the region is critical.") == []
    assert claims_of("The convoy remained close to the border for two days.") == []


def test_stance_inside_a_report_is_not_a_claim_of_its_own() -> None:
    c = only(claims_of("The minister said Ankara was critical of the ceasefire."))
    assert (c.kind, c.content.text) == ("report", "Ankara was critical of the ceasefire")


def test_sentence_opened_by_a_document() -> None:
    c = only(claims_of("In a statement issued on Tuesday, the ministry was more cautious."))
    assert c.kind == "report"
    assert c.cue is not None and c.cue.text == "In"
    assert c.claimant is not None and c.claimant.text == "a statement issued on Tuesday"
    assert c.content.text == "the ministry was more cautious"
    assert claims_of("In the morning, the convoy left the town.") == []
