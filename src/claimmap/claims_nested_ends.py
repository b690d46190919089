"""Make the ends of nested claims agree before :func:`claims_filters.outermost` runs.

An inner claim is one whose cue lies in another claim's content ("Shelby said she
suspected X — something a caller also told police"). Each claim's end is found on its
own, so the outer one may stop at a dash or comma where the inner one runs on; then the
inner claim's cue is inside the outer content but its content is not, and both survive
as two halves of one attribution. What the inner claim says is part of what the outer
one reports, so the outer content reaches the inner one's end.

A postposed cue whose content opens after ", but" ("A, but B, the source added") reports
the whole sentence: "but" joins two clauses of one statement, and a reporter who meant
only B would put the attribution before "but".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import trim

if TYPE_CHECKING:
    from claimmap.claims_tokens import RawClaim

#: ", but" (with optional spaces) right before a content's first character.
_BUT_BEFORE = re.compile(r",\s*but\s*$", re.IGNORECASE)


def agreeing_ends(body: str, claims: list[RawClaim]) -> list[RawClaim]:
    """Claims whose contents reach the end of the inner claims whose cues they hold, and
    postposed contents that open after ", but" widened back to the sentence start."""
    out = []
    for raw in claims:
        end = max(
            (
                inner.content[1]
                for inner in claims
                if inner is not raw and _nested_past_end(raw, inner)
            ),
            default=raw.content[1],
        )
        start = _but_start(body, raw)
        if (start, end) != raw.content:
            raw = replace(raw, content=trim(body, start, end))
        out.append(raw)
    return out


def _nested_past_end(outer: RawClaim, inner: RawClaim) -> bool:
    """Whether ``inner``'s cue and content start lie in ``outer``'s content, within one
    sentence, but its content runs past the outer one's end."""
    start, end = outer.content
    return (
        start <= inner.cue[0] < end
        and start <= inner.content[0] < end < inner.content[1]
        and outer.sentence == inner.sentence
        and not inner.relative  # ("..., which he said were at his side" ends the outer)
    )


def _but_start(body: str, raw: RawClaim) -> int:
    """The sentence start for a postposed cue's content opening after ", but"."""
    start = raw.content[0]
    if raw.cue[0] < raw.content[1] or raw.sentence[0] >= start:
        return start
    if raw.claimant is not None and raw.claimant[0] < raw.content[1]:
        return start
    head = body[raw.sentence[0] : start]
    if not _BUT_BEFORE.search(head) or "\n" in head:
        return start
    return raw.sentence[0]
