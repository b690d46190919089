"""Where the movers come from, told in their own description: "fighters from X", "outfits
active in X", "families who fled X", "those who made it into X travelled on". A relative
clause of leaving or reaching names the start; a place the movers were only made, found or
seized in starts nothing.

Split from :mod:`claimmap.movement_slots`, which reads the slots of the trigger's own phrases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_object_slots import object_slots
from claimmap.movement_org_names import in_group_name
from claimmap.movement_registered import describes_craft, seized_bound
from claimmap.movement_slots import Slots, assign, directional, nested
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_stranded import stranded_object
from claimmap.movement_words import content_head, np_top, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token


_NEXT_WORDS = frozenset(["then", "later", "subsequently", "afterwards", "thereafter", "eventually"])
_HEADINGS = frozenset(["toward", "towards"])
#: prepositions of where goods were put away, read as a start only after a participle of
#: storing on the movers ("a consignment stockpiled on X was to be shipped to Y")
_KEPT_AT = ("on", "at")
_STORED = frozenset(["stockpile", "store", "stash", "warehouse", "cache", "hoard", "amass"])


def _reached(ctx: SlotContext, clause: Token, slots: Slots) -> Token | None:
    """Where the movers' relative clause says they had got to ("those who made it into X",
    "refugees who reached Y"): the next movement of theirs sets off there. None when the
    clause tells a start of its own or the place is also where the movement goes; a clause
    told as what came next ("troops who were then driven toward X") or a heading only
    ("toward X") reached nothing yet."""
    if any(c.dep_ == "advmod" and c.lower_ in _NEXT_WORDS for c in clause.children):
        return None
    inner = Slots()
    for word, obj in directional(clause):
        if word in lex.DEST_PREPS and word not in _HEADINGS:
            assign(ctx, clause, word, content_head(obj), inner, False)
    object_slots(ctx, clause, inner)
    if inner.origins or len(inner.dests) != 1 or inner.dests[0] in slots.dests:
        return None
    return inner.dests[0]


def origin_in_mover(
    ctx: SlotContext, mover: Token, trig: Token, slots: Slots, own: bool = True
) -> None:
    """Where the movers come from, told in their description: "fighters from X", "outfits
    active in X", "families who fled X". Other relative clauses tell other events. A place
    the movers were only made or found in ("carrying papers issued in X", said of what they
    hold) starts nothing unless ``own`` (the movement is more than holding)."""
    stack = [np_top(mover)]
    while stack:
        tok = stack.pop(0)
        if tok == trig:
            continue
        if tok.dep_ == "relcl":
            if tok.lemma_.lower() in lex.ORIGIN_OBJECT | lex.ORIGIN_PREPS or lex.is_trigger(tok):
                inner = Slots()
                for word, obj in directional(tok):
                    if word in lex.ORIGIN_PREPS:
                        assign(ctx, tok, word, content_head(obj), inner, False)
                object_slots(ctx, tok, inner)
                if inner.origins:
                    slots.origins.append(inner.origins[0])
                    slots.reach.update(inner.reach)
                    return
                reached = _reached(ctx, tok, slots)
                if reached is not None:  # "those who made it into X travelled on": from X
                    slots.origins.append(reached)
                    return
            continue
        if tok.dep_ == "prep" and tok.lower_ in lex.WHEN_PREPS:
            continue  # "drones to X months before the war in Y": a time, not a place set off
        if tok.dep_ == "appos" and stranded_object(tok):
            continue  # "cargoes were transferred off X, or in Y": a stop, read as an aside
        if describes_craft(tok):
            continue  # "an Il-76 registered in X", "operated by a firm in Y": no start
        stack.extend(tok.children)
        loaded_at = tok.lower_ == "at" and tok.head.lemma_.lower() == "load"  # "grain loaded at X"
        if tok.dep_ != "prep" or tok.lower_ not in ("in", "from", "inside", *_KEPT_AT):
            continue
        if (
            tok.lower_ in _KEPT_AT
            and not loaded_at
            and (tok.head.tag_ != "VBN" or tok.head.lemma_.lower() not in _STORED)
        ):
            continue  # "stockpiled on X island", "stored at X": where the goods lay, a start
        if tok.head.lemma_.lower() in lex.SEIZURE_LEMMAS:
            if seized_bound(ctx, tok, trig, slots):
                return  # "crates seized in X were destined for Y": X → Y, never reached
            continue  # "rifles seized in X" were stopped there, they did not set off
        if in_group_name(tok):
            continue  # "fighters of the Islamic State in the Sahel": a name, not a start
        for obj in pobjs(tok):
            obj = content_head(obj)
            from_x = tok.lower_ == "from" and placelike(ctx, obj)
            modifier = own and tok.head.pos_ in ("VERB", "ADJ", "NOUN", "PROPN")
            if from_x or (modifier and placelike(ctx, obj, strict=True)):
                slots.origins.append(obj)
                if from_x:  # "migrants from X towards Y and Z": the ends hung on the start
                    for word, end in nested(obj):
                        if word in lex.DEST_PREPS:
                            assign(ctx, trig, word, content_head(end), slots, False)
                return
