"""A second conjunct of the content that the parser hung on a verb above the cue.

"X accused Y of orchestrating it, saying they had been flown to Minsk from A, B and C
and then bused to the frontier": after a list, the parser may coordinate "bused" with
"accused" instead of with "flown", and "quoted X as saying the migrants had gathered and
that guards had used tear gas" may coordinate the that-clause with "quoted". The content
then stops at the list's last name. A conjunct right after the content's end, governed by
the cue's own governor or one above it, that opens with "that" or is a participle with no
subject of its own like the content's verb, continues the content.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import RawClaim, sentence_at, text, tok_end, trim
from claimmap.parse_columns import space_flags, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def with_stray_conjuncts(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """The claims, each content widened over a conjunct the parser hung above its cue."""
    return [_widened(parsed, raw) for raw in raws]


def _widened(parsed: Doc, raw: RawClaim) -> RawClaim:
    cue = parsed[raw.cue_token]
    if raw.content[0] < cue.idx or raw.content[1] <= cue.idx:
        return raw  # a content before its cue ends at the cue
    after = _token_at_or_after(cue, raw.content[1])
    if after is None or after.pos_ != "CCONJ" or after.sent.start != cue.sent.start:
        return raw
    verb = after.head
    conjunct = next((c for c in verb.children if c.dep_ == "conj" and c.i > after.i), None)
    if conjunct is None or conjunct.pos_ not in ("VERB", "AUX"):
        return raw
    if not (verb.i == cue.i or any(a.i == verb.i for a in cue.ancestors)):
        return raw  # coordinated inside the content, or with something else
    if not (_that_clause(conjunct) or _like_content_verb(parsed, raw, conjunct)):
        return raw
    end = tok_end(conjunct.right_edge)
    if end > cue.sent.end_char:
        return raw
    return replace(raw, content=trim(text(parsed), raw.content[0], end))


def _token_at_or_after(cue: Token, at: int) -> Token | None:
    """The first word of the cue's sentence at or after character ``at`` (by bisection over
    the token offsets: a scan from the sentence's start built every token before it)."""
    doc = cue.doc
    sent = sentence_at(doc, cue.i)
    starts, space = token_starts(doc), space_flags(doc)
    i = bisect.bisect_left(starts, at, sent.start, sent.end)
    while i < sent.end and space[i]:
        i += 1
    return doc[i] if i < sent.end else None


def _that_clause(conjunct: Token) -> bool:
    """ "… and that guards had used tear gas": a second reported clause."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in conjunct.children)


def _like_content_verb(parsed: Doc, raw: RawClaim, conjunct: Token) -> bool:
    """ "had been flown … and then bused": a participle without a subject, of the form of
    the content's own main verb."""
    participle = conjunct.tag_ == "VBN" or (
        conjunct.tag_ == "VBD" and conjunct.lower_.endswith("ed")
    )
    if not participle or any(c.dep_ in _SUBJECTS for c in conjunct.children):
        return False  # ("bused" may be tagged a past tense: the form is the same)
    span = parsed.char_span(raw.content[0], raw.content[1], alignment_mode="expand")
    return span is not None and span.root.tag_ == "VBN" and span.root.i < conjunct.i
