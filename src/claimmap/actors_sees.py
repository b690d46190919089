"""Where a diocese sits: in the town it is named after, not in its country's capital.

"The Orthodox Diocese of Kotor" is seated in Kotor; a double name ("Ras-Kotor") in one
of its towns, the last one first (merged sees keep the later-named town as the bishop's
residence); a see the gazetteer lacks leaves it unplaced. A church's nationality is not
its see's country ("the Serbian Orthodox Diocese of Ras-Kotor" may sit in Montenegro): a
town of the actor's country is preferred, but a sizeable town of that name elsewhere is
the see when the actor's country has none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.actors import Seat
    from claimmap.model import Actor

#: A church's territory, named after its see: "the Diocese of Kotor", "Eparchy of Ras".
_SEE = re.compile(r"\b(?:arch)?(?:diocese|eparchy|bishopric|archeparchy)\b(?: of)?\s+(.+)$", re.I)

#: The least population of a see outside the actor's country (not a namesake village).
_TOWN_ABROAD = 20_000


def see_seat(actor: Actor) -> Seat | None:
    """A diocese sits in the town it is named after (or, for a double name, "Ras-Kotor",
    one of them); its country's capital is no seat of it: unplaced when no part is a town."""
    from claimmap.actors_seat import Seat, gazetteer_seat, locate_jurisdiction

    m = _SEE.search(actor.name)
    if m is None:
        return None
    label = m[1].strip()
    for part in [label, *reversed(label.split("-"))]:
        place = locate_jurisdiction(part, actor.country_code, "city")
        if (place is None or place.kind != "city") and actor.country_code:
            place = locate_jurisdiction(part, None, "city")  # a see across a border
            if place is not None and (place.population or 0) < _TOWN_ABROAD:
                place = None
        if place is not None and place.kind == "city":
            reason = f"a diocese sits in the town it is named after, {place.name}"
            return gazetteer_seat(actor, place, "city", reason)
    return Seat.unplaced(
        actor.name,
        f"a diocese sits in its see {label!r}, which the gazetteer does not hold; "
        "its country's capital is not its seat",
    )
