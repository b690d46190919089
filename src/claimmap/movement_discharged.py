"""Where the crafts a cargo was handed to set off: "Off Z, the cargoes were transferred to
other tankers." then "Those vessels discharged at X": the tankers took the cargo on at Z,
so their voyage to X began there.

Called at the end of :mod:`claimmap.movements` on the article's movements.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement, PlaceRef

#: "Those vessels", "these tankers", "the ships": crafts told of before
_TOLD_CRAFTS = re.compile(
    r"\b(those|these|the)\s+(vessels?|tankers?|ships?|carriers?|barges?|freighters?)$", re.I
)
_UNLOAD_STEMS = ("discharg", "unload", "offload")
_HANDOVER_STEMS = ("transfer", "transship", "tranship")
#: how far back (characters) the handover may be told
_NEAR_CHARS = 400


def handed_on_starts(movements: Sequence[Movement], text: str) -> list[Movement]:
    """Each unloading of crafts told of before, with no start, given the place of the
    handover told just before it as its start (see module doc)."""
    out = list(movements)
    for k, m in enumerate(out):
        if m.origin is not None or m.mover is None or m.sentence is None:
            continue
        if not text[m.trigger.start : m.trigger.end].lower().startswith(_UNLOAD_STEMS):
            continue
        if not _TOLD_CRAFTS.search(text[max(0, m.mover.start - 12) : m.mover.end]):
            continue
        start = _handover(m, out[:k], text)
        if start is not None:
            out[k] = dataclasses.replace(m, origin=start)
    return out


def _handover(m: Movement, before: Sequence[Movement], text: str) -> PlaceRef | None:
    """The resolved place of the latest handover ("transferred ... off Z") told shortly
    before ``m``'s sentence."""
    assert m.sentence is not None
    for o in reversed(before):
        if o.sentence is None or m.sentence.start - o.sentence.end > _NEAR_CHARS:
            return None
        if not text[o.trigger.start : o.trigger.end].lower().startswith(_HANDOVER_STEMS):
            continue
        at = [r for r in (*o.transit, o.destination) if r is not None and r.place_id]
        if at:
            return at[-1]
    return None
