"""Compass regions: "the Northeast", "the South-West" as a part of the article's country.

A point between the compass points written as a name is, in most stories, a region of
the country the story is about ("snow battered the Northeast", US), which the gazetteer
does not hold. It only holds provinces so named somewhere (Northeast, Iceland; North West,
South Africa; South-West, Cameroon). Such a province is meant when the article names its
country, or towns of it; otherwise the name is left unresolved, with that reason, rather
than put on the map in a country the story never mentions. A town that has the name only
as another spelling ("Northeast" for North East, Maryland) is never meant.
"""

from __future__ import annotations

from claimmap.model import Unresolved
from claimmap.places_evidence import COMPASS, COMPASS_POINTS
from claimmap.places_groups import Group, countries_named_by_others
from claimmap.places_scoring import drop_groups
from claimmap.places_vetoes import countries_of_towns

_BETWEEN = COMPASS_POINTS - COMPASS
_UNIT_KINDS = frozenset({"admin1", "admin2", "city"})


def drop_foreign_compass_points(
    groups: dict[str, Group], doc_id: str, text: str
) -> list[Unresolved]:
    """Leave unresolved a compass region resolved to a province or town of a country the
    article does not name (module docstring)."""
    named = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or group.name.lower() not in _BETWEEN
            or choice.kind not in _UNIT_KINDS
            or not choice.country_code
            or any(t.form != "name" for t in group.toponyms)
        ):
            return None
        if choice.kind == "city" and choice.name.lower() != group.name.lower():
            return (
                f"{group.name!r} reads as a compass region; only the town {choice.name} "
                f"({choice.country_code}) has it as another spelling"
            )
        countries = named[group.key] | countries_of_towns(groups, group)
        if choice.country_code in countries:
            return None
        return (
            f"{group.name!r} reads as a compass region of the story's country; the gazetteer "
            f"holds only {choice.name} ({choice.country_code}), a country the article does not name"
        )

    return drop_groups(groups, doc_id, text, why)
