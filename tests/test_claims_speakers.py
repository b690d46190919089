"""Claimant spans where the parse does not name the speaker plainly: a passive "by X", a
document someone released, an "I" inside a quotation, a claim in a relative clause.

The claimant span follows the annotation convention (the words in the text that stand
for the source); the resolved actor is separate.
"""

from __future__ import annotations

from helpers import claims_of

from claimmap.model import Claim


def by_cue(found: list[Claim], cue: str) -> Claim:
    hits = [c for c in found if c.cue is not None and c.cue.text == cue]
    assert len(hits) == 1, [(c.cue and c.cue.text, c.content.text) for c in found]
    return hits[0]


def test_passive_report_by_an_outlet() -> None:
    (c,) = claims_of("The fuel shortage was first reported by Reuters.")
    assert c.claimant is not None and c.claimant.text == "Reuters"
    assert c.content.text == "The fuel shortage"


def test_passive_event_by_an_agent_is_no_claim() -> None:
    assert claims_of("The bridge was destroyed by heavy shelling on Monday.") == []


def test_letter_released_by_the_speaker() -> None:
    found = claims_of(
        "The governor released a letter from her lawyer that says she broke no rules."
    )
    c = by_cue(found, "says")
    assert c.claimant is not None and c.claimant.text == "The governor"
    assert c.content.text == "she broke no rules"


def test_paper_issued_by_the_speaker() -> None:
    (c,) = claims_of("The union issued a position paper welcoming the reform.")
    assert c.claimant is not None and c.claimant.text == "The union"


def test_first_person_inside_a_quotation_is_its_speaker() -> None:
    found = claims_of(
        "“We will find the truth,” Fire Chief Ana Ruiz said on Monday. "
        "“I want to assure our residents that we will.”"
    )
    # the next quoted sentence continues her quotation (PolNeAR reads one claim here)
    c = by_cue(found, "said")
    assert c.content.text.endswith("“I want to assure our residents that we will.”")
    assert c.claimant is not None and c.claimant.text.endswith("Ana Ruiz")
    assert c.actor is not None and c.actor.name.endswith("Ruiz")


def test_first_person_outside_quotation_stays() -> None:
    found = claims_of("I told my neighbours that the road would close.")
    c = by_cue(found, "told")
    assert c.claimant is not None and c.claimant.text == "I"


def test_claim_in_a_relative_clause_is_its_own() -> None:
    found = claims_of(
        "Ms. Okafor said the photos do not show whether the driver had anything in her hands, "
        "which she said were on the wheel when the car stopped."
    )
    assert len(found) == 2, [c.content.text for c in found]
    outer, inner = found
    assert outer.claimant is not None and outer.claimant.text == "Ms. Okafor"
    assert outer.content.text.endswith("in her hands")
    assert inner.claimant is not None and inner.claimant.text == "she"
    assert inner.content.text.startswith("which she said were on the wheel")
    assert inner.actor is not None and inner.actor.name == "Okafor"


def test_relative_pronoun_speaker_spans_its_antecedent() -> None:
    (c,) = claims_of("Maria Lopez, who said she would raise taxes, spoke on Monday.")
    assert c.claimant is not None and c.claimant.text == "Maria Lopez, who"
    assert c.actor is not None and c.actor.name == "Maria Lopez"


def test_relative_that_speaker_spans_its_antecedent() -> None:
    found = claims_of(
        "He bought the mine from Delta Coal, a rival firm that had declared bankruptcy."
    )
    (c,) = [c for c in found if c.cue.text == "had declared"]
    assert c.claimant is not None and c.claimant.text == "a rival firm that"


def test_third_person_inside_a_quotation_is_its_speaker() -> None:
    found = claims_of(
        "“He is a fraud,” Senator Mary Ortiz said. "
        "“He started this years ago by saying the mayor was born abroad.”"
    )
    c = by_cue(found, "said")
    assert c.content.text.endswith("by saying the mayor was born abroad.”")
    assert c.claimant is not None and c.claimant.text == "Senator Mary Ortiz"


def test_no_speaker_across_a_paragraph_break() -> None:
    found = claims_of(
        "Senator Mary Ortiz said the bridge was safe.\n\n“I told them the road would close.”"
    )
    c = by_cue(found, "told")
    assert c.claimant is not None and c.claimant.text == "I"


def test_question_pressed_by_a_named_asker() -> None:
    found = claims_of(
        "When pressed by Smith about how she would fund the schools, her best response was to "
        "say she would cut waste."
    )
    c = by_cue(found, "pressed")
    assert c.claimant is not None and c.claimant.text == "Smith"
    assert c.content.text.startswith("about how she would fund the schools")


def test_series_of_tweets_speaks_for_its_author() -> None:
    (c,) = claims_of("The minister unleashed a series of tweets criticizing the judges.")
    assert c.claimant is not None and c.claimant.text == "The minister"


def test_news_conference_speaks_for_the_speaker() -> None:
    found = claims_of(
        '"We will win," she said at a news conference announcing that her ministry was '
        "suing the company."
    )
    c = by_cue(found, "announcing")
    assert c.claimant is not None and c.claimant.text == "she"
    assert c.content.text == "that her ministry was suing the company"


def test_participle_under_despite_or_short_of_takes_the_clause_subject() -> None:
    found = claims_of(
        "The mayor described the fire as a tragedy, but stopped short of calling the delays "
        "criminal."
    )
    c = by_cue(found, "calling")
    assert c.claimant is not None and c.claimant.text == "The mayor"
    found = claims_of("Speaker Ana Ruiz, despite admitting that she had concerns, backed the bill.")
    c = by_cue(found, "admitting")
    assert c.claimant is not None and c.claimant.text == "Speaker Ana Ruiz"
