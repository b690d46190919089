"""Where movers set off, told by who sent them: a place running the vehicles ("Texas bused
migrants to X"), a country that sent its own people abroad ("North Korea has sent 10,000
troops to Russia"), a country supplying the goods ("Iran supplies Hezbollah with weapons
that are flown to Damascus"). Not a country acting inside its own land, nor a sending only
planned: the agent is then no start.

Split from :mod:`claimmap.movement_implicit`, which reads the other slots told off the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_movers import is_goods, passive
from claimmap.movement_spans import SlotContext, np_span, placelike, places_in
from claimmap.movement_verb_args import subject
from claimmap.movement_words import child_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def sender_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "Texas bused migrants to X": a place running the vehicles is where they set off
    (verbs naming the vehicle only: who "sent" or "deployed" is the agent, not the start)."""
    if trig.lemma_.lower() not in lex.SENDER_LEMMAS or passive(trig):
        return None
    sender = _placed(ctx, child_of(trig, "nsubj"))
    return None if sender is None or _at_home(ctx, trig, sender) else sender


def _at_home(ctx: SlotContext, trig: Token, sender: Token) -> bool:
    """ "Ethiopia flies troops into X": a country acting inside its own land (every place
    the verb takes the movers to lies in it) is the agent, not where they set off."""
    ids = places_in(ctx, np_span(ctx, sender))
    if len(ids) != 1 or ctx.kinds.get(ids[0]) != "country":
        return False
    home = ctx.countries.get(ids[0])
    if home is None:
        return False
    goals = [o for p in trig.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    there = [p for g in goals for p in places_in(ctx, np_span(ctx, g))]
    return bool(there) and all(p != ids[0] and ctx.countries.get(p) == home for p in there)


def dispatcher_origin(
    ctx: SlotContext, trig: Token, mover: Token | None, dests: list[Token]
) -> Token | None:
    """ "North Korea has sent 10,000 troops to Russia": a country that sent its own people
    (troops, workers) to a place outside it is where they set off. Not when the place is
    its own ("sent police to its border"), what is sent are things, or the sending is only
    able, planned or wished ("the capability to send forces", "will send"): an inference
    made only of a sending told as done."""
    if trig.lemma_.lower() not in lex.DISPATCH_LEMMAS or passive(trig) or not dests:
        return None
    if trig.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in trig.children
    ):
        return None
    if mover is None or mover.lemma_.lower() not in lex.DISPATCHED:
        return None
    sender = _placed(ctx, child_of(trig, "nsubj"))
    ids = places_in(ctx, np_span(ctx, sender)) if sender is not None else []
    if len(ids) != 1 or ctx.kinds.get(ids[0]) != "country":
        return None
    home = ctx.countries.get(ids[0])
    there = [p for d in dests for p in places_in(ctx, np_span(ctx, d))]
    abroad = bool(there) and all(p != ids[0] and ctx.countries.get(p) != home for p in there)
    return sender if abroad else None


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


def _placed(ctx: SlotContext, tok: Token | None) -> Token | None:
    """``tok`` if it is a resolved place, else None."""
    if tok is not None and tok.i in ctx.placed and placelike(ctx, tok, strict=True):
        return tok
    return None
