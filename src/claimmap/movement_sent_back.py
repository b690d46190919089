"""Where movers sent back home set off, told paragraphs before: "The passengers are taken to
a holding area at X (abroad)." ... "42 passengers will be flown back to C next week". A
return names only the home it goes to; it leaves from where the article last put the same
movers abroad. Without that start the leg began at the next place named on the way ("possibly
via M"), as if the movers were there.

Ends told in the home country itself are passed over: "they had first travelled from A to
B" (both at home) is how they left, not where they are now.

Read by :mod:`claimmap.movement_build` after :func:`claimmap.movement_homes.went_back`,
which reads the same return told within one sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef
from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext
from claimmap.movement_verb_args import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots

#: verbs that send people home even without "back": "deported to C", "repatriated to C"
_HOME_VERBS = frozenset(["deport", "repatriate", "return"])


def sent_back_from(
    ctx: SlotContext, trig: Token, slots: Slots, earlier: Sequence[Movement]
) -> PlaceRef | None:
    """The end of the latest journey of the same movers told before, in another country
    than the home they are sent back to."""
    if slots.origins or len(slots.dests) != 1 or not _sent_home(trig):
        return None
    subj = subject(trig)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None  # "they": the same-sentence reading (went_back) or none
    goal = place_ref(ctx, slots.dests[0]).place_id
    home = ctx.countries.get(goal) if goal is not None else None
    if home is None:
        return None
    for m in reversed(earlier):
        if m.mover is None or m.negated or m.mood != "made":
            continue
        told = ctx.doc.text[m.mover.start : m.mover.end].lower().split()
        if told[-1:] != [subj.lower_]:
            continue
        end = m.destination
        if end is None or end.place_id is None:
            continue
        if ctx.countries.get(end.place_id) not in (None, home):
            return end
    return None


def _sent_home(trig: Token) -> bool:
    back = any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in trig.children)
    return back or trig.lemma_.lower() in _HOME_VERBS
