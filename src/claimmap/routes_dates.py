"""When a leg was travelled: the days its movements' dates span.

A movement's date stands for a window as wide as its precision (a week from its Monday,
a month from its first day, a year from 1 January), so a leg runs from the first day of
its earliest movement's window to the last day of its latest one's, and carries the
coarsest precision among them: a leg told "last week" and "on Tuesday" is dated to the
week. Undated movements leave the leg's dates as they are; with none dated a leg has no
dates (an interval like timemap's start/end, precision like ACLED's ``time_precision``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta

from claimmap.model import DatePrecision, Leg, Movement

#: Precisions from the finest; "unknown" dates nothing.
_COARSER: tuple[DatePrecision, ...] = ("day", "week", "month", "year")


def dated_legs(legs: Sequence[Leg], movements: Sequence[Movement]) -> list[Leg]:
    """``legs`` with the span of their movements' dates (see module doc)."""
    by_id = {m.id: m for m in movements}
    out = []
    for leg in legs:
        dated = [
            (m.date, m.date_precision)
            for mid in leg.movement_ids
            if (m := by_id.get(mid)) is not None
            and m.date is not None
            and m.date_precision in _COARSER
        ]
        if not dated:
            out.append(leg)
            continue
        start = min(d for d, _ in dated)
        end = max(window_end(d, p) for d, p in dated)
        precision = max((p for _, p in dated), key=_COARSER.index)
        leg = dataclasses.replace(leg, date_start=start, date_end=end)
        out.append(dataclasses.replace(leg, date_precision=precision))
    return out


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
