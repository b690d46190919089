"""When a leg was travelled: the days its movements' dates span.

A leg is dated by the movements that tell one of its ends (a slot resolving to the place it
leaves or reaches), not by every movement of its route: in "sailed from A across B and
passed C on Saturday; it reappeared off D on Monday", A → B → C is Saturday's and C → D
runs from Saturday to Monday. When the movements telling its ends are undated, one telling
a place holding an end dates it ("landed on the coast of X province on Tuesday" for the leg
to a town of X), else the dated ones told in the same sentence lend their date ("sailed
from A and passed C on Saturday"); a leg no movement of which tells an end keeps the
dates of all of them.

A movement's date stands for a window as wide as its precision (a week from its Monday,
a month from its first day, a year from 1 January), so a leg runs from the first day of
its earliest movement's window to the last day of its latest one's, and carries the
coarsest precision among them: a leg told "last week" and "on Tuesday" is dated to the
week. Undated movements leave the leg's dates as they are; with none dated a leg has no
dates (an interval like timemap's start/end, precision like ACLED's ``time_precision``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta

from claimmap.model import DatePrecision, Leg, Movement, Place
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_date_ranges import span_end

#: Precisions from the finest; "unknown" dates nothing.
_COARSER: tuple[DatePrecision, ...] = ("day", "week", "month", "year")


#: a sentence's end between two triggers: "... on Saturday. It ..."
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def dated_legs(
    legs: Sequence[Leg],
    movements: Sequence[Movement],
    canon: dict[str, str] | None = None,
    text: str = "",
    places: dict[str, Place] | None = None,
) -> list[Leg]:
    """``legs`` with the span of their movements' dates (see module doc); without ``canon``
    every movement of a leg dates it."""
    by_id = {m.id: m for m in movements}
    out = []
    for leg in legs:
        behind = [m for mid in leg.movement_ids if (m := by_id.get(mid)) is not None]
        if canon is not None:
            behind = _own(leg, behind, canon, places or {}, text)
        dated = [
            (m.date, m.date_precision, m)
            for m in behind
            if m.date is not None and m.date_precision in _COARSER
        ]
        if not dated:
            out.append(leg)
            continue
        start = min(d for d, _, _ in dated)
        # "between June and November": on to the end of the span's last month
        end = max(span_end(m) or window_end(d, p) for d, p, m in dated)
        precision = max((p for _, p, _ in dated), key=_COARSER.index)
        leg = dataclasses.replace(leg, date_start=start, date_end=end)
        out.append(dataclasses.replace(leg, date_precision=precision))
    return out


def _own(
    leg: Leg, behind: list[Movement], canon: dict[str, str], by_id: dict[str, Place], text: str
) -> list[Movement]:
    """The movements behind ``leg`` that date it: those telling one of its ends, else those
    telling a place holding one ("landed on the coast of X province on Tuesday" for a leg to
    a town of X), else (all of those undated) the dated ones in a sentence with one of
    them, else all of them."""
    ends = [leg.from_place, leg.to_place]
    own = [m for m in behind if set(ends) & set(_told_ids(m, canon))]
    if not own:
        return behind
    if any(m.date is not None for m in own):
        return own
    wider = [
        m
        for m in behind
        if m.date is not None
        and any(_holds(p, end, by_id) for p in _told_ids(m, canon) for end in ends)
    ]
    if wider:
        return wider
    near = [m for m in behind if m.date is not None and any(_one_sentence(m, o, text) for o in own)]
    return near or own


def _holds(outer: str, inner: str, by_id: dict[str, Place]) -> bool:
    return outer in by_id and inner in by_id and inside(by_id[inner], by_id[outer])


def _told_ids(m: Movement, canon: dict[str, str]) -> list[str]:
    slots = (m.origin, *m.transit, m.destination)
    return [p for ref in slots for p in slot_ids(ref, canon)]


def _one_sentence(a: Movement, b: Movement, text: str) -> bool:
    """Are the triggers of ``a`` and ``b`` told in one sentence of ``text``?"""
    lo, hi = sorted((a.trigger.start, b.trigger.start))
    return bool(text) and _SENTENCE_END.search(text, lo, hi) is None


def window_end(day: date, precision: DatePrecision) -> date:
    """The last day of the window a date of ``precision`` stands for.

    >>> window_end(date(2020, 9, 28), "week")
    datetime.date(2020, 10, 4)
    >>> window_end(date(2020, 2, 1), "month")
    datetime.date(2020, 2, 29)
    """
    if precision == "week":
        return day + timedelta(days=6)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if precision == "year":
        return date(day.year, 12, 31)
    return day


__all__ = ["dated_legs", "window_end"]
