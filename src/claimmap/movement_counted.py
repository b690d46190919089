"""Slots that only count places ("passes through three countries") name none of them.

Split from :mod:`claimmap.movements`, which assembles the movement.
"""

from __future__ import annotations

import dataclasses

from claimmap.model import Movement, PlaceRef

#: words counting a plural: "through three countries", "via several ports"
_COUNTING = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "dozens",
        "several",
        "many",
        "multiple",
        "various",
        "numerous",
        "some",
        "few",
    ]
)


def without_counted(m: Movement, text: str) -> Movement:
    """ "passes through three countries": a slot that resolved to no place and whose words
    count places names none of them, so the movement does not carry it as an empty stop
    (the movement stays, with its mover). Unresolved names and place words ("the border",
    "a strait") stay for the analyst."""

    def counted(ref: PlaceRef | None) -> bool:
        if ref is None or ref.place_id is not None or ref.other_place_ids:
            return False
        before = text[max(0, ref.span.start - 24) : ref.span.start].lower().split()
        return bool(before) and (before[-1].isdigit() or before[-1] in _COUNTING)

    if not any(counted(r) for r in (m.origin, m.destination, *m.transit)):
        return m
    return dataclasses.replace(
        m,
        origin=None if counted(m.origin) else m.origin,
        destination=None if counted(m.destination) else m.destination,
        transit=tuple(t for t in m.transit if not counted(t)),
    )
