"""Slots a movement tells without a direction word on its trigger: the place that ran the
vehicles or supplied the goods, a verb of setting off before it, a rare place name the
tagger read as a verb after "to", and the place after a recipient ("to the rebels in X").

Split from :mod:`claimmap.movements`, which reads the prepositional slots.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import Movement, PlaceRef
from claimmap.movement_movers import is_goods, passive, subject
from claimmap.movement_spans import SlotContext, np_span, placelike, places_in, span_of
from claimmap.movement_words import child_of, np_top, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def sender_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "Texas bused migrants to X": a place running the vehicles is where they set off
    (verbs naming the vehicle only: who "sent" or "deployed" is the agent, not the start)."""
    if trig.lemma_.lower() not in lex.SENDER_LEMMAS or passive(trig):
        return None
    return _placed(ctx, child_of(trig, "nsubj"))


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


def setoff_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "was loaded at X and shipped to Y", "was unloaded in X before being moved to Y": a
    verb of loading told just before names the start."""
    for verb in _verbs_before(trig):
        if verb.lemma_.lower() in lex.SETOFF_LEMMAS:
            at = [o for w, o in preps_of(verb) if w in lex.SETOFF_PREPS]
            found = next((o for o in at if placelike(ctx, o, strict=True)), None)
            if found is not None:
                return found
    return None


def _verbs_before(trig: Token) -> list[Token]:
    """The trigger and the verbs told as its step before: coordinated before it ("loaded at
    X and shipped", "loaded at X and were to be delivered"), the clause it comes "before"
    ("unloaded in X before being moved"), and its "after" clause ("after being unloaded")."""
    verb = trig
    while verb.dep_ == "xcomp" and verb.head.lemma_ == "be":  # "were to be delivered"
        verb = verb.head
    out = [trig]
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        out.append(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "before":
        out.append(verb.head.head)
    after = (p for p in trig.children if p.dep_ == "prep" and p.lower_ == "after")
    return out + [c for p in after for c in p.children if c.dep_ == "pcomp"]


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
    return _misread_noun_goal(ctx, trig)


def _misread_noun_goal(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "trucked through X to rebel positions in Y": a noun after "to" read as an infinitive
    verb; the place its object lies in is where the movers went. Only straight after a
    slot of the trigger, so a purpose ("sent troops to fight rebels") stays one."""
    for verb in (c for c in trig.children if c.dep_ == "advcl" and c.tag_ == "VB"):
        to = verb.doc[verb.i - 1] if verb.i else None
        if to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head != verb:
            continue
        before = verb.doc[to.i - 1] if to.i else None
        if before is None or before.dep_ != "pobj" or before.head.head != trig:
            continue
        obj = child_of(verb, "dobj")
        if obj is None or obj.i != verb.i + 1:
            continue
        for word, place in preps_of(obj):
            if word in ("in", "at", "near") and placelike(ctx, place, strict=True):
                return [place]
    return []


def _placed(ctx: SlotContext, tok: Token | None) -> Token | None:
    """``tok`` if it is a resolved place, else None."""
    if tok is not None and tok.i in ctx.placed and placelike(ctx, tok, strict=True):
        return tok
    return None


def from_there(
    ctx: SlotContext, trig: Token, earlier: Sequence[Movement], since: int
) -> PlaceRef | None:
    """ "From there, the cargo was moved to Y": the origin is where the telling had got to,
    the last stop of a movement in this sentence or the one before."""
    heads = [trig, *(c for c in trig.children if c.dep_ in ("advmod", "prt"))]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    words = [*(t for p in preps for t in p.children), *trig.children]
    there = next((t for t in words if t.lower_ in lex.THERE_WORDS), None)
    if there is None or (there.lower_ == "there" and there.head.lower_ != "from"):
        return None
    span = span_of(ctx.doc, there.idx, there.idx + len(there.text))
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start < since:
            break
        last = m.destination or (m.transit[-1] if m.transit else None)
        if last is not None:
            return PlaceRef(span, last.place_id, last.other_place_ids)
    return None


def arrived_in(trig: Token, mover: Token) -> list[tuple[str, Token]]:
    """ "the arrival of Syrian refugees in X": the place the parser hung on the mover of an
    arrival noun is where they arrived."""
    top = np_top(mover)
    of = top.head
    if trig.pos_ != "NOUN" or trig.lemma_.lower() not in lex.ARRIVAL_LEMMAS:
        return []
    if top.dep_ != "pobj" or of.lower_ != "of" or of.head != trig:
        return []
    return [(w, o) for w, o in preps_of(mover) if w in ("in", "at")]


def halt_goals(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "sailed the ship to X and anchored it off Y": a conjoined verb of halting a vessel,
    with no subject of its own, tells where the voyage ended."""
    out: list[Token] = []
    for verb in trig.conjuncts:
        if verb.i < trig.i or verb.lemma_.lower() not in lex.HALT_LEMMAS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        for word, obj in preps_of(verb):
            if word in lex.HALT_PREPS:
                obj = _inner_place(ctx, obj)
                if placelike(ctx, obj, person_ok=True):
                    out.append(obj)
    return out


def _inner_place(ctx: SlotContext, obj: Token) -> Token:
    """ "outside the zone around X": the place a vaguer area is told around or off."""
    for _ in range(3):
        inner = [
            o
            for w, o in preps_of(obj)
            if w in ("around", "off", "near") and placelike(ctx, o, strict=True)
        ]
        if not inner:
            break
        obj = inner[0]
    return obj


def onward_heads(trig: Token) -> list[Token]:
    """ "moved from X towards Y and then south to Z": a conjoined bare direction, with no
    verb of its own, goes on with the trigger's movement."""
    return [
        c for c in trig.children if c.dep_ == "conj" and c.pos_ == "ADV" and c.lower_ in lex.COMPASS
    ]
