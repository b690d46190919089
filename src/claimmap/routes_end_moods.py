"""An inferred hop is told in the mood of the tellings that put the movers at its end.

"Syrians are returning from Lebanon" (made) and "they will go on to Homs" (meant) infer
the hop Lebanon → Homs; the first telling only says where they came from, so merging it
must not make the meant arrival at Homs a journey made.

Split from :mod:`claimmap.routes`, which wires the route stages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from claimmap.model import Leg, Movement
from claimmap.movement_hops import surest
from claimmap.movement_stops import slot_ids


def end_told_moods(
    legs: list[Leg], movements: Sequence[Movement], canon: dict[str, str]
) -> list[Leg]:
    """Each inferred leg in the surest mood of its movements that end at its end."""
    out: list[Leg] = []
    for leg in legs:
        behind = [m for m in movements if m.id in leg.movement_ids]
        ends = [m.mood for m in behind if leg.to_place in slot_ids(m.destination, canon)]
        if leg.status == "inferred" and ends and (told := surest(ends)) != leg.mood:
            leg = dataclasses.replace(leg, mood=told)
        out.append(leg)
    return out
