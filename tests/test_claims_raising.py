"""Seeming claims: "X seems to Y" is the writer's belief that X Ys, the whole clause its
content; an experiencer ("to me") is its holder."""

from __future__ import annotations

import pytest
from helpers import claims_of, only


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The new governor seems to have lost interest in the project.",
            "seems",
            "The new governor seems to have lost interest in the project",
        ),
        (
            "It appeared that the ministry had lost track of the funds.",
            "appeared",
            "It appeared that the ministry had lost track of the funds",
        ),
        (
            "A second round of talks now looks unlikely.",
            "looks",
            "A second round of talks now looks unlikely",
        ),
        (
            "The harbor deal can seem like a gift to the shipping firms.",
            "can seem",
            "The harbor deal can seem like a gift to the shipping firms",
        ),
    ],
)
def test_seeming_clause_is_an_unsourced_stance(sentence: str, cue: str, content: str) -> None:
    c = only(claims_of(sentence))
    assert (c.kind, c.claimant) == ("stance", None)
    assert c.cue is not None and c.cue.text == cue
    assert c.content.text == content


def test_experiencer_holds_the_seeming() -> None:
    c = only(claims_of("The plan seems reckless to me."))
    assert c.claimant is not None and c.claimant.text == "me"
    assert c.content.text == "The plan seems reckless"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister appeared on state television on Monday.",  # no complement
        "A video appeared to show soldiers firing on the crowd.",  # a hedged source, not ours
    ],
)
def test_no_seeming_claim(sentence: str) -> None:
    assert [c for c in claims_of(sentence) if c.cue is not None and c.cue.text == "appeared"] == []


def test_fronted_experiencer_leaves_the_clause() -> None:
    c = only(claims_of("It seems to me that the council has lost control of its budget."))
    assert c.claimant is not None and c.claimant.text == "me"
    assert c.content.text == "that the council has lost control of its budget"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The inspectors looked at the damaged bridge on Friday.", "looked"),  # perception
        ("The guards sounded the alarm at dawn.", "sounded"),  # an act
    ],
)
def test_look_and_sound_without_adjective_or_like(sentence: str, cue: str) -> None:
    assert [c for c in claims_of(sentence) if c.cue is not None and c.cue.text == cue] == []
