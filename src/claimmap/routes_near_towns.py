"""A stop told as a common-noun place near a named town ("waved across the Russian border
near Petropavl", "held at a checkpoint outside Kordai") is that town for the route: the
border or checkpoint has no point of its own (or resolves to a whole country), and the
town is where the movers passed. Only a slot ending in a place noun (border, checkpoint,
camp, port…) reaches over the town; "crossed into Kazakhstan near X" keeps its country.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement, Place, PlaceRef
from claimmap.movement_words import LOCATION_NOUNS

#: "near X", "outside X", "close to the town of X" right after the slot
_NEAR = re.compile(
    r"\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:town|city|village)\s+of\s+)?", re.IGNORECASE
)
#: kinds of place a stop may be read as: a town, a port, a crossing
_TOWNS = frozenset({"city", "facility"})


def near_towns(m: Movement, places: Sequence[Place], text: str) -> Movement:
    """``m`` with each common-noun stop told near a named town read as that town."""
    slots = (m.origin, *m.transit, m.destination)
    if not any(s is not None and _NEAR.match(text, s.span.end) for s in slots):
        return m  # the usual case: nothing told near
    starts = {mention.start: p.id for p in places if p.kind in _TOWNS for mention in p.mentions}
    by_id = {p.id: p for p in places}
    origin = _town(m.origin, starts, by_id, text)
    transit = tuple(t for ref in m.transit if (t := _town(ref, starts, by_id, text)) is not None)
    dest = _town(m.destination, starts, by_id, text)
    return dataclasses.replace(m, origin=origin, transit=transit, destination=dest)


def _town(
    ref: PlaceRef | None, starts: dict[int, str], by_id: dict[str, Place], text: str
) -> PlaceRef | None:
    if ref is None or not (near := _NEAR.match(text, ref.span.end)):
        return ref
    words = text[ref.span.start : ref.span.end].lower().split()
    town = starts.get(near.end())
    if not words or words[-1] not in LOCATION_NOUNS or town is None:
        return ref
    if ref.place_id is not None and by_id[ref.place_id].kind in _TOWNS:
        return ref  # a town of its own: "the port of X near Y" keeps X
    return dataclasses.replace(ref, place_id=town, other_place_ids=())
