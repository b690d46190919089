"""A source "quoted by" a medium: "A Tuareg notable, quoted by the Anadolu agency, said".

The medium only carries the source's words, so the source alone is the claimant and the
medium its outlet (the convention of :mod:`claimmap.claims_quoting` for "X, quoting Y,
said"). The parser hangs the participle on the source's noun, so the claimant phrase
swallowed ", quoted by X", and the medium's name could then be taken for the speaker.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_media import relaying_medium
from claimmap.claims_tokens import RawClaim, span_at, subtree, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Participles by which a medium carries a source's words: "quoted by", "interviewed by".
_QUOTED = frozenset({"quote", "cite", "interview"})


def without_quoted_by(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with "…, quoted by X" cut from each claimant, X as the outlet if none."""
    return [_cut(parsed, raw) for raw in found]


def _cut(parsed: Doc, raw: RawClaim) -> RawClaim:
    who = span_at(parsed, *raw.claimant) if raw.claimant is not None else None
    if who is None:
        return raw
    quoted = _quoted_by(who)
    if quoted is None:
        return raw
    participle, medium = quoted
    end = participle.i
    while end > who.start and parsed[end - 1].is_punct:
        end -= 1  # the comma before "quoted"
    if end <= who.start:
        return raw
    source = parsed[who.start : end]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in source):
        return raw
    if not relaying_medium(medium):
        return raw  # "refugees interviewed by a rights group": no medium between
    outlet = raw.outlet or subtree(medium.root)
    head = next((t for t in source if not source.start <= t.head.i < source.end), source.root)
    return replace(
        raw,
        claimant=tokens_offsets(parsed, source.start, source.end - 1),
        claimant_token=head.i,
        outlet=outlet,
    )


def _quoted_by(who: Span) -> tuple[Token, Span] | None:
    """The participle of "quoted by X" after the source's first words, and X."""
    for tok in who:
        if tok.i == who.start or tok.tag_ != "VBN" or tok.lemma_.lower() not in _QUOTED:
            continue
        by = tok.nbor() if tok.i + 1 < who.end else None
        if by is None or by.lower_ != "by":
            continue
        obj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        return tok, who.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None
