"""A headline's bare source noun: "…, customs say", "…, think tank says".

Headlines drop the words that say whose customs or which think tank; the body says it.
The first time the body writes the same words, they name the source: inside a claimant
phrase ("a Washington-based think tank said", read as CSIS) the headline claim is that
claimant's; in a phrase with a nationality ("Togolese customs officers seized …") it is
that country's body. Otherwise the headline's source stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.model import Actor
from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Claim

CountryOf = Callable[[str], str | None]


def headline_sources(claims: list[Claim], parsed: Doc, country_of: CountryOf) -> list[Claim]:
    """``claims`` with a headline claim of a bare source noun given the body's source."""
    title_end = doc_text(parsed).find("\n")
    if title_end < 0:
        return claims
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.cue is None or claim.cue.start > title_end or claim.claimant is None:
            continue
        if not _bare(claim):
            continue
        found = _named_in_body(claim, claims, parsed, title_end, country_of)
        if found is not None:
            out[i] = replace(claim, actor=found)
    return out


def _bare(claim: Claim) -> bool:
    """A source named by lower-case words alone ("customs", "think tank"), unplaced."""
    actor = claim.actor
    words = claim.claimant.text.split() if claim.claimant is not None else []
    if actor is None or actor.country_code or actor.kind not in ("unknown", "organisation"):
        return False
    return 0 < len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)


def _named_in_body(
    claim: Claim, claims: list[Claim], parsed: Doc, title_end: int, country_of: CountryOf
) -> Actor | None:
    """The source the body's first use of the headline's words names."""
    assert claim.claimant is not None
    words = claim.claimant.text.lower()
    at = doc_text(parsed).lower().find(words, title_end)
    while at >= 0 and not _whole_words(doc_text(parsed), at, len(words)):
        at = doc_text(parsed).lower().find(words, at + 1)
    if at < 0:
        return None
    for other in claims:
        said = other.claimant
        if other is claim or said is None or other.actor is None:
            continue
        if said.start <= at < said.end and other.actor.country_code:
            return other.actor  # "a Washington-based think tank said": that one
    phrase = parsed.char_span(at, at + len(words), alignment_mode="expand")
    if phrase is None:
        return None
    code = _nationality(phrase, country_of)
    if code is None:
        return None
    return Actor(name=claim.claimant.text, kind="government", country_code=code)


def _whole_words(text: str, at: int, size: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + size] if at + size < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _nationality(phrase: Span, country_of: CountryOf) -> str | None:
    """The country of a nationality or country name just before the words, in their noun
    phrase ("Togolese customs officers", "Kenya's customs")."""
    doc = phrase.doc
    i = phrase.start - 1
    while i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    if i < 0 or not (doc[i].ent_type_ in ("NORP", "GPE") or doc[i].is_title):
        return None  # (the tagger may leave "Togolese" untagged)
    return country_of(doc[i].text)
