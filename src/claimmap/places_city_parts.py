"""Parts of a town: "in the city's Xyz district", "Abc's Xyz neighbourhood". The name is a
district or quarter of a town the article names; the gazetteer seldom holds such parts, and
the entry its name reaches is then a namesake elsewhere (a town 500 km away). A wrong dot is
worse than a missing one: an entry that lies far from the owning town is reported instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: A part of a town lies within this distance of the town's point.
CITY_PART_KM = 40.0
#: "the city's ", "the capital's " right before the name: a part of the town meant.
_TOWN_OWNER = re.compile(r"\bthe\s+(?:city|town|capital|village)\s*['’]s\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s\s+$")


def _owning_towns(top: Toponym, owners: dict[int, Candidate], text: str) -> list[Candidate] | None:
    """The towns ``top`` is written as a part of: the one named just before its "'s", every
    town of the article after "the city's", or None when it is written as no town's part."""
    before = text[max(0, top.start - 40) : top.start]
    if _TOWN_OWNER.search(before):
        return [c for c in owners.values() if c.kind == "city"]
    m = _POSSESSIVE.search(before)
    owner = owners.get(top.start - len(m.group(0))) if m else None
    return [owner] if owner is not None and owner.kind == "city" else None


def drop_far_city_parts(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """Report a name written only as a part of a town ("the city's Xyz district") whose
    chosen entry lies more than :data:`CITY_PART_KM` from every town it may belong to (or
    when the article names no such town): a namesake, not the part."""
    owners = {t.end: g.choice for g in groups.values() if g.choice for t in g.toponyms}

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or choice.kind not in {"city", "admin2", "facility"}:
            return None
        towns: list[Candidate] = []
        for top in group.toponyms:
            found = _owning_towns(top, owners, text)
            if found is None:
                return None  # also written as a place of its own
            towns += [c for c in found if c.source_id != choice.source_id]
        nearest = min((km(choice, c) for c in towns), default=None)
        if nearest is not None and nearest <= CITY_PART_KM:
            return None
        where = "lies near no" if nearest is None else f"lies {nearest:,.0f} km from the nearest"
        return (
            f"{group.name!r} is written as part of a town; its match, {choice.name} "
            f"({choice.country_code}), {where} town the article names"
        )

    return drop_groups(groups, doc_id, text, why)


#: Entry names that are a generic word for a part of a town, not a proper name: an entry so
#: named was reached by an alternate name, which is the one to show.
GENERIC_PART_NAMES = frozenset(
    {"downtown", "uptown", "midtown", "city centre", "city center", "town centre",
     "town center", "centre", "center", "old town", "village", "port", "harbour", "harbor"}
)  # fmt: skip


def display_name(cand: Candidate) -> str:
    """The entry's name, or the name it was matched by when its own is a generic word
    (an atoll's settlement listed as "Downtown", reached by the atoll's name)."""
    if cand.name.lower() in GENERIC_PART_NAMES and cand.matched_name and not cand.fuzzy:
        return cand.matched_name
    return cand.name
