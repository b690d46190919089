"""One convoy told by its parts: "a convoy of trucks is moving across the desert" ...
"the convoy left X on Sunday" ... "the vehicles crossed into Y" ... "the trucks refuelled
near Z". A definite "the convoy", "the vehicles", "the trucks" after a convoy of road
vehicles was named is that convoy, whichever word a later sentence (or live-blog entry)
picks for it, so its one-ended hops join one route.

Split from :mod:`claimmap.routes_groups`, which groups movements by kind of mover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Movement
from claimmap.movement_words import singular

#: words naming a road convoy or the vehicles in it
CONVOY_WORDS = frozenset(
    {"convoy", "column", "truck", "lorry", "vehicle", "pickup", "pick-up", "tanker-truck"}
)
#: a definite reference right before the mover's head ("the convoy", "these vehicles")
_DEFINITE = re.compile(r"\b(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: a convoy named in the text: "a convoy of (some) trucks", "a column of vehicles"
_NAMED = re.compile(
    r"\b(?:convoy|column)s?\s+of\s+(?:[\w-]+\s+){0,3}?(?:trucks|lorries|vehicles|pickups)\b",
    re.IGNORECASE,
)


def _head(m: Movement) -> str | None:
    if m.mover is None:
        return None
    words = re.findall(r"[a-z-]+", m.mover.text.lower())
    if not words:
        return None
    return singular(words[-1])


def convoy_again(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None], text: str
) -> str | None:
    """The group of the convoy told before, when ``m``'s mover is a definite "the convoy",
    "the vehicles" or "the trucks" and the text has named a convoy of road vehicles
    before it; else None (a bare "trucks" may be any trucks)."""
    head = _head(m)
    if head not in CONVOY_WORDS or m.mover is None or not text:
        return None
    if _DEFINITE.search(text[max(0, m.mover.start - 30) : m.mover.start]) is None:
        return None
    if _NAMED.search(text, 0, m.mover.start) is None:
        return None
    for prev in reversed([p for p in movements if p.trigger.start < m.trigger.start]):
        key = keys.get(prev.id)
        if key is not None and _head(prev) in CONVOY_WORDS:
            return key
    return None


def same_convoy(head: str | None, before: set[str]) -> bool:
    """Does a definite mover whose head is ``head`` ("the vehicles") name the convoy told
    before by one of the words in ``before`` ("convoy", "trucks")?"""
    return head in CONVOY_WORDS and any(singular(w) in CONVOY_WORDS for w in before)
