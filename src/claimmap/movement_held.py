"""Where movers sent back set off when the text tells only where they were stopped: "were
stopped at a checkpoint near X and sent back towards Y", or "turned back at a checkpoint
near X." then "Two families were stopped at the checkpoint and sent back towards Y" (the
checkpoint the sentence before placed near X).

Called from :mod:`claimmap.movement_build` for a movement that names no start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.model import PlaceRef
from claimmap.movement_dark import back_on
from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of stopping movers where they were found, whose "at/near X" is where they were
_HELD_LEMMAS = frozenset({"stop", "detain", "hold", "intercept", "halt", "catch", "turn"})
#: prepositions of where the movers were stopped
_AT = frozenset({"at", "near", "in", "outside"})


def held_start(ctx: SlotContext, trig: Token) -> PlaceRef | None:
    """The place movers sent "back" were stopped at, told on the verb the trigger is
    conjoined to (or on the trigger itself: "turned back at X"); a definite "the
    checkpoint" stands for the one the sentence before placed ("a checkpoint near X")."""
    if not any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in trig.children):
        return None
    if back_on(trig):
        return None  # "switched its AIS back on": a signal turned on again, no return
    verbs = [trig]
    if trig.dep_ == "conj" and trig.head.lemma_.lower() in _HELD_LEMMAS:
        verbs.insert(0, trig.head)
    elif _pronoun_subject(trig) and trig.sent.start > 0:
        # "The men were stopped at a checkpoint near X." "They were sent back to Y."
        before = trig.doc[trig.sent.start - 1].sent
        verbs += [t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in _HELD_LEMMAS]
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = _placed_in(ctx, obj) or _told_before(ctx, obj)
                if found is not None:
                    return found
    return None


#: verbs of movers caught before they could go on
_CAUGHT_LEMMAS = frozenset({"arrest", "detain", "stop", "intercept", "catch", "apprehend"})
#: verbs of a plan whose complement is the movement planned ("had planned to drive")
_PLAN_LEMMAS = frozenset({"plan", "intend", "want", "aim", "mean", "hope"})


def caught_start(ctx: SlotContext, trig: Token) -> PlaceRef | None:
    """ "They were arrested at a checkpoint in X." "They had planned to drive the cargo
    through Y to Z": the plan of movers told (by a pronoun) as caught at a place in the
    sentence before sets off from that place; else None."""
    plan = trig.head
    if trig.dep_ != "xcomp" or plan.lemma_.lower() not in _PLAN_LEMMAS:
        return None
    if not _pronoun_subject(plan) or trig.sent.start == 0:
        return None
    before = trig.doc[trig.sent.start - 1].sent
    for verb in before:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CAUGHT_LEMMAS:
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = _placed_in(ctx, obj)
                if found is not None:
                    return found
    return None


def _placed_in(ctx: SlotContext, noun: Token) -> PlaceRef | None:
    """The first resolved place in the phrase ("a checkpoint near X", "X")."""
    for tok in noun.subtree:
        if tok.i in ctx.placed:
            ref = place_ref(ctx, tok)
            if ref.place_id is not None:
                return ref
    return None


def _told_before(ctx: SlotContext, noun: Token) -> PlaceRef | None:
    """ "the checkpoint": the same thing the sentence before named with where it lies."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    sent = noun.sent
    if sent.start == 0:
        return None
    before = noun.doc[sent.start - 1].sent
    for tok in before:
        if tok.lemma_.lower() == noun.lemma_.lower() and tok.pos_ == "NOUN":
            found = _placed_in(ctx, tok)
            if found is not None:
                return found
    return None


def _pronoun_subject(trig: Token) -> bool:
    """Is the trigger's subject a pronoun ("They were sent back"), the movers told before?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in trig.children)
