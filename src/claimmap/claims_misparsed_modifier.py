"""A past-tense cue the parser made a modifier of the noun after it: "President X blasted
Turkey as ..." reads "blasted" as an adjective of "Turkey", which becomes the root.

The shape still shows the claim: the proper names (and nationalities) before the cue are
its speaker, the noun after it with its own phrases the content. The speaker is kept for
the head, so that a cue conjoined to it ("... and said ...") inherits it. A quotation's
'"...," the 41-year-old told reporters' is :mod:`claimmap.claims_misparsed_tell`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_outlets import outlet_of
from claimmap.claims_tokens import Offsets, RawClaim, cue_offsets, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def repaired_verb(
    verb: Token, sent: Span, frame: str, repaired: dict[int, tuple[Offsets, int]]
) -> RawClaim | None:
    """A past-tense cue parsed as a modifier ("President X blasted Turkey" → "Turkey" ROOT)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i == sent.start or doc[verb.i - 1].pos_ != "PROPN":
        return None
    if verb.head.i <= verb.i or frame not in ("speech", "evaluation"):
        return None
    start = verb.i - 1
    while start > sent.start and (
        doc[start - 1].pos_ == "PROPN"
        or doc[start - 1].ent_type_ == "NORP"
        or doc[start - 1].text == "-"
    ):
        start -= 1
    head = verb.head
    end = head.i
    for c in head.children:
        if c.i > head.i and c.dep_ in ("prep", "appos", "acl", "relcl"):
            end = max(end, c.right_edge.i)
    claimant = tokens_offsets(doc, start, verb.i - 1)
    repaired[head.i] = (claimant, verb.i - 1)
    return RawClaim(
        cue=cue_offsets(verb),
        content=tokens_offsets(doc, verb.i + 1, end),
        claimant=claimant,
        claimant_token=verb.i - 1,
        outlet=outlet_of(verb, sent),
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )
