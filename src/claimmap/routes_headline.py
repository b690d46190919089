"""A headline's list of ways gives no order: "Migrants deported from Russia in convoys
through Orenburg and Samara" names where the convoys passed, not which came first (the
body tells that: "from Samara … driven on to Orenburg"). A headline movement no claim
tells, with a coordinated list of transit places, keeps only its start and end, so no hop
between the listed places (nor from the start into the first of them) is drawn from the
headline's word order; the body's tellings draw the way.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from claimmap.model import Movement

#: what lies between two places of one list: "A and B", "A, B and C", "A or B"
_LISTED = re.compile(r"\s*(?:,|,?\s*\b(?:and|or)\b)\s*", re.IGNORECASE)
#: the end of a sentence: a headline has none on its line
_ENDS = re.compile(r"[.!?][\"'”’)]?\s*$")


def headline_lists(movements: Sequence[Movement], text: str) -> list[Movement]:
    """``movements`` with the transit list of each headline movement no claim tells
    dropped."""
    line_end = text.find("\n")
    if line_end <= 0 or _ENDS.search(text[:line_end]):
        return list(movements)  # no headline line: a first sentence tells its way in order
    return [
        dataclasses.replace(m, transit=()) if _unclaimed_list(m, line_end, text) else m
        for m in movements
    ]


def _unclaimed_list(m: Movement, line_end: int, text: str) -> bool:
    """Is ``m`` a headline movement no claim tells, with a list of ways? (A headline claim,
    "… via A and B, report says", tells its way as the report gives it.)"""
    return m.trigger.end <= line_end and m.claim_id is None and _listed(m, text)


def _listed(m: Movement, text: str) -> bool:
    """Are two of the movement's transit places told as one list ("through A and B")?"""
    if any(t.other_place_ids for t in m.transit):
        return True
    slots = sorted(m.transit, key=lambda t: t.span.start)
    return any(
        a.span.end <= b.span.start and _LISTED.fullmatch(text[a.span.end : b.span.start])
        for a, b in itertools.pairwise(slots)
    )
