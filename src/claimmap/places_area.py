"""The article's own area decides homonyms. When the towns and provinces an article places
sit in one country (or one province of it), a small namesake far outside that area is a
place the gazetteer lacks or another entry of the name: "Fairfield" in a story whose every
other place lies in one English county is not the Connecticut town. A namesake inside the
area wins; with none, the name stays unresolved (a dot 5,000 km off is worse than none).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from claimmap.places_admin2 import county_cue, district_cue
from claimmap.places_distance import km
from claimmap.places_islands import main_place
from claimmap.places_lexicon import AREA_POINT_KINDS as _POINT_KINDS
from claimmap.places_lexicon import KNOWN_IN_OWN_RIGHT as _KNOWN
from claimmap.places_pairs import list_mates
from claimmap.places_possessive import drop_outside_owners
from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

#: Towns this big are meant wherever they lie (a story may name a foreign city in passing).
AREA_SMALL_POPULATION = 100_000
#: A sole entry this small is no better known than the namesake the gazetteer lacks.
AREA_HAMLET_POPULATION = 5_000
#: Points (towns, provinces) an area needs before it decides anything.
AREA_MIN_POINTS = 3
#: Towns of one province that make it the article's area when the article does not name it.
AREA_PROVINCE_TOWNS = 2
#: A namesake this far from every place of the area lies outside it.
AREA_FAR_KM = 1_000.0


def _small_homonym(group: Group) -> bool:
    """A small town chosen among namesakes (or a hamlet, whose namesake the gazetteer may
    lack), with nothing in the text tying it to its country (no "Xyz, Texas", no "the Texan
    town of", no possessive)."""
    choice = group.choice
    several = len({c.source_id for c in group.candidates}) > 1
    return (
        choice is not None
        and choice.kind == "city"
        and choice.population < (AREA_SMALL_POPULATION if several else AREA_HAMLET_POPULATION)
        and not any(w in _KNOWN for w in choice.why)
        and not group.qualifiers
        and not any(t.cue_country or t.owner for t in group.toponyms)
    )


def _area(groups: dict[str, Group]) -> tuple[str | None, list[Candidate]]:
    """The country holding most of the article's points (towns, provinces), and its points,
    when it holds at least :data:`AREA_MIN_POINTS` and more than half of them."""
    points = [g.choice for g in groups.values() if g.choice and g.choice.kind in _POINT_KINDS]
    counts = Counter(p.country_code for p in points if p.country_code)
    if not counts:
        return None, []
    home, n = counts.most_common(1)[0]
    if n < AREA_MIN_POINTS or 2 * n <= len(points):
        return None, []
    return home, [p for p in points if p.country_code == home]


def _listed_with_abroad(groups: dict[str, Group], home: str, text: str) -> set[str]:
    """Keys of names listed with a foreign country ("the Xyz, Abc and Cdf strains" naming
    countries): such a list ranges over the world, not the article's area."""
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    toponyms = [t for g in groups.values() for t in g.toponyms]
    keys: set[str] = set()
    for a, b in list_mates(toponyms, text):
        ga, gb = owner.get(id(a)), owner.get(id(b))
        for one, other in ((ga, gb), (gb, ga)):
            choice = other.choice if other else None
            if one and choice and choice.kind == "country" and choice.country_code != home:
                keys.add(one.key)
    return keys


def rehome_far_homonyms(
    groups: dict[str, Group], doc_id: str, text: str, gaz: GazetteerLike | None = None
) -> list[Unresolved]:
    """A small homonym in a country where no other place of the article lies (bar other such
    homonyms, which support one another), far from every place of the article's country,
    takes its namesake in that country, or is dropped when it has none."""
    strays = {k for k, g in groups.items() if _small_homonym(g)}
    home, area = _area(groups)
    if home is None:
        return []
    strays -= _listed_with_abroad(groups, home, text)
    others = Counter(
        g.choice.country_code
        for k, g in groups.items()
        if k not in strays and g.choice is not None and g.choice.kind in _POINT_KINDS
    )

    def why(group: Group) -> str | None:
        choice = group.choice
        if group.key not in strays or choice is None or choice.country_code == home:
            return None
        if others[choice.country_code]:
            return None
        far = min(km(choice, p) for p in area)
        if far < AREA_FAR_KM:
            return None
        if main_place(choice, gaz):
            return None
        inside = [c for c in group.candidates if c.country_code == home and not c.fuzzy]
        if inside:
            best = max(inside, key=lambda c: c.score)
            group.reasons.append(
                f"the article's places lie in {home}: {best.name} ({home}) over the "
                f"namesake {choice.name} ({choice.country_code})"
            )
            group.choice = best
            return None
        return (
            f"{group.name!r}: its best match, {choice.name} ({choice.country_code}), is a small "
            f"namesake {far:,.0f} km from the article's places, which lie in {home}"
        )

    return drop_groups(groups, doc_id, text, why)


def rehome_province_homonyms(groups: dict[str, Group]) -> None:
    """ "Perry" in a story whose every other town lies in one US state: a small town of the
    name in another state yields to its namesake in that state. One other town is no area
    ("a distributor in Solon ... the maker, in Lynchburg" names two states' towns) unless
    the article names its state too."""
    named = {g.choice.admin1 for g in groups.values() if g.choice and g.choice.kind == "admin1"}
    for group in groups.values():
        choice = group.choice
        if not _small_homonym(group) or choice is None or not choice.admin1:
            continue
        towns = [
            g.choice.admin1
            for g in groups.values()
            if g is not group and g.choice is not None and g.choice.kind == "city"
        ]
        provinces = set(towns)
        if len(provinces) != 1 or None in provinces or choice.admin1 in provinces:
            continue
        (province,) = provinces
        if len(towns) < AREA_PROVINCE_TOWNS and province not in named:
            continue
        inside = [
            c for c in group.candidates if c.admin1 == province and c.kind == "city" and not c.fuzzy
        ]
        if inside:
            best = max(inside, key=lambda c: c.score)
            group.reasons.append(
                f"the article's towns lie in one province: {best.name} there over the "
                f"namesake in {choice.admin1}"
            )
            group.choice = best


def _near_another_scene(choice: Candidate, groups: dict[str, Group], own: Group) -> bool:
    """ "guns bought in Miami, Florida ... an inquiry in Xyz County" in a story set in another
    country: a unit near the article's towns or provinces of its own country lies in a scene
    of the article, not abroad (an article may have several scenes)."""
    return any(
        g is not own
        and g.choice is not None
        and g.choice.kind in _POINT_KINDS
        and g.choice.source_id != choice.source_id
        and g.choice.country_code == choice.country_code
        and km(choice, g.choice) < AREA_FAR_KM
        for g in groups.values()
    )


def drop_foreign_units(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "Xyz County", "Xyz and Abc counties", "Xyz district" in a story placed in one
    country: the text gives the unit, so an entry of the name in another country, far from
    the article's places (a foreign province, a town abroad), is not it."""
    home, area = _area(groups)
    if home is None:
        return []

    def why(group: Group) -> str | None:
        choice = group.choice
        unit = county_cue(group.name, group.toponyms) or (
            "district" if any(district_cue(t) for t in group.toponyms) else ""
        )
        if (
            not unit
            or choice is None
            or choice.kind not in _POINT_KINDS
            or choice.country_code in {home, None}
            or min(km(choice, p) for p in area) < AREA_FAR_KM
            or _near_another_scene(choice, groups, group)
        ):
            return None
        units = [c for c in group.candidates if c.kind == "admin2" and c.country_code == home]
        if units:  # the county of the article's country, nearest its places
            group.choice = min(units, key=lambda c: min(km(c, p) for p in area))
            group.reasons.append(f"written as a {unit}: the {unit} in {home}, where the others lie")
            return None
        return (
            f"{group.name!r} is written as a {unit}: its only match, {choice.name} "
            f"({choice.country_code}, {choice.kind}), lies far from the article's places, "
            f"which lie in {home}"
        )

    return drop_groups(groups, doc_id, text, why)


def _state_country(group: Group) -> str | None:
    """The country of the province ``group`` names: its choice, or for a region of the name
    (a state's peninsula, say) the province of that name it outranks."""
    choice = group.choice
    if choice is None:
        return None
    if choice.kind == "admin1":
        return choice.country_code
    if choice.kind == "region":
        units = [c for c in group.candidates if c.kind == "admin1" and not c.fuzzy]
        return max(units, key=lambda c: c.score).country_code if units else None
    return None


def states_among_states(groups: dict[str, Group]) -> None:
    """ "from Xyz into Georgia" in a story of one country's states: a name that is both a
    country and a state of the country the other states lie in is the state, unless the
    article says anything else of that country (a town, a demonym)."""
    for group in groups.values():
        choice = group.choice
        if choice is None or choice.kind != "country":
            continue
        states = {_state_country(g) for g in groups.values() if g is not group} - {None}
        units = [
            c
            for c in group.candidates
            if c.kind == "admin1" and c.country_code in states and not c.fuzzy
        ]
        backed = any(
            g is not group and g.choice is not None and g.choice.country_code == choice.country_code
            for g in groups.values()
        )
        if units and not backed:
            best = max(units, key=lambda c: c.score)
            group.reasons.append(
                f"named among the states of {best.country_code}: the state, not the country"
            )
            group.choice = best


def rehome_homonyms(
    groups: dict[str, Group], doc_id: str, text: str, gaz: GazetteerLike | None = None
) -> list[Unresolved]:
    """The passes of this module: the province's namesake first, then the country's, then
    the units the text names whose entries lie abroad, and names a province's possessive
    places inside it ("Xyz's Abc")."""
    rehome_province_homonyms(groups)
    states_among_states(groups)
    return [
        *rehome_far_homonyms(groups, doc_id, text, gaz),
        *drop_foreign_units(groups, doc_id, text),
        *drop_outside_owners(groups, doc_id, text),
    ]
