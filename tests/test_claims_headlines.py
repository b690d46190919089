"""Claims in a title-case headline: the capitals hide the cue verb from the tagger, so the
headline is read again in sentence case ("Fishermen rip Port Authority as a ..."), names
keeping their capitals. A headline with no cue verb, or a story's first paragraph, gives
nothing new.
"""

from __future__ import annotations

import pytest
from helpers import claims_of, text_of

from claimmap.claims_headlines import sentence_case
from claimmap.model import Claim


def _rows(found: list[Claim]) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in found]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Fishermen Rip Port Authority As A ‘Reckless Landlord’",
            "Fishermen rip Port Authority as a ‘Reckless Landlord’",
        ),
        (
            "Railing Against Tolls, Senator Ortega Vows To Scrap Bridge Fee.",
            "Railing against Tolls, Senator Ortega vows to scrap Bridge Fee.",
        ),
        ("Storm Floods Coastal Towns In Galicia", "Storm Floods Coastal Towns in Galicia"),
    ],
)
def test_sentence_case_lowers_cue_verbs_and_function_words_only(
    headline: str, expected: str
) -> None:
    assert sentence_case(headline) == expected


def test_title_case_headline_gives_the_evaluation() -> None:
    found = claims_of(
        "Fishermen Rip Port Authority As A ‘Reckless Landlord’\n\n"
        "The port raised its mooring fees again on Monday."
    )
    assert [(text_of(c.claimant), text_of(c.cue)) for c in found] == [("Fishermen", "Rip")]
    assert found[0].content.text.startswith("Port Authority As A ‘Reckless Landlord")


def test_title_case_headline_gives_the_vow_after_an_opening_participle() -> None:
    found = claims_of(
        "Railing Against Tolls, Senator Ortega Vows To Scrap Bridge Fee.\n\nThe fee was set in May."
    )
    assert _rows(found) == [("Senator Ortega", "Vows", "To Scrap Bridge Fee")]


def test_title_case_headline_without_a_cue_gives_nothing() -> None:
    assert claims_of("Storm Floods Coastal Towns In Galicia\n\nThe storm hit on Monday.") == []


def test_a_title_case_line_alone_is_no_headline() -> None:
    assert claims_of("Union Leader Blasts Port Fees") == []


def test_sentence_case_headline_keeps_its_single_claim() -> None:
    found = claims_of("Union leader says port fees will double\n\nThe fees rose twice last year.")
    assert _rows(found) == [("Union leader", "says", "port fees will double")]
