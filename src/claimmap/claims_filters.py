"""Which proposed claims survive: contents kept to their paragraph, fronted phrases
dropped, one claim per content, and only the outermost of nested attributions (but a claim
in a relative clause ends the one it sits in). Quotations' speakers are
:mod:`claimmap.claims_filters_quotations`'s; what reports no claim at all (a naming, a
pledge, a reporter's caveat) is :mod:`claimmap.claims_filters_nonclaims`'s."""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_quotes import one_paragraph, widen_to_quotes
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    ended_at,
    overlap,
    span_at,
    text,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def one_paragraph_claim(parsed: Doc, body: str, raw: RawClaim, quotes: list[Offsets]) -> RawClaim:
    """Content widened to its quotation, then content and claimant kept to one paragraph
    ("5:45 p.m.\n\nGary Johnson's doctor is calling ..." parses as one sentence)."""
    content = one_paragraph(body, widen_to_quotes(raw.content, quotes, raw.cue), raw.cue)
    raw = replace(raw, content=trim(body, *content))
    if raw.claimant is None or _answer(body, raw):
        return raw
    claimant = trim(body, *one_paragraph(body, raw.claimant, raw.cue))
    if claimant[1] <= claimant[0]:  # a dateline or headline paragraph is no speaker
        return _speaker_before_cue(parsed, body, raw)
    colon = body.rfind(": ", claimant[0], claimant[1])
    if colon >= 0:  # "The Latest: Trump urges ...": the label is the headline's, not his
        claimant = trim(body, colon + 1, claimant[1])
    if claimant == raw.claimant:
        return raw
    who = span_at(parsed, *claimant)
    if who is None or not len(who):
        return raw
    return replace(raw, claimant=claimant, claimant_token=who.root.i)


def _answer(body: str, raw: RawClaim) -> bool:
    """An interview's answer: a quotation paragraph whose speaker was named before it."""
    assert raw.claimant is not None
    opens = (
        raw.cue[1] - raw.cue[0] == 1 and body[raw.cue[0]] in '"“' and raw.cue[0] == raw.content[0]
    )
    return opens and raw.claimant[1] < body.rfind("\n", 0, raw.cue[0])


def _speaker_before_cue(parsed: Doc, body: str, raw: RawClaim) -> RawClaim:
    """ "12:15 p.m.\n\nDonald Trump says ...": the parse made the time the subject; the
    noun phrase that opens the cue's paragraph is the speaker, if that is all it holds."""
    start = body.rfind("\n", 0, raw.cue[0]) + 1
    before = span_at(parsed, *trim(body, start, raw.cue[0]))
    if before is None or not 0 < len(before) <= 12 or any(t.pos_ not in _NP for t in before):
        return replace(raw, claimant=None, claimant_token=None)
    return replace(
        raw,
        claimant=(before.start_char, before.end_char),
        claimant_token=before.root.i,
    )


_NP = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "PUNCT", "NUM", "CCONJ"})


def fronted_adverbial(parsed: Doc, raw: RawClaim) -> bool:
    """A content before its cue with no verb and no quotation ("In his 2002 book, ...",
    "But in July 2012, ...", "A day earlier, ...") is a sentence-initial phrase, not what
    the claimant said."""
    start, end = raw.content
    if end > raw.cue[0] or any(q in text(parsed)[start:end] for q in _QUOTE_CHARS):
        return False
    span = span_at(parsed, start, end)
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if words and all(t.ent_type_ in ("DATE", "TIME") for t in words):
        return True  # "A day earlier, the ministry said": a date, not a content
    if span[0].pos_ not in ("ADP", "ADV", "CCONJ", "SCONJ"):
        return False  # "Clinton Hid Past Health Problems": a headline the tagger misreads
    # "As a TV boss, Trump demeaned women, aides said": a clause with an ADJ-tagged verb
    return not _clause_after_comma(span) and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _clause_after_comma(span: Span) -> bool:
    """Words past the opening phrase's comma that open no second adverbial: a clause,
    whatever the tagger made of its verb."""
    comma = next((t for t in span if t.text == ","), None)
    if comma is None or comma.i == span.start:
        return False
    rest = [t for t in span.doc[comma.i + 1 : span.end] if not t.is_punct]
    if len(rest) < 3 or rest[0].pos_ in ("ADP", "ADV", "CCONJ", "SCONJ", "PART"):
        return False
    return not all(t.ent_type_ in ("DATE", "TIME") for t in rest)


_QUOTE_CHARS = ('"', "“", "”", "''", "‘", "’ ")


def split_participles(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """ "X mocked the complaint, saying anybody who ...": a participle cue after a comma
    opens a claim of its own, so the claim before it ends at the comma (otherwise the
    outer content would swallow the second claim, and PolNeAR counts both)."""
    body = text(parsed)
    cuts: dict[int, int] = {}  # index in claims → new content end
    for inner in claims:
        tok = parsed[inner.cue_token]
        if tok.tag_ != "VBG" or not body[: inner.cue[0]].rstrip().endswith(","):
            continue
        comma = body.rfind(",", 0, inner.cue[0])
        for n, outer in enumerate(claims):
            if outer.cue[1] <= comma and outer.content[0] < comma < outer.content[1]:
                cuts[n] = min(cuts.get(n, comma), comma)
    return ended_at(claims, cuts, body, lambda content: content[1] > content[0])


def mended_coordination(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """ "said in a statement that it was following the situation and had intensified
    patrols": a parse that breaks a coordination leaves a content ending in "and" and
    hangs the second conjunct on the cue as a claim of its own. The content runs on to
    the end of the sentence (unless another cue is there: "..., and he noted that ..."
    is a claim of its own, and the content ends before "and"), and the claims of one cue
    whose contents then overlap are one claim."""
    body = text(parsed)
    out = []
    for raw in claims:
        last = span_at(parsed, raw.content[1] - 1, raw.content[1])
        conj = last[-1] if last is not None and last[-1].pos_ == "CCONJ" else None
        rest = (raw.content[1], raw.sentence[1])
        if conj is None or raw.cue[1] > raw.content[0]:
            pass
        elif rest[0] < rest[1] and not _other_cue_in(claims, raw, rest):
            raw = replace(raw, content=trim(body, raw.content[0], rest[1]))
        else:  # "... were not complete, and human rights groups warned ..."
            raw = replace(raw, content=trim(body, raw.content[0], conj.idx))
        out.append(raw)
    merged: list[RawClaim] = []
    for raw in sorted(out, key=lambda r: (r.cue, r.content)):
        prev = merged[-1] if merged else None
        if prev is not None and prev.cue == raw.cue and raw.content[0] < prev.content[1]:
            hull = (prev.content[0], max(prev.content[1], raw.content[1]))
            merged[-1] = replace(prev, content=hull)
            continue
        merged.append(raw)
    return sorted(merged, key=lambda r: (r.sentence[0], r.cue[0]))


def _other_cue_in(claims: list[RawClaim], raw: RawClaim, span: Offsets) -> bool:
    return any(o.cue_token != raw.cue_token and span[0] <= o.cue[0] < span[1] for o in claims)


def summaries(claims: list[RawClaim]) -> list[RawClaim]:
    """ "X, Amnesty alleged, an accusation an official rejected as unfounded": the
    rejection is about X, the content of the nearest claim before the summing noun in
    the same sentence (with none, the noun phrase stays the content)."""
    out = []
    for raw in claims:
        if raw.summary:
            before = [
                o
                for o in claims
                if o is not raw
                and not o.summary
                and o.sentence == raw.sentence
                and o.cue[1] <= raw.content[0]
                and o.content[1] <= raw.content[0]
            ]
            if before:
                raw = replace(raw, content=max(before, key=lambda o: o.cue[0]).content)
        out.append(raw)
    return out


def end_before_summaries(body: str, claims: list[RawClaim]) -> list[RawClaim]:
    """ "The minister said the rifles came via Niger, a claim the rebels rejected": the
    parser hangs the summing noun and its relative clause inside the first content as an
    apposition. The first claim ends at the comma before the noun, so the rejection is a
    claim of its own about that content (see :func:`summaries`)."""
    nouns = [r.content[0] for r in claims if r.summary]
    if not nouns:
        return claims
    out = []
    for raw in claims:
        inside = [n for n in nouns if not raw.summary and raw.content[0] < n < raw.content[1]]
        comma = body.rfind(",", raw.content[0], inside[0]) if inside else -1
        if comma > raw.content[0] and not body[comma + 1 : inside[0]].strip():
            raw = replace(raw, content=trim(body, raw.content[0], comma))
        out.append(raw)
    return out


def outermost(claims: list[RawClaim]) -> list[RawClaim]:
    """Drop claims whose cue sits inside another claim's content ("X said Y claimed Z").

    The outer attribution is the one the article makes; the inner one is part of what
    is attributed (PolNeAR annotates only the outer one too).
    """
    kept: list[RawClaim] = []
    spans: list[Offsets] = []  # contents kept so far, sorted by start
    longest = 0
    for raw in sorted(claims, key=lambda r: r.content[0] - r.content[1]):
        pos = raw.cue[0]
        at = bisect.bisect_right(spans, (pos, 1 << 62))
        inside = False
        while at > 0 and spans[at - 1][0] >= pos - longest:
            at -= 1
            if spans[at][0] <= pos < spans[at][1]:
                inside = True
                break
        if not inside:
            kept.append(raw)
            bisect.insort(spans, raw.content)
            longest = max(longest, raw.content[1] - raw.content[0])
    # "A senior official, who spoke on condition of anonymity, said": a claim's claimant
    # holds no claim of its own.
    holders = sorted(k.claimant for k in kept if k.claimant)
    starts = [h[0] for h in holders]
    kept = [r for r in kept if not _inside_any(r.cue[0], holders, starts)]
    return sorted(kept, key=lambda r: (r.sentence[0], r.cue[0]))


def end_before_relatives(body: str, claims: list[RawClaim]) -> list[RawClaim]:
    """ "..., which he said were at his side": a claim in a relative clause is annotated as
    one of its own, so the claim whose content holds it ends before it."""
    relatives = [r for r in claims if r.relative]
    if not relatives:
        return claims
    out = []
    for raw in claims:
        whole = raw.content
        for rel in relatives:
            cut = _relative_start(body, rel)
            if rel is not raw and raw.content[0] < cut <= rel.cue[0] < raw.content[1]:
                raw = replace(raw, content=trim(body, raw.content[0], cut))
        if raw.content == whole or len(body[slice(*raw.content)].split()) > 1:
            out.append(raw)  # ("protest against [what X says was Y]": "against" says nothing)
    return out


#: Words that open a clause holding another speaker's claim (", where X said", "what X
#: says was Y").
_RELATIVE_ADVERBS = ("where", "when", "what")


def _relative_start(body: str, rel: RawClaim) -> int:
    """Where a relative claim's clause starts: its content ("which he said were ...") or,
    when the content follows the cue (", where the UN said 34 died"), the adverb before
    its speaker."""
    if rel.content[0] <= rel.cue[0] or rel.claimant is None:
        return rel.content[0]
    before = body[: rel.claimant[0]].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    if word.lower() in _RELATIVE_ADVERBS:
        return len(before) - len(word)
    return rel.content[0]


def _inside_any(pos: int, spans: list[Offsets], starts: list[int]) -> bool:
    """Whether ``pos`` lies in one of the sorted ``spans`` (claimants barely overlap)."""
    at = bisect.bisect_right(starts, pos) - 1
    return any(spans[i][0] <= pos < spans[i][1] for i in range(max(0, at - 3), at + 1))


def dedupe(claims: list[RawClaim]) -> list[RawClaim]:
    """One claim per content and source: a conjoined or repeated cue adds nothing new, but
    another source of the same content does ("X, Amnesty alleged, an accusation an
    official rejected": the rejection is about the allegation's content)."""
    seen: dict[Offsets, RawClaim] = {}
    out: list[RawClaim] = []
    # the outer cue first: "X is expected to go, an official said" is the official's
    for raw in sorted(claims, key=lambda r: (r.content[0], _within(r), r.cue[0])):
        if raw.content[1] <= raw.content[0]:
            continue
        first = seen.get(raw.content)
        if first is not None and not _other_source(first, raw):
            continue
        seen.setdefault(raw.content, raw)
        out.append(raw)
    return sorted(out, key=lambda r: (r.sentence[0], r.cue[0]))


def _within(raw: RawClaim) -> bool:
    """Whether the cue lies inside its own content ("troops are believed to have ...")."""
    return raw.content[0] <= raw.cue[0] < raw.content[1]


def _other_source(first: RawClaim, raw: RawClaim) -> bool:
    """Whether two claims of one content have two sources with two cues of their own."""
    if first.claimant is None or raw.claimant is None or first.cue_token == raw.cue_token:
        return False
    if first.outlet is not None and overlap(first.outlet, raw.claimant):
        return False  # "X said Y, the agency reported": the agency is X's channel, no source
    return not overlap(first.claimant, raw.claimant)
