"""Ends told as a list: "to Syria and Turkey", "to X, Y and Z". Listed destinations are
alternatives, not a sequence, so no inferred hop leads to one of them as the movers'
common end.

Split from :mod:`claimmap.routes`, which infers the hops.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement
from claimmap.movement_stops import slot_ids

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext


def listed(goal: str, movements: Sequence[Movement], canon: dict[str, str]) -> bool:
    """Is ``goal`` told as one of a list of ends, with other places in one destination
    ("to Syria and Turkey", "to New York, Chicago and Denver")?"""
    return any(
        goal in ids and len(ids) > 1 for ids in (slot_ids(m.destination, canon) for m in movements)
    )


#: words that send movers home: "returned to the country", "flown back to the country"
_HOMEWARD = frozenset({"return", "repatriate", "deport"})


def homeward(trig: Token) -> bool:
    """Is the movement told as one home ("returned to the country", "sent back home")? Only
    then is a bare "the country" they go to the one they are named after: "Russian citizens
    entered the country" went into another one."""
    if trig.lemma_.lower() in _HOMEWARD:
        return True
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in trig.children)


def named_before(ctx: SlotContext, head: Token) -> str | None:
    """ "sailed to the port of X. The remaining 12 were moved from the port to Y": a bare
    "the port" (camp, island…) is the place last named with the same noun ("the port of
    X", "X port") in its sentence or the two before; none when two places are so named."""
    if head.pos_ != "NOUN" or [c.lower_ for c in head.children] != ["the"]:
        return None
    lo = head.sent.start
    for _ in range(2):
        lo = head.doc[lo - 1].sent.start if lo else lo
    found: list[str] = []
    for tok in head.doc[lo : head.i]:
        if tok.lemma_ != head.lemma_ or tok.pos_ != "NOUN":
            continue
        named = [c for c in tok.children if c.dep_ == "compound"]
        named += [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
        ]
        ids = [_place_at(ctx, t) for t in named if t.dep_ in ("compound", "pobj")]
        found += [i for i in ids if i is not None]
    return found[-1] if len(set(found)) == 1 else None


def _place_at(ctx: SlotContext, tok: Token) -> str | None:
    """The place whose mention holds ``tok``."""
    return next((p for m, p in ctx.mentions if m.start <= tok.idx < m.end), None)
