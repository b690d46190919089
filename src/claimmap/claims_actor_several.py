"""Claimants that are several parties at once: "each side", "the two countries", "French
and US officials", "Both Moscow and Pyongyang".

Split from :mod:`claimmap.claims_actor_countries`, which finds the one country of a
claimant: a phrase naming several states has no one country, and is either no actor at all
or a group of governments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import CountryOf
from claimmap.claims_actor_phrases import clean
from claimmap.model import Actor
from claimmap.nlp import entity_bounds

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: Words that make a claimant several parties at once: "each side", "both countries".
_DISTRIBUTIVE = frozenset({"each", "both", "either", "neither", "all"})
_SIDES = frozenset({"side", "party", "country", "government", "camp", "nation", "leader"})


def several(words: list[Token]) -> bool:
    """ "Each side", "both sides", "the two countries": a set of actors named before, which
    one actor cannot stand for (the sides were named before, but which one said what is
    left to the reader)."""
    if not words:
        return False
    head = words[-1].lemma_.lower()
    first = words[1] if words[0].lower_ == "the" and len(words) > 1 else words[0]
    return head in _SIDES and (first.lower_ in _DISTRIBUTIVE or first.like_num)


def several_countries(core: Span, country_of: CountryOf) -> bool:
    """ "French and US officials": two countries joined before the head."""
    before = [t for t in core if t.i < core.root.i]
    if not any(t.dep_ == "cc" for t in before):
        return False
    codes = {
        country_of(t.text) for t in before if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()
    }
    return len(codes - {None}) >= 2


def joined_states(span: Span, country_of: CountryOf) -> Actor | None:
    """ "Both Moscow and Pyongyang", "Japan, South Korea and the U.S.": states joined as one
    claimant are a group of governments, not the first of them (no one country or seat)."""
    root = span.root
    conj = [t for t in root.subtree if t.dep_ == "conj" and span.start <= t.i < span.end]
    if not conj:
        return None
    heads = [root, *conj]
    codes = [_state_code(t, country_of) for t in heads]
    if None in codes or len(set(codes)) < 2:
        return None
    first = min(t.left_edge.i for t in heads)
    while span.doc[first].lower_ in ("both", "the", "either") and first < root.i:
        first += 1
    name = clean(span.doc[first : max(t.right_edge.i for t in heads) + 1].text)
    return Actor(name, "government", country_code=None)


def _state_code(tok: Token, country_of: CountryOf) -> str | None:
    """The country a conjunct names (as its whole entity where it is one: "South Korea")."""
    if not tok.ent_type_:
        return country_of(clean(tok.text))
    start, end = entity_bounds(tok)  # (Doc.ents rebuilds them all per call)
    return country_of(clean(tok.doc[start:end].text))
