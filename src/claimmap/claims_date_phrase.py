"""Which date phrase of a claim's sentence dates the claim: the day it was said.

A claim's date is the date of the saying, as ACLED and GDELT date a report apart from the
event it reports: a phrase on the cue or the attribution clause ("said on Tuesday", "told
reporters Monday", "in a statement on Sunday", "On Friday, X said ...", "a 2014 study
found", "in October, when Kiev said"). A phrase inside the content dates the reported
event ("the boat capsized on Tuesday, the IOM said": the movements and legs carry it),
as does one before an attribution that follows its content, one in the reporter's
context after the cue ("..., as the campaign entered its third week"), one describing
the claimant ("Peacekeepers, deployed after the 2020 war, said"), a duration's start
("since November") or a date in another paragraph. "A day earlier" counts back from the
previous claim dated to the day, else from publication. With no phrase on the
attribution the claim takes the publication date, with precision "published" (an
inference: it was said by then), or none if the article has no date.

Split from :mod:`claimmap.claims`, which assembles the claims: choosing the phrase is a
walk over the parse of its own; :mod:`claimmap.claims_dates` resolves the phrase chosen.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from claimmap.claims_cues import DOCUMENT_NOUNS, cue_lemma, verb_frame
from claimmap.claims_date_conjuncts import in_earlier_conjunct
from claimmap.claims_dates import (
    DATE_ADVERBS,
    WEEKDAYS,
    counts_back,
    is_frequency,
    leading_date,
    resolve_date,
    when_clause_of,
)
from claimmap.claims_tokens import (
    RawClaim,
    ents_in,
    listener_fragment,
    memo,
    span_at,
    tokens_where,
)
from claimmap.model import Claim, DatePrecision, Document, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def latest_day(found: list[Claim]) -> date | None:
    """The day of the latest claim dated to the day, which "a day earlier" counts from."""
    days = [c.date for c in found if c.date_precision == "day" and c.date is not None]
    return days[-1] if days else None


def claim_date(
    raw: RawClaim, parsed: Doc, doc: Document, last_day: date | None = None
) -> tuple[Any, DatePrecision, Span | None]:
    """The date phrase on the attribution, resolved (see the module doc); else the
    publication date with precision "published", or unknown when there is none."""
    cue_tok = parsed[raw.cue_token]
    sent = span_at(parsed, raw.sentence[0], raw.sentence[1])
    if sent is None:
        return _published(doc)
    # a TIME entity dates a claim when it names a day ("Wednesday night", "last night")
    dated = ents_in(parsed, sent.start, sent.end, ("DATE", "TIME"))
    candidates = [(e.start, _trimmed(parsed, e.start, e.end)) for e in dated]
    adverbs = memo(parsed, "date_adverbs", lambda: _date_adverbs(parsed))
    candidates += [(i, i + 1) for i in adverbs if sent.start <= i < sent.end]
    weekdays = memo(parsed, "bare_weekdays", lambda: _bare_weekdays(parsed))
    candidates += [w for w in weekdays if sent.start <= w[0] < sent.end]
    line_end = doc.text.find("\n", raw.cue[1])
    line = (doc.text.rfind("\n", 0, raw.cue[0]), len(doc.text) if line_end < 0 else line_end)
    ranked = []
    parenthesis = raw.content[0] <= raw.cue[0] < raw.content[1]  # "X, he said on Monday, Y"
    told_after = _told_after(raw)
    for start, end in candidates:
        s, e = parsed[start].idx, parsed[end - 1].idx + len(parsed[end - 1].text)
        if told_after is not None and s < told_after:
            continue  # "the boat capsized on Tuesday, the IOM said": the event's day
        who = raw.claimant
        in_claimant = who is not None and _inside(s, who)
        on_cue = parsed[start:end].root.head.head.i == cue_tok.i  # "accused X on Monday of"
        if on_cue and _foreseen(cue_tok) and raw.cue[0] < raw.content[0] <= s:
            continue  # "has forecast a surplus in 2026": the year forecast, not the forecast's
        leads = _leads_content(parsed, start, cue_tok)  # "said in July it had ..."
        leads = leads or _dates_occasion(parsed[start:end].root, cue_tok)
        on_cue = on_cue or leads
        in_content = _inside(s, raw.content) and not (
            (parenthesis and _dates_cue(parsed[start], cue_tok)) or on_cue
        )
        if in_content or (
            who is not None and in_claimant and not _dates_claimant(parsed[start:end].root, who)
        ):
            continue  # "Peacekeepers, deployed after the 2020 war, said": not the claim's date
        if not line[0] < s < line[1] or is_frequency(doc.text[s:e]) or _duration(parsed, start):
            continue  # another paragraph; "weekly" says how often, "since May" how long
        # a date the claimant's own phrase carries ("a statement circulated on Monday
        # rejected X, saying Y") dates each cue it is the subject of
        attached = True if leads or in_claimant else _dates_cue(parsed[start], cue_tok)
        if attached is None and in_earlier_conjunct(parsed[start:end].root, cue_tok):
            continue  # "said it had X in 2024 and denied Y": the year is X's
        if attached is False or (attached is None and _comma_between(parsed, start, cue_tok.i)):
            continue  # ("Officers, deployed in 2019, said": a parse astray, a phrase apart)
        if _in_gloss(parsed[start], cue_tok):
            continue  # "..., officials said, as the campaign entered its third week"
        distance = abs(start - cue_tok.i) - (100 if attached else 0)
        if distance <= 4:  # a date farther off in the sentence dates something else
            ranked.append((distance, s, e))
    for _distance, s, e in sorted(ranked):
        if resolve_date(doc.text[s:e], _ANY_DAY)[0] is None:
            continue  # "35-year-old", "days" are DATE to the tagger, but no date
        base = last_day if last_day is not None and counts_back(doc.text[s:e]) else doc.published
        when, precision = resolve_date(doc.text[s:e], base)
        return when, precision, Span(doc.id, s, e, doc.text[s:e])
    narrated = _at_the_time(raw, parsed, doc) if _said_at_the_time(cue_tok) else None
    if narrated is not None:
        return narrated
    if doc.published is not None and in_headline(doc.text, raw.cue[0]):
        published = doc.published
        return (published.date() if isinstance(published, datetime) else published), "day", None
    return _published(doc)


def _published(doc: Document) -> tuple[Any, DatePrecision, None]:
    """An undated saying was made by publication: its date, as an inference."""
    published = doc.published
    if published is None:
        return None, "unknown", None
    return (published.date() if isinstance(published, datetime) else published), "published", None


def _told_after(raw: RawClaim) -> int | None:
    """Where the attribution starts when it follows its content ("..., the IOM said",
    "X, he said, Y"): a date before it belongs to the content's clause, the reported
    event's. None when the attribution comes first ("On Friday, X said ...")."""
    start = raw.cue[0] if raw.claimant is None else min(raw.cue[0], raw.claimant[0])
    return start if raw.content[0] < start else None


#: Cues that look ahead: a date in their object is the date foreseen ("forecast a surplus
#: in 2026"), not the day of the forecast.
_FORESEEING = frozenset({"forecast", "predict", "project", "anticipate", "foresee", "expect"})


def _foreseen(cue: Token) -> bool:
    return cue.lemma_.lower() in _FORESEEING


def _dates_occasion(tok: Token, cue: Token) -> bool:
    """ "said in a report in July", "told a briefing on Monday": a date on the document or
    occasion the cue names dates the saying."""
    prep = tok.head if tok.dep_ == "pobj" else tok
    noun = prep.head
    outer = noun.head
    return (
        prep.dep_ == "prep"
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() in OCCASIONS | DOCUMENT_NOUNS
        and outer.dep_ == "prep"
        and outer.head.i == cue.i
    )


def _said_at_the_time(cue: Token) -> bool:
    """ "X said at the time": the claim dates from the narrated event."""
    objects = [g for p in cue.children if p.lower_ == "at" for g in p.children]
    return any(g.lower_ == "time" and any(d.lower_ == "the" for d in g.children) for g in objects)


def _at_the_time(
    raw: RawClaim, parsed: Doc, doc: Document
) -> tuple[Any, DatePrecision, Span] | None:
    """The date of the event "at the time" points back to: the last date phrase before the
    cue, in its sentence or the one before ("Last month, ... , the navy said at the
    time")."""
    sent = parsed[raw.cue_token].sent
    first = sent.start
    if first > 0:
        first = parsed[first - 1].sent.start
    dated = [e for e in ents_in(parsed, first, raw.cue_token, ("DATE",))]
    for ent in reversed(dated):
        phrase = ent.text
        when, precision = resolve_date(phrase, doc.published)
        if when is not None and not is_frequency(phrase):
            return when, precision, Span(doc.id, ent.start_char, ent.end_char, phrase)
    return None


def _trimmed(parsed: Doc, start: int, end: int) -> int:
    """The end of a date entity without a count the tagger ran it over ("Today 386
    families": the 386 counts families)."""
    while end - 1 > start and end < len(parsed) and parsed[end - 1].like_num:
        if parsed[end].pos_ != "NOUN" and parsed[end - 1].head.i < end:
            break
        end -= 1
    return end


#: What ends a sentence of the story; a headline ends with none of them.
_FINAL = (".", "!", "?", ":", ".”", '."', "?”", '?"', "!”", '!"')


def in_headline(body: str, pos: int) -> bool:
    """Whether ``pos`` lies in the article's headline: its first line, followed by more
    text and ended by no sentence punctuation. A headline's "says" and "denies" are the
    news of the day: they date from publication."""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    if end < 0 or not start <= pos < end or not body[end:].strip():
        return False
    line = body[start:end].rstrip()
    return bool(line) and not line.endswith(_FINAL) and len(line) <= HEADLINE_CHARS


#: A first line longer than this is a paragraph of the story, not a headline.
HEADLINE_CHARS = 200


#: Occasions a statement is made at: "said at a press conference", "told a briefing".
OCCASIONS = frozenset(
    {"conference", "briefing", "statement", "interview", "meeting", "hearing", "speech", "address"}
    | {"telephone", "phone"}
)

#: A publication date to tell a date phrase from a phrase that is none, whatever the
#: article's own date ("on Tuesday" is a date even when the article has no date).
_ANY_DAY = date(2000, 6, 15)


#: Participles that date a document by its release: "images published last week showed".
_RELEASES = frozenset(
    {"publish", "release", "issue", "post", "air", "broadcast", "file", "circulate"}
)


def _leads_content(parsed: Doc, start: int, cue: Token) -> bool:
    """Whether the date phrase at ``start`` opens the cue's complement before its subject."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    last = leading_date(cue, clauses[0]) if clauses else None
    return last is not None and cue.i < start <= last.i


def _dates_claimant(tok: Token, claimant: tuple[int, int]) -> bool:
    """Whether a date inside the claimant phrase dates the claim: "a 2014 study found",
    "an ad in 2008 questioned", "images published last week showed" (the document's
    date), but not a description of the speaker (a relative clause, an apposition)."""
    for above in tok.ancestors:
        if not claimant[0] <= above.idx < claimant[1] or _speaking_aside(above):
            return True  # ("X, speaking in Lima on Monday, said": the saying's day)
        described = above.dep_ in _DESCRIPTIONS and above.lemma_.lower() not in _RELEASES
        if described and above.head.lemma_.lower() not in DOCUMENT_NOUNS:
            return False  # ("a speech she delivered in July" dates the speech)
    return True


def _on(tok: Token, verb: Token) -> bool:
    """Whether a date word modifies ``verb`` itself ("said Tuesday", "said in June")."""
    head = tok.head.head if tok.head.dep_ == "pobj" else tok.head
    head = head.head if head.dep_ == "prep" else head
    return head.i == verb.i


def _comma_between(parsed: Doc, first: int, second: int) -> bool:
    low, high = sorted((first, second))
    return any(t.text == "," for t in parsed[low + 1 : high])


def _inside(pos: int, span: tuple[int, int]) -> bool:
    return span[0] <= pos < span[1]


#: Prepositions that make a date the start or end of a span of time, not a moment.
_DURATION_PREPS = frozenset({"since", "until", "till", "through", "throughout", "from", "by"})


def _duration(parsed: Doc, start: int) -> bool:
    return start > 0 and parsed[start - 1].lower_ in _DURATION_PREPS


def _dates_cue(tok: Token, cue: Token) -> bool | None:
    """Whether a date word hangs on the cue (True), or on another clause under it (False:
    "…, he told Reuters, adding that 2,000 were stopped in the past month" is the adding's
    month; "said, days after the minister acknowledged ..."); None if it is not under the
    cue at all (a parse that went astray: nearness decides)."""
    if when_clause_of(tok, cue):
        return True  # "in October, when Kiev said"
    inner = False
    for above in tok.ancestors:
        verb = above.pos_ in ("VERB", "AUX")
        speech = verb_frame(cue_lemma(above.lemma_, above.lower_)) == "speech"
        if above.i == cue.i:
            return not inner
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
        same_act = cue.dep_ in _SAME_ACT and not own_subject  # not "..., while Y said"
        if above.i == cue.head.i and speech and same_act and _on(tok, above):
            return True  # "X said in June 2012, citing Y": the same statement
        if above.dep_ == "acl" and above.lemma_.lower() in _RELEASES:
            continue  # "in a statement posted on Monday, claimed": the statement's day
        if above.dep_ == "xcomp" and not any(c.dep_ == "aux" for c in above.children):
            continue  # "declared X an emergency on Monday": a small clause, the cue's day
        if _speaking_aside(above) and cue.i in (above.head.i, above.head.head.i):
            continue  # "X, speaking in Lima on Monday, said": the same statement
        if verb and (speech or above.dep_ in _CLAUSES) and listener_fragment(above) is None:
            inner = True  # (not "told the agency SANA on Monday": a name the tagger misread)
    return None


#: Participles that tell the occasion of a statement: "speaking in Lima", "addressing".
_OCCASION_VERBS = frozenset({"speak", "talk", "address", "testify", "appear"})
#: Passive participles of the same: "reached by phone on Monday", "interviewed in Lima".
_ASKED_VERBS = frozenset({"reach", "contact", "interview", "ask", "question", "approach"})


def _speaking_aside(verb: Token) -> bool:
    """ "X, speaking in Lima on Monday, said", "two men reached by phone on Monday said": a
    participle of the speaking itself."""
    if verb.dep_ not in ("advcl", "acl"):
        return False
    lemma = verb.lemma_.lower()
    return (verb.tag_ == "VBG" and lemma in _OCCASION_VERBS) or (
        verb.tag_ == "VBN" and lemma in _ASKED_VERBS
    )


#: Words that open the reporter's context after an attribution: "as", "while", "after".
_GLOSS_MARKS = frozenset({"as", "while", "after", "before", "amid", "following", "since"})


def _in_gloss(tok: Token, cue: Token) -> bool:
    """Whether a date word lies in the reporter's context after the cue, a clause with its
    own subject: "..., officials said, as the campaign entered its third week" dates the
    campaign, and the day the content names comes first."""
    return any(_gloss(above, cue) for above in tok.ancestors)


def _gloss(clause: Token, cue: Token) -> bool:
    return (
        clause.head.i == cue.i
        and clause.dep_ == "advcl"
        and clause.i > cue.i
        and any(c.dep_ == "mark" and c.lower_ in _GLOSS_MARKS for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


#: Clauses whose dates date their own event; an adverbial clause frames the cue's time
#: ("Campaigning in 2012, he barely mentioned ..."), a participle its document's ("a
#: statement released Tuesday").
_CLAUSES = frozenset({"relcl", "ccomp", "conj", "xcomp", "pcomp", "parataxis"})
#: What describes a claimant rather than dating its claim: "Peacekeepers, deployed after
#: the 2020 war,", "Fowler, who led the party from 1995", "Plouffe, an aide in 2012".
_SAME_ACT = frozenset({"advcl", "conj", "xcomp"})
_DESCRIPTIONS = frozenset({"relcl", "acl", "appos", "advcl"})


def _date_adverbs(parsed: Doc) -> list[int]:
    """Tokens that date a claim without being a DATE entity ("recently"), once per parse."""
    return [i for i in tokens_where(parsed, DATE_ADVERBS) if parsed[i].pos_ == "ADV"]


def _bare_weekdays(parsed: Doc) -> list[tuple[int, int]]:
    """Weekday names the tagger left out of its dates ("in a post on X late Wednesday"),
    with a "late"/"early" before them."""
    out = []
    for i in tokens_where(parsed, WEEKDAYS):
        tok = parsed[i]
        if tok.ent_type_ in ("DATE", "TIME") or not tok.text[:1].isupper():
            continue
        before = parsed[i - 1] if i > 0 else None
        out.append((i - 1 if before is not None and before.lower_ in _TIMES_OF_DAY else i, i + 1))
    return out


_TIMES_OF_DAY = frozenset({"late", "early"})
