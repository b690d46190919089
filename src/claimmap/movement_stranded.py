"""Stops told as other choices ("off X, or in the Gulf of Y"), and the place the parser took
from a preposition left with no object and hung on the movers as an appositive.

Split from :mod:`claimmap.movement_slots`, which reads the prepositions of a trigger.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimmap.movement_stops import AT_PREPS
from claimmap.movement_words import pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token


def stranded(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "transferred off X, Egypt, or in the Gulf off Y": the parser left the preposition
    with no object and hung the place on the movers as an appositive. The appositive, and
    a place coordinated with it as another choice ("or in Z"), are what the preposition
    names."""
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.pos_ == "ADP"):
        if pobjs(prep) or any(c.dep_ == "pcomp" for c in prep.children):
            continue
        for app in (t for t in prep.sent if t.dep_ == "appos" and stranded_object(t)):
            if app.left_edge.i != prep.i + 1:
                continue
            yield prep.lower_, app
            for alt in (c for c in app.children if c.dep_ == "prep" and c.lower_ in AT_PREPS):
                if any(t.lower_ in ("or", "and") for t in prep.doc[app.i : alt.i]):
                    yield from ((prep.lower_, o) for o in pobjs(alt))


def other_choices(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "transferred off X, or in the Gulf of Y": a place phrase coordinated with the
    trigger's own ("or in ...") fills the same slot as it, whatever its preposition."""
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in AT_PREPS):
        for alt in (c for c in prep.children if c.dep_ == "conj" and c.lower_ in AT_PREPS):
            yield from ((prep.lower_, o) for o in pobjs(alt))


def stranded_object(app: Token) -> bool:
    """Is the appositive the object the parser took from a preposition just before it?"""
    i = app.left_edge.i
    before = app.doc[i - 1] if i > 0 else app
    return before.dep_ == "prep" and before.pos_ == "ADP" and not pobjs(before)
