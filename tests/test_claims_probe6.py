"""Claims in sentences written after a sixth probe of unseen articles: genre labels that
are no speakers, rebuttals the parser folded into the claim they rebut, speakers named
in an appositive or by a text ("the caption reads"), questions put to someone, and
numbers and hedges inside a claim.
"""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2024, 9, 27, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe6")


def _who(c: Claim) -> str | None:
    return text_of(c.claimant) if c.claimant else None


# --- genre labels -------------------------------------------------------------------------


def test_fact_check_labels_are_no_speakers() -> None:
    found = claims_of(
        "Claim: Russian transport planes carried 300 tonnes of copper from Oruro to Wuhan.\n\n"
        "Verdict: Misleading. The photo shows a freight flight in Chile in 2019, "
        "customs officials said.\n\n"
        "BREAKING: Dozens of workers rescued from a flooded mine"
    )
    assert all(_who(c) not in ("Verdict", "BREAKING", "Claim") for c in found)
    checked = [c for c in found if c.content.text.startswith("Russian transport planes")]
    assert checked and checked[0].claimant is None
    said = [c for c in found if text_of(c.cue) == "said"]
    assert said and _who(said[0]) == "customs officials"


# --- rebuttals ----------------------------------------------------------------------------


def test_headline_claim_and_its_denial_are_two_claims() -> None:
    found = claims_of("Tucson says Pima County is sending migrants north; county denies it")
    assert [(_who(c), c.modality) for c in found] == [
        ("Tucson", "asserted"),
        ("county", "denied"),
    ]
    assert {c.content.text for c in found} == {"Pima County is sending migrants north"}


def test_summing_noun_rebuttal_is_a_denial_of_the_claim_before_it() -> None:
    found = claims_of(
        "Activists in Oruro say the army has been moving detainees across the border, "
        "an accusation the general staff firmly rejected."
    )
    assert [(_who(c), c.modality) for c in found] == [
        ("Activists in Oruro", "asserted"),
        ("the general staff", "denied"),
    ]
    assert {c.content.text for c in found} == {
        "the army has been moving detainees across the border"
    }


# --- speakers -----------------------------------------------------------------------------


def test_speaker_named_with_an_appositive_after_the_content() -> None:
    c = only(
        claims_of(
            "The port has no grain silos, a spokesman for Peru's port agency, Enapu, "
            "told us by phone."
        )
    )
    assert _who(c) == "a spokesman for Peru's port agency, Enapu"
    assert c.content.text == "The port has no grain silos"


def test_a_caption_that_reads_a_quotation_is_a_claim() -> None:
    c = only(claims_of('"Four tankers left Arica for Busan last week," the caption reads.'))
    assert _who(c) == "the caption"
    assert c.content.text.startswith('"Four tankers left Arica')


def test_a_reader_reading_a_letter_makes_no_claim() -> None:
    assert claims_of("The mayor read the letter aloud to the council.") == []


def test_a_question_put_to_someone_is_no_claim() -> None:
    assert claims_of("Asked whether he would run again, Moreau smiled and left the room.") == []


# --- numbers and hedges -------------------------------------------------------------------


def test_one_that_counts_nothing_is_no_quantity() -> None:
    c = only(
        claims_of(
            "Police said the agency bought one-way tickets for 23 people and moved them "
            "from one camp to another."
        )
    )
    assert [(q.value, q.unit) for q in c.quantities] == [(23.0, "people")]


def test_one_as_an_object_pronoun_is_no_quantity_but_a_subject_is() -> None:
    built = only(claims_of("Executives said the firm plans to build one in Ohio."))
    assert not built.quantities
    hurt = only(claims_of("Police said one was killed and 9 were hurt."))
    assert [q.value for q in hurt.quantities] == [1.0, 9.0]


def test_a_first_person_belief_hedges_the_quotation() -> None:
    c = only(claims_of('"We think dozens more paintings are in private vaults," Okafor said.'))
    assert c.modality == "hedged"
