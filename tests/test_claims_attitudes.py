"""Attitudes held towards a clause: a participle or adjective of attitude with a clause
("were frustrated that Y", "came away convinced that Y", "in which she was sure Y") is a
stance claim of whoever holds it; "it is obvious that Y" is the writer's, with no
claimant; "it is unclear whether Y" is none."""

from __future__ import annotations

import pytest
from helpers import claims_of, only, text_of


@pytest.mark.parametrize(
    ("sentence", "claimant", "cue", "content"),
    [
        (
            "Farmers were frustrated that the ministry paid only half of the promised aid.",
            "Farmers",
            "were frustrated",
            "that the ministry paid only half of the promised aid",
        ),
        (
            "We are convinced the new bridge will open before the winter.",
            "We",
            "are convinced",
            "the new bridge will open before the winter",
        ),
        (
            "The envoy toured the camps and came away convinced that aid was reaching them.",
            "The envoy",
            "came away convinced",
            "that aid was reaching them",
        ),
        (
            "That is why she is so worried that the clinic will close next year.",
            "she",
            "is so worried",
            "that the clinic will close next year",
        ),
    ],
)
def test_an_attitude_with_a_clause_is_its_holders_claim(
    sentence: str, claimant: str, cue: str, content: str
) -> None:
    c = only(claims_of(sentence))
    assert (text_of(c.claimant), text_of(c.cue), text_of(c.content)) == (claimant, cue, content)
    assert c.kind == "stance"


def test_an_attitude_in_a_relative_clause_keeps_its_clause() -> None:
    found = claims_of(
        "He campaigned hard before the referendum, in which he was sure the reformers would win."
    )
    c = next(x for x in found if text_of(x.cue) == "was sure")
    assert text_of(c.claimant) == "he"
    assert text_of(c.content) == "the reformers would win"


def test_a_relative_pronoun_holds_the_attitude_of_its_antecedent() -> None:
    found = claims_of("Farmers who were frustrated that the dam was never mended left the valley.")
    c = next(x for x in found if text_of(x.cue) == "were frustrated")
    assert (text_of(c.claimant), text_of(c.content)) == ("Farmers", "that the dam was never mended")


def test_an_open_question_held_by_someone_is_their_claim() -> None:
    c = only(claims_of("Many parents weren't sure if the school would reopen in the spring."))
    assert text_of(c.claimant) == "Many parents"
    assert text_of(c.content) == "if the school would reopen in the spring"


def test_a_condition_after_an_attitude_is_not_its_clause() -> None:
    found = claims_of("The coach is confident if the players stay healthy.")
    assert found == []


def test_an_attitude_argued_by_someone_else_is_not_the_holders() -> None:
    # "convinced by X that Y": X's persuasion, not a belief the subject states
    found = claims_of("The mayor was convinced by his aides that the deal was done.")
    assert all(text_of(c.cue) != "convinced" for c in found)


def test_an_impersonal_certainty_is_the_writers_claim() -> None:
    c = only(claims_of("By now it is obvious that the ceasefire has collapsed."))
    assert (c.claimant, text_of(c.cue)) == (None, "it is obvious")
    assert text_of(c.content) == "that the ceasefire has collapsed"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was unclear whether the judges would rule on the appeal.",
        "It is not clear that the new levy will raise any money.",
    ],
)
def test_an_open_question_is_no_claim(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_an_attitude_without_a_clause_is_no_clause_claim() -> None:
    found = claims_of("The fishermen were frustrated after the storm.")
    assert found == []
