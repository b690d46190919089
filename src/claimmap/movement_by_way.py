"""Stops told as the way goods went: "shipped from X to Y by way of ship-to-ship transfers
off Z", "via transshipment at Z", "sailed to Y with a stop off Z": the handover or call lies on
the voyage, so Z is a stop between X and Y, not a slot of a movement of its own only.

Called from :mod:`claimmap.movement_build` for each trigger's transit slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_spans import placelike
from claimmap.movement_words import pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

#: nouns of a handover or call on the way
_HANDOVER_NOUNS = frozenset(
    {"transfer", "transshipment", "transhipment", "stop", "stopover", "call", "refuelling"}
)
#: calls told as made on the way ("with a stop at Z"), not a handover the goods went by
_CALL_NOUNS = frozenset({"stop", "stopover", "call", "layover"})
#: where the handover was made
_AT_PREPS = frozenset({"off", "at", "in", "near"})


def by_way_stops(ctx: SlotContext, trig: Token) -> list[Token]:
    """The places of handovers the trigger's way is told by ("by way of transfers off Z",
    "via transfers at Z") and of calls told with it ("with a stop off Z")."""
    out: list[Token] = []
    agents = [("by", o) for c in trig.children if c.dep_ == "agent" for o in pobjs(c)]
    for word, obj in [*preps_of(trig), *agents]:  # "by" of a passive is an "agent"
        if word == "by" and obj.lower_ == "way":
            nouns = [o for w, o in preps_of(obj) if w == "of"]
        elif word in ("via", "through"):
            nouns = [obj]
        elif word == "with" and obj.lemma_.lower() in _CALL_NOUNS:
            nouns = [obj]  # "sailed to Y, with a stop off Z": a call on the way
        else:
            continue
        for noun in (n for n in nouns if n.lemma_.lower() in _HANDOVER_NOUNS):
            out += [o for w, o in preps_of(noun) if w in _AT_PREPS and placelike(ctx, o)][:1]
    return out
