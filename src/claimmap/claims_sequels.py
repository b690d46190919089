"""A relayed report that goes on in the next sentence under a hearsay adverb: "According
to X, 300 drones crossed the sea. From there, the munitions were reportedly trucked
north." The second sentence names no source; its "reportedly"/"allegedly" says it is still
someone's account, and the one the reader was just given is X's. So it is X's claim too
(hedged, by the adverb), not the writer's plain statement.

Only a sentence right after an "according to" claim, in the same paragraph, with no claim
of its own and the adverb on its main verb, is read so: elsewhere "reportedly" may point
at any report.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import RawClaim, sentence_at, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Adverbs by which a sentence tells someone's account, not the writer's own.
HEARSAY = frozenset({"reportedly", "allegedly"})


def hearsay_sequels(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """The claims that "reportedly"/"allegedly" carries on from an "according to" claim."""
    body = text(parsed)
    told = sorted(r.cue[0] for r in claims)
    out: list[RawClaim] = []
    for raw in claims:
        if raw.claimant is None or not body[raw.cue[0] : raw.cue[1]].lower().startswith("accord"):
            continue
        if raw.content[1] > raw.sentence[1] or raw.sentence[1] >= len(body):
            continue
        sent = _next_sentence(parsed, raw.sentence[1])
        if sent is None or "\n" in body[raw.sentence[1] : sent.start_char]:
            continue
        if any(sent.start_char <= c < sent.end_char for c in told):
            continue  # the sentence has a source of its own
        adverb = _hearsay_adverb(sent)
        if adverb is None:
            continue
        out.append(
            replace(
                raw,
                cue=(adverb.idx, tok_end(adverb)),
                cue_token=adverb.i,
                content=trim(body, sent.start_char, sent.end_char),
                sentence=(sent.start_char, sent.end_char),
                relative=False,
                summary=False,
            )
        )
    return out


def _next_sentence(parsed: Doc, end: int) -> Span | None:
    first = next((t for t in parsed if t.idx >= end and not t.is_space), None)
    return sentence_at(parsed, first.i) if first is not None else None


def _hearsay_adverb(sent: Span) -> Token | None:
    """ "were reportedly trucked", "are allegedly moved ... and smuggled": the adverb on
    the sentence's main verb."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    return next(
        (c for c in root.children if c.dep_ == "advmod" and c.lower_ in HEARSAY),
        None,
    )
