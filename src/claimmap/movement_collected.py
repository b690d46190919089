"""Where movers set off when the sentence before tells where they were collected: "the
children were collected from schools in X and Y in April. They were driven by bus to Z"
(the bus left from X and Y).

A movement with no start whose subject is the movers told just before ("they", or the
same noun again) starts at the places the sentence before has them collected (picked up,
gathered, rounded up, removed) from: the resolved places of that "from" (or "in")
phrase, the first as the start and the ones coordinated with it joined to it. Runs only
when the sentence before has such a verb.

Read by :mod:`claimmap.movement_build` for a movement with no start of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_slots import Slots
from claimmap.movement_spans import SlotContext

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of movers gathered where they were before being taken on (lemmas)
_COLLECT = frozenset({"collect", "gather", "pick", "round", "remove", "fetch"})
#: the prepositions of where they were gathered from
_FROM = frozenset({"from", "in", "at"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def collected_from(ctx: SlotContext, trig: Token, slots: Slots) -> Token | None:
    """The first place the movers of ``trig`` were collected from in the sentence before
    (its coordinated places joined to it in ``slots``); else None."""
    subject = next((c for c in trig.children if c.dep_ in _SUBJECTS), None)
    if subject is None or trig.sent.start == 0:
        return None
    doc = trig.doc
    before = doc[trig.sent.start - 1].sent
    pronoun = subject.lower_ in ("they", "them")
    for verb in before:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _COLLECT:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        movers = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if not movers or not (pronoun or movers[0].lemma_ == subject.lemma_):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FROM):
            places = [t for t in prep.subtree if t.i in ctx.placed and t.pos_ == "PROPN"]
            heads = [t for t in places if t.dep_ in ("pobj", "conj")]
            if heads:
                slots.joined.setdefault(heads[0].i, []).extend(t.i for t in heads[1:])
                return heads[0]
    return None
