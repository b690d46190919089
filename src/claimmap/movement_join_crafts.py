"""Goods handed to a craft that goes on: "the drugs were trucked to X, where they were
loaded onto a barge bound for Y"; "the rifles were loaded at X and carried by dhow across
the sea." "The vessels sailed to Y".

One movement names only where the goods set off (its end, X above, may be a place the
gazetteer does not know, or only a sea crossed); another, told of the craft the goods were
put on, names only where the craft went. The craft is the goods' carrier, so the two make
one *inferred* leg from the goods' start to the craft's first stop. The craft must be told
as the carrier in the goods' own telling: loaded onto it or carried by it, and named as a
craft (a barge, the vessels) right after, in the same sentence or the next one.

Called from :func:`claimmap.routes.build_routes` for each group of movers, after the
halves of :mod:`claimmap.movement_join_legs` (which never pair a start that crossed a sea).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Leg, Movement, PlaceRef
from claimmap.movement_hops import SURENESS
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_phrase_words import CRAFT_NOUNS
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_kinds import MOVER_KINDS

#: words for a craft that carries goods on
_CRAFTS = CRAFT_NOUNS | MOVER_KINDS["vessels"] | frozenset(["barge", "skiff", "lorry", "lorrie"])
#: words that hand goods to a craft named next: "loaded onto a barge", "carried by dhow"
_HANDED = re.compile(r"\b(?:onto|into|on to|aboard|on board|by)\s+", re.IGNORECASE)
#: what may stand between those words and the craft: "a river barge", "the small dhows"
_BEFORE_CRAFT = re.compile(r"^(?:(?:an?|the|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: how far (in characters) the craft's telling may start after the goods' sentence ends
_NEXT = 3


def craft_legs(ctx: LegContext, legs: Sequence[Leg]) -> list[Leg]:
    """start → first stop where goods set off from a start and were handed to a craft whose
    own movement (in the article's ``ctx.pool``) names only where it went."""
    joined = {i for leg in legs if leg.status == "stated" for i in leg.movement_ids}
    known = {(leg.from_place, leg.to_place) for leg in legs}
    out: dict[tuple[str, str], Leg] = {}
    for start in ctx.movements:
        if start.id in joined or not _open_start(start, ctx):
            continue
        end = _craft_end(start, ctx)
        if end is None:
            continue
        stop = _first_stop(end, ctx)
        for a in slot_ids(start.origin, ctx.canon):
            for b in slot_ids(stop, ctx.canon):
                pa, pb = ctx.by_id[a], ctx.by_id[b]
                if a == b or (a, b) in known or inside(pa, pb) or inside(pb, pa):
                    continue
                mood = max(start.mood, end.mood, key=SURENESS.index)  # as sure as its end
                out[(a, b)] = merge_leg(
                    out.get((a, b)), a, b, "inferred", [start, end], ctx.by_id, mood
                )
    return list(out.values())


def _open_start(m: Movement, ctx: LegContext) -> bool:
    """Names where the goods set off and no end it can draw; its only stops (if any) are
    seas crossed."""
    if m.origin is None or not slot_ids(m.origin, ctx.canon):
        return False
    if m.destination is not None:
        return _unplaced_end(m)
    return all(_water(t, ctx) for t in m.transit)


def _unplaced_end(m: Movement) -> bool:
    """An end the gazetteer does not know ("trucked to Villa X"): no end to draw."""
    return (
        m.destination is not None
        and m.destination.place_id is None
        and not m.destination.other_place_ids
        and not m.transit
    )


def _water(ref: PlaceRef, ctx: LegContext) -> bool:
    ids = slot_ids(ref, ctx.canon)
    return all(ctx.by_id[i].kind == "water" for i in ids)


def _first_stop(m: Movement, ctx: LegContext) -> PlaceRef | None:
    """The craft's first stop on land on the way, else its end."""
    return next(
        (t for t in m.transit if slot_ids(t, ctx.canon) and not _water(t, ctx)), m.destination
    )


def _craft_end(start: Movement, ctx: LegContext) -> Movement | None:
    """The first movement after ``start``, told of the craft its goods were handed to in
    the same sentence or the next one, that names where the craft went but no known start
    ("where they were loaded onto a barge": the unknown stop the goods were taken to)."""
    if start.sentence is None:
        return None
    for end in sorted(ctx.pool, key=lambda m: m.trigger.start):
        if end.trigger.start <= start.trigger.start or end.sentence is None:
            continue
        same = end.sentence == start.sentence
        if not same and not 0 <= end.sentence.start - start.sentence.end <= _NEXT:
            return None  # only the next sentence, and no further
        if slot_ids(end.origin, ctx.canon) or end.negated or end.mover is None:
            continue
        if not slot_ids(_first_stop(end, ctx), ctx.canon):
            continue
        if _carrier(start, end, same, ctx.text):
            return end
    return None


def _carrier(start: Movement, end: Movement, same: bool, text: str) -> bool:
    """Is ``end``'s mover the craft ``start``'s sentence hands the goods to: "loaded onto a
    barge bound for Y" (the very craft, in one sentence) or "carried by dhow" ... "the
    vessels sailed to Y" (a craft of the same kind, named "the" in the next sentence)?"""
    if start.sentence is None or end.sentence is None or end.mover is None:
        return False
    head = _singular(end.mover.text.split()[-1].lower())
    if head not in _CRAFTS:
        return False
    if same:  # "loaded onto a river barge bound for Y": handed to this very craft
        told = text[start.trigger.end : end.mover.start]
        return any(_BEFORE_CRAFT.match(told[h.end() :]) for h in _HANDED.finditer(told))
    before = text[max(end.sentence.start, end.mover.start - 20) : end.mover.start].lower()
    if not re.search(r"\b(?:the|these|those|their)\s+(?:[\w-]+\s+)?$", before):
        return False
    told = text[start.trigger.end : start.sentence.end]
    return any(_craft_after(told[h.end() :]) for h in _HANDED.finditer(told))


def _craft_after(told: str) -> bool:
    """Does a craft word come within the three words after a handing word ("by dhow")?"""
    for word in re.findall(r"[\w-]+|[^\w\s]", told)[:3]:
        if not word[0].isalnum():
            return False
        if _singular(word.lower()) in _CRAFTS:
            return True
    return False


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
