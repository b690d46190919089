"""Places in what describes the mover's vehicle or owner, not where it set off: "an
Il-76 registered in X", "a tanker flagged in Y", "flights operated by a carrier based in Z";
and the one such place that is a start: "a crate seized in X was destined for Y".

Read by :func:`claimmap.movement_mover_origin.origin_in_mover`: "fighters active in X"
tells where the movers come from, but a registry, a flag, a builder or an operator's seat
is a fact about the craft or the firm, and the map has no stop there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_counts import words as _words
from claimmap.movement_spans import placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext

#: participles that place a craft's papers, flag, build or ownership, not its journey
REGISTRY_LEMMAS = _words(
    "register reregister flag reflag build construct license licence incorporate insure "
    "charter lease"
)


def describes_craft(tok: Token) -> bool:
    """Is ``tok`` a modifier whose places describe the craft or its operator: a participle
    of registry ("registered in X", "built in Y") or an agent phrase ("operated by a firm
    in Z")?"""
    if tok.dep_ == "agent":
        return True  # "flights operated by an airline of X": the operator's place
    return tok.dep_ in ("acl", "amod", "relcl") and tok.lemma_.lower() in REGISTRY_LEMMAS


#: words that tell only where the movers were bound, never that they got there
_BOUND_WORDS = frozenset(["destined", "bound", "headed", "heading"])


def seized_bound(ctx: SlotContext, prep: Token, trig: Token, slots: Slots) -> bool:
    """ "One of them, seized in X, may have been destined for Y": where the movers were
    seized is where their way to Y was cut, so it starts the hop they were bound on (a
    seizure starts its own chain, not one on from the shipments told before). Appends that
    start to ``slots`` when the trigger only tells where they were bound."""
    if prep.lower_ not in ("in", "at") or trig.lower_ not in _BOUND_WORDS or not slots.dests:
        return False
    for obj in pobjs(prep):
        obj = content_head(obj)
        if placelike(ctx, obj, strict=True):
            slots.origins.append(obj)
            return True
    return False
