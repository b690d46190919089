"""An end the gazetteer does not know, located by the phrase told right after it: "heading
for K, on Crete's southern coast" goes to Crete's coast (K unresolved). The end slot reaches
over the locating phrase, so the place it names is where the movers went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import np_span, placelike, places_in, span_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext

_LOCATING = frozenset(["on", "in", "near", "off"])


def located_goal(ctx: SlotContext, trig: Token, slots: Slots) -> None:
    """ "heading for K, on X's coast": K (unplaced) is an end reaching over "on X's coast"."""
    if any(d.i in ctx.placed for d in slots.dests):
        return
    lemma = trig.lemma_.lower()
    for prep in (c for c in trig.children if c.dep_ == "prep"):
        word = prep.lower_
        if word not in lex.DEST_PREPS and not (word == "for" and lemma in lex.FOR_DEST_LEMMAS):
            continue
        goal = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if goal is None or goal.i in ctx.placed or goal.pos_ != "PROPN":
            continue
        after = goal.right_edge.i + 1
        if after + 1 >= len(trig.doc) or trig.doc[after].text != ",":
            continue
        there = trig.doc[after + 1]
        if there.dep_ != "prep" or there.lower_ not in _LOCATING or there.head not in (trig, goal):
            continue
        place = next((c for c in there.children if c.dep_ == "pobj"), None)
        if place is not None and placelike(ctx, place, strict=True):
            placed = [t for t in place.subtree if t.i in ctx.placed]
            if placed:
                slots.dests.extend([] if goal in slots.dests else [goal])
                slots.reach[goal.i] = place.right_edge.i
                return


#: adverbs that carry a way even when the parser hangs them on a noun: "back toward X"
_WAY_ADVERBS = frozenset(["back", "away", "home", "onward", "onwards"])


def misplaced_way(trig: Token) -> list[tuple[str, Token]]:
    """ "towing a dinghy with 35 people back toward X": the "back toward X" the parser hung
    on the people carried is the way the towing went. (preposition, object) pairs."""
    objs = [
        c for c in trig.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
    ]
    out: list[tuple[str, Token]] = []
    for obj in objs:
        for tok in obj.subtree:
            if tok.dep_ != "advmod" or tok.lower_ not in _WAY_ADVERBS or tok.head == trig:
                continue
            for prep in (c for c in tok.children if c.dep_ == "prep"):
                if prep.lower_ in lex.DEST_PREPS:
                    out += [(prep.lower_, c) for c in prep.children if c.dep_ == "pobj"]
    return out


_ACCUSE_LEMMAS = frozenset(["accuse", "blame", "charge", "suspect"])


def accused_mover(trig: Token) -> Token | None:
    """ "accused a Greek patrol vessel of towing a dinghy back toward X": the one accused
    did the moving (the noun the "of" clause hangs on)."""
    if trig.dep_ != "pcomp" or trig.head.lower_ != "of":
        return None
    agent = trig.head.head
    if agent.lemma_.lower() in _ACCUSE_LEMMAS:  # "accused X of ...", "of" hung on the verb
        agent = next((c for c in agent.children if c.dep_ == "dobj"), agent)
    if agent.dep_ != "dobj" or agent.head.lemma_.lower() not in _ACCUSE_LEMMAS:
        return None
    return agent


def accused_state(ctx: SlotContext, trig: Token, slots: Slots) -> Token | None:
    """The accused mover named by its state ("a Greek vessel"), pushing others back into
    another state: the movement left that state (as "Fooian police pushed them back")."""
    agent = accused_mover(trig)
    if agent is None or slots.origins or not slots.dests:
        return None
    named = span_of(ctx.doc, agent.left_edge.idx, agent.idx + len(agent.text))  # "a Greek ship"
    ids = places_in(ctx, named)
    states = {ctx.countries.get(p) for p in ids}
    if len(states) != 1 or None in states:
        return None
    ends = [p for e in slots.dests for p in places_in(ctx, np_span(ctx, e))]
    abroad = bool(ends) and all(ctx.countries.get(p) not in states for p in ends)
    return agent if abroad else None
