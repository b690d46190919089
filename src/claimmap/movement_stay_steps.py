"""A stop told with a relative clause, then the next step: "driven to B, where they spent
two nights, and then to C". The parser hangs "and then to C" on the clause's verb
("spent"), as if the clause went on; but a to-phrase told as the next step ("then",
"later", "on") is where the movers went after B. So C is a later end of the trigger and B
a stop on the way: the clause about B must not end the chain.

Read by :mod:`claimmap.movement_build`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_onward import next_step
from claimmap.movement_spans import placelike
from claimmap.movement_words import DEST_PREPS, content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext


def stay_then(ctx: SlotContext, slots: Slots) -> list[Token]:
    """The places of "and then to C" hung on a relative clause of an end ("to B, where
    they stayed, and then to C"), in text order."""
    out: list[Token] = []
    for end in list(slots.dests):
        for clause in (c for c in end.children if c.dep_ == "relcl"):
            for conj in clause.children:
                if conj.dep_ != "conj" or conj.pos_ != "ADP" or conj.lower_ not in DEST_PREPS:
                    continue
                if not next_step(conj):
                    continue  # "to B, where they stayed, and to C": not told as a later step
                places = [content_head(o) for o in pobjs(conj)]
                out += [p for p in places if placelike(ctx, p, strict=True) and p not in out]
    return out
