"""Where a crossing of people named by their nationality started, when no start is told.

"About 2,000 Sudanese crossed into Chad": people named only by their nationality who
cross into another country came from their own; the demonym's country is the start. Kept
narrow for precision: only a crossing ("cross", "crossing") with no start of its own
into another country named as such ("into Chad", not a town), with the demonym the
mover itself or a modifier of it ("Sudanese refugees"), never a possessor ("Sudan's").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import SlotContext

if TYPE_CHECKING:
    from spacy.tokens import Token


def demonym_origin(
    ctx: SlotContext, trig: Token, mover: Token | None, dests: list[Token]
) -> Token | None:
    """The demonym naming the crossing movers' country, if that is not where they went."""
    if mover is None or not dests or trig.lemma_.lower() not in lex.CROSS_LEMMAS:
        return None
    words = [mover, *(c for c in mover.children if c.dep_ in ("amod", "compound"))]
    for word in words:
        country = _country_of(ctx, word)
        if country is None:
            continue
        ends = [c for d in dests if (c := _end_country(ctx, d)) is not None]
        # only into a country named as such ("into Chad"): the plainest border crossing
        return word if ends and all(c != country for c in ends) else None
    return None


def _country_of(ctx: SlotContext, word: Token) -> str | None:
    """The country code of a demonym word: a mention of a country covering just it."""
    start, end = word.idx, word.idx + len(word.text)
    for mention, pid in ctx.mentions:
        if mention.start == start and mention.end == end and ctx.kinds.get(pid) == "country":
            return ctx.countries.get(pid)
    return None


def _end_country(ctx: SlotContext, dest: Token) -> str | None:
    """The code of the country a destination's phrase names, if it names one."""
    lo, hi = dest.left_edge.idx, dest.right_edge.idx + len(dest.right_edge.text)
    for mention, pid in ctx.mentions:
        if lo <= mention.start and mention.end <= hi and ctx.kinds.get(pid) == "country":
            return ctx.countries.get(pid)
    return None
