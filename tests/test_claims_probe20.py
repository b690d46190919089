"""Claims after the twentieth probe: a content that runs on past a mid-sentence "she
said" (and the parts of an unquoted sentence it interrupts), a cue coordinated with the
cue, a participle on the content's last noun, a source's apposition kept out of an
"according to" content, declarations that are acts, and denials: a negated deed right
after the same source's denial, "not a single X" once the content ends, and a check left
undone that denies nothing."""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 6, 12, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe20")


# --- a content past ", she said," -------------------------------------------------------------


def test_a_while_clause_after_she_said_stays_in_the_content() -> None:
    c = only(
        claims_of(
            "From Tromso, about 300 of the workers were bused to Oslo on Monday, he said, "
            "while the others were taken on to Bergen and put on a ferry to Aberdeen on Tuesday."
        )
    )
    assert text_of(c.content).endswith("put on a ferry to Aberdeen on Tuesday")
    assert [text_of(p) for p in c.content_parts] == [
        "From Tromso, about 300 of the workers were bused to Oslo on Monday",
        "while the others were taken on to Bergen and put on a ferry to Aberdeen on Tuesday",
    ]


def test_a_subjectless_conjunct_that_agrees_with_the_content_runs_on() -> None:
    c = only(
        claims_of(
            "The trucks crossed at Kapikule late that evening, she said, and were escorted "
            "along the motorway through Edirne before reaching a warehouse outside Plovdiv."
        )
    )
    assert text_of(c.content).startswith("The trucks crossed at Kapikule")
    assert text_of(c.content).endswith("a warehouse outside Plovdiv")
    assert text_of(c.content_parts[1]).startswith("and were escorted along the motorway")


def test_the_speakers_own_next_step_is_not_in_the_content() -> None:
    c = claims_of(
        "The ferry docked at Piraeus before dawn, the captain said, and then he left the room."
    )[0]
    assert text_of(c.content) == "The ferry docked at Piraeus before dawn"
    cs = claims_of(
        "Prices rose sharply in March, the minister said, adding that wages would follow."
    )
    assert [text_of(x.content) for x in cs] == [
        "Prices rose sharply in March",
        "that wages would follow",
    ]


def test_a_while_clause_with_a_cue_of_its_own_is_not_the_first_speakers() -> None:
    cs = claims_of(
        "More than 200 migrants landed on the Greek island of Samos over the weekend after "
        "leaving the Turkish coast near Kusadasi, Greek officials said on Monday, while a "
        "Norwegian charity accused Athens of ignoring a boat in distress."
    )
    assert text_of(cs[0].content).endswith("the Turkish coast near Kusadasi")


def test_an_unquoted_attribution_set_off_by_commas_splits_the_content() -> None:
    c = only(
        claims_of(
            "From there, the report said, they continued through Nis and Pirot and entered "
            "Bulgaria at Kalotina."
        )
    )
    assert [text_of(p) for p in c.content_parts] == [
        "From there",
        "they continued through Nis and Pirot and entered Bulgaria at Kalotina",
    ]
    assert "the report said" not in c.content_text


# --- content ends -----------------------------------------------------------------------------


def test_a_cue_coordinated_with_the_cue_ends_the_content_and_not_a_single_is_denied() -> None:
    c = claims_of(
        'The interior ministry in Minsk said in a statement that "not a single migrant" had '
        'crossed from Belarus and called the report "a cynical fabrication by Warsaw."'
    )[0]
    assert text_of(c.content) == 'that "not a single migrant" had crossed from Belarus'
    assert c.modality == "denied"


def test_the_coordinated_cue_is_a_claim_of_the_same_speaker() -> None:
    first, second = claims_of(
        'The interior ministry in Minsk said in a statement that "not a single migrant" had '
        'crossed from Belarus and called the report "a cynical fabrication by Warsaw."'
    )[:2]
    assert text_of(second.cue) == "called"
    assert text_of(second.content) == 'the report "a cynical fabrication by Warsaw."'
    assert text_of(second.claimant) == text_of(first.claimant) == "The interior ministry in Minsk"


def test_a_participle_on_the_last_noun_stays_in_the_content() -> None:
    c = only(
        claims_of(
            "Rights groups have long accused Turkish border guards of firing on refugees "
            "crossing from Idlib."
        )
    )
    assert text_of(c.content) == "Turkish border guards of firing on refugees crossing from Idlib"


def test_an_according_to_sources_apposition_is_not_content() -> None:
    c = only(
        claims_of(
            "According to the Baltic Labour Centre, a Vilnius-based advocacy group, at least "
            "25 of those expelled held valid work permits."
        )
    )
    assert text_of(c.claimant) == "the Baltic Labour Centre, a Vilnius-based advocacy group"
    assert text_of(c.content) == "at least 25 of those expelled held valid work permits"


# --- declarations that are acts ---------------------------------------------------------------


def test_declaring_an_emergency_is_no_claim() -> None:
    assert (
        claims_of(
            "Many of the migrants have arrived since the government declared a health "
            "emergency in Arica province last week."
        )
        == []
    )
    assert claims_of("The junta declared a state of emergency across the country on Sunday.") == []


def test_a_declaration_with_a_clause_or_another_object_is_a_claim() -> None:
    c = only(claims_of("The council declared that the road to Puno was closed."))
    assert text_of(c.content) == "that the road to Puno was closed"
    c = only(claims_of("The rebel commander declared victory in the north."))
    assert text_of(c.content) == "victory in the north"


# --- denials ----------------------------------------------------------------------------------


def test_a_negated_deed_after_the_same_sources_rejection_is_denied() -> None:
    cs = claims_of(
        "Chile's embassy rejected the accusations. The trawlers \"fully respect maritime law "
        'and have never entered Peruvian waters", the embassy said.'
    )
    assert [c.modality for c in cs] == ["denied", "denied"]


def test_a_spokespersons_negative_after_the_governments_denial_is_denied() -> None:
    cs = claims_of(
        "Uganda's government denied that it had agreed to accept deportees from Denmark. "
        '"Uganda has not received any Somali migrants from Denmark and has no agreement to '
        'do so," government spokesperson Ruth Nankabirwa told Reuters.'
    )
    assert [c.modality for c in cs] == ["denied", "denied"]


def test_an_affirmative_report_after_a_denial_stays_asserted() -> None:
    cs = claims_of(
        "The ministry denied the reports. It said the convoy carried flour and medicine to Goma."
    )
    assert [c.modality for c in cs] == ["denied", "asserted"]


def test_a_negative_by_another_source_after_a_denial_stays_asserted() -> None:
    cs = claims_of(
        "The ministry denied the reports. Local traders said they had not received any "
        "flour from Goma since March."
    )
    assert [c.modality for c in cs] == ["denied", "asserted"]


def test_a_check_left_undone_is_no_denial() -> None:
    c = only(
        claims_of(
            "An inspector who asked not to be named said the harbour did not weigh fish "
            "landed at night."
        )
    )
    assert c.modality == "asserted"
    c = only(claims_of("A customs officer said the port did not inspect catch from the high seas."))
    assert c.modality == "asserted"
