"""When a movement happened (or is meant to): the date phrase on its trigger, resolved.

"The ship passed through the Bosporus on Saturday", "300 fighters were moved to Baku
last week", "will be flown to X on 3 October": the phrase must hang on the trigger itself
(an adjunct: a preposition, an adverbial noun, a possessive of a noun trigger), reached
without passing through another verb. So a date on the attribution ("officials said on
Monday that ...") or on a clause inside a slot ("the camp built in 2019") is not the
movement's, nor a date that describes the mover ("the 2020 war veterans": it hangs on
the subject), nor a duration ("for three days", "since March": how long, not when).

Phrases are resolved by :func:`claimmap.claims_dates.resolve_date` against the
publication date, like claim dates (ACLED's ``time_precision``); that resolver reads a
date as the latest one not after publication, so a movement told in the future ("will be
flown on 3 October", "next week") is moved to the next such date instead. "A day
earlier" counts back from the previous movement dated to the day.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from claimmap.claims_dates import (
    WEEKDAYS,
    counts_back,
    is_frequency,
    leading_date,
    resolve_date,
)
from claimmap.claims_tokens import ents_in
from claimmap.model import DatePrecision, Document, Movement, Span
from claimmap.movement_date_ranges import month_range

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DateFound = tuple[date | None, DatePrecision, Span | None]

#: Prepositions that make a date the start, end or length of a stretch of time.
_DURATION_PREPS = frozenset(
    {"for", "since", "until", "till", "through", "throughout", "from", "by", "within"}
)
#: Dependencies of an argument of the trigger: a date under one describes it ("the 2020
#: war veterans were moved"), it does not date the movement.
_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "attr", "dative", "agent", "oprd"}
)
#: Verbs whose complement is the movement itself: "began moving troops on Monday".
_ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "finish", "complete"})
#: Verbs a noun trigger is the subject of, which carry its date: "the transfer took place
#: on Sunday", "the evacuation began last week".
_HAPPEN = frozenset({"take", "happen", "occur", "begin", "start", "resume", "continue"})
#: Words that date without being tagged DATE ("were flown in yesterday").
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow"})
#: Auxiliaries of a future: "will be flown", "'ll send".
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
#: Present-tense verbs that put the movement ahead: "plans to send", "is due to arrive".
_AHEAD = frozenset({"plan", "schedule", "intend", "expect", "due", "set", "prepare", "be"})
_NEXT = re.compile(r"\b(next|coming)\s+(week|month|year)\b")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_PAST_WORDS = re.compile(r"\b(last|ago|yesterday|earlier|past|previous)\b")
#: A publication date to tell a date phrase from a phrase that is none.
_ANY_DAY = date(2000, 6, 15)


def dated_movements(movements: Sequence[Movement], parsed: Doc, doc: Document) -> list[Movement]:
    """``movements`` with the date phrase of each trigger, resolved (see module doc)."""
    out: list[Movement] = []
    last_day: date | None = None
    for m in movements:
        when, precision, span = movement_date(m, parsed, doc, last_day)
        if span is None:
            out.append(m)
            continue
        if when is not None and precision == "day":
            last_day = when
        out.append(dataclasses.replace(m, date=when, date_precision=precision, date_span=span))
    return out


def movement_date(
    m: Movement, parsed: Doc, doc: Document, last_day: date | None = None
) -> DateFound:
    """The nearest date phrase that hangs on ``m``'s trigger, resolved; "unknown" if none."""
    words = parsed.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    if words is None:
        return None, "unknown", None
    trigger = words.root
    heads = _dated_heads(trigger)
    sent = trigger.sent
    found: list[tuple[int, int, int]] = []
    for start, end in _phrases(parsed, sent.start, sent.end):
        root = parsed[start:end].root
        if start <= trigger.i < end:
            continue
        if _duration(parsed, start, root) and not _opens_range(parsed, start, doc):
            continue  # "from March", not "from March to May": how long
        if not _hangs_on(root, heads, start, end):
            continue
        found.append((abs(start - trigger.i), start, end))
    future = _future(trigger) if found else False
    for _, start, end in sorted(found):
        s, e = parsed[start].idx, parsed[end - 1].idx + len(parsed[end - 1].text)
        phrase = doc.text[s:e]
        if is_frequency(phrase) or not _is_date(phrase, future):
            continue
        span = None if future else month_range(doc.text, s, doc.published)
        if span is not None:  # "between March and August 2025": from March 2025
            first, s, e = span
            return first, "month", Span(doc.id, s, e, doc.text[s:e])
        base = last_day if last_day is not None and counts_back(phrase) else doc.published
        when, precision = _resolved(phrase, base, future)
        if not future and _looked_ahead(trigger):
            when = _nearer(when, precision, phrase, base)
        return when, precision, Span(doc.id, s, e, phrase)
    return None, "unknown", None


def _phrases(parsed: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges of the sentence's date phrases: DATE/TIME entities, and day words
    and weekday names the tagger left out."""
    out = [(e.start, e.end) for e in ents_in(parsed, first, last, ("DATE", "TIME"))]
    out = [(s, e - (parsed[e - 1].tag_ == "POS")) for s, e in out]
    out = [(s, e) for s, e in out if e > s]  # ("last Thursday's flight": without the "'s")
    for tok in parsed[first:last]:
        if tok.ent_type_ in ("DATE", "TIME"):
            continue
        low = tok.lower_
        if low in _DAY_WORDS or (low in WEEKDAYS and tok.text[:1].isupper()):
            out.append((tok.i, tok.i + 1))
    return out


def _opens_range(parsed: Doc, start: int, doc: Document) -> bool:
    """Whether the phrase at token ``start`` opens a span of months ("from January to
    June"): a time the movement ran over, not a time since which it has."""
    return month_range(doc.text, parsed[start].idx, doc.published) is not None


def _is_date(phrase: str, future: bool) -> bool:
    """Whether a phrase names a time ("35-year-old", "days" are DATE to the tagger);
    "tomorrow" and "next week" only for a movement told in the future."""
    low = phrase.lower()
    ahead = future and ("tomorrow" in low or bool(_NEXT.search(low)))
    return ahead or resolve_date(phrase, _ANY_DAY)[0] is not None


def _dated_heads(trigger: Token) -> list[Token]:
    """The tokens whose adjuncts date the movement: the trigger, a verb it is the
    complement of ("began moving"), and for a noun trigger the verb of its happening
    ("the transfer took place on Sunday")."""
    heads = [trigger]
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_.lower() in _ASPECTUAL:
        heads.append(head)
    subject = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass")
    if subject and head.lemma_.lower() in _HAPPEN:
        heads.append(head)
    return heads


def _hangs_on(root: Token, heads: list[Token], start: int, end: int) -> bool:
    """Whether the phrase rooted at ``root`` modifies one of ``heads`` as an adjunct,
    reached through no other verb, and does not lead the complement of a saying
    ("said on Monday 300 were moved", which the parser hangs on the movement)."""
    below = root
    for above in (root, *root.ancestors):
        if any(above.i == h.i for h in heads):
            if above is not root and below.dep_ in _ARGUMENTS:
                return False  # "the 2020 war veterans were moved"
            if above.i == heads[0].i and heads[0].head.pos_ in ("VERB", "AUX"):
                lead = leading_date(heads[0].head, heads[0])
                if lead is not None and start <= lead.i < end:
                    return False
            return True
        if above is not root and above.pos_ in ("VERB", "AUX"):
            return False  # a date of another clause: "said on Monday", "built in 2019"
        below = above
    return False


def _duration(parsed: Doc, start: int, root: Token) -> bool:
    """ "for three days", "since March", "until Friday": how long, not when."""
    before = parsed[start - 1].lower_ if start > 0 else ""
    prep = root.head.lower_ if root.dep_ == "pobj" else ""
    return before in _DURATION_PREPS or prep in _DURATION_PREPS


def _future(trigger: Token) -> bool:
    """Whether the movement is told ahead of publication: "will be flown", "plans to
    send", "are to be moved"."""
    tok = trigger
    while True:
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX:
                return True
        present = tok.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in tok.children
        )
        if tok is not trigger and present and tok.lemma_.lower() in _AHEAD:
            return True
        if tok.dep_ not in ("xcomp", "acomp") or tok.head is tok:
            return False
        tok = tok.head


def _looked_ahead(trigger: Token) -> bool:
    """Whether the movement was told, before publication, as still to come: "were
    expected to arrive", "was due to sail", "had planned to move" (a past verb of plans)."""
    tok = trigger
    while tok.dep_ in ("xcomp", "acomp") and tok.head is not tok:
        tok = tok.head
        if tok.lemma_.lower() in _AHEAD - {"be"}:
            return True
    return False


def _nearer(
    when: date | None, precision: DatePrecision, phrase: str, published: datetime | date | None
) -> date | None:
    """A month told ahead before publication ("were expected to arrive in October", in a
    September article) is the nearer of the last and the next one: a plan told a while ago
    for the month after publication, or for one just gone."""
    pub = published.date() if isinstance(published, datetime) else published
    low = phrase.lower()
    if when is None or pub is None or precision != "month" or when >= pub:
        return when
    if _YEAR.search(low) or _PAST_WORDS.search(low):
        return when
    ahead = _ahead(when, "year")
    return ahead if (ahead - pub) < (pub - when) else when


def _resolved(
    phrase: str, published: datetime | date | None, future: bool
) -> tuple[date | None, DatePrecision]:
    """``resolve_date``, moved ahead for a movement told in the future: its "Friday" or
    "3 October" is the next one, not the last."""
    low = " ".join(phrase.lower().split())
    pub = published.date() if isinstance(published, datetime) else published
    if not future or pub is None:
        return resolve_date(phrase, published)
    if "tomorrow" in low:
        return pub + timedelta(days=1), "day"
    if m := _NEXT.search(low):
        when, precision = resolve_date(f"this {m[2]}", pub)
        return (_ahead(when, m[2]) if when else None), precision
    when, precision = resolve_date(phrase, pub)
    if when is None or when >= pub or _YEAR.search(low) or _PAST_WORDS.search(low):
        return when, precision
    if any(day in low for day in WEEKDAYS) and precision == "day":
        return when + timedelta(days=7), precision
    return _ahead(when, "year"), precision


def _ahead(day: date, unit: str) -> date:
    """``day`` one ``unit`` later (a week, a month or a year)."""
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


__all__ = ["dated_movements", "movement_date"]
