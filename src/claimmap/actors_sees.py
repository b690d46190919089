"""Where a diocese sits: in the town it is named after, not in its country's capital.

"The Orthodox Diocese of Kotor" is seated in Kotor; a double name ("Ras-Kotor") in one
of its towns, the last one first; a see the gazetteer lacks leaves it unplaced.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.actors import Seat
    from claimmap.model import Actor

#: A church's territory, named after its see: "the Diocese of Kotor", "Eparchy of Ras".
_SEE = re.compile(r"\b(?:arch)?(?:diocese|eparchy|bishopric|archeparchy)\b(?: of)?\s+(.+)$", re.I)


def see_seat(actor: Actor) -> Seat | None:
    """A diocese sits in the town it is named after (or, for a double name, "Ras-Kotor",
    one of them); its country's capital is no seat of it: unplaced when no part is a town."""
    from claimmap.actors import Seat, gazetteer_seat, locate_jurisdiction

    m = _SEE.search(actor.name)
    if m is None:
        return None
    label = m[1].strip()
    for part in [label, *reversed(label.split("-"))]:
        place = locate_jurisdiction(part, actor.country_code, "city")
        if place is not None and place.kind == "city":
            reason = f"a diocese sits in the town it is named after, {place.name}"
            return gazetteer_seat(actor, place, "city", reason)
    return Seat.unplaced(
        actor.name,
        f"a diocese sits in its see {label!r}, which the gazetteer does not hold; "
        "its country's capital is not its seat",
    )
