"""Partitive movers go on from the movement told of the whole: "Four deportation flights
landed in X and Y over the past week." then "Two of the flights departed from A and one
from B": the parts' starts are told, their end is the one told of all the flights. When
that end is a list ("in X and Y"), nothing says which part went where: the parts end in
the country that holds the whole list, unless a later sentence sends one vehicle to one of
them ("The fourth plane ... was diverted to Y"), which takes Y away from the others.

Called at the end of :mod:`claimmap.movements` on the article's movements.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement, Place, PlaceRef
from claimmap.movement_halves import craft

#: "Two of the flights", "most of these planes": a part of movers told of before
_PART_OF = re.compile(r"\b(?:\w+|\d[\d,]*)\s+of\s+(?:the|these|those)\s+(?:\w+\s+)?$", re.I)
#: how far back (characters) the movement of the whole may be told
_NEAR_CHARS = 600


def partitive_ends(
    movements: Sequence[Movement], text: str, places: Sequence[Place] = ()
) -> list[Movement]:
    """Each movement of a part of movers ("Two of the flights departed from A") with a start
    and no end, given the end of the movement of the whole told just before (see module
    doc); the gapped parts read with it ("and one from B") share its movers' words."""
    out = list(movements)
    for k, m in enumerate(out):
        if m.origin is None or m.destination is not None or m.mover is None:
            continue
        if m.origin.place_id is None or not _a_part(m, movements, text):
            continue
        whole = _whole(m, out[:k], text)
        if whole is not None:
            out[k] = dataclasses.replace(m, destination=_shared_end(whole, out, text, places))
    return out


def _shared_end(
    whole: Movement, movements: Sequence[Movement], text: str, places: Sequence[Place]
) -> PlaceRef | None:
    """The end a part of ``whole``'s movers reached: the whole's end when it is one place;
    of a list, what is left once the ends later told of one vehicle are taken away, and
    of two or more left, the country holding them all (None if the article names none)."""
    end = whole.destination
    assert end is not None and end.place_id is not None
    ids = [end.place_id, *end.other_place_ids]
    if len(ids) == 1:
        return end
    taken = {i for o in movements if (i := _one_vehicle_end(o, whole, ids, text)) is not None}
    left = [i for i in ids if i not in taken] or ids
    if len(left) == 1:
        return PlaceRef(end.span, left[0])
    by_id = {p.id: p for p in places}
    codes = {by_id[i].country_code if i in by_id else None for i in left}
    (code,) = codes if len(codes) == 1 else (None,)
    country = next((p for p in places if p.kind == "country" and p.country_code == code), None)
    if code is None or country is None or country.id in left:
        return None
    return PlaceRef(end.span, country.id)


def _one_vehicle_end(o: Movement, whole: Movement, ids: list[str], text: str) -> str | None:
    """The one end of ``ids`` a later movement sends a single vehicle of the same kind to
    ("The fourth plane ... was diverted to Y" after "Four flights landed in X and Y")."""
    if o.negated or o.mood != "made" or o.mover is None or whole.mover is None:
        return None
    if o.destination is None or o.destination.other_place_ids:
        return None
    if o.destination.place_id not in ids or o.trigger.start <= whole.trigger.end:
        return None
    if o.trigger.start - whole.trigger.end > _NEAR_CHARS:
        return None
    words = text[o.mover.start : o.mover.end].split()
    if not words or words[-1].lower().endswith("s"):
        return None  # "the other flights": more than one vehicle
    noun, kind = _head_word(words[-1]), _head_word(text[whole.mover.start : whole.mover.end])
    return o.destination.place_id if noun == kind or (craft(noun) and craft(kind)) else None


def _a_part(m: Movement, movements: Sequence[Movement], text: str) -> bool:
    """Is the mover told as a part ("Two of the flights")? A gapped part ("and one from
    B") is read with the same mover words as the first part's movement."""
    assert m.mover is not None
    lead = text[max(0, m.mover.start - 30) : m.mover.start]
    if _PART_OF.search(lead):
        return True
    return any(
        o is not m
        and o.mover == m.mover
        and o.trigger == m.trigger
        and _PART_OF.search(text[max(0, o.mover.start - 30) : o.mover.start])
        for o in movements
        if o.mover is not None
    )


def _whole(m: Movement, before: Sequence[Movement], text: str) -> Movement | None:
    """The latest earlier movement, in a sentence before, of movers named by the same noun
    ("Four deportation flights"), with an end and no start of its own."""
    assert m.mover is not None and m.sentence is not None
    noun = _head_word(text[m.mover.start : m.mover.end])
    for o in reversed(before):
        if o.sentence is None or o.sentence.start >= m.sentence.start:
            continue
        if m.sentence.start - o.sentence.end > _NEAR_CHARS:
            return None
        if o.mover is None or _head_word(text[o.mover.start : o.mover.end]) != noun:
            continue
        if o.origin is None and o.destination is not None and o.destination.place_id:
            return o
    return None


def _head_word(words: str) -> str:
    """The last word of a mover phrase, lower case, without a plural "s"."""
    last = words.split()[-1].lower() if words.split() else ""
    return last[:-1] if last.endswith("s") else last
