"""Officials a foreign power put in office: "the Moscow-installed head of the occupied
part of the region", "Russian-appointed governor Ivan Petrov of the Xyz region".

The capital or state in the hyphened word is the patron, not where the official sits: a
governor, head or mayor of a region or city governs it from there, so the region or city
the phrase names (or, for "the region", the one the article last named) is their seat.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Actor, Place

#: Participles that make the word before the hyphen a patron: "Moscow-installed".
_INSTALLED = words(
    """
    installed appointed imposed backed named
    """
)
#: Posts that govern a territory from inside it.
_POSTS = words(
    """
    head governor mayor administrator administration leader chief authorities official
    officials authority
    """
)
#: Nouns by which a phrase refers back to the territory the article named: "the region".
_TERRITORIES = words(
    """
    region province oblast district city town territory area
    """
)
_REGION_KINDS = ("admin1", "admin2", "city")


def installed_official(
    actor: Actor | None, span: Span | None, places: Sequence[Place]
) -> Actor | None:
    """``actor`` seated in the territory it was installed to govern, where its phrase says
    a patron installed it ("the Moscow-installed head of the occupied part of the
    region"); else ``actor`` as it was."""
    if actor is None or span is None or actor.kind != "person":
        return actor
    post = _installed_post(span)
    if post is None:
        return actor
    place = _governed(post, span, places)
    if place is None:
        return actor
    return replace(actor, organisation=place.name, located=place.name)


def _installed_post(span: Span) -> Token | None:
    """The post a hyphened "<patron>-installed" word modifies, inside the span."""
    doc = span.doc
    for tok in span:
        if tok.lower_ not in _INSTALLED or tok.i < span.start + 2:
            continue
        hyphen, patron = doc[tok.i - 1], doc[tok.i - 2]
        if hyphen.text != "-" or hyphen.whitespace_ or patron.whitespace_:
            continue
        if not patron.text[:1].isupper():
            continue
        post = next((t for t in doc[tok.i + 1 : span.end] if t.lower_ in _POSTS), None)
        if post is not None and not any(t.is_punct for t in doc[tok.i + 1 : post.i]):
            return post
    return None


def _governed(post: Token, span: Span, places: Sequence[Place]) -> Place | None:
    """The region or city after the post ("of the occupied part of the region"): a place
    named there, else, for a bare "the region", the last one of that kind named before."""
    doc = span.doc
    after = doc[post.i + 1 : span.end]
    if not after or after[0].lower_ not in ("of", "in", "for"):
        return None
    lo, hi = after.start_char, _clause_end(after)
    named = [
        (m.start, p)
        for p in places
        if p.kind in _REGION_KINDS
        for m in p.mentions
        if lo <= m.start < hi
    ]
    if named:
        return min(named, key=lambda f: f[0])[1]
    nouns = {t.lower_ for t in after if t.idx < hi and t.lower_ in _TERRITORIES}
    return _region_meant(nouns, after, span, places) if nouns else None


def _region_meant(
    nouns: set[str], after: Span, span: Span, places: Sequence[Place]
) -> Place | None:
    """The region a bare "the region" means: one named before with that noun ("the Xyz
    region"); of those, the one the text qualified as the phrase does ("the occupied part
    of the Xyz region" for "the occupied part of the region"), else the first (the one
    the story is about, not one a later quote brings up)."""
    text = span.doc.text
    said = {t.lower_ for t in after if t.is_alpha and not t.is_stop} - nouns
    found: list[tuple[int, bool, Place]] = []
    for place in places:
        if place.kind not in ("admin1", "admin2"):
            continue
        for m in place.mentions:
            follows = text[m.end : m.end + 12].split()[:1]
            if m.start >= span.start_char or not follows or follows[0].lower() not in nouns:
                continue
            lead = {w.strip(",.").lower() for w in text[max(0, m.start - 40) : m.start].split()}
            found.append((m.start, bool(said & lead), place))
    if not found:
        return None
    qualified = [f for f in found if f[1]]
    return min(qualified or found, key=lambda f: f[0])[2]


def _clause_end(after: Span) -> int:
    """Where the post's phrase ends: at the first comma or clause word."""
    for tok in after:
        if tok.is_punct or tok.lower_ in ("who", "which", "that"):
            return tok.idx
    return after.end_char
