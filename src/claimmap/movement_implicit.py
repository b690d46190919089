"""Slots a movement tells without a direction word on its trigger: the place that ran the
vehicles or supplied the goods, a verb of setting off before it, a rare place name the
tagger read as a verb after "to", and the place after a recipient ("to the rebels in X").

Split from :mod:`claimmap.movements`, which reads the prepositional slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_movers import is_goods, passive, subject
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import child_of, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def sender_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "Texas bused migrants to X": a place running the vehicles is where they set off
    (verbs naming the vehicle only: who "sent" or "deployed" is the agent, not the start)."""
    if trig.lemma_.lower() not in lex.SENDER_LEMMAS or passive(trig):
        return None
    return _placed(ctx, child_of(trig, "nsubj"))


def supplier_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "Iran supplies Hezbollah with weapons that are flown to Damascus": goods a country
    supplies set off from it (the supplying verb tells no route of its own)."""
    goods = trig.head
    if trig.dep_ not in ("relcl", "acl") or not is_goods(goods):
        return None
    verb = goods.head.head if goods.dep_ == "pobj" and goods.head.lower_ == "with" else goods.head
    if goods.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in lex.SUPPLY_LEMMAS:
        return None
    return _placed(ctx, subject(verb))


def setoff_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "was loaded at X and shipped to Y": a verb coordinated before names the start."""
    before = trig.head if trig.dep_ == "conj" and trig.head.i < trig.i else trig
    if before.lemma_.lower() in lex.SETOFF_LEMMAS:
        at = [o for w, o in preps_of(before) if w in lex.SETOFF_PREPS]
        return next((o for o in at if placelike(ctx, o, strict=True)), None)
    return None


def misread_goals(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "flown from X to Amdjarass in Y": a rare place name after "to" read as an infinitive
    verb; it is a place all the same when the geoparser or the NER says so."""
    return [
        c
        for c in trig.children
        if c.dep_ in ("advcl", "xcomp")
        and c.tag_.startswith("VB")
        and (c.i in ctx.placed or c.ent_type_ in lex.PLACE_ENTS)
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
    ]


def recipient_place(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "trucked to the Rapid Support Forces (RSF) in Darfur": when "to" names who received
    the movers, the place right after it is where they went."""
    for word, obj in preps_of(trig, any_prep=False):
        if word not in lex.DEST_PREPS or placelike(ctx, obj):
            continue
        after = obj.right_edge.i + 1
        for prep in (c for c in trig.children if c.i == after and c.dep_ == "prep"):
            objs = pobjs(prep) if prep.lower_ in ("in", "at", "inside") else []
            if objs and placelike(ctx, objs[0], strict=True):
                return objs[:1]
    return []


def _placed(ctx: SlotContext, tok: Token | None) -> Token | None:
    """``tok`` if it is a resolved place, else None."""
    if tok is not None and tok.i in ctx.placed and placelike(ctx, tok, strict=True):
        return tok
    return None
