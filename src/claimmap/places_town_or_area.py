"""A town, or the well-known unit or wide area of the same name: "diagnosed in England" (the
country, not a small English-named town abroad), "two northern Xyz farms" (part of an
area), "the central Sahel" (a wide area).

Why a module of its own: these rules read how every mention of a name is written (bare,
with "the" and a direction, as an agent) against the sizes of its candidates, apart from
the additive weights of :mod:`claimmap.places_scoring`, which calls them.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from claimmap.model import Candidate
from claimmap.places_distance import LOCAL_KM, km
from claimmap.places_lexicon import ADMIN_TITLES
from claimmap.places_seats import norm

if TYPE_CHECKING:
    from claimmap.places_scoring import Group


WELL_KNOWN_POPULATION = 100_000
WELL_KNOWN_UNIT = 2_000_000  # a province this big is known by name beyond its country


def unit_over_town(
    best: Candidate,
    group: Group,
    container: Candidate | None,
    context: Counter[str],
    others: list[Candidate] | None,
) -> Candidate | None:
    """ "The case was diagnosed in England" in a story naming Texas: a small town whose only
    support is a country the article names (no container, cue, province of its own, nor a
    place of the article nearby) is not meant over a well-known country or province that
    carries the name as its own (England, not England, Arkansas), nor over the national
    capital of that name ("Washington-based", not Washington, Tyne and Wear, in a story that
    names Britain). Returns that unit or capital."""
    if (
        best.kind != "city"
        or best.fuzzy
        or best.population >= WELL_KNOWN_POPULATION
        or any(w in _KNOWN_TOWN for w in best.why)
        or container is not None
        or any(t.cue_kind or t.cue_country or t.person_in for t in group.toponyms)
        or (best.admin1 and context[f"has:{best.admin1}"])
    ):
        return None
    near = [o for o in others or () if km(best, o) < LOCAL_KM]
    written = {norm(t.name) for t in group.toponyms}
    named = [c for c in group.candidates if not c.fuzzy and norm(c.name) in written]
    units = [
        c
        for c in named
        if not near and (c.kind == "country" or (c.kind == "admin1" and _known_unit(c, group)))
    ]
    if units:
        return max(units, key=lambda c: c.population)
    if any(o.kind != "country" for o in near):  # a country's centre is near nothing
        return None
    return next((c for c in named if c.kind == "city" and "national capital" in c.why), None)


def _known_unit(cand: Candidate, group: Group) -> bool:
    """A province big enough to be known by name abroad (England, Wales), written bare: "the
    Centre" (a government) is a common noun before it is Burkina Faso's Centre region."""
    return cand.population >= WELL_KNOWN_UNIT and not any(t.article for t in group.toponyms)


def small_town_of_an_area(cand: Candidate, group: Group) -> bool:
    """ "two northern Xyz farms": a direction before every mention speaks of part of an area
    (an island, a province); a small town of the same name is seldom split in parts."""
    names = [t for t in group.toponyms if t.form == "name"]
    return (
        cand.kind == "city"
        and cand.population < WELL_KNOWN_POPULATION
        and bool(names)
        and all(t.direction for t in names)
        and any(
            c.kind in {"region", "admin1", "admin2", "country", "disputed"}
            and not c.fuzzy
            and norm(c.name) == norm(cand.name)
            for c in group.candidates
        )
    )


def directed_town(cand: Candidate, group: Group) -> bool:
    """ "Xyz in northern Abc": a name written with a direction, holding the place named just
    before it, is an area split in parts (a country, a province), not the town of its name
    however big, when such an area shares the name."""
    names = [t for t in group.toponyms if t.form == "name"]
    return (
        cand.kind == "city"
        and any(t.direction for t in names)
        and any(
            c.kind in {"admin1", "country"} and not c.fuzzy and norm(c.name) == norm(cand.name)
            for c in group.candidates
        )
    )


#: Towns known in their own right: a capital, a world city, a provincial seat.
_KNOWN_TOWN = frozenset({"national capital", "world city", "admin-1 seat"})


def wide_area(group: Group) -> bool:
    """ "the central Sahel", "the eastern Mediterranean": "the", a direction and a bare name
    (not "the northern Shan State") mean part of a wide area, seldom a province or a town."""
    return any(
        t.direction and t.determiner and not t.cue_kind and t.name.split()[-1] not in ADMIN_TITLES
        for t in group.toponyms
    )


#: A world city this many times a small namesake's size is the one meant...
_WORLD_RATIO = 50
#: ...unless it lies this much farther than the namesake from the article's other places.
_WORLD_SLACK_KM = 300.0
#: A namesake smaller than this is a hamlet: nearness alone never makes it beat a world city.
_WORLD_HAMLET = 10_000
#: A city of 100,000+ yields to a world city this many times its size (London, Ontario to
#: London) when only its country backs it; a near-equal pair (Hyderabad) is left to context.
_WORLD_RATIO_BIG = 10


def world_city_over_town(
    best: Candidate, group: Group, container: Candidate | None, others: list[Candidate] | None
) -> Candidate | None:
    """ "taken to Xyz" in a story that names a country holding a 6,000-person Xyz: a world
    city of the name, fifty times its size, is meant, unless the text itself places the
    name (a container, a cue) or the world city lies far from the story's other places.
    A bigger namesake, not known in its own right, yields to a world city ten times its
    size unless the article names its province or a place near it: a country named in
    passing ("Canada is watching") does not move "the institute in London" abroad.
    Returns that world city."""
    if (
        best.kind != "city"
        or any(w in _KNOWN_TOWN for w in best.why)
        or container is not None
        or any(t.cue_kind or t.cue_country for t in group.toponyms)
    ):
        return None
    big = best.population >= WELL_KNOWN_POPULATION
    ratio = _WORLD_RATIO_BIG if big else _WORLD_RATIO
    worlds = [
        c
        for c in _cities_as_written(group)
        if "world city" in c.why and c.population >= ratio * max(best.population, 1_000)
    ]
    if not worlds:
        return None
    world = max(worlds, key=lambda c: c.population)
    points = [o for o in others or () if o.kind != "country"]
    if big:
        return None if _placed_near(best, points) else world
    if points and _province_named(best, points):
        gap = min(km(world, o) for o in points) - min(km(best, o) for o in points)
        if gap > _WORLD_SLACK_KM:
            return None
    return world


def _placed_near(best: Candidate, points: list[Candidate]) -> bool:
    """The article names the town's province or a place within :data:`LOCAL_KM` of it."""
    return any(
        (p.kind == "admin1" and p.admin1 == best.admin1) or km(best, p) < LOCAL_KM for p in points
    )


def _cities_as_written(group: Group) -> list[Candidate]:
    """The group's town candidates whose own name is the one written (no fuzzy match)."""
    written = {norm(t.name) for t in group.toponyms}
    return [
        c for c in group.candidates if c.kind == "city" and not c.fuzzy and norm(c.name) in written
    ]


def _province_named(best: Candidate, points: list[Candidate]) -> bool:
    """Strong evidence for a small namesake over a world city: the article names its own
    province ("officials in Ohio") and it is a town, not a hamlet. Nearness to the story's
    other towns alone is weak: a village of the name lies near many stories."""
    return best.population >= _WORLD_HAMLET and any(
        p.kind == "admin1" and p.admin1 == best.admin1 for p in points
    )


#: A region this much farther than a town of its name from the article's places is not meant.
_FAR_REGION_GAP_KM = 2_000.0


def near_town_over_far_region(
    best: Candidate, group: Group, others: list[Candidate] | None
) -> Candidate | None:
    """ "an interview from Xyz ... gone to Abc": a region (an island) of the written name
    half a world away from every place of the article yields to a well-known town of the
    same name beside them (a region carries no country, so context never counts against
    it). Returns that town."""
    if best.kind != "region" or not others or any(t.cue_kind for t in group.toponyms):
        return None
    towns = [
        c
        for c in _cities_as_written(group)
        if c.population >= WELL_KNOWN_POPULATION or any(w in _KNOWN_TOWN for w in c.why)
    ]
    if not towns:
        return None
    town = min(towns, key=lambda c: min(km(c, o) for o in others))
    gap = min(km(best, o) for o in others) - min(km(town, o) for o in others)
    return town if gap > _FAR_REGION_GAP_KM else None
