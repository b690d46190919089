"""A firm named after its common noun: "the shipping data firm Vessix".

The model may take the unfamiliar name of a company for a person or a product, or the
parser make the noun the head; the words "firm", "company" or "consultancy" right before a
capitalised name say the name is a business's, so the claimant is that organisation (of the
country a word before the noun names: "the Swiss trading firm X").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Common nouns of a business that its name follows.
_FIRM_NOUNS = words(
    """
    firm company consultancy startup start-up insurer carrier operator provider
    """
)


def named_firm(span: Span, country_of: Callable[[str], str | None]) -> Actor | None:
    """The organisation "the <...> firm <Name>" names, its name ending the phrase."""
    kept = [t for t in span if not t.is_punct]
    if len(kept) < 2 or kept[-1].pos_ != "PROPN" or not kept[-1].text[:1].isupper():
        return None
    end = kept[-1].i
    first = end
    while (
        first > span.start and span.doc[first - 1].pos_ == "PROPN" and span.doc[first - 1].is_title
    ):
        first -= 1
    noun = span.doc[first - 1] if first > span.start else None
    if noun is None or not noun.is_lower or noun.lemma_.lower() not in _FIRM_NOUNS:
        return None
    if any(t.ent_type_ in ("GPE", "LOC") for t in span.doc[first : end + 1]):
        return None  # "the company Ukraine" is no reporter's phrase; a place stays one
    code = next(
        (
            c
            for t in span.doc[span.start : noun.i]
            if t.text[:1].isupper() and (c := country_of(t.text))
        ),
        None,
    )
    return Actor(span.doc[first : end + 1].text, "organisation", country_code=code)
