"""Attributions that hang on a clause rather than govern one, and labels a headline puts
before a colon: "as the minister noted", "as a memo put it", "calling for his dismissal",
"called for talks to resume", "Pence: ...", "Poll: ...", and an author's own "I know".
"""

from __future__ import annotations

import pytest
from helpers import claims_of, text_of


def triples(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(text_of(c.claimant), text_of(c.cue), c.content.text) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The levy will fall next year, as the finance minister noted on Monday.",
            ("the finance minister", "noted", "The levy will fall next year"),
            id="aside-after",
        ),
        pytest.param(
            "As the senator said last week, the pipeline deal is dead.",
            ("the senator", "said", "the pipeline deal is dead"),
            id="aside-before",
        ),
        pytest.param(
            "The visa rests on a lawful source of income, as a Treasury memo put it.",
            ("a Treasury memo", "put", "The visa rests on a lawful source of income"),
            id="put-it-after",
        ),
        pytest.param(
            "As Ms. Okafor put it in a statement in May, the port is open to all ships.",
            ("Ms. Okafor", "put", "the port is open to all ships"),
            id="put-it-before",
        ),
    ],
)
def test_an_as_aside_attributes_its_clause(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in triples(text)


def test_put_without_as_is_no_claim() -> None:
    assert claims_of("He put it on the shelf while the crowd waited outside.") == []


def test_a_participle_after_its_verb_carries_a_demand() -> None:
    found = triples("A group of nurses sent a letter to the board, calling for his dismissal.")
    assert ("A group of nurses", "calling", "for his dismissal") in found


def test_a_fronted_participle_is_still_a_frame() -> None:
    found = triples("Commenting on the strike, the mayor said buses would run on Sunday.")
    assert [w for w, cue, _ in found if cue == "Commenting"] == []


def test_calling_for_a_clause_with_its_own_subject() -> None:
    found = triples("The envoy is calling for the ceasefire talks to resume in Doha.")
    assert ("The envoy", "is calling", "for the ceasefire talks to resume in Doha") in found


def test_a_headline_label_the_article_names_is_a_speaker() -> None:
    text = (
        "Okafor: The Port Will Stay Open to Every Ship\n\n"
        "Transport minister Ada Okafor said on Sunday that no vessel would be turned away."
    )
    found = triples(text)
    assert ("Okafor", ":", "The Port Will Stay Open to Every Ship") in found


def test_a_headline_label_on_a_topic() -> None:
    text = (
        "Okafor on the Strike: 'We Will Not Bend'\n\n"
        "Transport minister Ada Okafor said on Sunday that talks had failed."
    )
    assert ("Okafor", ":", "'We Will Not Bend'") in triples(text)


def test_a_poll_headline_is_a_document_source() -> None:
    text = "Poll: Farmers Turn Against the Tariff Plan\n\nThe survey was released on Monday."
    assert ("Poll", ":", "Farmers Turn Against the Tariff Plan") in triples(text)


def test_an_unnamed_headline_label_is_no_speaker() -> None:
    text = "Harvest Under Fire: Farmers count the cost\n\nThe ministry gave no figures."
    assert all(cue != ":" for _, cue, _ in triples(text))


def test_the_authors_own_belief_is_a_claim_but_not_inside_a_quote() -> None:
    found = triples("I know the audit will find nothing.")
    assert ("I", "know", "the audit will find nothing") in found
    quoted = triples('"I think the audit will find nothing," the mayor said.')
    assert [w for w, cue, _ in quoted if w == "I"] == []


def test_a_colon_dateline_stays_a_dateline_when_its_city_is_tagged_a_body_later() -> None:
    # the tagger called the city an organisation further down ("consulate in Multan"),
    # and the dateline became the lead's speaker with ":" as its cue
    found = claims_of(
        "MULTAN: Police have seized 40 tankers of smuggled fuel, officials said on Monday.\n"
        "A spokesman for Iran's consulate in Multan said on Tuesday that it had no information."
    )
    lead = found[0]
    assert text_of(lead.claimant) == "officials" and text_of(lead.cue) == "said"
