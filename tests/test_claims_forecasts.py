"""Unsourced expectations: "X is expected to Y" with nobody named as expecting it is the
writer's forecast, a claim, unless it foresees a journey ("a flight is expected to land"),
which is a schedule the routes stage reads, not anyone's claim."""

from __future__ import annotations

import pytest
from helpers import claims_of, only, text_of


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Turnout among young voters is expected to be lower than in the last election.",
            "Turnout among young voters is expected to be lower than in the last election",
        ),
        (
            "The governor's veto is expected to come before the deadline on Friday.",
            "The governor's veto is expected to come before the deadline on Friday",
        ),
    ],
)
def test_an_unsourced_forecast_is_the_writers_claim(sentence: str, content: str) -> None:
    c = only(claims_of(sentence))
    assert c.claimant is None
    assert text_of(c.cue) == "expected"
    assert text_of(c.content) == content


@pytest.mark.parametrize(
    "sentence",
    [
        "A second flight is expected to land on Saturday.",
        "The tanker is expected to arrive in Gdansk on Monday.",
        "The minister is expected to travel to Tucson next week.",
    ],
)
def test_an_unsourced_journey_is_a_schedule(sentence: str) -> None:
    assert claims_of(sentence) == []
