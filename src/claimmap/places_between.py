"""The two ends of "between Xyz and Abc" (a road, a stretch of border or front) lie near each
other. A small town chosen for one end in a country the article never names, hundreds of km
from the other end, is a namesake of a village the gazetteer lacks: a namesake near the other
end is taken, or none (a dot in another country is worse than none).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_groups import countries_named_by_others
from claimmap.places_lexicon import AREA_POINT_KINDS as _POINT_KINDS
from claimmap.places_lexicon import KNOWN_IN_OWN_RIGHT as _KNOWN
from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Ends of one "between" phrase further apart than this are not one road's ends.
BETWEEN_FAR_KM = 200.0
#: Towns this big are meant wherever they lie.
BETWEEN_SMALL_POPULATION = 50_000

_SETTLEMENT = r"(?:the\s+(?:village|town|city|hamlet|settlement)s?\s+of\s+)?"
_BETWEEN = re.compile(rf"\bbetween\s+{_SETTLEMENT}$", re.IGNORECASE)
_AND = re.compile(rf"\s*,?\s+and\s+{_SETTLEMENT}$", re.IGNORECASE)


def between_pairs(toponyms: list[Toponym], text: str) -> list[tuple[Toponym, Toponym]]:
    """ "between Xyz and the village of Abc": the two names, in text order."""
    ordered = sorted(toponyms, key=lambda t: t.start)
    return [
        (a, b)
        for a, b in pairwise(ordered)
        if _AND.fullmatch(text, a.end, b.start)
        and _BETWEEN.search(text, max(0, a.start - 60), a.start)
    ]


def _small_unplaced(group: Group, named: set[str]) -> bool:
    """A small town, not known in its own right, in a country no other name of the article
    names, and nothing in the text tying it to its country."""
    choice = group.choice
    return (
        choice is not None
        and choice.kind == "city"
        and choice.population < BETWEEN_SMALL_POPULATION
        and choice.country_code not in named
        and not any(w in _KNOWN for w in choice.why)
        and not group.qualifiers
        and not any(t.cue_country or t.owner for t in group.toponyms)
    )


def drop_far_between(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "on the road between Xyz and the village of Abc": a small town of one end's name in a
    country the article never names, :data:`BETWEEN_FAR_KM` or more from the other end,
    yields to a namesake near it, or is dropped."""
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    named = countries_named_by_others(groups)
    far_from: dict[str, Group] = {}
    for a, b in between_pairs([t for g in groups.values() for t in g.toponyms], text):
        ga, gb = owner[id(a)], owner[id(b)]
        for one, other in ((ga, gb), (gb, ga)):
            there = other.choice
            if one is other or there is None or there.kind not in _POINT_KINDS:
                continue
            mine = one.choice
            if mine and _small_unplaced(one, named[one.key]) and km(mine, there) >= BETWEEN_FAR_KM:
                far_from[one.key] = other

    def why(group: Group) -> str | None:
        other = far_from.get(group.key)
        choice, there = group.choice, other.choice if other else None
        if other is None or choice is None or there is None:
            return None
        near = [c for c in group.candidates if not c.fuzzy and km(c, there) < BETWEEN_FAR_KM]
        if near:
            best = max(near, key=lambda c: c.score)
            group.reasons.append(
                f"named with {other.name} as the ends of one stretch: {best.name} "
                f"({best.country_code}) near it over {choice.name} ({choice.country_code})"
            )
            group.choice = best
            return None
        return (
            f"{group.name!r}: named with {other.name} as the ends of one stretch, but its best "
            f"match, {choice.name} ({choice.country_code}), in a country the text does not "
            f"name, lies {km(choice, there):,.0f} km from it"
        )

    return drop_groups(groups, doc_id, text, why)
