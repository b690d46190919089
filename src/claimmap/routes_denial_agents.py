"""Denials of tolerating movers' agents: "rejected accusations that it allowed smugglers to
operate in X", "does not tolerate trafficking networks". Words naming the people or groups
who move others ("smugglers", "trafficking networks") are no movement: such a denial
answers who was let work where, not whether anyone travelled, and contests no leg.
"""

from __future__ import annotations

import re

#: the people and groups that move others, named as agents, not as a deed
_AGENTS = re.compile(
    r"\b(?:smugglers?|traffickers?|people[- ]smugglers?|"
    r"(?:smuggling|trafficking)\s+(?:networks?|rings?|gangs?|groups?|cartels?|"
    r"organi[sz]ations?|operations?|syndicates?))\b",
    re.IGNORECASE,
)


#: a place told as used by the agents is a way they move things through
_USED = re.compile(r"\b(?:us(?:e|es|ed|ing)|exploit\w*)\b", re.IGNORECASE)


def without_agents(said: str) -> str:
    """``said`` with the words naming movers' agents blanked out, unless it tells of a
    place they used ("denied that X was used by smugglers": a way through X)."""
    return said if _USED.search(said) else _AGENTS.sub(" ", said)
