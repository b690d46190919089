"""A timeline's dated lines: "July 24 — The trawler leaves Chilaw, the navy later says.",
"Aug 6 — Relatives tell the Tamil Guardian that …", "2024: Talks collapse."

The date that heads a line frames it as a dateline does: no word of it speaks and none of
it is said, so it is cut from claimants and contents (``timeline_ends``, read with the
datelines); and it dates what the line tells — each claim with no date phrase of its own
(``timeline_claim_date``: "the prefecture says" on the "Aug 16 —" line said it on Aug 16,
"The next day X denies" the day after) and each movement told as done then, not one
told as done before ("had first travelled by bus") or yet to come ("will be flown").
A date heading a single line is a label, not a timeline: two lines or more make one.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from claimmap.claims_dates import resolve_date
from claimmap.model import DatePrecision, Document, Movement, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.claims_tokens import RawClaim

__all__ = ["timeline_claim_date", "timeline_ends", "timeline_movements"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
#: "July 24 — ", "Aug. 6 - ", "12 May: ", "March 2025 – ", "2024: " opening a line
_HEAD = re.compile(
    rf"^[ \t]*(?P<date>{_WEEKDAY}(?:{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?"
    rf"|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{4}}|(?:19|20)\d\d))"
    r"[ \t]*(?:--|[—–:-])[ \t]+(?=\S)",
    re.MULTILINE,
)
#: Fewer dated lines than this is a label, not a timeline.
_MIN_LINES = 2
#: "The next day X denies …": a claim dated from its line's date.
_NEXT_DAY = re.compile(r"^(?:the next day|the following day|a day later)\b", re.IGNORECASE)
#: Auxiliaries of a movement told as done before the line's day or yet to come.
_NOT_THEN = frozenset({"had", "'d", "will", "'ll", "would", "shall", "wo"})


@functools.lru_cache(maxsize=8)
def _heads(body: str) -> tuple[tuple[int, int, int, int], ...]:
    """(line start, words start, date start, date end) of each dated line, once per text
    (asked per claim and per movement)."""
    found = [(m.start(), m.end(), *m.span("date")) for m in _HEAD.finditer(body)]
    return tuple(found) if len(found) >= _MIN_LINES else ()


def timeline_ends(body: str) -> list[tuple[int, int]]:
    """(start, end) of every date heading a line of a timeline: the line's own words
    start at ``end``."""
    return [(start, words) for start, words, _, _ in _heads(body)]


def _line_date(body: str, at: int, published: Any) -> tuple[date, DatePrecision, Span] | None:
    """The resolved head date of the timeline line holding offset ``at``, with its span
    (document id left empty)."""
    start = body.rfind("\n", 0, at) + 1
    head = next((h for h in _heads(body) if h[0] == start), None)
    if head is None:
        return None
    s, e = head[2], head[3]
    when, precision = resolve_date(body[s:e], published)
    if when is None:
        return None
    return when, precision, Span("", s, e, body[s:e])


def timeline_claim_date(
    raw: RawClaim, doc: Document, found: tuple[Any, DatePrecision, Span | None]
) -> tuple[Any, DatePrecision, Span | None]:
    """``found``, the claim's date, unless it was only inferred from publication (or is
    unknown) and the claim stands on a timeline's line: then the line's date ("Aug 16 —
    …, the prefecture says"), a day later for "The next day X denies …"."""
    if found[1] not in ("published", "unknown"):
        return found
    line = _line_date(doc.text, raw.cue[0], doc.published)
    if line is None:
        return found
    when, precision, span = line
    sent = doc.text[raw.sentence[0] : raw.cue[0]]
    if precision == "day" and _NEXT_DAY.match(sent.strip()):
        when = when + timedelta(days=1)
    return when, precision, Span(doc.id, span.start, span.end, span.text)


def timeline_movements(movements: Sequence[Movement], parsed: Doc, doc: Document) -> list[Movement]:
    """``movements``, each one with no date of its own on a timeline's line dated by the
    line, unless it is told as done before then or yet to come."""
    out = []
    for m in movements:
        line = None
        if m.date_span is None:
            line = _line_date(doc.text, m.trigger.start, doc.published)
        if line is None or not _then(parsed, m):
            out.append(m)
            continue
        when, precision, span = line
        out.append(
            dataclasses.replace(
                m,
                date=when,
                date_precision=precision,
                date_span=Span(doc.id, span.start, span.end, span.text),
            )
        )
    return out


def _then(parsed: Doc, m: Movement) -> bool:
    """Whether the movement is told as happening on the line's day: not "had travelled",
    "will be flown", "was to sail", nor what someone told someone who tells it ("the
    lawyer says passengers told her they fled arrest": their story reaches further back)."""
    words = parsed.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    if words is None or m.mood == "intended":
        return False
    trigger = words.root
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _NOT_THEN for a in auxes):
        return False
    if trigger.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        return False
    reported = sum(1 for t in [trigger, *trigger.ancestors] if t.dep_ == "ccomp")
    return reported <= 1
