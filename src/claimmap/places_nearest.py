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
    from claimmap.places_lexicon import GazetteerLike, Toponym
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


def prefer_nearest_namesakes(
    groups: dict[str, Group],
    gaz: GazetteerLike,
    mates: list[tuple[Toponym, Toponym]] | None = None,
) -> None:
    """Move a plain town name to its namesake nearest the article's other towns, among the
    towns of that name in the countries the article names (see the module's docstring).
    A capital of a country the article never names yields too when the name is listed with
    towns of a named country ("the villages of San Xyz, Abc and Def" in a story of one
    country): a list of villages is no list of capitals."""
    points = {
        key: g.choice
        for key, g in groups.items()
        if g.choice is not None and g.choice.kind in _POINT_KINDS
    }
    if len(points) < 2:
        return
    countries = named_countries(groups)
    towns = {g.name for g in groups.values() if g.choice is not None and g.choice.kind == "city"}
    for key, group in groups.items():
        best = group.choice
        if best is None or best.kind != "city" or not _plain(group, towns):
            continue
        named = best.country_code in countries
        listed = not named and key in _listed_at_home(groups, mates or [], countries)
        if not listed and any(k in best.why for k in (_KNOWN if named else _KNOWN[:2])):
            continue  # a provincial seat abroad is as unknown as any town there
        others = [c for k, c in points.items() if k != key]
        rivals = _namesakes(group, best, countries, gaz, named, listed)
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


def _plain(group: Group, towns: set[str]) -> bool:
    """Every mention is the bare name: no cue, container or form says which entry it is
    ("the town of Xyz" says it is a town, as every namesake compared here is; "Xyz, Abc,
    and Def" read as "Paris, Texas" has a town after it, which holds no town)."""
    return not (group.qualifiers - towns) and all(
        t.form == "name"
        and t.cue_kind in {None, "", "city"}
        and not t.cue_country
        and not t.province
        for t in group.toponyms
    )


def _listed_at_home(
    groups: dict[str, Group], mates: list[tuple[Toponym, Toponym]], countries: set[str]
) -> set[str]:
    """Keys of the groups with a mention listed beside a town of a country the article
    names ("San Xyz, Abc and Def" with Abc placed in it)."""
    owner = {id(t): key for key, g in groups.items() for t in g.toponyms}
    keys: set[str] = set()
    for a, b in mates:
        for one, other in ((a, b), (b, a)):
            mate = groups.get(owner.get(id(other), ""))
            choice = mate.choice if mate is not None else None
            if choice is not None and choice.kind == "city" and choice.country_code in countries:
                keys.add(owner.get(id(one), ""))
    return keys - {""}


def _namesakes(
    group: Group,
    best: Candidate,
    countries: set[str],
    gaz: GazetteerLike,
    named: bool,
    listed: bool = False,
) -> list[Candidate]:
    """Towns of exactly the chosen name, not fuzzy, in the article's countries; large enough
    to stand for it when the chosen one lies in a country the article names too (``named``:
    of a country it never names, its size says nothing). The article's countries are
    looked up when the pool was cut."""
    share = POPULATION_SHARE if named else 0.0
    pool = {c.source_id: c for c in group.candidates}
    if listed or len(group.candidates) >= FULL_POOL:
        held = {c.country_code for c in group.candidates}
        limit = FULL_POOL if listed else 3  # a village listed with villages: any of its size
        for code in sorted(countries if listed else countries - held):
            for cand in gaz.lookup(group.name, country=code, limit=limit, fuzzy=False):
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
