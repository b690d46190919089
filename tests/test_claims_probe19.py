"""Claims after the nineteenth probe: denials of a movement told by a noun or inside a
quotation, boilerplate on anonymity and AIS destinations that claim nothing, a relay whose
cited source has a bracketed short form, a denial summed up by ", a claim X denied" or
", allegations X deny", and a hearsay sentence that carries on an "according to" report."""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 6, 12, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe19")


# --- denials --------------------------------------------------------------------------------


def test_a_quoted_denial_before_a_named_listener_is_denied() -> None:
    c = claims_of(
        "Belarus's foreign ministry spokesman Anatoly Glaz rejected the account. "
        '"Belarus has not sent any fuel to Syria," he told the state news agency BelTA '
        'on Friday, calling the report "a smear."'
    )[1]
    assert text_of(c.content) == '"Belarus has not sent any fuel to Syria,"'
    assert c.modality == "denied"


def test_no_movement_across_a_border_is_a_denial() -> None:
    c = only(
        claims_of(
            '"There has been no transfer of weapons across our frontier, and we will not '
            'let our soil be used by anyone," Major Luis Ortega said.'
        )
    )
    assert c.modality == "denied"


def test_never_a_transit_route_is_a_denial() -> None:
    c = only(
        claims_of(
            'Interior minister Paul Ngoma said that Lusaka "has never been and will never '
            'be a transit route for smuggled cobalt."'
        )
    )
    assert c.modality == "denied"


def test_waters_not_used_for_smuggling_is_a_denial() -> None:
    c = only(
        claims_of(
            'A government official in Dakar said Senegalese waters "are not used for '
            'smuggling of any kind."'
        )
    )
    assert c.modality == "denied"


def test_funds_not_used_for_repairs_is_no_denial() -> None:
    c = only(claims_of("The auditor said the funds were not used for the school repairs."))
    assert c.modality == "asserted"


def test_a_negative_plan_is_no_denial() -> None:
    c = only(claims_of("The commander said the troops would not leave before June."))
    assert c.modality == "asserted"


def test_a_lack_with_its_cause_is_no_denial() -> None:
    c = only(
        claims_of(
            "Officials said there was no delivery of food to the camp last week because "
            "of the rains."
        )
    )
    assert c.modality == "asserted"


def test_a_claim_summed_up_and_denied_is_denied_whole() -> None:
    said, denial = claims_of(
        "The coastguard said on Monday it had stopped a fishing boat carrying what it "
        "described as Belarusian rifles destined for Libyan militias, a claim Minsk "
        "flatly denied."
    )
    assert text_of(said.content) == (
        "it had stopped a fishing boat carrying what it described as Belarusian rifles "
        "destined for Libyan militias"
    )
    assert text_of(denial.claimant) == "Minsk"
    assert text_of(denial.content) == text_of(said.content)
    assert denial.modality == "denied"


def test_bare_plural_allegations_denied_make_a_denial() -> None:
    said, denial = claims_of(
        "Activists say detainees in those camps face beatings and hunger, allegations "
        "Tunisian authorities deny."
    )
    assert text_of(said.content) == "detainees in those camps face beatings and hunger"
    assert text_of(denial.claimant) == "Tunisian authorities"
    assert text_of(denial.content) == "detainees in those camps face beatings and hunger"
    assert denial.modality == "denied"


# --- no claims ----------------------------------------------------------------------------


def test_speaking_on_condition_of_anonymity_claims_nothing() -> None:
    c = only(
        claims_of(
            "A customs officer in Kassala told Reuters that fuel was regularly trucked to "
            "Eritrea. He spoke on condition of anonymity because he feared retaliation."
        )
    )
    assert text_of(c.cue) == "told"


def test_said_on_condition_of_anonymity_still_claims() -> None:
    c = only(claims_of("He said on condition of anonymity that the army had moved north."))
    assert text_of(c.content) == "that the army had moved north"


def test_a_ship_signalling_its_destination_is_no_speaker() -> None:
    c = only(
        claims_of(
            "The Orca then sailed west past Gibraltar and was signalling Rotterdam, on the "
            "Dutch coast, as its destination, the data showed."
        )
    )
    assert text_of(c.cue) == "showed"
    assert text_of(c.content) == (
        "The Orca then sailed west past Gibraltar and was signalling Rotterdam, on the "
        "Dutch coast, as its destination"
    )


def test_signalling_an_intention_still_claims() -> None:
    c = only(claims_of("The government signalled that it would reopen the port."))
    assert text_of(c.content) == "that it would reopen the port"


# --- relays and their sequels ---------------------------------------------------------------


def test_a_relay_with_a_bracketed_short_form_names_the_cited_source() -> None:
    c = only(
        claims_of(
            "According to the Polish news agency PAP, which cited a source in Poland's "
            "border guard service (SG), about 200 migrants and 40 vans crossed the Bug "
            "river between early May and late June."
        )
    )
    assert text_of(c.claimant) == "a source in Poland's border guard service (SG)"
    assert text_of(c.outlet) == "PAP"  # the medium's name (C0)
    assert text_of(c.content) == (
        "about 200 migrants and 40 vans crossed the Bug river between early May and late June"
    )


def test_a_reportedly_sentence_carries_on_the_relayed_report() -> None:
    first, second = claims_of(
        "According to a report by the Kenyan daily The Standard, the charcoal is loaded "
        "in Kismayo. From there, the sacks are allegedly shipped to Dubai and sold to "
        "traders."
    )
    assert first.modality == "asserted"
    assert text_of(second.claimant) == text_of(first.claimant)
    assert text_of(second.content) == (
        "From there, the sacks are allegedly shipped to Dubai and sold to traders"
    )
    assert second.modality == "hedged"


def test_a_reportedly_sentence_after_a_said_claim_is_not_carried_on() -> None:
    c = only(
        claims_of(
            "The police said the men fled north. The convoy was reportedly stopped at the bridge."
        )
    )
    assert text_of(c.cue) == "said"


# --- the day of an event told after or before its attribution -------------------------------


def test_an_event_day_before_its_attribution_does_not_date_the_claim() -> None:
    c = only(claims_of("The convoy left Kindia on Tuesday, the official said."))
    assert (str(c.date), c.date_precision) == ("2026-06-12", "published")


def test_an_event_day_after_a_preposed_attribution_does_not_date_the_claim() -> None:
    c = only(claims_of("The official said the convoy left Kindia on Tuesday."))
    assert (str(c.date), c.date_precision) == ("2026-06-12", "published")
