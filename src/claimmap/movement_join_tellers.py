"""Where people set off, told by tellers who live there.

"Residents of T said many families had left for Y": the families are the tellers'
neighbours, so they left from T. Only for movers that are people of a place (families,
residents, villagers) and tellers who are its people too ("residents of T", "villagers in
T"); soldiers or aid told of by residents came from elsewhere.

Used by :mod:`claimmap.movement_join_last` for movements that name only an end.
"""

from __future__ import annotations

import re

from claimmap.model import Movement
from claimmap.movement_join_context import LegContext, tellers_place

#: the movers that are people of a place
_PEOPLE = frozenset(
    [
        "family",
        "resident",
        "villager",
        "inhabitant",
        "household",
        "local",
        "people",
        "civilian",
        "townspeople",
        "townsfolk",
        "neighbour",
        "neighbor",
    ]
)
#: tellers who are the people of a place: "Residents of T", "villagers in T"
_TELLERS = re.compile(
    r"^(?:(?:the|some|several|many|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+)?"
    r"(?:residents|villagers|inhabitants|locals|people|families|elders|townspeople)\s+"
    r"(?:of|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_KINDS = frozenset({"city", "admin1", "admin2"})


def tellers_home(m: Movement, ctx: LegContext) -> str | None:
    """The town the tellers of ``m`` live in, when ``m``'s movers are people of a place
    and the tellers are its people ("Residents of T said families had left for Y")."""
    if m.mover is None or m.mood != "made" or not _people(m.mover.text):
        return None
    return tellers_place(m, ctx, _KINDS, _TELLERS)


def _people(mover: str) -> bool:
    """Is the mover phrase's head a word for people of a place ("many families")?"""
    words = mover.lower().split()
    if not words:
        return False
    head = words[-1]
    single = head[:-3] + "y" if head.endswith("ies") else head.rstrip("s")
    return head in _PEOPLE or single in _PEOPLE
