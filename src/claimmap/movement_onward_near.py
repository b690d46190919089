"""A next stop told only as the area passed near it: "driven to X and onward through the
desert near Y". The verbless "onward" goes on from X, and the place the way is told near
is where the telling takes the movers next, a later stop of the same journey.

Read by :mod:`claimmap.movement_slots` (its ``directional`` pairs).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimmap.movement_words import pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

_ONWARD = frozenset({"on", "onward", "onwards"})
_WAYS = frozenset({"through", "across", "over", "along"})


def onward_near(trig: Token) -> Iterator[tuple[str, Token]]:
    """("to", Y) for "and onward through the desert near Y" coordinated with the trigger
    (the parser may make "onward" the conjunct, or the way word with "onward" on it)."""
    for conj in (c for c in trig.children if c.dep_ == "conj"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
            continue  # a clause of its own
        if conj.lower_ in _ONWARD:
            ways = [c for c in conj.children if c.dep_ == "prep" and c.lower_ in _WAYS]
        elif conj.lower_ in _WAYS and any(c.lower_ in _ONWARD for c in conj.children):
            ways = [conj]
        else:
            continue
        for way in ways:
            for area in pobjs(way):
                for near in (c for c in area.children if c.dep_ == "prep" and c.lower_ == "near"):
                    yield from (("to", o) for o in pobjs(near))
