"""The namesake nearest the article's other towns: "dockworkers from Xyz" in a story about a
port, where two towns of the name lie in two countries the article names, is the one beside
the port, not the larger one.

Why a pass of its own: scoring weighs spread against population and the countries named, so
a larger namesake a little farther off can win; here only towns of the very same name in
the article's own countries compete, on the distance to the nearest town the article places
(country and province points say little of where a town lies). The plain ranking cuts a
very common name ("San Xyz") at ten entries, so the article's countries are looked up too.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_distance import km
from claimmap.places_groups import named_countries

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

log = logging.getLogger(__name__)

#: The kinds whose point says where the article is (not a country's or province's centre).
_POINT_KINDS = frozenset({"city", "admin2", "facility"})
#: A namesake wins only when its nearest town is at most this share of the chosen one's...
NEARER_SHARE = 0.75
#: ...lies this close to it...
NEAR_KM = 400.0
#: ...and holds at least this share of the chosen one's population (no hamlet for a city),
#: when the chosen one lies in a country the article names.
POPULATION_SHARE = 1 / 3
#: A pool this long was cut by the ranking: the article's countries are looked up too.
FULL_POOL = 10
#: Chosen entries known in their own right keep their place.
_KNOWN = ("national capital", "world city", "admin-1 seat")


def prefer_nearest_namesakes(groups: dict[str, Group], gaz: GazetteerLike) -> None:
    """Move a plain town name to its namesake nearest the article's other towns, among the
    towns of that name in the countries the article names (see the module's docstring)."""
    points = {
        key: g.choice
        for key, g in groups.items()
        if g.choice is not None and g.choice.kind in _POINT_KINDS
    }
    if len(points) < 2:
        return
    countries = named_countries(groups)
    for key, group in groups.items():
        best = group.choice
        if best is None or best.kind != "city" or not _plain(group):
            continue
        named = best.country_code in countries
        if any(k in best.why for k in (_KNOWN if named else _KNOWN[:2])):
            continue  # a provincial seat abroad is as unknown as any town there
        others = [c for k, c in points.items() if k != key]
        rivals = _namesakes(group, best, countries, gaz, named)
        current = _nearest(best, others)
        scored = sorted(((_nearest(c, others), c) for c in rivals), key=lambda s: s[0])
        if not scored:
            continue
        dist, rival = scored[0]
        if dist <= NEAR_KM and dist <= NEARER_SHARE * current:
            if rival not in group.candidates:
                group.candidates.append(rival)
            group.choice = rival
            group.reasons = [
                *group.reasons,
                f"the namesake nearest the article's towns ({dist:,.0f} km, not"
                f" {current:,.0f} km for {best.name}, {best.country_code})",
            ]
            log.debug("%s: %s -> %s", group.name, best.source_id, rival.source_id)


def _plain(group: Group) -> bool:
    """Every mention is the bare name: no cue, container or form says which entry it is."""
    return not group.qualifiers and all(
        t.form == "name" and not t.cue_kind and not t.cue_country and not t.province
        for t in group.toponyms
    )


def _namesakes(
    group: Group, best: Candidate, countries: set[str], gaz: GazetteerLike, named: bool
) -> list[Candidate]:
    """Towns of exactly the chosen name, not fuzzy, in the article's countries; large enough
    to stand for it when the chosen one lies in a country the article names too (``named``:
    of a country it never names, its size says nothing). The article's countries are
    looked up when the pool was cut."""
    share = POPULATION_SHARE if named else 0.0
    pool = {c.source_id: c for c in group.candidates}
    if len(group.candidates) >= FULL_POOL:
        held = {c.country_code for c in group.candidates}
        for code in sorted(countries - held):
            for cand in gaz.lookup(group.name, country=code, limit=3, fuzzy=False):
                pool.setdefault(cand.source_id, cand)
    name = normalize_name(best.name)
    return [
        c
        for c in pool.values()
        if c.source_id != best.source_id
        and c.kind == "city"
        and not c.fuzzy
        and c.country_code in countries
        and normalize_name(c.name) == name
        and c.population >= share * best.population
    ]


def _nearest(cand: Candidate, others: list[Candidate]) -> float:
    """Distance in km from ``cand`` to the nearest of ``others`` not sharing its entry."""
    return min((km(cand, o) for o in others if o.source_id != cand.source_id), default=1e9)
