"""Claims after a fourteenth probe: a thing "found off" a place and a boat that "sought
help" make no claim; a news agency named before the speaker ("According to TASS, a source
said") is the channel, and its name after a medium noun is the source's own; a place that
locates a relative pronoun's group does not speak; a date after the object is not said; a
label noun read as a participle, a that-clause's verb hung on the cue, and a platform
named before "account" are put back."""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 11, 26, 9, 0)  # a Thursday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe14")


# --- events that are no claims ------------------------------------------------------------


def test_a_thing_found_off_a_place_is_no_claim() -> None:
    assert claims_of("Heroin-packed speedboat from Peru found off Fiji.") == []


def test_a_thing_found_near_a_place_is_no_claim() -> None:
    assert claims_of("A drifting fishing boat was found near Tonga on Monday.") == []


def test_a_study_that_found_something_still_claims_it() -> None:
    c = only(claims_of("A study by the university found that rents rose by 12 percent."))
    assert "rents rose" in c.content.text


def test_a_boat_that_sought_help_makes_no_claim() -> None:
    assert claims_of("Last month, a trawler carrying 60 migrants sought help near Malta.") == []


def test_a_minister_seeking_talks_is_still_read() -> None:
    found = claims_of("The foreign minister said the government would seek talks with Oslo.")
    assert [text_of(c.claimant) for c in found] == ["The foreign minister"]


# --- agencies in an "according to" phrase -------------------------------------------------


def test_a_fronted_agency_is_the_channel_of_the_speaker_after_it() -> None:
    c = only(
        claims_of(
            "According to the state news agency Ria, a border official said that no "
            "crossings had been closed."
        )
    )
    assert text_of(c.claimant) == "a border official"
    assert text_of(c.outlet) == "Ria"  # the medium's name (C0)
    assert c.content.text.startswith("that no crossings")


def test_an_agency_named_after_its_medium_noun_is_the_whole_source() -> None:
    c = only(
        claims_of(
            "According to the Qatari state news agency QNA, a group of 20 patients was "
            "flown from Cairo to Doha on Friday."
        )
    )
    assert text_of(c.claimant) == "the Qatari state news agency QNA"
    assert text_of(c.outlet) == "QNA"  # (the outlet is the medium's name, since session 26)
    assert c.content.text.startswith("a group of 20 patients")


# --- a place that locates the speakers ----------------------------------------------------


def test_officials_in_a_city_speak_through_who() -> None:
    found = claims_of(
        "Relatives said they had been sent away by officials in Wuhan, who told them the "
        "men had already hired lawyers."
    )
    told = next(c for c in found if text_of(c.cue) == "told")
    assert text_of(told.claimant) == "officials in Wuhan, who"


# --- content bounds -----------------------------------------------------------------------


def test_a_date_after_the_object_dates_the_claim_not_the_content() -> None:
    found = claims_of(
        "Prime Minister Ana Brnabic rejected the allegations on Tuesday evening, saying "
        "the troops had left."
    )
    rejected = next(c for c in found if text_of(c.cue) == "rejected")
    assert rejected.content.text == "the allegations"
    assert rejected.date == date(2026, 11, 24)


def test_a_label_noun_read_as_a_participle_stays_in_the_content() -> None:
    found = claims_of(
        "The border post was shut on Friday after what the Health Ministry described as "
        "Russian shelling near the gate on the Ukrainian side."
    )
    described = next(c for c in found if text_of(c.cue) == "described")
    assert described.content.text.endswith("shelling near the gate on the Ukrainian side")


def test_a_that_clause_verb_hung_on_the_cue_stays_in_the_content() -> None:
    c = only(
        claims_of(
            "Police spokesman Nimal Perera told the BBC that people smugglers in the Galle "
            "district charged up to 2 million rupees a person for the trip."
        )
    )
    assert c.content.text.endswith("charged up to 2 million rupees a person for the trip")


def test_a_second_quotation_still_runs_the_content_on() -> None:
    """The PolNeAR convention (one content over both quotations) is kept: ending the
    content before the attribution lowered the benchmark."""
    c = only(
        claims_of(
            '"We believe the cargo was bound for Japan," Inspector Lee Tan said in a '
            'statement. "It would have been worth millions."'
        )
    )
    assert c.content.text.endswith('worth millions."')


# --- platforms ----------------------------------------------------------------------------


def test_a_platform_named_before_account_is_the_outlet() -> None:
    c = only(
        claims_of(
            "The Fujian maritime police said in a statement posted on its WeChat account "
            "that it had seized two boats."
        )
    )
    assert text_of(c.outlet) == "WeChat"
