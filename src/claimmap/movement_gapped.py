"""Gapped second starts: "Two of the flights departed from X and one from Y, after
stopping in Z" tells a second part of the movers ("one") that set off from a start of its
own (Y), with the verb left out; a stop told right after it ("after stopping to pick up
detainees in Z") is on that part's way.

Called from :mod:`claimmap.movements`, which adds one movement per such part, of the
same kind of movers and on the same authority as the first.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from claimmap.model import Movement
from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

#: words standing for a part of the movers with the verb left out ("and one from Y")
_PARTS = frozenset({"one", "rest", "others", "remainder", "another"})
#: verbs of a stop on the way ("after stopping in Z", "after calling at Z")
_STOP_LEMMAS = frozenset({"stop", "call", "refuel"})


def gapped_movements(ctx: SlotContext, first: Movement, trig: Token, n: int) -> list[Movement]:
    """One movement per gapped part "and one from Y" of the trigger's movers (see module
    doc), numbered from ``n``."""
    out: list[Movement] = []
    for part in _parts(trig):
        start = next(
            (o for p in part.children if p.lower_ == "from" for o in pobjs(p) if placelike(ctx, o)),
            None,
        )
        if start is None:
            continue
        stop = _stop_after(ctx, part)
        out.append(
            dataclasses.replace(
                first,
                id=f"{ctx.doc.id}:m{n + len(out)}",
                origin=place_ref(ctx, content_head(start)),
                transit=(place_ref(ctx, content_head(stop)),) if stop is not None else (),
                quantity=None,
            )
        )
    return out


def _parts(trig: Token) -> list[Token]:
    """The conjuncts naming a part with no verb of its own, hung on the trigger, on the
    movers it is said of ("Two of the flights departed": on "flights" or "Two") or on its
    start ("from X and the rest from Y")."""
    if trig.pos_ != "VERB":
        return []
    heads = [trig]
    noun = trig.head if trig.dep_ == "acl" else None
    if noun is not None:
        heads.append(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head is not noun.head:
            heads.append(noun.head.head)  # "Two of the flights"
    heads += [o for p in trig.children if p.lower_ == "from" for o in pobjs(p)]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "conj"
        and c.i > trig.i
        and (c.pos_ == "NUM" or c.lower_ in _PARTS)
        and not any(v.dep_ in ("nsubj", "nsubjpass", "aux") for v in c.children)
    ]


def _stop_after(ctx: SlotContext, part: Token) -> Token | None:
    """ "and one from Y, after stopping to pick up detainees in Z": the place of a stop told
    in an after-clause of the sentence, right after the part."""
    for tok in part.sent:
        if tok.i <= part.i or tok.lower_ != "after" or tok.i - part.i > 8:
            continue
        verb = next((c for c in tok.children if c.dep_ == "pcomp"), None)
        if verb is None or verb.lemma_.lower() not in _STOP_LEMMAS:
            continue
        for word in verb.subtree:
            if word.dep_ == "pobj" and word.head.lower_ in ("in", "at") and placelike(ctx, word):
                return word
    return None
