"""Where a boat or plane came to land when the text says only what it landed near: "A
second boat landed near X", "came ashore near X on Y Island" (Y unresolved, or a coast or
country X lies in). The town named with "near" is the finer end.

Used by :func:`claimmap.movement_where.near_end`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of coming to land, whose "near X" is where the movers got to
_LAND_LEMMAS = frozenset({"land", "dock", "beach", "disembark", "arrive"})
#: adverbs making a verb of coming one of landing: "came ashore", "washed up"
_ASHORE = frozenset({"ashore", "aground"})
#: kinds of place fine enough to be where a boat came ashore
_TOWNS = frozenset({"city", "admin2", "area", "facility"})


def landing(trig: Token) -> bool:
    """Is the trigger a verb of coming to land ("landed", "docked", "came ashore")?"""
    if trig.pos_ != "VERB":
        return False
    if trig.lemma_.lower() in _LAND_LEMMAS:
        return True
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in _ASHORE for c in trig.children)


def landed_near(ctx: SlotContext, trig: Token, dests: list[Token]) -> None:
    """ "A second boat landed near X": no end told but the town a landing was near, which is
    then the end; "came ashore near X on Y Island": an end that did not resolve, or one that
    holds X (the coast, the country), gives way to X."""
    if not landing(trig) or len(dests) > 1:
        return
    near = _near_town(ctx, trig)
    if near is None:
        return
    if not dests:
        dests.append(near)
        return
    end = place_ref(ctx, dests[0]).place_id
    inner = place_ref(ctx, near).place_id
    if end is None or _holds(ctx, end, inner):
        dests[0] = near


def _near_town(ctx: SlotContext, trig: Token) -> Token | None:
    """The resolved town of a "near X" phrase on the verb, if one."""
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "near"):
        for obj in (content_head(o) for o in pobjs(prep)):
            pid = place_ref(ctx, obj).place_id
            if pid is not None and ctx.kinds.get(pid) in _TOWNS:
                return obj
    return None


def _holds(ctx: SlotContext, outer: str, inner: str | None) -> bool:
    """Is ``outer`` a country or region holding ``inner`` (same country, coarser kind)?"""
    if inner is None or outer == inner:
        return False
    if ctx.kinds.get(outer) not in ("country", "admin1"):
        return False
    return ctx.countries.get(outer) is not None and ctx.countries.get(outer) == ctx.countries.get(
        inner
    )
