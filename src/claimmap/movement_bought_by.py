"""Goods told by where they were dug and who bought them before they moved: "gold dug by
miners around X was bought by traders in Y and driven north to Z".

The buyers' place ("traders in Y", the agent of a passive "bought" the motion verb is
conjoined after) is where the goods were when they set off on the told hop: a stop after
the goods' source, or the start when no source is told. The source is what the goods'
own description says they were dug, mined or grown around ("gold dug around X", "opium
grown near X"): where they came from, before the buyers. Without the buying, such a
description is read by :mod:`claimmap.movement_mover_origin` (in/from phrases).

Read by :mod:`claimmap.movement_build`, for a movement with no start of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_spans import placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext

_BUY = frozenset({"buy", "purchase", "acquire"})
#: verbs saying where goods came out of the ground or were grown
_SOURCED = frozenset({"dig", "mine", "extract", "grow", "harvest", "produce", "cultivate"})
_AROUND = frozenset({"around", "near", "in", "at"})
_SELLERS_AT = frozenset({"in", "at"})


def bought_by(ctx: SlotContext, trig: Token, mover: Token | None, slots: Slots) -> None:
    """ "(gold dug around X) was bought by traders in Y and driven to Z": Y is where the
    hop to Z set off, X (if told) where the goods came from before Y."""
    if slots.origins or not slots.dests:
        return
    buyers = _buyers_place(ctx, trig)
    if buyers is None:
        return
    source = _source(ctx, mover) if mover is not None else None
    if source is not None and source != buyers:
        slots.origins.append(source)
        slots.transits.insert(0, buyers)
    else:
        slots.origins.append(buyers)


def _buyers_place(ctx: SlotContext, trig: Token) -> Token | None:
    """The place of the buyers of a passive "bought by B in Y" that ``trig`` is conjoined
    after, else None."""
    head = trig.head
    if trig.dep_ != "conj" or head.i > trig.i or head.lemma_.lower() not in _BUY:
        return None
    for agent in (c for c in head.children if c.dep_ == "agent"):
        for buyer in pobjs(agent):
            if (found := _place_after(ctx, (buyer,), _SELLERS_AT)) is not None:
                return found
    return None


def _source(ctx: SlotContext, mover: Token) -> Token | None:
    """The place the mover's own description says it was dug or grown around."""
    for clause in (c for c in mover.children if c.dep_ == "acl"):
        if clause.lemma_.lower() not in _SOURCED:
            continue
        diggers = [o for a in clause.children if a.dep_ == "agent" for o in pobjs(a)]
        heads = (clause, *diggers)  # "dug by miners around X": the miners' place
        if (found := _place_after(ctx, heads, _AROUND)) is not None:
            return found
    return None


def _place_after(ctx: SlotContext, heads: tuple[Token, ...], words: frozenset[str]) -> Token | None:
    """The first place object of a preposition among ``words`` hung on one of ``heads``."""
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        if prep.lower_ not in words:
            continue
        places = [content_head(o) for o in pobjs(prep)]
        places = [o for o in places if placelike(ctx, o, strict=True)]
        if places:
            return places[0]
    return None
