"""Where the sentence before left the movers a journey goes on from.

"Imagery shows 14 armoured vehicles at the S base in B." "The group said the convoy was
later moved north by road to Y": the convoy told as moved *later* goes on from where the
sentence before had the vehicles (the S base), though no journey brought them there.

Only for a movement naming an end and nothing else, told as what came next ("later",
"then") of movers named by a definite phrase or a pronoun, with no earlier journey of the
group to start from; the place is a site or town the sentence before puts things "at" or
"in" (never a country: too coarse to be a start the text tells).

Used by :mod:`claimmap.movement_join_last`.
"""

from __future__ import annotations

import re

from claimmap.model import Movement
from claimmap.movement_join_context import LegContext

#: "was later moved", "then drove": the movement told as what came next
_NEXT = re.compile(
    r"\b(?:then|later|subsequently|afterwards|afterward|thereafter)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: movers pointing back at ones told of before: "the convoy", "they", "it"
_BACK = re.compile(
    r"(?:^|\s)(?:(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?[\w-]+|it|they|them)$", re.IGNORECASE
)
#: the words right before a place that put things there: "at the Senou base in"
_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: how far back the sentence before may start (characters)
_BACK_CHARS = 400
_KINDS = frozenset({"city", "facility"})


def sited_before(m: Movement, ctx: LegContext) -> str | None:
    """The first site or town the sentence before ``m`` puts things at, when ``m`` is told
    as going on from there (see module doc); None otherwise."""
    if m.mover is None or m.sentence is None or m.mood != "made":
        return None
    named = ctx.text[max(m.sentence.start, m.mover.start - 20) : m.mover.end]
    if not _BACK.search(named) or not _NEXT.search(ctx.text[m.mover.end : m.trigger.start]):
        return None
    start, end = _sentence_before(ctx.text, m.sentence.start)
    if start is None or any(start <= x.trigger.start < end for x in ctx.pool):
        return None  # a journey told there: the chaining rules read it
    found: list[tuple[int, str]] = []
    for place in ctx.places:
        if place.kind not in _KINDS:
            continue
        for mention in place.mentions:
            lead = ctx.text[max(start, mention.start - 40) : mention.start]
            if start <= mention.start and mention.end <= end and _AT.search(lead):
                found.append((mention.start, ctx.canon.get(place.id, place.id)))
    return min(found)[1] if found else None


def _sentence_before(text: str, at: int) -> tuple[int | None, int]:
    """The span of the sentence ending right before ``at``, in the same paragraph (no
    start when ``at`` opens its paragraph or the sentence runs back too far)."""
    lo = max(0, at - _BACK_CHARS)
    body = text[lo:at].rstrip()
    if not body or "\n" in text[lo + len(body) : at]:
        return None, at
    inner = body[:-1]
    cuts = [k.end() for k in re.finditer(r"[.!?][\"”’]?\s+|\n", inner)]
    if not cuts and lo > 0:
        return None, at
    return lo + (cuts[-1] if cuts else 0), lo + len(body)
