"""A body "the court" refers back to when the text named it outside any claim: "The case
was heard by the High Court in Nairobi. ... the court declined to suspend it, a lawyer
said" → the High Court, seated in Nairobi.

Claimants met before are looked up first (see :func:`claimmap.claims_actor_common.called_so`);
this reads the article's own earlier words for a capitalised name ending in the noun.
A person's title is no body: "the secretary" after "accused Homeland Security Secretary
Ana Ruiz" is Ana Ruiz.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.model import Actor
from claimmap.nlp import entities_within

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Place


def named_earlier(
    span: Span,
    places: Sequence[Place],
    describe: Callable[[Span], Actor | None] | None = None,
) -> Actor | None:
    """The body a bare "the <noun>" claimant refers to: the last capitalised name ending
    in that noun before it ("the High Court in Nairobi" for "the court"), with the place
    an "in" after the name states; ``None`` when the phrase says more than the noun or
    the text named no such body."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or not words[1].is_lower:
        return None
    head = words[1]
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    doc = span.doc
    for tok in reversed(doc[: span.start]):
        if tok.lower_ != head.lower_ or not tok.is_title or tok.ent_type_ in ("PERSON", "GPE"):
            continue
        first = tok.i
        while first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if _names_after(tok) > tok.i + 1:  # "Interior Secretary Ana Ruiz": a person
            found = describe(doc[first : _names_after(tok)]) if describe else None
            if found is not None and found.kind == "person":
                return found
            continue
        if first == tok.i:
            continue  # "The court" opening a sentence names no body
        name = doc[first : tok.i + 1].text
        located, code = _stated_after(tok, places)
        return Actor(name, "organisation", country_code=code, located=located)
    return None


def _stated_after(tok: Token, places: Sequence[Place]) -> tuple[str | None, str | None]:
    """The resolved city or region an "in" right after a name states, and its country."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "in":
        return None, None
    start = doc[tok.i + 2].idx
    for place in places:
        for m in place.mentions:
            if m.start == start:
                return m.text, place.country_code
    return None, None


def _names_after(title: Token) -> int:
    """The end of the person's name right after a capitalised title ("Secretary Ana
    Ruiz"), or the token after the title where none follows."""
    doc, end = title.doc, title.i + 1
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].is_title:
        end += 1
    return end


def contact_subject(span: Span, cue: Token) -> Span | None:
    """ "..., a decision Beijing rejects": a name right before the cue, after a noun that
    opens the phrase, is the subject of a relative clause without its "that"; the noun
    is what it rejects, and the name the claimant. ``None`` for any other phrase."""
    doc = span.doc
    if span.end != cue.i or len(span) < 3 or span[0].pos_ != "DET":
        return None
    ents = [e for e in entities_within(doc, span.start + 1, span.end) if e.end == span.end]
    if not ents or ents[0].label_ not in ("GPE", "ORG", "PERSON", "NORP"):
        return None
    noun = doc[ents[0].start - 1]
    if noun.i != span.start + 1 or noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    return ents[0]
