"""A hop between two border crossings told apart is inferred, not stated. "A lorry crossed
into A at X." "The lorry later crossed into B at Y": each sentence tells a crossing at a
point of its own; none tells the road between the two posts. Joining the two tellings by
their mover makes a leg X → Y that no sentence states, so it is marked *inferred* (drawn
dashed), as two halves of a journey told apart are (:mod:`claimmap.movement_halves`).

Read by :mod:`claimmap.routes_legs`, which pairs the stops of a journey into legs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Movement, PlaceRef
from claimmap.movement_stops import slot_ids

#: verbs of crossing a border at a point: "crossed at X", "entered Y at X", "re-entered"
_CROSSING_STEMS = ("cross", "enter", "re-enter", "reenter")

#: the words right before a crossing point: "at X", "at the X crossing", "near X"
_AT_POINT = re.compile(r"\b(?:at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AT_WORD = re.compile(r"\b(?:at|near)\s", re.IGNORECASE)


def crossings_joined(
    ms: Sequence[Movement], a: str, b: str, canon: dict[str, str], text: str
) -> bool:
    """Is the hop a → b of a journey told by ``ms`` only the join of two crossings told in
    other sentences: no movement names both ends, every one naming ``a`` crossed at ``a``,
    every one naming ``b`` crossed at ``b``, and none of the first shares a sentence with
    one of the second?"""
    if not text:
        return False
    at_a = [m for m in ms if a in _named(m, canon)]
    at_b = [m for m in ms if b in _named(m, canon)]
    if not at_a or not at_b or set(map(id, at_a)) & set(map(id, at_b)):
        return False
    if not all(crossed_at(m, a, canon, text) for m in at_a):
        return False
    if not all(crossed_at(m, b, canon, text) for m in at_b):
        return False
    return not {m.sentence for m in at_a} & {m.sentence for m in at_b}


def crossed_at(m: Movement, place: str, canon: dict[str, str], text: str) -> bool:
    """Does ``m`` tell a crossing made at ``place`` ("crossed into A at X", "entered at the
    X crossing", "crossed the border at X")?"""
    if not text[m.trigger.start : m.trigger.end].lower().startswith(_CROSSING_STEMS):
        return False
    return any(_at_point(m, ref, text) for ref in _refs(m) if place in slot_ids(ref, canon))


def _at_point(m: Movement, ref: PlaceRef, text: str) -> bool:
    """Is the place told as where the crossing was made: "at X", "near X", or a slot whose
    own words say so ("the border at X")?"""
    if _AT_POINT.search(text[max(m.trigger.end, ref.span.start - 30) : ref.span.start]):
        return True
    return bool(_AT_WORD.search(ref.span.text))


def _refs(m: Movement) -> list[PlaceRef]:
    return [ref for ref in (m.origin, *m.transit, m.destination) if ref is not None]


def _named(m: Movement, canon: dict[str, str]) -> set[str]:
    return {p for ref in _refs(m) for p in slot_ids(ref, canon)}
