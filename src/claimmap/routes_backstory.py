"""A movement told after another but as having happened before it is a backstory, not the
next step: "The truck crossed into A at X on Monday." "In April it had crossed at Y." The
April crossing does not go on from X (no X → Y hop): it is an earlier trip of the same
truck, and what it "then" did goes on from Y.

Two tellings say so: the later movement's own date phrase ends before the earlier one's
begins ("In April" after "on Monday"), or its verb is in the past perfect with a word of
before ("had crossed at Y a week earlier", "had previously been held in Y").

Read by :func:`claimmap.routes_counted.goes_on`, which joins the movements of a journey.
"""

from __future__ import annotations

import re

from claimmap.model import Movement
from claimmap.routes_dates import window_end
from claimmap.routes_telling import then_step

#: a date phrase fine enough to order two movements by
_ORDERED = frozenset({"day", "week", "month", "year"})

#: the past perfect right before the trigger: "had crossed", "had earlier been moved"
_PAST_PERFECT = re.compile(r"\b(?:had|'d)(?:\s+\w+){0,3}\s*$", re.IGNORECASE)

#: words telling that the movement came before the one told earlier: "a week earlier",
#: "previously", "the month before", "before that"
_EARLIER = re.compile(
    r"\b(?:earlier|previously|beforehand|prior|before\s+(?:that|then)|"
    r"(?:day|days|week|weeks|month|months|year|years|night)\s+before)\b",
    re.IGNORECASE,
)


def told_before(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m``, told in a sentence after ``prev``'s, told as having happened before it:
    dated by its own phrase to a window ending before ``prev``'s begins, or told in the
    past perfect with a word of before? Then it is a backstory, not where ``prev``'s movers
    went next. A movement told as the next step ("then") is never one."""
    if prev.sentence is None or m.sentence is None or not text:
        return False
    if m.sentence.start < prev.sentence.end or then_step(m, text):
        return False
    return _dated_before(prev, m) or _past_perfect_earlier(m, text)


def _dated_before(prev: Movement, m: Movement) -> bool:
    """Do both movements carry a date phrase of their own, ``m``'s window ending before
    ``prev``'s starts ("In April it had crossed at Y" after "crossed at X on Monday")?"""
    if prev.date is None or m.date is None or prev.date_span is None or m.date_span is None:
        return False
    if prev.date_precision not in _ORDERED or m.date_precision not in _ORDERED:
        return False
    return window_end(m.date, m.date_precision) < prev.date


def _past_perfect_earlier(m: Movement, text: str) -> bool:
    """ "It had crossed at Y a week earlier": a past perfect verb and a word of before in
    its sentence (the past perfect alone also tells what had happened by then: "By Friday
    it had reached Y" goes on)."""
    assert m.sentence is not None
    lead = text[m.sentence.start : m.trigger.start]
    if not _PAST_PERFECT.search(lead):
        return False
    return bool(_EARLIER.search(text[m.sentence.start : m.sentence.end]))
