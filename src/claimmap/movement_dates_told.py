"""Weekdays told ahead in reported speech: "a further convoy was expected to leave for X
on Friday, the governor said" in a Wednesday article is the coming Friday, not the one
before. :mod:`claimmap.movement_dates` reads a weekday as the latest one not after
publication unless the movement is told in the future ("will leave"); a past "was
expected / scheduled / due to" inside what someone said is the same plan, backshifted.

Called from :mod:`claimmap.movements` on the dated movements.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from claimmap.claims_dates import WEEKDAYS
from claimmap.model import Document, Movement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: heads of a plan, told in the past ("was expected to", "were scheduled to", "was due to")
_AHEAD_TOLD = frozenset({"plan", "schedule", "intend", "expect", "due"})
#: verbs of saying whose content is told from the day of the saying
_SAYING = frozenset({"say", "tell", "add", "announce", "state", "report"})
_PAST_WORDS = re.compile(r"\b(last|ago|yesterday|earlier|past|previous)\b")
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def told_ahead_days(movements: Sequence[Movement], parsed: Doc, doc: Document) -> list[Movement]:
    """``movements`` with a bare weekday of a backshifted plan moved to the coming one."""
    out: list[Movement] = []
    for m in movements:
        if _weekday_before(m, doc.published):
            words = parsed.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
            if words is not None and _told_ahead(words.root) and m.date is not None:
                m = dataclasses.replace(m, date=m.date + timedelta(days=7))
        out.append(m)
    return out


def _weekday_before(m: Movement, published: datetime | date | None) -> bool:
    """Is the movement dated to the day by a bare weekday ("on Friday") before publication?"""
    pub = published.date() if isinstance(published, datetime) else published
    if m.date is None or m.date_span is None or m.date_precision != "day" or pub is None:
        return False
    low = " ".join(m.date_span.text.lower().split())
    if m.date >= pub or _PAST_WORDS.search(low) or _YEAR.search(low):
        return False
    return any(day in low for day in WEEKDAYS)


def _told_ahead(trigger: Token) -> bool:
    """An infinitive on a past "was expected / scheduled / due" (no modal, no perfect: "may
    have been scheduled" is a guess about the past) in the content of a saying."""
    tok = trigger
    while tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() not in _AHEAD_TOLD:
            continue
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        past = any(a.lower_ in ("was", "were") for a in auxes)
        plain = not any(a.lemma_.lower() == "have" or a.tag_ == "MD" for a in auxes)
        return past and plain and any(a.lemma_.lower() in _SAYING for a in tok.ancestors)
    return False
