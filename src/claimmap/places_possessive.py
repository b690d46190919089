"""Possessives of provinces: "Florida's Big Bend", "Ontario's cottage country". The text puts
the name inside the province whose possessive comes right before it, so an entry of the name
outside that province is a namesake — its namesake inside wins, or with none the name is
left unresolved. (A country's possessive is read when the name is recognised, as its cue.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_scoring import Group

#: "'s " (a direction may follow: "Florida's northern Big Bend") between owner and name.
_POSSESSIVE = re.compile(r"^['’]s\s+(?:(?:north|south|east|west)\w*\s+)?$", re.IGNORECASE)
#: A region with no province of its own lies in the province if its centre is this close.
REGION_INSIDE_KM = 400.0


def _owner(group: Group, by_end: dict[int, Group], text: str) -> Candidate | None:
    """The province whose possessive comes right before a mention of ``group``, if any."""
    for top in group.toponyms:
        for end, owner in by_end.items():
            if owner is group or not 0 < top.start - end <= 20:
                continue
            choice = owner.choice
            if choice and choice.kind == "admin1" and _POSSESSIVE.match(text[end : top.start]):
                return choice
    return None


def _inside(cand: Candidate, province: Candidate) -> bool:
    """Whether ``cand`` lies in ``province``: by its province code, or for a region with no
    country, by the distance of its centre."""
    if cand.admin1 or cand.country_code:
        code = province.source_id.removeprefix("admin1:")
        return cand.source_id == province.source_id or cand.admin1 == code
    return km(cand, province) <= REGION_INSIDE_KM


def drop_outside_owners(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "Xyz's Abc": Abc's entry outside province Xyz yields to one inside, or is dropped."""
    by_end = {t.end: g for g in groups.values() for t in g.toponyms}

    def why(group: Group) -> str | None:
        choice = group.choice
        owner = _owner(group, by_end, text) if choice else None
        if choice is None or owner is None or _inside(choice, owner):
            return None
        inside = [c for c in group.candidates if _inside(c, owner)]
        if inside:
            group.choice = max(inside, key=lambda c: c.score)
            group.reasons.append(f"written '{owner.name}'s {group.name}': inside {owner.name}")
            return None
        return (
            f"{group.name!r}: written as {owner.name}'s, but its only match, {choice.name}, "
            f"lies outside {owner.name}"
        )

    return drop_groups(groups, doc_id, text, why)
