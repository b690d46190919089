"""Where movers went on from when the place they were last taken to is no known place:
"... drove them to a hotel in the X quarter." "One hoped to travel on to Y" sets off from
the town the sentence before tells them in ("reached by phone in Z"), the place that
hotel is in.

Split from :mod:`claimmap.movement_chain`, which reads "moved on to Y".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef
from claimmap.movement_spans import SlotContext

if TYPE_CHECKING:
    from spacy.tokens import Token

#: kinds of places a person may be "in" and travel on from
_TOWNS = frozenset({"city"})
#: prepositions telling where the movers were
_IN_WORDS = frozenset({"in", "at"})


def town_told_in(ctx: SlotContext, m: Movement, trig: Token) -> PlaceRef | None:
    """The one town ``m``'s sentence names with "in" or "at" before the trigger (not its
    start, nor the end it names), if exactly one: where the movers were when they went on."""
    if m.sentence is None:
        return None
    text = ctx.doc.text
    skip = {r.place_id for r in (m.origin, *m.transit) if r is not None}
    found: dict[str, PlaceRef] = {}
    for span, pid in ctx.mentions:
        if not m.sentence.start <= span.start < min(m.sentence.end, trig.idx):
            continue
        if ctx.kinds.get(pid) not in _TOWNS or pid in skip:
            continue
        before = text[max(m.sentence.start, span.start - 8) : span.start].lower().split()
        if before and before[-1] in _IN_WORDS:
            found.setdefault(pid, PlaceRef(span, pid))
    return next(iter(found.values())) if len(found) == 1 else None
