"""Claim frames probe 11 got wrong: a demand read as a denial, the target of a participle
read as its source, a noun in apposition read as a cue, a reporter's caveat kept in the
content, a body one speaks before taken for an outlet, and a weekday the tagger missed.

All sentences are invented.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of, only, text_of

from claimmap.model import Claim


def by_cue(found: list[Claim], cue: str) -> Claim:
    hits = [c for c in found if c.cue is not None and c.cue.text == cue]
    assert len(hits) == 1, [(c.cue and c.cue.text, c.content.text) for c in found]
    return hits[0]


# --- modality ---------------------------------------------------------------------------


def test_urging_not_to_act_is_a_demand_not_a_denial() -> None:
    c = only(claims_of("Peru's trade ministry urged importers not to buy copper from Tacna."))
    assert c.modality != "denied"
    assert c.content.text == "importers not to buy copper from Tacna"


def test_a_negated_event_still_denies() -> None:
    c = only(claims_of("The ministry said its troops had not shelled the village."))
    assert c.modality == "denied"


# --- the target of a participle is no source -------------------------------------------


def test_headline_participle_names_the_accused_not_the_accuser() -> None:
    found = claims_of(
        "Hundreds flee Kalemie for Zambia as militia accused of fresh raids\n\n"
        "More than 3,000 people have crossed into Zambia, the UN said on Monday."
    )
    accused = by_cue(found, "accused")
    assert accused.claimant is None and accused.actor is None
    assert accused.modality == "alleged"
    assert text_of(by_cue(found, "said").claimant) == "the UN"


def test_noun_with_accusing_participle_is_no_claimant() -> None:
    found = claims_of("The brigade accused of looting left Kindu on Monday.")
    assert all(c.claimant is None for c in found)


# --- a plural noun in apposition is no cue ----------------------------------------------


def test_appositive_claims_noun_is_no_cue_of_the_first_speaker() -> None:
    found = claims_of(
        "The militia says it has seized over 40 boats in the Gulf, claims that analysts "
        "have said are inflated."
    )
    says = by_cue(found, "says")
    assert (text_of(says.claimant), says.content.text) == (
        "The militia",
        "it has seized over 40 boats in the Gulf",
    )
    assert [c.claimant and c.claimant.text for c in found if c.cue.text == "claims"] == []
    said = [c for c in found if c.claimant is not None and c.claimant.text == "analysts"]
    assert [c.content.text for c in said] == ["claims that analysts have said are inflated"]


def test_a_claims_verb_with_a_full_clause_stays_a_cue() -> None:
    found = claims_of("The militia says it has seized 40 boats, claims that the navy fled.")
    assert text_of(by_cue(found, "claims").claimant) == "The militia"


# --- the reporter's caveat after a parenthetical cue -----------------------------------


def test_though_clause_after_parenthetical_cue_is_the_reporters() -> None:
    c = only(
        claims_of("There were no casualties, the navy said, though debris fell south of Split.")
    )
    assert (text_of(c.claimant), c.content.text) == ("the navy", "There were no casualties")


# --- outlets ----------------------------------------------------------------------------


def test_a_body_one_speaks_before_is_no_outlet() -> None:
    found = claims_of(
        "The minister told the Senate that diesel crossed at 90 points. "
        "The envoy told the UN Security Council that the talks had failed. "
        "The chief told the Daily Courier that 12 men were held."
    )
    outlets = [text_of(c.outlet) for c in found]
    assert outlets == [None, None, "the Daily Courier"]


def test_a_platform_posted_on_stays_the_outlet() -> None:
    c = only(claims_of("The navy said in a post on Bluesky that it sank a drone boat."))
    assert text_of(c.outlet) == "Bluesky"


# --- dates ------------------------------------------------------------------------------


def test_late_weekday_after_a_platform_dates_the_claim() -> None:
    c = only(
        claims_of(
            "The US Southern Command said in a post on X late Wednesday that it destroyed "
            "two boats.",
            published=datetime(2025, 4, 3),
        )
    )
    assert (c.date, c.date_precision) == (date(2025, 4, 2), "day")
    assert text_of(c.date_span) == "late Wednesday"
