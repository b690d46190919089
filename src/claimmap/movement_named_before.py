"""A start named again that the gazetteer does not hold: "the vessels sailed to X, in Y's
Z governorate" ... "From X the crates were trucked to W" (X is where the earlier
movement's end was placed, Z standing for the unknown town).

Where a movement's "from" names a place no gazetteer row matched, the same name told
earlier as a movement's slot with a place it resolved to (through the region it was told
"in") is that place: the start of the movement and the end of the one before are the
same, so the routes meet there. Runs only for a "from" phrase whose name is unplaced.

Read by :mod:`claimmap.movement_build` for a movement with no start of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef
from claimmap.movement_spans import SlotContext

if TYPE_CHECKING:
    from spacy.tokens import Token


def named_before(ctx: SlotContext, trig: Token, earlier: Sequence[Movement]) -> PlaceRef | None:
    """The placed slot of an earlier movement whose words open with the name of the
    trigger's unplaced "from" phrase; else None."""
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            words = [t for t in obj.subtree if t.dep_ == "compound" or t is obj]
            if any(t.i in ctx.placed for t in words) or words[-1] is not obj:
                continue
            name = obj.doc[words[0].i : obj.i + 1].text
            found = _told_as(name, earlier)
            if found is not None:
                return found
    return None


def _told_as(name: str, earlier: Sequence[Movement]) -> PlaceRef | None:
    """The nearest earlier placed slot told as ``name`` (alone, or followed by a comma)."""
    for m in reversed(earlier):
        for ref in (m.destination, *reversed(m.transit), m.origin):
            if ref is None or ref.place_id is None:
                continue
            text = ref.span.text
            if text == name or text.startswith(name + ","):
                return ref
    return None
