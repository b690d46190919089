"""A state organ called by its common word alone is the one the text just named.

"The Royal Malaysian Police arrested four men. Police said ...": the bare "Police" is that
force, of Malaysia. "The Philippine navy intercepted a boat. A navy spokesman said ...":
the navy named just before (not quoted: it acted) is the spokesman's employer, and its
country his. Two sentences back at most, as ``claims_actor_them.quoted_organ`` looks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import country_in
from claimmap.claims_actor_phrases import clean
from claimmap.claims_actor_them import _names_organ, sentences_back
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context

#: Common words of state organs a text calls by that word alone after naming them.
_ORGANS = frozenset({"military", "army", "navy", "police", "coastguard"})


def organ_named_before(actor: Actor, span: Span, met: Context) -> Actor:
    """The organ a bare organ word ("Police", "a navy spokesman") stands for: the body
    quoted in the two sentences before, else one named there with its country."""
    word = _organ_word(actor)
    if word is None:
        return actor
    first = sentences_back(span, 2)
    body = next(
        (
            b
            for b in reversed(met.since(first))
            if b.kind in ("organisation", "government") and b.country_code and _names_organ(b, word)
        ),
        None,
    )
    body = body or _mentioned_organ(span, first, word, met)
    if body is None:
        return actor
    if actor.kind == "person":
        return replace(actor, organisation=body.name, country_code=body.country_code)
    return replace(body, role=None)


def _organ_word(actor: Actor) -> str | None:
    """The organ word of a countryless person's employer or of a body's whole name."""
    if actor.country_code:
        return None
    name = actor.organisation if actor.kind == "person" else actor.name
    if actor.kind not in ("person", "organisation", "unknown") or not name:
        return None
    word = name.lower()
    return word if word in _ORGANS else None


def _mentioned_organ(span: Span, first: int, word: str, met: Context) -> Actor | None:
    """ "The Philippine navy intercepted ...": the last phrase before the claimant, from
    token ``first`` on and outside what was said, headed by the organ word with a country."""
    doc = span.doc
    for tok in reversed(doc[first : span.start]):
        if tok.lower_ != word or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(lo <= tok.idx < hi for lo, hi in met.contents):
            continue
        phrase = doc[tok.left_edge.i : tok.i + 1]
        code = country_in(phrase, met.country_of)
        if code:
            return Actor(clean(phrase.text), "organisation", country_code=code)
    return None
