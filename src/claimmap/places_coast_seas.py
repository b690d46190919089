"""A sea written between a country's possessive and a coast word: "on Xyz's Caribbean
coast", "along Abc's Pacific shore". The country owns the coast, not the sea; the sea
borders it. The possessive is no containment here, and the name is the water the coast
faces (the sea, where the gazetteer also holds a cultural region of the name). An ocean is
left to the usual rules: its point lies thousands of kilometres out, a wrong dot for a
coast, where a sea's lies near the coasts around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Words right after a sea's name that make it the side of a country's land.
_COAST_NEXT = re.compile(r"\s+(?:coast|coastline|coasts|shore|shores|seaboard|littoral)\b", re.I)
#: Evidence for the group's reasons.
COAST_REASON = "written '<country>'s {name} coast': the sea the country's coast faces"


def coast_side(top: Toponym, text: str) -> bool:
    """Whether ``top`` is written by a possessive and right before a coast word."""
    return bool(top.owner) and bool(_COAST_NEXT.match(text, top.end))


def owned_coasts(groups: dict[str, Group], text: str) -> set[str]:
    """Keys of groups whose owned mentions all name the sea a country's coast faces; each
    such group takes its water entry when it has one ("Caribbean" → the Caribbean Sea)."""
    keys: set[str] = set()
    for key, group in groups.items():
        owned = [t for t in group.toponyms if t.owner]
        if not owned or not all(coast_side(t, text) for t in owned):
            continue
        water = next((c for c in group.candidates if c.kind == "water"), None)
        if water is None or _ocean(water):
            continue  # "Peru's Pacific coast": an ocean's point is far out, no dot for a coast
        keys.add(key)
        if group.choice is not None and group.choice.kind != "water":
            group.choice = water
            group.reasons = [*group.reasons, COAST_REASON.format(name=group.name)]
    return keys


def _ocean(cand: Candidate) -> bool:
    """An ocean, whose point lies far from any of its coasts."""
    return "ocean" in cand.name.lower().split()
