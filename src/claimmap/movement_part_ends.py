"""An end told as a part of an area ("bound for northern Europe", "into southern Syria")
holds no start lying on the other side of it: a ship leaving Algeciras for northern Europe
leaves the south of Europe for its north, a hop the map should draw, not a stop inside the
place it enters (:func:`claimmap.movement_stops.entries`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Movement, Place

#: the part's side: (axis, sign) with axis 0 latitude, 1 longitude
_PARTS = {
    "northern": (0, 1),
    "southern": (0, -1),
    "eastern": (1, 1),
    "western": (1, -1),
    "north": (0, 1),
    "south": (0, -1),
    "east": (1, 1),
    "west": (1, -1),
}


def _part(m: Movement, text: str) -> tuple[int, int] | None:
    end = m.destination
    if end is None:
        return None
    words = text[max(0, end.span.start - 12) : end.span.start].lower().split()
    return _PARTS.get(words[-1]) if words else None


def part_ends(ms: Sequence[Movement], by_id: dict[str, Place], text: str) -> frozenset[str]:
    """Ends of ``ms`` told as a side of an area ("northern Europe") whose movement sets off
    on the other side of that area's point: such an end does not hold the start."""
    out: set[str] = set()
    for m in ms:
        side = _part(m, text)
        end, start = m.destination, m.origin
        if side is None or end is None or start is None:
            continue
        if end.place_id not in by_id or start.place_id not in by_id:
            continue
        area, there = by_id[end.place_id], by_id[start.place_id]
        axis, sign = side
        at = (there.lat, there.lon)[axis] - (area.lat, area.lon)[axis]
        if at * sign < 0:
            out.add(area.id)
    return frozenset(out)
