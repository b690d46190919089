"""The date of a movement told over a span of months: "between March and August 2025",
"from January to June".

The span starts the movement: its date is the first month, in the year the span tells
(the year written after the last month belongs to the whole span, "between March and
August 2025" is March 2025, not the March before publication; "between November and
February 2025" starts in November 2024). A span with no year is the last one before
publication ended by its last month. The date span covers the whole phrase, so the leg
runs to the end of the last month (:mod:`claimmap.routes_date_ranges`).

Read by :mod:`claimmap.movement_dates` for a date phrase that opens or sits in such a span.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from claimmap.calendar_names import MONTH_PATTERN, MONTHS

#: "between March and August 2025", "from Jan. 2024 to June": the two months and years
_RANGE = re.compile(
    rf"\b(?:between|from)\s+({MONTH_PATTERN})\.?(?:\s+(\d{{4}}))?\s+"
    rf"(?:and|to|until|till|through)\s+({MONTH_PATTERN})\b\.?(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
#: how far before a date phrase its span may open ("between ")
_LEAD = 9
#: how far after a date phrase's start the whole span may run
_REACH = 48

MonthSpan = tuple[date, int, int]


def month_range(text: str, start: int, published: datetime | date | None) -> MonthSpan | None:
    """The first day of the span that the date phrase starting at ``start`` opens or sits
    in, with the span's character start and end; None when no month span is told there
    (or a written first year comes after the last)."""
    low = start - _LEAD if start > _LEAD else 0
    window = text[low : start + _REACH]
    if "between" not in window.lower() and "from" not in window.lower():
        return None  # the cheap test first: most date phrases are no span
    for found in _RANGE.finditer(window):
        if not found.start() <= start - low < found.end():
            continue
        first, last = MONTHS[found[1].lower()], MONTHS[found[3].lower()]
        end_year = int(found[4]) if found[4] else _last_year(last, found[2], first, published)
        if end_year is None:
            return None
        year = int(found[2]) if found[2] else end_year - (first > last)
        if year > end_year or (year == end_year and first > last):
            return None
        return date(year, first, 1), low + found.start(), low + found.end()
    return None


def _last_year(
    last: int, first_year: str | None, first: int, published: datetime | date | None
) -> int | None:
    """The year of the span's last month when only the first (or none) is written: after
    the first month in its year, else the last such month not after publication."""
    if first_year:
        return int(first_year) + (last < first)
    pub = published.date() if isinstance(published, datetime) else published
    if pub is None:
        return None
    return pub.year if last <= pub.month else pub.year - 1
