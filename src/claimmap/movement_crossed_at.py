"""Slots told around a crossing or a carrier: "smuggled across the border at X" got to X,
"pushed across at X" crossed at X, "arriving in containers at the ports of X" ended at X,
"bussed to holding centres in X" went to the centres (a gerund-like modifier the parser
read as a verb). Split from :mod:`claimmap.movement_slots`, which calls these.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_words import pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext


def across_border(trig: Token) -> bool:
    """ "smuggled across the border", "moved over the frontier": a verb that is not itself
    one of crossing, told with a border crossed (its at-phrase names the crossing point)."""
    if trig.lemma_.lower() in lex.CROSS_LEMMAS:
        return False
    return any(
        w in ("across", "over") and o.lemma_.lower() in lex.BORDER_NOUNS for w, o in preps_of(trig)
    )


def pushed_across(trig: Token) -> bool:
    """ "were pushed across at X", "sent over at Y": a bare across/over on a verb that is not
    itself one of crossing tells a crossing, whose at-phrase is where it was made."""
    if trig.lemma_.lower() in lex.CROSS_LEMMAS:
        return False
    return any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("across", "over") and not list(c.children)
        for c in trig.children
    )


def named_at(ctx: SlotContext, obj: Token) -> bool:
    """A place named or resolved (not "at night", "at a checkpoint")."""
    return obj.i in ctx.placed or obj.ent_type_ in lex.PLACE_ENTS


def carried_in_at(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "arriving in containers at the ports of X": the at-phrase of the carrier is the
    verb's."""
    for word, carrier in preps_of(trig):
        if word in ("in", "on", "aboard") and carrier.lemma_.lower() in _CARRIERS:
            yield from ((w, o) for w, o in preps_of(carrier) if w == "at")


def gerund_goals(trig: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) of "to holding centres" read as a gerund with its object."""
    for prep in (c for c in trig.children if c.dep_ == "prep"):
        if prep.lower_ in lex.DEST_PREPS and not pobjs(prep):
            yield from ((prep.lower_, o) for o in _gerund_noun(prep))


def _gerund_noun(prep: Token) -> list[Token]:
    """ "bussed to holding centres in X": a noun after a gerund-like modifier that the
    parser read as the preposition's gerund with its object is the goal."""
    gerunds = [g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return [
        o
        for g in gerunds
        if g.i == prep.i + 1
        for o in g.children
        if o.dep_ == "dobj" and o.i == g.i + 1 and o.pos_ == "NOUN"
    ]


#: what goods or people travel in: an at-phrase on one says where the journey got to
_CARRIERS = lex.VEHICLES | frozenset({"container", "lorry", "crate", "hold", "bus", "train"})
