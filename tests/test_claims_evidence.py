"""Evidence named as the source of a passive: "X is documented in the film" is the film's
claim X; a place, a time or a period after "in" names no source."""

from __future__ import annotations

import pytest
from helpers import claims_of, only, text_of


@pytest.mark.parametrize(
    ("sentence", "claimant", "content"),
    [
        ("All of this is powerfully documented in the film.", "the film", "All of this"),
        ("The abuses were detailed in court filings last year.", "court filings", "The abuses"),
        (
            "It was revealed in the audit that the agency had lost track of the funds.",
            "the audit",
            "that the agency had lost track of the funds",
        ),
    ],
)
def test_a_record_after_in_is_the_source(sentence: str, claimant: str, content: str) -> None:
    c = only(claims_of(sentence))
    assert (text_of(c.claimant), text_of(c.content)) == (claimant, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "The film was shown in Berlin last year.",
        "The losses were recorded in the second quarter.",
        "The documents were shown to the jury in court.",
    ],
)
def test_a_place_or_time_after_in_is_no_source(sentence: str) -> None:
    assert claims_of(sentence) == []
