"""Ends told as a list: "to Syria and Turkey", "to X, Y and Z". Listed destinations are
alternatives, not a sequence, so no inferred hop leads to one of them as the movers'
common end.

Split from :mod:`claimmap.routes`, which infers the hops.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement
from claimmap.movement_stops import slot_ids

if TYPE_CHECKING:
    from spacy.tokens import Token


def listed(goal: str, movements: Sequence[Movement], canon: dict[str, str]) -> bool:
    """Is ``goal`` told as one of a list of ends, with other places in one destination
    ("to Syria and Turkey", "to New York, Chicago and Denver")?"""
    return any(
        goal in ids and len(ids) > 1 for ids in (slot_ids(m.destination, canon) for m in movements)
    )


#: words that send movers home: "returned to the country", "flown back to the country"
_HOMEWARD = frozenset({"return", "repatriate", "deport"})


def homeward(trig: Token) -> bool:
    """Is the movement told as one home ("returned to the country", "sent back home")? Only
    then is a bare "the country" they go to the one they are named after: "Russian citizens
    entered the country" went into another one."""
    if trig.lemma_.lower() in _HOMEWARD:
        return True
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in trig.children)
