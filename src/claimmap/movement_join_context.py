"""The inputs every leg builder of one group of movers reads, carried as one value.

The builders that join movements into legs (:mod:`claimmap.movement_join_legs`,
:mod:`claimmap.movement_join_seized`, :mod:`claimmap.movement_join_ways`) read the same
things: the group's movements, the article's other movements, its places, which place
stands for which, and its text. :func:`claimmap.routes.build_routes` builds one
:class:`LegContext` a group and passes it with the legs built so far, which change from one
builder to the next.
"""

from __future__ import annotations

from collections.abc import Sequence
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
