"""Ends told as a list: "to Syria and Turkey", "to X, Y and Z". Listed destinations are
alternatives, not a sequence, so no inferred hop leads to one of them as the movers'
common end.

Split from :mod:`claimmap.routes`, which infers the hops.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Movement
from claimmap.movement_stops import slot_ids


def listed(goal: str, movements: Sequence[Movement], canon: dict[str, str]) -> bool:
    """Is ``goal`` told as one of a list of ends, with other places in one destination
    ("to Syria and Turkey", "to New York, Chicago and Denver")?"""
    return any(
        goal in ids and len(ids) > 1 for ids in (slot_ids(m.destination, canon) for m in movements)
    )
