"""The state a dependency's offices belong to.

An overseas department or territory the gazetteer keeps under a code of its own (Mayotte
"YT", Reunion "RE") is no state: it has no ministries and no capital of a state. A
ministry the text places there by its towns ("the interior ministry said" in a story filed
from Mamoudzou) is the sovereign's, whose capital seats it. The sovereign is read from
the gazetteer: the state whose own subdivision bears the dependency's name, or whose
subdivision the article names beside the dependency's towns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.model import Place

#: Kinds of a state's own units a dependency may also be entered as.
_UNITS = frozenset({"admin1", "admin2", "disputed"})
#: How near a state's unit must lie to a dependency's town to hold it.
_NEAR_KM = 150.0


def sovereign(code: str | None, places: Sequence[Place] = ()) -> str | None:
    """``code``, or the state it depends on where the gazetteer holds no state of that
    code ("YT" of a story on Mamoudzou and Mayotte → "FR")."""
    from claimmap.errors import GazetteerError
    from claimmap.gazetteer import default_gazetteer
    from claimmap.gazetteer_rank import haversine_km

    if not code:
        return code
    try:
        gaz = default_gazetteer()
        if gaz.country(code) is not None:
            return code
        ours = [p for p in places if p.country_code == code]
        for place in ours:  # "Réunion": also a French unit of that name
            for c in gaz.lookup(place.name, limit=10, fuzzy=False):
                other = c.country_code
                if c.kind in _UNITS and other not in (None, code) and gaz.country(other):
                    return other
    except GazetteerError:
        return code
    for place in ours:  # "Mamoudzou" beside "Mayotte", a French unit around it
        for unit in places:
            other = unit.country_code
            if unit.kind not in _UNITS or other in (None, code) or gaz.country(other) is None:
                continue
            if haversine_km((place.lat, place.lon), (unit.lat, unit.lon)) <= _NEAR_KM:
                return other
    return code
