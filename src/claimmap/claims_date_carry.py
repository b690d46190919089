"""A speaker's next sentence keeps the day of the statement: "X told reporters in Geneva
on Tuesday that … He added that …".

A claim with no date phrase of its own is dated by the article's publication. When it
is the same speaker's, in the sentence right after a claim the text dated, in the same
paragraph, it goes on with that statement ("He added", "He rejected …") and was made
the same day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Actor, Claim

__all__ = ["same_statement"]


def same_statement(
    raw: RawClaim, actor: Actor | None, before: RawClaim, said: Claim, body: str
) -> bool:
    """Whether ``raw`` (with ``actor``) carries on the dated claim ``said`` (raw ``before``)."""
    if actor is None or said.actor != actor or said.date_precision in ("published", "unknown"):
        return False
    if before.sentence[1] > raw.sentence[0]:
        return False
    said_end = len(body[: before.sentence[1]].rstrip())  # (a sentence keeps its blanks)
    gap = body[said_end : raw.sentence[0]]
    return "\n" not in gap and not gap.strip()
