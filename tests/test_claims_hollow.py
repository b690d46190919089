"""Hollow contents: a cue whose "content" is a word the syntax left behind (a stranded
preposition, a connective "that", a time, the hearer of a statement) makes no claim;
the same cues with a real content still do."""

from __future__ import annotations

import pytest
from helpers import claims_of


def _contents(text: str) -> list[str]:
    return [c.content.text for c in claims_of(text)]


@pytest.mark.parametrize(
    ("sentence", "hollow"),
    [
        ("Residents were billed for repairs they never asked for.", "for"),
        ("That is a plan most farmers in the valley would disagree with.", "with"),
        ("Having said that, the council still has to find the money.", "that"),
        ("But the governor's remarks on Tuesday struck a softer tone.", "Tuesday"),
        ("The inquiry rests on the officers' statements to the prosecutors.", "the prosecutors"),
    ],
)
def test_hollow_content_makes_no_claim(sentence: str, hollow: str) -> None:
    assert hollow not in _contents(sentence)


def test_real_contents_beside_hollow_cues_stay() -> None:
    found = _contents("The mayor said that the bridge would reopen in May.")
    assert found == ["that the bridge would reopen in May"]
    found = _contents("She asked for a recount of the ballots in the district.")
    assert "for a recount of the ballots in the district" in found


def test_a_verb_may_describe_a_time() -> None:
    found = _contents("Villagers in the district described a sleepless night.")
    assert found == ["a sleepless night"]


def test_stance_noun_with_to_keeps_its_object() -> None:
    assert _contents("His opposition to the pipeline cost him votes.") == ["the pipeline"]


def test_said_that_with_a_speaker_stays() -> None:
    c = claims_of("Asked about the closure, the minister said that on Monday.")
    assert [x.content.text for x in c] == ["that"]
    assert c[0].claimant is not None and c[0].claimant.text == "the minister"
