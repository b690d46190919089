"""Cues whose content is a prepositional phrase: a court's "ruled against X" / "ruled in
favor of X", and "pointed to X" when X is evidence ("as an example", "reports that ...",
a noun with a clause), not a gesture at a door."""

from __future__ import annotations

import pytest
from helpers import claims_of, text_of


def triples(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A federal appeals court ruled on Friday against the state's new voter "
            "identification law.",
            (
                "A federal appeals court",
                "ruled",
                "against the state's new voter identification law",
            ),
            id="ruled-against",
        ),
        pytest.param(
            "The labour tribunal ruled in favor of the striking dock workers.",
            ("The labour tribunal", "ruled", "in favor of the striking dock workers"),
            id="ruled-in-favor",
        ),
        pytest.param(
            "The finance minister pointed to the drought as the main cause of the price rise.",
            (
                "The finance minister",
                "pointed",
                "the drought as the main cause of the price rise",
            ),
            id="pointed-to-as",
        ),
        pytest.param(
            "The senator pointed to new polling data that shows him ahead in three states.",
            ("The senator", "pointed", "new polling data that shows him ahead in three states"),
            id="pointed-to-evidence",
        ),
    ],
)
def test_a_prepositional_content_is_read(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor has ruled for eight years and remains popular.",
        "The court ruled on the motion within a week.",
        "The senator pointed to the door and left the room.",
        "The guide pointed to a hill beyond the river.",
    ],
)
def test_no_judgment_or_evidence_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_views_echoed_by_someone_are_theirs_too() -> None:
    found = triples("Her views were echoed by several union leaders.")
    assert ("several union leaders", "echoed", "Her views") in found


def test_a_claim_that_echoes_remarks_still_has_no_speaker() -> None:
    assert claims_of("The accusation echoes earlier remarks by the interior minister.") == []


def test_deciding_against_an_action_is_an_intention() -> None:
    found = triples("The prosecutors decided against recommending charges against the mayor.")
    assert ("The prosecutors", "decided", "recommending charges against the mayor") in found


def test_deciding_against_a_side_is_no_claim() -> None:
    assert claims_of("The referee decided against the home side twice in the first half.") == []
