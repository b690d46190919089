"""Topic claims: an agent's verb + "about" + topic states a stance on that topic."""

from __future__ import annotations

import pytest
from helpers import claims_of, only


@pytest.mark.parametrize(
    ("sentence", "claimant", "cue", "content"),
    [
        (
            "Senator Maria Lopez talked about rising rents in her speech on Tuesday.",
            "Senator Maria Lopez",
            "talked about",
            "rising rents in her speech",
        ),
        (
            "Several Democrats are worrying about the governor's health.",
            "Several Democrats",
            "are worrying about",
            "the governor's health",
        ),
    ],
)
def test_verb_about_topic_is_a_stance(sentence: str, claimant: str, cue: str, content: str) -> None:
    c = only(claims_of(sentence))
    assert c.kind == "stance"
    assert c.claimant is not None and c.claimant.text == claimant
    assert c.cue is not None and c.cue.text == cue
    assert c.content.text == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor set about rebuilding the harbor after the storm.",  # "set about": begin
        "The reforms came about after years of protest.",  # "come about": happen
    ],
)
def test_phrasal_about_is_no_topic(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_gap_topic_leaves_the_outer_claim() -> None:
    found = claims_of("Nobody knows what the minister was talking about.")
    assert [c.cue.text for c in found if c.cue is not None] == ["knows"]
