"""An end named more finely as a guess: "destined for Russian units in X's south, possibly
Y". The hedged town after the coarse end lies inside it, so it is where the movers were
told to go; the guess is kept in the movement's own mood, the place in the end slot.

Read by :func:`claimmap.movement_implicit.settle_goals`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_spans import np_span, places_in

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

#: adverbs telling a finer end as a guess
_GUESS_WORDS = frozenset({"possibly", "probably", "perhaps", "likely", "maybe"})
#: how many tokens after the coarse end's head the guess may start
_NEAR = 10


def guessed_end(ctx: SlotContext, dests: list[Token]) -> None:
    """Put a hedged finer end ("units in X's south, possibly Y") in place of the coarse end
    phrase that holds it (Y lies in a country that phrase names as a country or a region)."""
    for n, dest in enumerate(dests):
        coarse = places_in(ctx, np_span(ctx, dest))
        wide = {ctx.countries.get(p) for p in coarse if ctx.kinds.get(p) in _WIDE} - {None}
        finer = _guess_after(ctx, dest) if wide else None
        if finer is None:
            continue
        ids = places_in(ctx, np_span(ctx, finer))
        if (
            len(ids) == 1
            and ctx.kinds.get(ids[0]) not in _WIDE
            and ctx.countries.get(ids[0]) in wide
        ):
            dests[n] = finer


#: kinds of place a finer guess may lie in
_WIDE = frozenset({"country", "admin1", "region"})


def _guess_after(ctx: SlotContext, dest: Token) -> Token | None:
    """The place right after ", possibly" in or just after ``dest``'s phrase."""
    doc = dest.doc
    for tok in doc[dest.i + 1 : min(dest.sent.end - 1, dest.i + _NEAR)]:
        if tok.lower_ in _GUESS_WORDS and doc[tok.i - 1].text == ",":
            nxt = doc[tok.i + 1]
            return nxt if places_in(ctx, np_span(ctx, nxt)) else None
        if tok.text in (";", ".") or (tok.pos_ == "VERB" and tok.dep_ != "amod"):
            return None
    return None
