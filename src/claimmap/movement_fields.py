"""The fields of a built movement read off its filled slots: the place references of its
origin, stops and end (with the places joined to each), its mover's span, and the claim of
the movement it goes on from. Split from :mod:`claimmap.movement_build`, which fills the slots.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef, Span
from claimmap.movement_implicit import home_country
from claimmap.movement_place_ref import place_ref
from claimmap.movement_slots import Slots
from claimmap.movement_spans import SlotContext, join_refs, mover_span, placelike, span_of
from claimmap.movement_ways import paired_way
from claimmap.movement_where import where_inside

if TYPE_CHECKING:
    from spacy.tokens import Span as TokSpan
    from spacy.tokens import Token


def mover_text(ctx: SlotContext, named: Token) -> str:
    span = mover_span(ctx, named)
    return ctx.doc.text[span.start : span.end]


def moved_span(ctx: SlotContext, named: Token | None, verb: Token | None) -> Span | None:
    """The mover's span; after a verb the tagger read into its phrase ("traffickers truck
    cocaine" as one noun phrase), only the words after that verb."""
    if named is None:
        return None
    span = mover_span(ctx, named)
    if verb is None or span.start > verb.idx:
        return span
    start = min(verb.nbor().idx, named.idx)
    return span_of(ctx.doc, start, span.end) if start < span.end else span


def went_on(there: PlaceRef | None, earlier: Sequence[Movement]) -> str | None:
    """ "... carried to X. From there, the cargo travels to Y": the leg that goes on from
    where an earlier one ended is told on the same authority as that one."""
    if there is None or there.place_id is None:
        return None
    for m in reversed(earlier):
        last = m.destination or (m.transit[-1] if m.transit else None)
        if last is not None and last.place_id == there.place_id:
            return m.claim_id
    return None


def previous_start(sent: TokSpan) -> int:
    """Where the sentence before starts, passing over ones with no word (a list's "-")."""
    start = sent.start
    while start > 0:
        before = sent.doc[start - 1].sent
        start = before.start
        if any(t.is_alpha for t in before):
            break
    return int(sent.doc[start].sent.start_char) if start < sent.start else int(sent.start_char)


def slot_ref(ctx: SlotContext, head: Token, slots: Slots, mover: Token | None = None) -> PlaceRef:
    """An origin or destination slot, with the places coordinated by a repeated preposition
    ("to X, the capital of Y, and to Z") or told as alternatives ("to X or into Y"); a bare
    "the country" of movers named after one is that one."""
    ref = place_ref(ctx, head, slots.reach)
    home = home_country(ctx, head, mover)
    if home is not None:
        ref = PlaceRef(ref.span, home)
    ref = where_inside(ctx, head, ref)
    more = [place_ref(ctx, head.doc[i]) for i in sorted(slots.joined.get(head.i, ()))]
    return join_refs(ctx, ref, more) if more else ref


def transit_refs(ctx: SlotContext, tok: Token, slots: Slots) -> list[PlaceRef]:
    """A stop on the way, or both ends of "the X-Y route" passed, one after the other."""
    return paired_way(ctx, tok) or [place_ref(ctx, tok, slots.reach, alone=tok.i in slots.alone)]


def stop_tokens(ctx: SlotContext, slots: Slots) -> list[Token]:
    """ "through X and Y": each coordinated transit is a stop of its own, in the order told."""
    out: list[Token] = []
    for tok in slots.transits:
        conj = [c for c in tok.conjuncts if placelike(ctx, c)]
        slots.alone.update(t.i for t in (tok, *conj) if conj)
        out += [tok, *conj]
    return out


def some(tok: Token | None) -> list[Token]:
    return [] if tok is None else [tok]


def unique(tokens: list[Token]) -> list[Token]:
    return list(dict.fromkeys(tokens))
