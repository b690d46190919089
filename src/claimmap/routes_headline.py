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

from claimmap.model import Leg, Movement, Place
from claimmap.movement_stops import inside

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


def told_finer(
    legs: Sequence[Leg],
    every: Sequence[Leg],
    movements: Sequence[Movement],
    text: str,
    by_id: dict[str, Place],
) -> list[Leg]:
    """The ``legs`` without a headline leg whose end holds the end of a leg of the body
    (among ``every`` leg of the article): "Grain ships leave X for Egypt" over "… before
    reaching the Egyptian port of Y" tells that hop finer (a body movement told the headline's
    hop and the finer leg both), the headline only sums it up. A
    headline claim ("…, officials say") tells its hop as the claim gives it: it stays."""
    line_end = text.find("\n")
    if line_end <= 0 or _ENDS.search(text[:line_end]):
        return list(legs)
    claimed = {m.id for m in movements if m.trigger.start < line_end and m.claim_id}
    body = [leg for leg in every if not _headline(leg, line_end)]
    return [
        leg
        for leg in legs
        if not _headline(leg, line_end)
        or claimed & set(leg.movement_ids)
        or not any(
            k.to_place != leg.to_place
            and inside(by_id[k.to_place], by_id[leg.to_place])
            and set(k.movement_ids) & set(leg.movement_ids)  # the body's telling of it
            for k in body
        )
    ]


def _headline(leg: Leg, line_end: int) -> bool:
    """Is the leg told only in the headline (the claims of body tellings of its hop it may
    have taken tell no finer end: :func:`claimmap.movement_join_legs.claimed_legs`)?"""
    return bool(leg.evidence) and all(span.start < line_end for span in leg.evidence)


def summed_up(legs: Sequence[Leg], text: str) -> list[Leg]:
    """The ``legs`` without a headline leg A → B that the body tells hop by hop: "Tracking
    the X from A to B" over "left A ... transited C ... berthed at D ... arrived off B" is
    the voyage summed up; a straight line A → B would skip the way the body tells."""
    line_end = text.find("\n")
    if line_end <= 0 or _ENDS.search(text[:line_end]):
        return list(legs)
    body = [leg for leg in legs if not _headline(leg, line_end)]
    return [
        leg
        for leg in legs
        if not _headline(leg, line_end) or not _path(leg.from_place, leg.to_place, body)
    ]


def _path(start: str, end: str, legs: Sequence[Leg]) -> bool:
    """Do two or more of ``legs`` lead from ``start`` to ``end``, one after the other?"""
    reached = {start: 0}
    todo = [start]
    while todo:
        here = todo.pop()
        for leg in legs:
            if leg.from_place == here and leg.to_place not in reached:
                reached[leg.to_place] = reached[here] + 1
                todo.append(leg.to_place)
    return reached.get(end, 0) >= 2
