"""The last day of a movement told over a span of months: "between June and November".

The movement's date holds the span's first month (its precision the month); the leg it
tells runs on to the end of the span's last month, so a leg "tracked between June and
November" is dated June to November, not June alone.

Read by :func:`claimmap.routes_dates.dated_legs`.
"""

from __future__ import annotations

import re
from datetime import date

from claimmap.calendar_names import MONTH_PATTERN, MONTHS
from claimmap.model import Movement

#: "between June and November", "from March to May 2024": the span's last month (and year)
_SPAN = re.compile(
    rf"^(?:between|from)\s+.+?\s+(?:and|to|until|till|through)\s+({MONTH_PATTERN})\.?"
    r"(?:\s+(\d{4}))?$",
    re.IGNORECASE,
)


def span_end(m: Movement) -> date | None:
    """The last day of the month a "between A and B" date phrase ends with, in the year of
    the movement's date (the next one when B comes before A: "between November and
    March"), else None."""
    if m.date is None or m.date_span is None or m.date_precision != "month":
        return None
    found = _SPAN.match(m.date_span.text.strip())
    if found is None:
        return None
    month = MONTHS[found.group(1).lower()]
    year = int(found.group(2)) if found.group(2) else m.date.year + (month < m.date.month)
    following = date(year + month // 12, month % 12 + 1, 1)
    last = date.fromordinal(following.toordinal() - 1)
    return last if last > m.date else None
