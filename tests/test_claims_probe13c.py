"""Claims after a thirteenth probe, third round: a plan's day inside the content is not
the day it was told, a headline "A, B claims C" credits B with C only, and "speaking on
condition that ..." is the terms of an interview, not a claim."""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 11, 24, 9, 0)  # a Tuesday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe13c")


# --- the day a plan names does not date the telling -------------------------------------


def test_a_day_of_a_foreseen_trip_does_not_date_the_claim() -> None:
    c = only(
        claims_of(
            "Moreau is expected to fly to Lyon on Thursday and to the port of Brest on "
            "Friday, a ministry official said."
        )
    )
    assert text_of(c.claimant) == "a ministry official"
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_day_after_a_modal_does_not_date_the_claim() -> None:
    c = only(claims_of("The envoy will meet rebel leaders in Goma on Friday, an aide said."))
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_day_of_a_past_event_does_not_date_the_attribution_after_it() -> None:
    c = only(claims_of("About 300 migrants were returned to Dakar on Friday, officials said."))
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_day_on_the_cue_dates_a_foreseen_trip() -> None:
    c = only(claims_of("The envoy will visit Goma on Friday, an aide said on Monday."))
    assert (c.date, c.date_precision) == (date(2026, 11, 23), "day")


# --- a headline "A, B claims C" -----------------------------------------------------------


HEADLINE = (
    "Rebels shell Bukavu suburbs, Congo claims 40 fighters killed\n\n"
    "GOMA - Shells fell on the eastern districts overnight, and residents said the "
    "water supply had been cut in several of them."
)


def test_a_headline_credits_the_claimant_with_the_clause_after_its_cue_only() -> None:
    c = next(c for c in claims_of(HEADLINE) if text_of(c.cue) == "claims")
    assert text_of(c.claimant) == "Congo"
    assert text_of(c.content) == "40 fighters killed"


def test_a_parenthetical_attribution_keeps_the_clause_before_it() -> None:
    c = only(claims_of("The dam is holding, the governor said, and crews are on site."))
    assert text_of(c.claimant) == "the governor"
    assert text_of(c.content).startswith("The dam is holding")


# --- "speaking on condition that ..." ----------------------------------------------------


def test_speaking_on_condition_that_is_no_claim() -> None:
    found = claims_of(
        '"We are short of fuel," a driver said, speaking on the condition that only his '
        "first name be used."
    )
    assert [text_of(c.cue) for c in found] == ["said"]
    assert text_of(found[0].claimant) == "a driver"


def test_the_content_stops_before_a_condition_aside() -> None:
    c = only(
        claims_of(
            "The column reached Tiraspol on Monday, an officer said, speaking on condition "
            "that he not be named."
        )
    )
    assert text_of(c.claimant) == "an officer"
    assert text_of(c.content) == "The column reached Tiraspol on Monday"
