"""A start told in the sentence before as where people were displaced: "30,000 people have
been displaced in X." "Survivors were moved by bus to Y and Z": the survivors set off
from X. Being displaced in X is no journey by itself (X is where they now are), but
people displaced there who are then moved elsewhere start there.

Split from :mod:`claimmap.movements`, which reads the slots of one movement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_spans import placelike
from claimmap.movement_words import pobjs
from claimmap.routes_groups import MOVER_KINDS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

#: verbs telling that people lost their homes where they were
_DISPLACE_LEMMAS = frozenset({"displace", "uproot", "strand"})
#: movers who may be the displaced: people, or a pronoun for them
_PEOPLE = MOVER_KINDS["displaced"] | {"survivor", "victim", "child", "woman", "man", "they", "them"}
#: prepositions telling where they were displaced
_WHERE_PREPS = frozenset({"in", "from", "across"})


def displaced_origin(ctx: SlotContext, trig: Token, mover: Token | None) -> Token | None:
    """The place people were displaced in, told in the trigger's sentence before it or in
    the sentence right before, when the movement of people names no start of its own (no
    aid or goods: "aid was sent to Y" sets off from no camp of the displaced)."""
    if mover is None:
        return None
    if mover.lemma_.lower() in _DETAINED:  # "detained protesters in X." "The detainees ..."
        return _where_done(ctx, trig, _DETAIN_LEMMAS, _WHERE_PREPS | {"at"}, objects=True)
    if mover.lemma_.lower() not in _PEOPLE:
        return None
    return _where_done(ctx, trig, _DISPLACE_LEMMAS, _WHERE_PREPS, objects=False)


#: verbs of holding people where they were caught, and the people held
_DETAIN_LEMMAS = frozenset({"detain", "arrest", "apprehend", "capture"})
_DETAINED = frozenset({"detainee", "prisoner", "captive", "arrestee", "detained", "arrested"})


def _where_done(
    ctx: SlotContext, trig: Token, lemmas: frozenset[str], preps: frozenset[str], objects: bool
) -> Token | None:
    """The one place a verb of ``lemmas`` says its people were in, told in the trigger's
    sentence before it or in the sentence right before (also on the verb's object when
    ``objects``: "detained 37 protesters in X")."""
    sent = trig.sent
    doc = trig.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    window = [*(before or ()), *doc[sent.start : trig.i]]
    found: Token | None = None
    for verb in window:
        if verb.lemma_.lower() not in lemmas or verb.pos_ != "VERB":
            continue
        if not objects and verb.tag_ != "VBN":
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and objects)]
        where = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps]
        places = [o for p in where for o in pobjs(p) if placelike(ctx, o, strict=True)]
        found = places[0] if len(places) == 1 else found
    return found
