"""Goods "from the same vessel" found elsewhere: "A container from the vessel X was shipped
from A to B, where police seized cocaine in it." "A second container from the same vessel
was found in C." The second container travelled on the same craft, which went on from B
(where the first one's journey was told to end) to C. No sentence tells that voyage, so the
leg B → C is *inferred*, backed by the claim of the journey and by the finding's.

Split from :mod:`claimmap.routes`, which builds the legs of each group of movers.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Leg, Movement, Span
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_phrase_words import CRAFT_NOUNS
from claimmap.movement_stops import inside, slot_ids

_CRAFTS = "|".join(sorted(CRAFT_NOUNS | {"carrier", "flight", "cargo ship", "container ship"}))

#: "another container from the same vessel was found in C", "... from the same ship seized at C"
_SAME_CRAFT = re.compile(
    rf"\bfrom\s+the\s+same\s+(?P<craft>{_CRAFTS})s?\b[^.!?]*?\b(?:was|were|had\s+been|has\s+been)"
    r"\s+(?:later\s+|also\s+)?(?P<verb>found|seized|discovered|intercepted|detected|uncovered)"
    r"\b(?P<rest>[^.!?]*)",
    re.IGNORECASE,
)


def same_craft_legs(ctx: LegContext, known: Sequence[Leg]) -> list[Leg]:
    """Inferred legs from the end of a craft's journey to where goods "from the same"
    craft were found later in the text (see module doc)."""
    told = {(leg.from_place, leg.to_place) for leg in known}
    out: list[Leg] = []
    for found in _SAME_CRAFT.finditer(ctx.text):
        there = _the_place(ctx, found.start("rest"), found.end("rest"))
        # the article's last craft journey before the finding, if this group's
        journey = _journey_before(ctx.pool or ctx.movements, found.start(), ctx.text)
        if there is None or journey is None or journey not in ctx.movements:
            continue
        for end in slot_ids(journey.destination, ctx.canon):
            near = inside(ctx.by_id[end], ctx.by_id[there]) or inside(
                ctx.by_id[there], ctx.by_id[end]
            )
            if end == there or near or (end, there) in told:
                continue
            sentence = _sentence(ctx.text, found.start(), found.end(), journey.doc_id)
            leg = merge_leg(None, end, there, "inferred", [journey], ctx.by_id)
            claims = [*leg.claim_ids, *_claims_in(ctx, sentence)]
            out.append(
                dataclasses.replace(
                    leg,
                    claim_ids=tuple(dict.fromkeys(claims)),
                    evidence=(*leg.evidence, sentence),
                )
            )
            told.add((end, there))
    return out


def _journey_before(movements: Sequence[Movement], before: int, text: str) -> Movement | None:
    """The last journey made of the group told before ``before`` whose sentence names a
    craft ("a container from the vessel X was shipped from A to B") and that got
    somewhere."""
    for m in sorted(movements, key=lambda m: m.trigger.start, reverse=True):
        if m.trigger.start >= before or m.mood != "made" or m.negated:
            continue
        if m.destination is None or m.destination.place_id is None or m.sentence is None:
            continue
        said = text[m.sentence.start : m.sentence.end].lower()
        if any(re.search(rf"\b{craft}s?\b", said) for craft in CRAFT_NOUNS):
            return m
    return None


def _the_place(ctx: LegContext, start: int, end: int) -> str | None:
    """The one finest place named between ``start`` and ``end`` (none when two apart)."""
    named = {
        ctx.canon.get(p.id, p.id)
        for p in ctx.places
        if any(start <= s.start and s.end <= end for s in p.mentions)
    }
    by_id = ctx.by_id
    finest = [p for p in named if not any(q != p and inside(by_id[q], by_id[p]) for q in named)]
    return finest[0] if len(finest) == 1 else None


def _sentence(text: str, start: int, end: int, doc_id: str) -> Span:
    """The sentence around ``text[start:end]``."""
    cut = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    first = cut + 1 if cut >= 0 else 0
    while first < start and text[first].isspace():
        first += 1
    stop = re.compile(r"[.!?](?:\s|$)").search(text, end)
    last = stop.end() if stop else len(text)
    return Span(doc_id=doc_id, start=first, end=last, text=text[first:last])


def _claims_in(ctx: LegContext, sentence: Span) -> list[str]:
    """The claims told in ``sentence`` ("..., Dutch customs said")."""
    return [
        c.id
        for c in ctx.claims.values()
        if c.sentence is not None and c.sentence.start <= sentence.start < c.sentence.end
    ]
