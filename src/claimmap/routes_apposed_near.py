"""A place told only to locate another stop is no stop: "transferred to vessels off X, close
to the Kenyan border", "taken to a camp at Y, near the Z frontier". The phrase after the
comma says where X lies; read as the movement's end it drew a hop from X into the
neighbouring country, which no one said the movers entered.

Only a proximity phrase set off by a comma right after another slot of the same movement is
read so; "moved close to the border" (no stop before it) keeps the border as its end.
"""

from __future__ import annotations

import dataclasses
import re

from claimmap.model import Movement, PlaceRef

#: ", close to the", ", near", ", not far from the" between a stop and the slot
_NEAR = re.compile(
    r"^\s*,\s*(?:close\s+to|near(?:\s+to)?|not\s+far\s+from|next\s+to|just\s+(?:off|outside))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def without_apposed_near(m: Movement, text: str) -> Movement:
    """``m`` less its transit or end slots that only locate the slot told before them."""
    slots = [s for s in (m.origin, *m.transit, m.destination) if s is not None]
    if len(slots) < 2:
        return m
    end = m.destination
    if end is not None and _locates(end, slots, text):
        end = None
    ways = tuple(t for t in m.transit if not _locates(t, slots, text))
    if end is m.destination and len(ways) == len(m.transit):
        return m
    return dataclasses.replace(m, destination=end, transit=ways)


def _locates(ref: PlaceRef, slots: list[PlaceRef], text: str) -> bool:
    """Does ``ref`` follow another slot as ", close to the ..." (an apposition)?"""
    for other in slots:
        if other is ref or other.span.end > ref.span.start:
            continue
        if ref.span.start - other.span.end <= 24 and _NEAR.match(
            text[other.span.end : ref.span.start]
        ):
            return True
    return False
