"""A passive label ("the remark was rated “Half True”") claims the thing with its label,
and a clause before a colon is no part of what the speaker after it says ("The vote was
close: rebels said X")."""

from __future__ import annotations

import pytest
from helpers import claims_of, text_of


def triples(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The governor\'s remark was rated "Half True" by fact-checkers.',
            ("rated", 'The governor\'s remark was rated "Half True"'),
            id="rated-label",
        ),
        pytest.param(
            "The mayor was dubbed the hero of the flood by local papers.",
            ("dubbed", "The mayor was dubbed the hero of the flood"),
            id="dubbed",
        ),
        pytest.param(
            "The ministry's data were labeled inaccurate in the audit.",
            ("labeled", "The ministry's data were labeled inaccurate"),
            id="labeled",
        ),
    ],
)
def test_passive_label_claims_subject_and_label(text: str, expected: tuple[str, str]) -> None:
    assert [(cue, content) for _, cue, content in triples(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The new power plant is rated at 50 megawatts.",
        "The school was named after a local poet.",
    ],
)
def test_measure_or_name_is_no_label(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The plan is simple: Republicans said the bill would cut taxes for families.",
            ("Republicans", "said", "the bill would cut taxes for families"),
            id="colon-before-speaker",
        ),
        pytest.param(
            "Turnout was the real problem: the party said voters stayed home in the rain.",
            ("the party", "said", "voters stayed home in the rain"),
            id="colon-before-the-party",
        ),
    ],
)
def test_clause_before_colon_is_not_content(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == [expected]


def test_clause_before_comma_still_content() -> None:
    text = "The bill would cut taxes for families, Republicans said."
    assert triples(text) == [("Republicans", "said", "The bill would cut taxes for families")]


def test_rival_speaker_conjunct_is_own_claim() -> None:
    text = (
        "Republicans said they were convinced the count was flawed and Democrats accused "
        "the GOP of stalling the process."
    )
    assert triples(text) == [
        ("Republicans", "said", "they were convinced the count was flawed"),
        ("Democrats", "accused", "the GOP of stalling the process"),
    ]


def test_backshifted_conjunct_stays_in_content() -> None:
    text = "The mayor said the fire had spread and firefighters had told residents to leave."
    assert triples(text) == [
        (
            "The mayor",
            "said",
            "the fire had spread and firefighters had told residents to leave",
        )
    ]
