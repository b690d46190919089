"""The inputs every leg builder of one group of movers reads, carried as one value.

The builders that join movements into legs (:mod:`claimmap.movement_join_legs`,
:mod:`claimmap.movement_join_seized`, :mod:`claimmap.movement_join_ways`) read the same
things: the group's movements, the article's other movements, its places, which place
stands for which, and its text. :func:`claimmap.routes.build_routes` builds one
:class:`LegContext` a group and passes it with the legs built so far, which change from one
builder to the next.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from claimmap.model import Claim, Movement, Place


@dataclass(frozen=True)
class LegContext:
    """What the leg builders of one group of movers read (never the legs: those grow)."""

    movements: Sequence[Movement]  # the group's movements
    canon: dict[str, str]  # place id → the id standing for every place that is the same
    by_id: dict[str, Place]  # place id → place
    pool: Sequence[Movement] = ()  # the article's usable movements, of every mover
    places: Sequence[Place] = ()  # the article's places
    text: str = ""  # the article's text
    people: frozenset[int] = field(default_factory=frozenset)  # where demonym mentions end
    claims: dict[str, Claim] = field(default_factory=dict)  # claim id → claim


def tellers_place(
    m: Movement, ctx: LegContext, kinds: Collection[str], lead: re.Pattern[str]
) -> str | None:
    """The place of one of ``kinds`` named inside the claimant of ``m``'s claim after words
    ``lead`` matches ("Fishermen in T", "Residents of T"): where the tellers are. ``None``
    when the claim has no claimant or the claimant's own words hold the mover (their own
    journey)."""
    claim = ctx.claims.get(m.claim_id) if m.claim_id else None
    who = claim.claimant if claim is not None else None
    if who is None or m.mover is None or who.start <= m.mover.start < who.end:
        return None
    for place in ctx.places:
        if place.kind not in kinds:
            continue
        for mention in place.mentions:
            within = who.start <= mention.start and mention.end <= who.end
            if within and lead.search(ctx.text[who.start : mention.start]):
                return ctx.canon.get(place.id, place.id)
    return None
