"""Claim frames probe 10 got wrong: purpose infinitives and inference participles read as
claims, quoted denials of presence, relayed reports ("According to X, which cited Y"), a
lead sentence whose speaker comes last as a relative clause, a date on the statement a
claim was posted in, a naming aside, and a verb with its own object taking a quotation.

All sentences are invented.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of

from claimmap.model import Claim


def cues(found: list[Claim]) -> list[str]:
    return [c.cue.text for c in found if c.cue is not None]


def by_cue(found: list[Claim], cue: str) -> Claim:
    hits = [c for c in found if c.cue is not None and c.cue.text == cue]
    assert len(hits) == 1, [(c.cue and c.cue.text, c.content.text) for c in found]
    return hits[0]


def said(c: Claim) -> tuple[str | None, str]:
    return (c.claimant.text if c.claimant else None), c.content.text


# --- purpose infinitives and inference participles -------------------------------------


def test_purpose_infinitive_after_motion_is_no_claim() -> None:
    found = claims_of(
        "Hundreds of Ugandan soldiers crossed from Kasese into Beni to back the militia, "
        "UN monitors said."
    )
    assert cues(found) == ["said"]
    assert said(found[0]) == (
        "UN monitors",
        "Hundreds of Ugandan soldiers crossed from Kasese into Beni to back the militia",
    )


def test_purpose_infinitive_does_not_cut_the_content() -> None:
    found = claims_of(
        "The Daily Monitor reported that Kenyan troops sent to defend Kismayo had begun "
        "pulling back to Garissa."
    )
    c = by_cue(found, "reported")
    assert c.content.text == (
        "that Kenyan troops sent to defend Kismayo had begun pulling back to Garissa"
    )
    assert "to defend" not in cues(found)


def test_infinitive_after_going_on_television_stays_a_claim() -> None:
    found = claims_of("You went on television to blame thousands of nurses.")
    assert "to blame" in cues(found)


def test_inference_participle_is_no_claim_and_data_show_is() -> None:
    found = claims_of(
        "Turkish cargo planes have kept flying from Adana to Misrata, flight-tracking "
        "data show, suggesting Ankara is keeping its supply line open."
    )
    c = by_cue(found, "show")
    assert said(c) == (
        "flight-tracking data",
        "Turkish cargo planes have kept flying from Adana to Misrata",
    )
    assert "suggesting" not in cues(found)


def test_participle_of_a_speaker_stays_a_claim() -> None:
    found = claims_of("The minister spoke on Tuesday, suggesting that talks could resume.")
    c = by_cue(found, "suggesting")
    assert said(c) == ("The minister", "that talks could resume")


def test_naming_aside_in_the_present_is_no_claim() -> None:
    found = claims_of('From Tuzla they try "the run", as locals call the trek into Serbia.')
    assert "call" not in cues(found)


def test_call_for_is_still_a_claim() -> None:
    found = claims_of("She spoke with feeling as she called for the repeal of the law.")
    assert "called" in cues(found)


# --- quoted denials of presence --------------------------------------------------------


def test_there_are_no_troops_is_a_denial() -> None:
    c = by_cue(
        claims_of('"There are no Kenyan soldiers in Somalia," spokesman Ali Otieno told Reuters.'),
        "told",
    )
    assert c.modality == "denied"


def test_there_is_no_one_is_no_denial() -> None:
    c = by_cue(claims_of('"There is no one to inspect these boats," she said.'), "said")
    assert c.modality == "asserted"


def test_outlet_ends_before_its_relative_clause() -> None:
    found = claims_of(
        '"There are no foreign fighters at the airfield," army spokesman Ali Omar told '
        "Horn Post, which first reported the flights."
    )
    c = by_cue(found, "told")
    assert c.outlet is not None and c.outlet.text == "Horn Post"
    assert c.modality == "denied"
    reported = by_cue(found, "reported")
    assert reported.claimant is not None and reported.claimant.text.startswith("Horn Post")


# --- relayed reports --------------------------------------------------------------------


def test_according_to_outlet_which_cited_source() -> None:
    c = by_cue(
        claims_of(
            "According to Kyodo News, which cited a Japanese defence official, four Chinese "
            "navy ships sailed from Qingdao through the Tsushima Strait over the weekend, "
            "although Tokyo did not call the transit a threat."
        ),
        "According to",
    )
    assert said(c) == (
        "a Japanese defence official",
        "four Chinese navy ships sailed from Qingdao through the Tsushima Strait over the weekend",
    )
    assert c.outlet is not None and c.outlet.text == "Kyodo News"
    assert c.modality == "asserted"


def test_according_to_outlet_citing_source_keeps_trailing_participle() -> None:
    found = claims_of(
        "According to ORF, citing Austrian police figures, 1,800 people were stopped at the "
        "Slovenian border in Carinthia in May, many of them having come by train from Zagreb."
    )
    c = by_cue(found, "According to")
    assert c.claimant is not None and c.claimant.text == "Austrian police figures"
    assert c.outlet is not None and c.outlet.text == "ORF"
    assert c.content.text.endswith("many of them having come by train from Zagreb")
    assert "citing" not in cues(found)


# --- a lead sentence whose speaker comes last ---------------------------------------------


def test_trailing_title_and_name_read_as_relative_clause() -> None:
    c = by_cue(
        claims_of(
            "Fighting eased in the north, but militias are moving weapons from Chad into "
            "Darfur, the UN refugee agency UNHCR said on Monday."
        ),
        "said",
    )
    assert said(c) == (
        "the UN refugee agency UNHCR",
        "Fighting eased in the north, but militias are moving weapons from Chad into Darfur",
    )


# --- smaller frames -----------------------------------------------------------------------


def test_date_of_the_statement_a_claim_was_posted_in() -> None:
    c = by_cue(
        claims_of(
            "The rebel group, in a statement posted on its website on Tuesday, claimed "
            "that its fighters had seized a checkpoint near Goma.",
            published=datetime(2025, 4, 10),
        ),
        "claimed",
    )
    assert c.date == date(2025, 4, 8)


def test_verb_with_its_own_object_takes_no_earlier_quotation() -> None:
    found = claims_of(
        'The militia said it had taken "rifles and trucks from the army." The militia '
        "posted pictures of what it said were captured trucks."
    )
    assert "posted" not in cues(found)


def test_free_relative_after_object_stays_in_content() -> None:
    c = by_cue(
        claims_of(
            "Satellite images taken by Planet Labs on May 3 and reviewed by Reuters show two "
            "cargo jets and what appear to be radar systems at the airfield."
        ),
        "show",
    )
    assert c.content.text == "two cargo jets and what appear to be radar systems at the airfield"


def test_agent_name_hung_on_the_cue_stays_in_the_subject() -> None:
    c = by_cue(
        claims_of(
            "Satellite images taken by Airbus on June 2 and reviewed by Al-Hadath show three "
            "helicopters and what appear to be fuel trucks on the tarmac at Jufra."
        ),
        "show",
    )
    assert said(c) == (
        "Satellite images taken by Airbus on June 2 and reviewed by Al-Hadath",
        "three helicopters and what appear to be fuel trucks on the tarmac at Jufra",
    )


def test_addressee_of_an_appeal_is_no_outlet() -> None:
    c = by_cue(
        claims_of("Chile's Foreign Ministry called on the United Nations to impose sanctions."),
        "called",
    )
    assert c.outlet is None
