"""The day of a timeline's entry dates the events it tells: "Aug 16 — The boat is
intercepted off X and escorted overnight to Y, the prefecture says." The date opens the
line, not the sentence's verb, so the trigger's own phrases (:mod:`claimmap.movement_dates`)
never reach it and the leg came out undated.

Only a movement told as the entry's own event takes the day: in the present of a timeline
("is intercepted", "come ashore") or as the entry's main past verb. What a source recalls
("they fled", "had first travelled") happened before that day, and a plan ("will be flown
next week") has its own date.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.calendar_names import MONTH_PATTERN
from claimmap.claims_dates import resolve_date
from claimmap.model import Document, Movement, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: "Aug 16 —", "July 24 -", "12 March 2025 –" at the start of a line
_MONTH = rf"(?:{MONTH_PATTERN})\.?"
_ENTRY = re.compile(
    rf"^[ \t]*(?P<day>(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})"
    r"(?:,?[ \t]+\d{4})?)[ \t]*(?:—|–|--|-|:)[ \t]+\S",
    re.IGNORECASE | re.MULTILINE,
)
#: entries a text needs before it reads as a timeline (one dated line may be a dateline)
_MIN_ENTRIES = 2
_PRESENT = frozenset({"VBZ", "VBP"})
_PRESENT_AUX = frozenset({"is", "are", "am"})


def timeline_dated(movements: Sequence[Movement], parsed: Doc, doc: Document) -> list[Movement]:
    """``movements`` with the day of their timeline entry, where they have no date."""
    entries = [(m.start(), m.span("day")) for m in _ENTRY.finditer(doc.text)]
    if len(entries) < _MIN_ENTRIES or all(m.date is not None for m in movements):
        return list(movements)
    out: list[Movement] = []
    for m in movements:
        entry = _entry_of(m, entries, doc.text)
        if m.date is not None or m.date_span is not None or entry is None:
            out.append(m)
            continue
        trigger = _trigger(m, parsed)
        if trigger is None or not _entry_event(trigger):
            out.append(m)
            continue
        start, end = entry
        when, precision = resolve_date(doc.text[start:end], doc.published)
        if when is None:
            out.append(m)
            continue
        span = Span(doc.id, start, end, doc.text[start:end])
        out.append(dataclasses.replace(m, date=when, date_precision=precision, date_span=span))
    return out


def _entry_of(
    m: Movement, entries: list[tuple[int, tuple[int, int]]], text: str
) -> tuple[int, int] | None:
    """The day of the entry (line) ``m``'s trigger is told in, if it opens one."""
    line_start = text.rfind("\n", 0, m.trigger.start) + 1
    return next((day for at, day in entries if at == line_start), None)


def _trigger(m: Movement, parsed: Doc) -> Token | None:
    words = parsed.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    return None if words is None else words.root


def _entry_event(trigger: Token) -> bool:
    """Is the trigger told as the entry's own event: in the present ("leaves", "is
    intercepted", "are taken" and its conjuncts), or the main past verb of the line?"""
    verb = trigger
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "is intercepted ... and escorted": the first verb's tense
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "will", "would", "'ll", "to") for a in auxes):
        return False  # recalled before the day, or meant for later
    if verb.tag_ in _PRESENT and not auxes:
        return True
    if verb.tag_ == "VBN" and any(a.lower_ in _PRESENT_AUX for a in auxes):
        return True
    return verb.tag_ == "VBD" and verb.dep_ == "ROOT" and verb.i - verb.sent.start < 12
