"""Where goods told only as meant for a place set off: "Then it was brought across the
river to X. The pills were intended for Y and for buyers in Z" (meant to go on from X).

Goods "intended" (destined, earmarked) for an end, with no start of their own, are the
goods of the story told just before (in this sentence or the one before): they were meant
to go on from where the last movement told of things, not people, got to. Without this
the route stage pairs the meant end with the first start told of such goods anywhere in
the article (a headline's "from Myanmar"), passing over every hop told between.

Read by :mod:`claimmap.movement_build` for a movement with no start of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef
from claimmap.routes_kinds import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the words that tell goods are meant for a place ("were intended for Y")
_MEANT = frozenset({"intended", "destined", "earmarked", "meant"})
#: kinds of movers that are people, whose "intended for" is no errand of goods
_PEOPLE_KINDS = frozenset({"armed", "displaced"})


def meant_start(
    trig: Token,
    named: Token | None,
    ends: Sequence[Token],
    earlier: Sequence[Movement],
    since: int,
) -> PlaceRef | None:
    """The end of the made movement of things told just before (from character ``since``
    on), for goods ``named`` the trigger tells as meant for ``ends``; else None."""
    if not ends or not earlier or named is None or trig.lower_ not in _MEANT:
        return None
    if _people(named.lower_) or named.ent_type_ in ("PERSON", "NORP", "ORG"):
        return None
    before = earlier[-1]
    if before.sentence is None or before.sentence.start < since or before.mover is None:
        return None
    if before.mood != "made" or before.negated or before.trigger.start >= trig.idx:
        return None
    if any(_people(w) for w in before.mover.text.lower().split()):
        return None
    end = before.destination
    if end is None or end.place_id is None:
        return None
    if any(e.idx == end.span.start or e.text.casefold() == end.span.text.casefold() for e in ends):
        return None
    return end


def _people(word: str) -> bool:
    return word in ("they", "them", "he", "she") or kind_of(word) in _PEOPLE_KINDS
