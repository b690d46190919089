"""The day an attribution after its content reports: "1,000 were deported on Friday,
officials said" tells of Friday's events, so the claim dates from that day when it names
a day of the past week; a plan's day ("is expected to travel on Friday, an aide said")
is not the day it was told.

Split from :mod:`claimmap.claims_date_phrase`, which falls back on it when no date
phrase modifies the cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from claimmap.claims_dates import names_recent_day, resolve_date
from claimmap.model import DatePrecision, Document, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.claims_tokens import RawClaim


#: A time of day after which events are told later: "on Saturday night", "late Monday".
_NIGHT = re.compile(r"\b(night|overnight|midnight|evening|late)\b", re.IGNORECASE)
#: Words of the moment of speaking, which a quotation shares with its telling: "today".
_NOW = re.compile(r"\b(today|tonight)\b", re.IGNORECASE)
#: Occasions a statement is made at: "said at a press conference", "told a briefing".
OCCASIONS = frozenset(
    {"conference", "briefing", "statement", "interview", "meeting", "hearing", "speech", "address"}
    | {"telephone", "phone"}
)


def _own_occasion(cue: Token) -> bool:
    """Whether the cue names the occasion it was said at ("said at a press conference",
    "said in a statement"): a statement of its own, whose day the content's day is not."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("at", "in", "during", "by", "over")  # ("told X by telephone")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in OCCASIONS for g in prep.children)
        for prep in cue.children
    )


def told_day(
    raw: RawClaim, parsed: Doc, doc: Document, candidates: list[tuple[int, int]]
) -> tuple[Any, DatePrecision, Span] | None:
    """ "1,000 were deported on Friday, officials said": an attribution after its content,
    in the past tense and with no date of its own, reports the day the content names (the
    officials spoke of that day's events), when that is a day of the past week. So does
    "the navy said it had intercepted 300 people over the weekend": a past-perfect content
    told just after its event, to the week; but "said it had detained four people on
    Tuesday" dates the arrests, told on a day the text does not give."""
    cue_tok = parsed[raw.cue_token]
    if cue_tok.tag_ != "VBD" or raw.claimant is None or doc.published is None:
        return None
    after = raw.cue[0] < raw.content[0] and _past_perfect(cue_tok)
    if raw.content[0] >= raw.cue[0] and not after:
        return None  # (a content may go on past it: "X on Friday, police said, after Y")
    if (raw.content[0] >= raw.claimant[0] and not after) or _own_occasion(cue_tok):
        return None  # "..., he said at a press conference": a statement of its own day
    for start, end in sorted(candidates, key=lambda c: -c[0]):
        s, e = parsed[start].idx, parsed[end - 1].idx + len(parsed[end - 1].text)
        if s >= raw.claimant[0] and not after:
            continue  # a day after the attribution is no day of the words before it
        phrase = doc.text[s:e]
        if after and "weekend" not in phrase.lower():
            continue  # "said it had detained four people on Tuesday": the arrests' day
        if _NIGHT.search(phrase):
            return None  # "recovered on Thursday night": told afterwards, on an unsaid day
        quoted = _quoted(doc.text, s, raw.content) and not _NOW.search(doc.text[s:e])
        if quoted or _bounding(parsed, start):
            continue  # "“Nobody came until Sunday,” he said": the speaker's words, a bound
        if (
            _inside(s, raw.content)
            and names_recent_day(phrase)
            and _told_past(parsed[start], cue_tok)
        ):
            when, precision = resolve_date(phrase, doc.published)
            if when is not None and (precision == "day" or "weekend" in phrase.lower()):
                return when, precision, Span(doc.id, s, e, phrase)
    return None


def _told_past(tok: Token, cue: Token) -> bool:
    """Whether the date word ``tok`` dates a past event of the content ("were deported on
    Friday"), not a foreseen one ("is expected to travel on Friday", "would meet on
    Friday", "arrives on Friday"): the day of a plan is not the day it was told. The
    verbs between the date and the cue decide; participles ("boats carrying 250 people
    over the weekend") take the time of the clause they hang on."""
    for verb in tok.ancestors:
        if verb.i == cue.i:
            break
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(verb.children)
        modal = any(c.tag_ == "MD" for c in kids) and not any(c.lemma_ == "have" for c in kids)
        finite = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in kids)
        if verb.tag_ == "VB" or modal or finite:
            return False
    return True


def _past_perfect(cue: Token) -> bool:
    """Whether the cue's complement is in the past perfect ("said it had intercepted")."""
    return any(
        c.dep_ == "ccomp" and c.tag_ == "VBN" and any(a.lower_ == "had" for a in c.children)
        for c in cue.children
    )


def _inside(pos: int, span: tuple[int, int]) -> bool:
    return span[0] <= pos < span[1]


#: Prepositions that make a day a bound of a span ("until Sunday", "by Sunday"), not the
#: day an event happened.
_BOUNDS = frozenset({"until", "till", "by", "since", "through", "before"})


def _bounding(parsed: Doc, start: int) -> bool:
    return start > 0 and parsed[start - 1].lower_ in _BOUNDS


def _quoted(body: str, pos: int, content: tuple[int, int]) -> bool:
    """Whether ``pos`` lies inside a quotation that opens the content: the speaker's own
    words, whose days are told from the day they were said, which the writer does not give."""
    opened = body[content[0] : pos]
    return bool(opened) and opened[0] in '"\u201c' and opened.count(opened[0]) % 2 == 1
