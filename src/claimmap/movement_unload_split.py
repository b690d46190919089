"""A loading and its unloading told in one clause the parser did not split: "the cargo was
loaded onto freighters at X and at Y, and unloaded days later in A and B".

The parser may hang "unloaded days later" inside the in-phrase ("in A") it reads as the
loading verb's own, so "in A" looks like where the goods were loaded. An at/in-phrase of
the loading with an unloading word before it, inside its own words, is where the goods
were taken off: the voyage's end, never its start. The at-phrase on the craft the goods
were loaded onto ("onto freighters at X") is where they set off, and the craft is no end.

Read by :mod:`claimmap.movement_loaded` (the starts) and :mod:`claimmap.movement_build`
(the ends).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_phrase_words import CRAFT_NOUNS
from claimmap.movement_spans import placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext

#: prepositions putting goods aboard a craft: "loaded onto freighters at X"
_ABOARD_PREPS = frozenset({"onto", "into", "on", "aboard"})


def unloading_phrase(prep: Token) -> bool:
    """Is the at/in-phrase ``prep`` headed by an unloading word inside its own words,
    before the preposition ("unloaded days later in A", read as one phrase)?"""
    return prep.lower_ in ("at", "in") and any(
        t.i < prep.i and t.lemma_.lower() in lex.UNLOAD_LEMMAS for t in prep.subtree
    )


def craft_at(token: Token) -> list[Token]:
    """The at-phrases on the craft the goods were put aboard ("loaded onto freighters at
    X and at Y"): where the craft lay when it was loaded."""
    found: list[Token] = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in _ABOARD_PREPS):
        for craft in pobjs(prep):
            if craft.lemma_.lower() not in CRAFT_NOUNS and craft.lower_ not in CRAFT_NOUNS:
                continue
            found += [c for c in craft.children if c.dep_ == "prep" and c.lower_ == "at"]
        if found:  # "onto X at A and at B", the second at-phrase hung on "onto"
            found += [c for c in prep.children if c.dep_ == "conj" and c.lower_ == "at"]
    return found


def unloading_ends(ctx: SlotContext, trig: Token, slots: Slots) -> None:
    """ "loaded ... at X, and unloaded days later in A and B": A (with B) ends the voyage,
    and the craft loaded "onto" is no end once the loading gave the start."""
    if trig.lemma_.lower() not in lex.LOAD_LEMMAS or trig.pos_ != "VERB":
        return
    preps = [c for c in trig.children if c.dep_ == "prep" and unloading_phrase(c)]
    ends = [content_head(o) for p in preps for o in pobjs(p)]
    ends = [e for e in ends if placelike(ctx, e, strict=True)]
    if not ends:
        return
    for end in ends:
        if end in slots.origins:
            slots.origins.remove(end)
    aboard = {o.i for p in craft_at(trig) for o in pobjs(p)}
    crafts = [d for d in slots.dests if d.lemma_.lower() in CRAFT_NOUNS or d.lower_ in CRAFT_NOUNS]
    for craft in crafts:
        if any(t.i in aboard for t in craft.subtree) or not aboard:
            slots.dests.remove(craft)
    kept = ends[0]  # "in A and B": coordinated ends share the one slot
    if kept not in slots.dests:
        slots.dests.insert(0, kept)
    for other in ends[1:]:
        if other in slots.dests:
            slots.dests.remove(other)
        slots.joined.setdefault(kept.i, []).append(other.i)
