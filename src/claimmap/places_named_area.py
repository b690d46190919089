"""An article whose every town and province lies in countries it names has said where it
happens, even when that is two countries (a border story: "from Zahedan through the Xyz
crossing to Zaranj" between Iran and Afghanistan) and no one country holds most of the
places. A small town of a third country, which the text never names, far from every one of
those places is a namesake of a place the gazetteer lacks (a crossing, a village): its
namesake inside the named countries wins, or the name stays unresolved with the reason.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from claimmap.places_cluster import unqualified_town
from claimmap.places_distance import km
from claimmap.places_groups import countries_named_by_others
from claimmap.places_lexicon import AREA_POINT_KINDS as _POINT_KINDS
from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_scoring import Group

#: Towns this big are meant wherever they lie (a story names a foreign city in passing).
NAMED_AREA_SMALL_POPULATION = 100_000
#: Places (towns, provinces) besides the name's own the area needs before it decides.
NAMED_AREA_MIN_POINTS = 3
#: A town this far from every place of the named countries lies outside the story.
NAMED_AREA_FAR_KM = 1_000.0


def _points(groups: dict[str, Group]) -> dict[str, Candidate]:
    """Group key → the town or province the name resolves to (not demonyms, not countries:
    a country's centre says nothing of where its towns are)."""
    return {
        key: g.choice
        for key, g in groups.items()
        if not key.startswith("demonym:") and g.choice is not None and g.choice.kind in _POINT_KINDS
    }


def drop_outside_named_area(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """A small town in a country the article never names, :data:`NAMED_AREA_FAR_KM` from
    every other town and province of the article, when those all lie in countries it names
    (at least :data:`NAMED_AREA_MIN_POINTS` of them): its namesake there, or unresolved."""
    named = countries_named_by_others(groups)
    points = _points(groups)
    # the countries of the points, counted once: linear in the names, however long the text
    held = Counter(p.country_code for p in points.values())

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or not unqualified_town(group, NAMED_AREA_SMALL_POPULATION):
            return None
        countries = named[group.key]
        if choice.country_code in countries:
            return None
        own = points.get(group.key)
        others = held - Counter([own.country_code] if own else [])
        if sum(others.values()) < NAMED_AREA_MIN_POINTS or any(c not in countries for c in others):
            return None
        far = min(km(choice, p) for k, p in points.items() if k != group.key)
        if far < NAMED_AREA_FAR_KM:
            return None
        area = sorted(c for c in others if c)
        inside = [c for c in group.candidates if c.country_code in area and not c.fuzzy]
        if inside:
            best = max(inside, key=lambda c: c.score)
            group.reasons.append(
                f"the article's places lie in {', '.join(area)}, which it names: "
                f"{best.name} ({best.country_code}) over the namesake {choice.name} "
                f"({choice.country_code})"
            )
            group.choice = best
            return None
        return (
            f"{group.name!r}: its best match, {choice.name} ({choice.country_code}), is a small "
            f"town {far:,.0f} km from the article's places, which lie in {', '.join(area)}, "
            f"countries the article names (it never names {choice.country_code})"
        )

    return drop_groups(groups, doc_id, text, why)
