"""Where goods were bought, put away or unloaded, told around a motion verb, is a start
or an end of its movement:

- "bought from distributors in X and flown to Y": the goods set off where they were bought;
- "stash the weapons near X or Z before moving them in skiffs to Y": the next leg sets
  off from where the cargo was put away (X or Z, alternatives of the one start);
- "waved across the border near X and unloaded at warehouses in Y": the unloading after
  the motion verb is where the movement ended.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import placelike
from claimmap.movement_words import content_head, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext

_BUY_LEMMAS = frozenset(["buy", "purchase", "acquire", "obtain", "source", "order"])
#: putting goods away somewhere before moving them on
_KEEP_LEMMAS = (
    lex.GATHER_LEMMAS
    | lex.UNLOAD_LEMMAS
    | frozenset(["store", "hide", "cache", "unload", "relabel", "repack"])
)
_AT_PREPS = frozenset(["at", "in", "near", "outside", "on"])


def _placed_in(ctx: SlotContext, head: Token, preps: frozenset[str]) -> list[Token]:
    """The place objects of ``head``'s ``preps`` phrases, their "or"/"and" conjuncts after."""
    out: list[Token] = []
    for word, obj in preps_of(head):
        obj = content_head(obj)
        if word in preps and placelike(ctx, obj, strict=True):
            out += [
                obj,
                *(c for c in obj.conjuncts if c.i > obj.i and placelike(ctx, c, strict=True)),
            ]
    return out


def bought_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "were bought from distributors in X and flown to Y": X (or the seller place)."""
    head = trig.head
    if trig.dep_ != "conj" or head.i > trig.i or head.lemma_.lower() not in _BUY_LEMMAS:
        return None
    for word, obj in preps_of(head):
        if word != "from":
            continue
        obj = content_head(obj)
        if obj.i in ctx.placed and placelike(ctx, obj, strict=True):
            return obj  # "bought from X"
        found = _placed_in(ctx, obj, frozenset(["in", "at", "based"]))
        if found:
            return found[0]
    return None


def kept_start(ctx: SlotContext, trig: Token, slots: Slots) -> None:
    """ "stash the weapons near X or Z before moving them to Y": X (Z joined as the other
    choice) starts the movement, when it has no start yet."""
    if slots.origins or not slots.dests:
        return
    verb = None
    if trig.dep_ == "pcomp" and trig.head.lower_ == "before":
        verb = trig.head.head
    elif trig.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "before" for c in trig.children
    ):
        verb = trig.head
    if verb is None or verb.lemma_.lower() not in _KEEP_LEMMAS:
        return
    kept = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "hide the ivory near X"
    found = [t for h in kept for t in _placed_in(ctx, h, _AT_PREPS) if t not in slots.dests]
    if found:
        slots.origins.append(found[0])
        if len(found) > 1:
            slots.joined.setdefault(found[0].i, []).extend(t.i for t in found[1:])


def unloaded_ends(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "waved across the border near X and unloaded at warehouses in Y": Y ends it."""
    verbs = [c for c in trig.children if c.dep_ == "conj" and c.i > trig.i]
    return [
        obj
        for verb in verbs
        if verb.lemma_.lower() in lex.UNLOAD_LEMMAS and not lex.is_trigger(verb)
        for obj in _placed_in(ctx, verb, frozenset(["at", "in"]))[:1]
    ]


_INTO = frozenset(["into", "onto"])
#: verbs of putting goods aboard, which tell only where the voyage began
_LOADS = frozenset(["load", "pack", "stow"])


def _into_objects(trig: Token) -> list[Token]:
    return [
        o
        for p in trig.children
        if p.dep_ == "prep" and p.lower_ in _INTO
        for o in p.children
        if o.dep_ == "pobj"
    ]


def loaded_into(token: Token) -> bool:
    """ "were loaded into containers at the port of X": a loading whose at-phrase the parser
    hung on the containers (the passive loading names where the goods set off)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "load":
        return False
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("at", "in") for c in token.children):
        return False  # read by :func:`claimmap.movement_loaded.loaded`
    return any(
        p.lower_ in ("at", "in")
        for o in _into_objects(token)
        for p in o.children
        if p.dep_ == "prep"
    )


def loaded_into_start(ctx: SlotContext, trig: Token, slots: Slots) -> None:
    """The port of "loaded into containers at the port of X" starts the movement; the
    containers are no end."""
    if not loaded_into(trig):
        return
    boxes = _into_objects(trig)
    slots.dests[:] = [d for d in slots.dests if d not in boxes]
    if slots.origins:
        return
    for box in boxes:
        for prep in (p for p in box.children if p.dep_ == "prep" and p.lower_ in ("at", "in")):
            placed = [t for t in prep.subtree if t.i in ctx.placed and t.pos_ == "PROPN"]
            if placed:
                slots.origins.append(placed[0])
                return


def seized_ends(ctx: SlotContext, trig: Token, mover: Token | None, slots: Slots) -> None:
    """ "cocaine seized in A and B ... were loaded at X": what was seized in A got there, so
    its loading at X, which tells no end, ends in A (B the other place)."""
    if mover is None or slots.dests or not slots.origins or trig.lemma_.lower() not in _LOADS:
        return  # a voyage told on ("had been smuggled from X") may end before the seizure
    heads = dict.fromkeys([mover, content_head(mover)])
    for acl in (c for h in heads for c in h.children if c.dep_ == "acl"):
        if acl.lemma_.lower() not in lex.SEIZURE_LEMMAS:
            continue
        found = _placed_in(ctx, acl, frozenset(["in", "at"]))
        found = [t for t in found if t.i in ctx.placed and t not in slots.origins]
        if found:
            slots.dests.append(found[0])
            slots.joined.setdefault(found[0].i, []).extend(t.i for t in found[1:])
            return
