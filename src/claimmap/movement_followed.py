"""A route followed by movers told in the same sentence: "a second column of 20 trucks left
X on Friday and is following the same route through Y". The noun "route" is read as a
movement of its own with no mover and no start; it is the trucks' way on from X, so it
takes the mover, start and claim of the movement its verb is coordinated with.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement

#: the words between the movers' own movement and the route they went on along
_FOLLOWING = re.compile(
    r"\band\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?"
    r"(?:follow(?:s|ed|ing)?|tak(?:es|ing)|took|us(?:es|ed|ing))\s+"
    r"(?:the|a|that|this)\s+(?:same\s+|usual\s+|well-worn\s+)?$",
    re.IGNORECASE,
)
_WAY_NOUNS = frozenset({"route", "road", "path", "corridor", "track", "trail"})


def followed_routes(movements: Sequence[Movement], text: str) -> list[Movement]:
    """``movements`` with each route noun followed by movers of a movement told just
    before it in its sentence given that movement's mover, start and claim."""
    out = list(movements)
    for n, m in enumerate(out):
        if m.mover is not None or m.origin is not None or n == 0:
            continue
        if m.trigger.text.lower() not in _WAY_NOUNS:
            continue
        prev = out[n - 1]
        if prev.sentence != m.sentence or prev.mover is None or prev.origin is None:
            continue
        if not _FOLLOWING.search(text, prev.trigger.end, m.trigger.start):
            continue
        out[n] = dataclasses.replace(
            m,
            mover=prev.mover,
            origin=prev.origin,
            claim_id=m.claim_id or prev.claim_id,
            quantity=prev.quantity,
            date=m.date or prev.date,
            date_precision=m.date_precision if m.date else prev.date_precision,
            date_span=m.date_span or prev.date_span,
        )
    return out
