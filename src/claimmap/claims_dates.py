"""When a claim was made: its date phrase, resolved against the article's publication date.

Precision follows ACLED's ``time_precision``: a weekday or "yesterday" is a day, "last
week" a week, "earlier this month" or "recently" a month, "last year" or "earlier this
year" a year (its first day). "Recently" names a window
that ends at publication, so its date is the publication date (the window's end) with
precision "month": the claim was made within about a month before it. Resolution is
deterministic: the same text and publication date always give the same answer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from claimmap.calendar_names import MONTH_PATTERN, MONTHS
from claimmap.model import DatePrecision

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The weekday names, for a tagger that misses one ("on X late Wednesday").
WEEKDAYS = frozenset(_WEEKDAYS)
_MONTHS = MONTHS
_MONTH = MONTH_PATTERN
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?\b(?:,?\s+(\d{{4}}))?"
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+(\d{{4}})\b")
_MONTH_ONLY = re.compile(rf"\b(?:in\s+|early\s+|late\s+|mid-?)?({_MONTH})\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_AGO = re.compile(r"\b(\d+|a|one|two|three|four|five|six|seven)\s+(day|week|month|year)s?\s+ago\b")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_RECENT = ("recently", "lately", "in recent weeks", "in recent months", "of late")

DateAnswer = tuple[date | None, DatePrecision]


def resolve_date(phrase: str, published: datetime | date | None) -> DateAnswer:
    """Turn a date phrase into (date, precision).

    >>> resolve_date("last Saturday", date(2020, 10, 6))
    (datetime.date(2020, 10, 3), 'day')
    >>> resolve_date("on Tuesday", date(2020, 10, 6))
    (datetime.date(2020, 10, 6), 'day')
    >>> resolve_date("earlier this month", None)
    (None, 'unknown')
    """
    text = " ".join(phrase.lower().replace("’", "'").split())
    pub = published.date() if isinstance(published, datetime) else published
    explicit = _explicit(text, pub)
    if explicit is not None:
        return explicit
    if pub is None:
        return None, "unknown"
    return _relative(text, pub)


def _explicit(text: str, pub: date | None) -> DateAnswer | None:
    if m := _ISO.search(text):
        return _safe(int(m[1]), int(m[2]), int(m[3]), "day")
    for rx, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        if m := rx.search(text):
            month, day = _MONTHS[m[month_group]], int(m[day_group])
            year = int(m[3]) if m[3] else _year_before(pub, month, day)
            return _safe(year, month, day, "day") if year else (None, "unknown")
    if m := _MONTH_YEAR.search(text):
        return _safe(int(m[2]), _MONTHS[m[1]], 1, "month")
    if (m := _MONTH_ONLY.search(text)) and m[1] not in ("may", "mar") and pub is not None:
        month = _MONTHS[m[1]]
        year = pub.year if month <= pub.month else pub.year - 1
        return date(year, month, 1), "month"
    if m := _YEAR.search(text):
        return date(int(m[1]), 1, 1), "year"
    return None


def _relative(text: str, pub: date) -> DateAnswer:
    if any(
        w in text for w in ("today", "tonight", "this morning", "this afternoon", "this evening")
    ):
        return pub, "day"
    if "yesterday" in text or "last night" in text or text in _DAY_BEFORE:
        return pub - timedelta(days=1), "day"
    if m := _AGO.search(text) or _EARLIER.search(text):
        n = _SMALL.get(m[1]) or int(m[1])
        unit = m[2]
        if unit == "day":
            return pub - timedelta(days=n), "day"
        if unit == "week":
            return _monday(pub - timedelta(weeks=n)), "week"
        if unit == "year":
            return date(pub.year - n, 1, 1), "year"
        return _first_of_month(pub, -n), "month"
    if _NEXT.search(text) or _LENGTH.search(text):
        return None, "unknown"  # "next month": no claim is made in the future; "a
        # six-month state of emergency", "three weeks": a length of time, not a time
    for i, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            back = (pub.weekday() - i) % 7
            if back == 0 and ("last" in text or "past" in text):
                back = 7
            return pub - timedelta(days=back), "day"
    if "weekend" in text:  # "over the weekend": the Saturday of the latest one
        back = (pub.weekday() - 5) % 7
        return pub - timedelta(days=back + (7 if "last" in text and back < 2 else 0)), "week"
    if "week" in text:
        if "last week" in text or "past week" in text or "previous week" in text:
            return _monday(pub - timedelta(weeks=1)), "week"
        return _monday(pub), "week"
    if "month" in text:
        if "last month" in text or "previous month" in text:
            return _first_of_month(pub, -1), "month"
        return _first_of_month(pub, 0), "month"
    if any(w in text for w in _RECENT) or "recent days" in text:
        return pub, "week" if "days" in text else "month"
    if m := _THIS_YEAR.search(text):
        return date(pub.year - (m[1] != "this"), 1, 1), "year"
    return None, "unknown"


_DAY_BEFORE = frozenset({"the previous day", "the preceding day", "the day before"})
_EARLIER = re.compile(r"^(a|one|two|three|four|five|six|\d+)\s+(day|week)s?\s+(?:earlier|before)$")

#: "last year", "earlier this year", "the previous year": a year, counted from publication.
_THIS_YEAR = re.compile(r"\b(last|previous|this)\s+year\b")
_NEXT = re.compile(r"\b(next|coming)\s+(week|month|year)\b")
_LENGTH = re.compile(
    r"\b(?:\d+|a few|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[\s-]+(?:day|week|month|year)s?\b"
)


_FREQUENCY = re.compile(
    r"^(?:bi-?)?(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|annual|annually)$",
    re.IGNORECASE,
)


def is_frequency(phrase: str) -> bool:
    """ "weekly", "annual": NER tags them DATE, but they tell how often, not when."""
    return bool(_FREQUENCY.match(phrase.strip()))


#: Words that date a claim although NER does not tag them ("France recently claimed").
DATE_ADVERBS = frozenset({"recently", "lately", "earlier", "today", "yesterday"})


def _safe(year: int, month: int, day: int, precision: DatePrecision) -> DateAnswer:
    try:
        return date(year, month, day), precision
    except ValueError:
        return None, "unknown"


def _year_before(pub: date | None, month: int, day: int) -> int | None:
    """The year of "October 3" in an article: the latest one not after publication."""
    if pub is None:
        return None
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _first_of_month(day: date, shift: int) -> date:
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def only_dates(doc: Doc, start: int, end: int) -> bool:
    """Whether the characters ``start``-``end`` hold only a date phrase ("on Wednesday"),
    which dates the post, not the content."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    dates = [t for t in words if t.ent_type_ in ("DATE", "TIME")]
    rest = [t for t in words if t.ent_type_ not in ("DATE", "TIME")]
    return bool(dates) and all(t.dep_ in ("prep", "advmod") and t.i < dates[0].i for t in rest)


def when_clause_of(tok: Token, cue: Token) -> bool:
    """ "in October, when Kiev said ...": a cue in a "when" clause on a date is dated by it."""
    if cue.dep_ != "relcl" or not any(c.lower_ == "when" for c in cue.children):
        return False
    return cue.head.i in (tok.i, tok.head.i) and cue.head.ent_type_ in ("DATE", "TIME")


#: "a day earlier", "two days before", "the previous day": counted back from the last
#: dated event the article told, not necessarily from its publication.
_DAYS_BEFORE = re.compile(
    r"^(?:a|one|two|three|four|five|six|\d+)\s+days?\s+(?:earlier|before)$"
    r"|^the\s+(?:previous|preceding)\s+day$|^the\s+day\s+before$"
)


def counts_back(phrase: str) -> bool:
    """Whether a date phrase counts days back from the story's last date."""
    return bool(_DAYS_BEFORE.match(" ".join(phrase.lower().split())))


def leading_date(verb: Token, clause: Token) -> Token | None:
    """ "said in July it had detained two tankers": a date phrase right after the cue and
    before its complement's subject dates the saying; the parser hangs it on the
    complement. Returns the phrase's last token, or None."""
    if clause.head != verb or clause.i <= verb.i + 1:
        return None
    first = verb.doc[verb.i + 1]
    while first.head != clause and first.head.i > first.i and first.head.left_edge == first:
        if first.head.pos_ in ("VERB", "AUX"):
            break  # (the clause's own verb: the phrase ends below it)
        first = first.head  # "said last month it ...": the phrase's head is "month"
    if first.head != clause and _under(first.head, clause):
        clause = first.head  # "said on Monday its forces had X, agencies reported": the
    if first.head != clause or first.dep_ not in ("prep", "npadvmod"):  # parse nests it
        return None
    dated = first.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in first.children)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not dated or subj is None or subj.left_edge.i != first.right_edge.i + 1:
        return None
    return first.right_edge


def _under(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` is a verb inside ``clause`` (a complement the parser nested)."""
    return tok.pos_ in ("VERB", "AUX") and tok.i > clause.left_edge.i and clause.is_ancestor(tok)


_RECENT_DAYS = (*_WEEKDAYS, "yesterday", "today", "tonight", "last night", "weekend")


def names_recent_day(phrase: str) -> bool:
    """Whether a date phrase names a day of the past week ("on Friday", "yesterday"),
    not a calendar date that may lie years back."""
    low = phrase.lower()
    return any(day in low for day in _RECENT_DAYS) and not _YEAR.search(low)
