"""Where goods told as made somewhere set off: "The pills had been pressed in workshops
near X, the official said. They were trucked to Y" (X → Y).

A movement with an end but no start whose movers are goods the text (just before) tells
as made, pressed, refined or grown at a place ("the rifles were assembled in X", "the
cocaine had been processed at labs near X") set off from that place: that is where the
goods were before they moved. The goods are the movement's own mover span (the words a
"they" was read back to, in a sentence before), so the making is told of these very
goods, not of others; a making told in the trigger's own sentence is read with its slots.

Read by :mod:`claimmap.routes` before the movements are grouped; cheap: only a movement
with an end and no start, looked at in the few words after its mover.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement, Place, PlaceRef
from claimmap.movement_stops import inside

#: "<goods> had been pressed", "<goods> were made": a making told of the goods
_MADE = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:been|were|was|are|is)\s+(?:\w+ly\s+)?"
    r"(?:pressed|produced|manufactured|made|cooked|refined|processed|grown|cultivated|"
    r"assembled|built|mined|packed|packaged|synthesi[sz]ed|printed)\b",
    re.IGNORECASE,
)
#: the words from the making verb to the place where it was done: "in workshops near"
_WHERE = re.compile(r"^\s+(?:in|at|near|inside)\b[^.;:\"]{0,50}$", re.IGNORECASE)
#: a sentence's end (the making must be told in the sentence just before the movement's)
_ENDS = re.compile(r"[.!?][\"\u201d\u2019']?\s")
#: how far after the making verb the place may be told (characters)
_REACH = 60


def made_start(m: Movement, places: Sequence[Place], text: str) -> Movement:
    """``m`` with its start where its goods were told as made, when it names no start, is
    told as made and the making is told right after its mover's words; else ``m``."""
    if m.origin is not None or m.destination is None or m.mover is None or m.negated:
        return m
    if m.mood != "made" or m.destination.place_id is None or m.sentence is None:
        return m
    if m.mover.end > m.sentence.start:
        return m  # "pressed near X and driven to Y": read with the trigger's own slots
    made = _MADE.match(text, m.mover.end, m.mover.end + 60)
    if made is None or len(_ENDS.findall(text, made.end(), m.sentence.start)) > 1:
        return m  # told of goods made two sentences back, the stretch before goes on
    end = next((p for p in places if p.id == m.destination.place_id), None)
    told = sorted(
        (
            (mention.start, mention, place)
            for place in places
            for mention in place.mentions
            if made.end() < mention.start <= made.end() + _REACH
        ),
        key=lambda found: found[0],
    )
    for _, mention, place in told:
        if not _WHERE.match(text[made.end() : mention.start]):
            return m  # the first place told after the making is not where it was done
        if end is not None and (place.id == end.id or inside(end, place)):
            return m  # "made in X" and "moved to a town in X": no start apart from it
        return dataclasses.replace(m, origin=PlaceRef(mention, place.id))
    return m
