"""Several starts of one journey told by repeated from-phrases: "from the ports of A and
B, and from near C, to D" sets off from A, B and C alike. The parser hangs the second
"from" anywhere (on the trigger as a conjunct, on the next clause's verb), so the starts
are joined here, after all slots are read.

Split from :mod:`claimmap.movements`, which builds one movement from its slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_onward import dated_apart, next_step
from claimmap.movement_spans import placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext


def _start_prep(tok: Token) -> Token | None:
    """The from-word an origin is told by, also across "from near X", "from inside X"."""
    prep = tok.head
    if prep.lower_ in lex.FROM_NEAR and prep.head.lower_ in lex.ORIGIN_PREPS:
        prep = prep.head
    return prep if prep.lower_ in lex.ORIGIN_PREPS and prep.pos_ == "ADP" else None


def and_from(slots: Slots) -> None:
    """ "from X and Y, and from near Z, to W": a start told by a second from-phrase after
    "and"/"or" is one more start of the same journey (the parser hangs it anywhere: on the
    trigger, on a later verb), not a place the movers passed."""
    heads = sorted(slots.origins, key=lambda t: t.i)
    for tok in heads[1:]:
        prep = _start_prep(tok)
        if prep is None or prep.i == 0 or prep.doc[prep.i - 1].lower_ not in ("and", "or"):
            continue
        first = heads[0]
        told = _start_prep(first)
        if told is None or told.i >= prep.i or next_step(prep) or dated_apart(told, prep):
            continue
        slots.origins.remove(tok)
        if first in slots.origins:  # the first start told is the slot's head
            slots.origins.remove(first)
            slots.origins.insert(0, first)
        slots.joined.setdefault(first.i, []).append(tok.i)


#: words for a part of the movers told after them: "..., most of them from X"
_PART_WORDS = lex.QUANTIFIER_PRONOUNS | {"all", "half", "both", "majority"}


def partitive_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "11,000 people arrived at X, most of them from Y": a part of the movers told after
    a comma with where they came from starts at Y (the parser hangs the phrase anywhere)."""
    doc = trig.doc
    for tok in doc[trig.i + 1 : trig.sent.end]:
        if tok.lower_ not in _PART_WORDS or doc[tok.i - 1].text != ",":
            continue
        preps = {c.lower_: c for c in tok.children if c.dep_ == "prep"}
        of, start = preps.get("of"), preps.get("from")
        if of is None or start is None:
            continue
        if not any(o.lower_ in ("them", "whom", "those") for o in pobjs(of)):
            continue
        found = [content_head(o) for o in pobjs(start)]
        return next((o for o in found if placelike(ctx, o, strict=True)), None)
    return None
