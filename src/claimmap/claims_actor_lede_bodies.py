"""A body a lede describes ("a Washington-based think tank said") that the next
sentences name ("The Center for Strategic and International Studies said it had ...").

An indefinite description of a body is how a wire lede holds back a name it gives a
sentence or two later; the named body of the same country, quoted next, is the speaker
the description stood for, with its seat. Read over all the claims once they are
resolved, like :mod:`claimmap.claims_actor_ledes`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_tokens import memo, sentences, span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Actor

_DESCRIBED_KINDS = frozenset({"organisation", "unknown"})
#: How many sentences later the name may come.
_REACH = 2


def lede_body_named_next(
    raws: Sequence[RawClaim], actors: list[Actor | None], parsed: Doc
) -> list[Actor | None]:
    """The actors, with a body a claimant phrase describes ("a London-based group") taken
    for the named body of its country quoted next, within two sentences."""
    out = list(actors)
    for n in range(len(out) - 1):
        actor, after = out[n], out[n + 1]
        if actor is None or after is None or not _described(raws[n], parsed, actor):
            continue
        if after.kind != "organisation" or not _named(raws[n + 1], parsed):
            continue
        if not actor.country_code or after.country_code != actor.country_code:
            continue  # (a description of no country may be another body: "a local group")
        if _sentences_apart(parsed, raws[n].sentence[0], raws[n + 1].sentence[0]) in (1, _REACH):
            out[n] = after
    return out


def _described(raw: RawClaim, parsed: Doc, actor: Actor) -> bool:
    """ "a Washington-based think tank": an indefinite body with no name in it."""
    span = span_at(parsed, *raw.claimant) if raw.claimant else None
    if span is None or actor.kind not in _DESCRIBED_KINDS or span[0].lower_ not in ("a", "an"):
        return False
    return not any(t.ent_type_ in ("ORG", "PERSON") for t in span) and span.root.pos_ == "NOUN"


def _named(raw: RawClaim, parsed: Doc) -> bool:
    span = span_at(parsed, *raw.claimant) if raw.claimant else None
    return span is not None and any(t.ent_type_ == "ORG" for t in span)


def _sentences_apart(parsed: Doc, first: int, second: int) -> int:
    starts = memo(
        parsed, "sentence_chars", lambda: [s.start_char for s in sentences(parsed, len(parsed))]
    )
    return bisect.bisect_right(starts, second) - bisect.bisect_right(starts, first)
