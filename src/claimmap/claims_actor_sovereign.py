"""The state a dependency's offices belong to.

An overseas department or territory the gazetteer keeps under a code of its own (Mayotte
"YT", Reunion "RE") is no state: it has no ministries and no capital of a state. A
ministry the text places there by its towns ("the interior ministry said" in a story filed
from Mamoudzou) is the sovereign's, whose capital seats it. The sovereign comes from the
same table that lets a territory and its state hold each other's places
(:data:`claimmap.places_islands.SOVEREIGN`).
"""

from __future__ import annotations

from claimmap.places_islands import SOVEREIGN


def sovereign(code: str | None) -> str | None:
    """``code``, or the state it depends on where the gazetteer holds no state of that
    code ("YT" of a story on Mamoudzou and Mayotte → "FR")."""
    from claimmap.errors import GazetteerError
    from claimmap.gazetteer import default_gazetteer

    if not code:
        return code
    try:
        if default_gazetteer().country(code) is not None:
            return code
    except GazetteerError:
        return code
    return SOVEREIGN.get(code, code)
