"""The places coordinated in one slot: "cities including X, Y and Z", "fighters in X and on
the Y islands".

Split from :mod:`claimmap.movement_spans`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_words import pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.model import Span


def coordinated(head: Token, mention: Span) -> tuple[Token, ...]:
    """The slot's coordinated heads, or those of the name inside it ("cities including X,
    Y and Z")."""
    if head.conjuncts:
        return tuple(head.conjuncts)
    found = head.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    inner = found.root if found is not None else head
    if inner == head:
        return ()
    return (*(c for c in inner.conjuncts if c.i > inner.i), *_located_too(inner))


def _located_too(inner: Token) -> tuple[Token, ...]:
    """ "fighters in X and on the Y islands": a locative phrase coordinated with the one
    naming the place says where else the slot is; its names are coordinated places too."""
    prep = inner.head
    if inner.dep_ != "pobj" or prep.lower_ not in _LOCATIVE:
        return ()
    more = [c for c in prep.conjuncts if c.i > prep.i and c.lower_ in _LOCATIVE]
    return tuple(t for c in more for o in pobjs(c) for t in o.subtree if t.pos_ == "PROPN")


_LOCATIVE = frozenset({"in", "at", "on", "near", "inside"})
