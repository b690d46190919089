"""Where "others" of the movers set off: "About 1,800 had been moved from X to Y, and the
government planned to send others to Z" tells a second part of the same movers, who set
off where the first part did (X), not from Y.

Split from :mod:`claimmap.movement_chain`, which reads the starts told as going on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef

if TYPE_CHECKING:
    from spacy.tokens import Token

#: movers named only as the rest of movers told before
_OTHERS = frozenset({"others", "rest", "remainder"})


def others_start(trig: Token, named: Token | None, earlier: Sequence[Movement]) -> PlaceRef | None:
    """The start of the movement told before in the trigger's sentence, when the trigger's
    movers are only "others" (or "the rest") and that movement went from a known place to
    a known end: the others set off from there too."""
    if named is None or named.lower_ not in _OTHERS:
        return None
    return start_told_before(trig, earlier, placed_end=True)


def start_told_before(
    trig: Token, earlier: Sequence[Movement], *, placed_end: bool
) -> PlaceRef | None:
    """The placed start of the nearest movement told before ``trig`` in its sentence, if that
    movement has an end (a placed one with ``placed_end``); None otherwise."""
    start = trig.sent.start_char
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start != start:
            return None
        if m.trigger.start >= trig.idx:
            continue
        begun, end = m.origin, m.destination
        if begun is None or begun.place_id is None or end is None:
            return None
        if placed_end and end.place_id is None:
            return None
        return begun
    return None
