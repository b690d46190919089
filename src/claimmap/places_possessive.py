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
    for top in group.toponyms:  # the 20 characters before each mention, not every name
        if top.form != "name":  # "Crimea's Russian-installed rulers": an adjective, no place
            continue
        for end in range(max(0, top.start - 20), top.start):
            owner = by_end.get(end)
            if owner is None or owner is group:
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
        owner = _owner(group, by_end, text) if choice and choice.kind != "country" else None
        if choice is None or owner is None or _inside(choice, owner):  # a country: "Russian"
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


#: A part of a town lies this close to it; a place farther off yet inside the province of
#: the town's name is a place of that province ("Xyz's Abc district", Abc 60 km out).
TOWN_PART_KM = 40.0


def possessive_provinces(groups: dict[str, Group], text: str) -> None:
    """ "Xyz's Abc district": when the possessor was read as the town Xyz, and Abc's entry
    lies beyond a town's reach but inside the province named Xyz, the possessor is that
    province (the town is its seat; one sense for every mention)."""
    by_end = {t.end: g for g in groups.values() for t in g.toponyms}
    for group in groups.values():
        part = group.choice
        if part is None or part.kind not in {"city", "admin2", "facility"} or not part.admin1:
            continue
        for top in group.toponyms:
            owner = _possessor(top.start, by_end, text)
            town = owner.choice if owner is not None and owner is not group else None
            if town is None or town.kind != "city" or km(part, town) <= TOWN_PART_KM:
                continue
            province = next(
                (
                    c
                    for c in owner.candidates  # type: ignore[union-attr]
                    if c.kind == "admin1" and c.admin1 == part.admin1 and c.name == town.name
                ),
                None,
            )
            if province is not None and owner is not None:
                owner.choice = province
                owner.reasons.append(
                    f"written '{owner.name}'s {group.name}', {group.name} {km(part, town):,.0f} km"
                    f" from the town: the province {province.name}"
                )
                break


def _possessor(start: int, by_end: dict[int, Group], text: str) -> Group | None:
    """The group whose mention ends right before "'s " at ``start``."""
    for end in range(max(0, start - 20), start):
        owner = by_end.get(end)
        if owner is not None and _POSSESSIVE.match(text[end:start]):
            return owner
    return None
