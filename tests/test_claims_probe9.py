"""Claim frames written after a ninth probe: a lead whose attribution ends it (with a
title the parser hangs elsewhere, a content subject read as the cue's object, a told
clause read as a relative), denials carried by the content's own words, the medium
that reports or relays, and a claim not dated by the day its content tells.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claim_by_cue, text_of
from helpers import claims_of as claims_in

from claimmap.model import Claim

PUBLISHED = datetime(2024, 3, 15, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe9")


# --- leads with the attribution at the end (D5) --------------------------------------


def test_lead_with_a_titled_speaker_at_its_end_is_a_claim() -> None:
    found = claims_of(
        "LAGOS: The Lagos police have detained three men, including a former customs "
        "officer, in connection with a ring that smuggled ivory from Cameroon to Vietnam "
        "through Benin and Togo, Commissioner of Police A.B. Okafor said on Monday."
    )
    said = claim_by_cue(found, "said")
    assert text_of(said.claimant) == "Commissioner of Police A.B. Okafor"
    assert said.content.text.startswith("The Lagos police have detained three men")
    assert said.content.text.endswith("through Benin and Togo")
    assert (said.date, said.date_precision) == (date(2024, 3, 11), "day")


def test_says_with_the_content_subject_read_as_its_object() -> None:
    found = claims_of(
        "The Federal Narcotics Office (FNO) says the Juarez gang, and in particular the "
        'faction led by the nephews of Pedro "El Gordo" Ruiz, known as Los Gorditos, buys '
        "most of its chemicals from Indian firms."
    )
    says = claim_by_cue(found, "says")
    assert text_of(says.claimant) == "The Federal Narcotics Office (FNO)"
    assert says.content.text.startswith("the Juarez gang, and in particular")
    assert says.content.text.endswith("buys most of its chemicals from Indian firms")


def test_said_things_stay_things() -> None:
    found = claims_of("He says the prayers, and his wife cooks dinner.")
    assert all("cooks" not in c.content.text for c in found)


def test_told_listeners_a_clause_opened_by_a_pronoun() -> None:
    found = claims_of(
        "Some told aid workers they had flown from Lagos to Tunis via Cairo and were then "
        "driven west by smugglers."
    )
    told = claim_by_cue(found, "told")
    assert text_of(told.claimant) == "Some"
    assert told.content.text.startswith("they had flown from Lagos to Tunis via Cairo")


# --- denials in the content (D7) ------------------------------------------------------


def _modality(text: str, cue: str = "said") -> str:
    return claim_by_cue(claims_of(text), cue).modality


def test_no_record_of_a_shipment_is_a_denial() -> None:
    text = '"We have no record of any such cargo passing through Tamu," a customs officer said.'
    assert _modality(text) == "denied"


def test_not_a_single_item_found_is_a_denial() -> None:
    text = 'The agency said that "not a single rifle" had been found crossing from Chile into Peru.'
    assert _modality(text) == "denied"


def test_negated_main_event_is_a_denial() -> None:
    text = "Novak said that Ruritania had not expelled anyone and that residents were free to stay."
    assert _modality(text) == "denied"


def test_dismissive_labels_of_claims_are_denials() -> None:
    for text in (
        'The ministry said claims of deportations were "groundless and a ploy."',
        'The embassy said the agency claims were "fabrications meant to harm ties."',
        'Their lawyer said the men were farmers and that the case was "fabricated."',
    ):
        assert _modality(text) == "denied", text


def test_no_reason_is_a_denial() -> None:
    assert _modality(
        'Spokesman Ivan Petrov said there was "no reason" to speak of expulsions.'
    ) == ("denied")


def test_negations_that_deny_nothing_stay_asserted() -> None:
    assert _modality("The refugees said they had not eaten since fleeing from Homs to Idlib.") == (
        "asserted"
    )
    assert _modality("Police said they could not confirm the report.") != "denied"
    assert _modality("He said the ship did not stop in Malta but sailed on to Tunis.") == "asserted"
    assert _modality("She said there was no doubt the trucks came from Lviv.") == "asserted"


# --- media and "citing" (D9) ------------------------------------------------------------


def test_a_newspaper_that_reports_is_its_own_outlet_and_ends_the_content() -> None:
    found = claims_of(
        "Labour ministry data shows that 1,221 Nepalis entered Qatar in 2023, including "
        "nearly 800 on work visas, the Doha-based newspaper Al Bayan reported in March."
    )
    reported = claim_by_cue(found, "reported")
    assert text_of(reported.outlet) == "Al Bayan"
    assert "Al Bayan" not in reported.content.text
    assert reported.content.text.endswith("on work visas")
    assert all("reported" not in c.content.text for c in found)


def test_a_body_that_reports_citing_sources_relays_them() -> None:
    """Since session 25 the cited sources are the claimant (Gazeta Nova was pinned as
    claimant before); the paper stays the outlet."""
    found = claims_of(
        "Gazeta Nova, citing two sources in the Ruritanian border guard, reported that 30 "
        "boys had been taken into Moldova."
    )
    reported = claim_by_cue(found, "reported")
    assert text_of(reported.claimant) == "two sources in the Ruritanian border guard"
    assert text_of(reported.outlet) == "Gazeta Nova"


def test_citing_after_a_speech_cue_is_no_claim() -> None:
    found = claims_of(
        "The men were being sent to farms in the east, including Lviv and Rivne, and some "
        "as far west as Krakow, Kim said, citing the agency."
    )
    assert [text_of(c.cue) for c in found] == ["said"]
    assert all(c.content.text != "the agency" for c in found)


def test_a_spokesman_for_a_newspaper_is_no_outlet() -> None:
    found = claims_of("A spokesman for the newspaper said it would appeal the ruling.")
    assert claim_by_cue(found, "said").outlet is None


# --- the claim's date is not the event's (D12) ---------------------------------------


def test_a_night_event_does_not_date_the_claim() -> None:
    found = claims_of(
        "Coast guard boats picked up 300 people from a dinghy south of Lampedusa on "
        "Wednesday night and took them to Pozzallo, a coast guard spokesman said."
    )
    said = claim_by_cue(found, "said")
    assert (said.date_span, said.date_precision) == (None, "published")


def test_a_statement_at_its_own_occasion_is_not_dated_by_the_content() -> None:
    found = claims_of(
        "Two elephant tusks were seized from a truck near Titabar on Wednesday, "
        "Mr. Bora said at a press conference in Jorhat."
    )
    said = claim_by_cue(found, "said")
    assert (said.date_span, said.date_precision) == (None, "published")
    assert "on Wednesday" in said.content.text


def test_a_lawyer_denying_for_a_client_is_a_denial() -> None:
    text = 'His lawyer said his client "denies knowing that any rifle was in those crates."'
    assert _modality(text) == "denied"
    assert _modality("The minister said his deputy rejected the plan.") == "asserted"


def test_a_state_not_yet_reached_is_no_denial() -> None:
    text = (
        "Officials said they would install scanners, though diplomats acknowledge they "
        "are not yet working."
    )
    assert _modality(text, "acknowledge") == "asserted"
