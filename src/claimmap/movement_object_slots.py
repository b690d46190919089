"""The slots a motion verb's direct object fills: "left X", "reached Y", "crossed Z".

leave/flee-type verbs take their start as object, reach/enter-type verbs their end, and
"cross" either an end or a stop on the way (a river or sea crossed is never an end). An
in/at phrase right after the object says where it lies ("left their homes in X").

Split from :mod:`claimmap.movement_slots`, which reads the trigger's prepositions and
calls :func:`reach_in` for "crossed at X in Y".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_joined import joined_area
from claimmap.movement_phrase_words import CRAFT_NOUNS, WATER_NOUNS
from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext, np_span, placelike
from claimmap.movement_words import child_of, content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots


def object_slots(ctx: SlotContext, trig: Token, slots: Slots) -> None:
    """leave/flee/vacate X → origin; reach/enter/visit X → destination; cross X → either."""
    lemma = trig.lemma_.lower()
    obj = child_of(trig, "dobj")
    if trig.pos_ == "NOUN" or obj is None:
        return
    obj = content_head(obj)
    bare_direction = obj.lower_ in lex.COMPASS and not any(True for _ in obj.children)
    if bare_direction or lex.aside(trig, obj) or not placelike(ctx, obj) or _craft(obj):
        return
    if lemma in lex.ORIGIN_OBJECT and not slots.origins:
        slots.origins.append(obj)
        reach_in(ctx, trig, obj, slots)  # "left their homes in X": where those homes are
    elif lemma in lex.TRANSIT_OBJECT:
        slots.transits.insert(0, obj)  # "transited the X Strait": a water passed
    elif lemma in lex.DEST_OBJECT or joined_area(trig):  # "joined the X area"
        if lemma == "cross" and (slots.dests or _water(ctx, obj)):
            slots.transits.insert(0, obj)  # "crossed the X river (into Y)": on the way
        elif not slots.dests:
            slots.dests.append(obj)


def _craft(obj: Token) -> bool:
    """ "approached a Japanese fishing boat": a craft named by its flag is no place; only
    one placed by a phrase ("the ship in X harbour") says where the movers went."""
    word = obj.lemma_.lower()
    return (word in CRAFT_NOUNS or obj.lower_ in CRAFT_NOUNS) and not any(
        c.dep_ == "prep" for c in obj.children
    )


def _water(ctx: SlotContext, obj: Token) -> bool:
    """Is ``obj`` a sea, river or strait? Crossing one is a stop on the way, never an end."""
    if obj.lemma_.lower() in WATER_NOUNS or obj.lower_ in WATER_NOUNS:
        return True
    pid = place_ref(ctx, obj).place_id
    return pid is not None and ctx.kinds.get(pid) == "water"


def crossed_on_the_way(trig: Token, slots: Slots) -> None:
    """ "buses from X to Y cross Z": when the movers' own description tells where they go,
    the place crossed lies on the way there, not at its end."""
    obj = child_of(trig, "dobj")
    if trig.lemma_.lower() != "cross" or obj is None:
        return
    obj = content_head(obj)
    if obj in slots.dests and any(d.i < trig.i for d in slots.dests if d != obj):
        slots.dests.remove(obj)
        slots.transits.insert(0, obj)


#: prepositions that say where a slot lies: "homes in X", "the area around X"
WHERE_PREPS = frozenset(["in", "at", "around", "near"])


def reach_in(ctx: SlotContext, trig: Token, obj: Token, slots: Slots) -> None:
    """An in/at phrase right after a slot, hung on the verb, says where the slot is ("left
    their homes in X", "crossed at Y in Z", "left the area around X"): the slot reaches over it."""
    end = np_span(ctx, obj).end
    for prep in (p for p in trig.children if p.dep_ == "prep" and p.lower_ in WHERE_PREPS):
        objs = pobjs(prep)
        if prep.idx in (end, end + 1) and objs and placelike(ctx, objs[0], strict=True):
            slots.reach[obj.i] = prep.right_edge.i
