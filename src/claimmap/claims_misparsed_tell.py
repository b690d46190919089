"""A quotation's attribution whose cue the parser made a modifier: '"Our cattle died,"
the 41-year-old told reporters' reads "told" as an adjective of "reporters". The shape
still shows the claim: a quotation closing right before a short noun phrase, the past
cue, and its listener ending the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, RawClaim, cue_offsets, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CLOSERS = frozenset({'"', "”", "'", "’"})


def modifier_attribution(verb: Token, sent: Span, quotes: list[Offsets]) -> RawClaim | None:
    """The claim of a past cue read as a modifier after a quotation, or None."""
    doc = verb.doc
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.head.i != verb.i + 1:
        return None
    close = next((t for t in reversed(doc[sent.start : verb.i]) if t.text in _CLOSERS), None)
    if close is None or close.i < sent.start + 2:
        return None
    speaker = doc[close.i + 1 : verb.i]
    if not 1 <= len(speaker) <= 6 or any(t.is_punct and t.text != "-" for t in speaker):
        return None
    if speaker[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    quote = next((q for q in quotes if q[1] == tok_end(close)), None)
    if quote is None:
        return None
    claimant = trim(text(doc), speaker[0].idx, tok_end(speaker[-1]))
    return RawClaim(
        cue=cue_offsets(verb),
        content=quote,
        claimant=claimant,
        claimant_token=speaker[-1].i,
        outlet=None,
        cue_token=verb.i,
        frame="speech",
        sentence=(sent.start_char, sent.end_char),
    )
