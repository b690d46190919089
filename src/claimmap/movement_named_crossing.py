"""A border crossing named after the place on its near side: "handed over at the Dajabón
crossing into Ouanaminthe" went from the crossing's town (Dajabón) into the town across
(Ouanaminthe). A crossing told into its own country ("the X crossing into Romania", X in
Romania) names no start on the other side, so none is read.

Called from :mod:`claimmap.movement_build` for a movement that names no start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_place_ref import place_ref
from claimmap.movement_words import pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

#: nouns of a border post named after its town
_CROSSING_NOUNS = frozenset({"crossing", "checkpoint", "border"})


def named_crossing_start(ctx: SlotContext, trig: Token) -> Token | None:
    """The place a "X crossing into Y" trigger is named after, when it lies in another
    country than Y: where the movers crossed from."""
    if trig.lower_ not in _CROSSING_NOUNS and trig.lemma_.lower() not in _CROSSING_NOUNS:
        return None
    names = [c for c in trig.children if c.dep_ == "compound" and c.i in ctx.placed]
    goals = _goals(trig)
    at = trig.head
    if not goals and trig.dep_ == "pobj" and at.lower_ in ("at", "through", "via"):
        goals = _goals(at.head)  # "handed over at the X crossing into Y": on the verb
    if not names or not goals:
        return None
    start = names[-1]
    here = place_ref(ctx, start).place_id
    there = place_ref(ctx, goals[0]).place_id
    if here is None or there is None or here == there:
        return None
    home, away = ctx.countries.get(here), ctx.countries.get(there)
    if home is None or away is None or home == away:
        return None  # "the Porubne-Siret crossing into Romania": Siret is in Romania
    return start


def _goals(word: Token) -> list[Token]:
    return [
        o
        for p in word.children
        if p.dep_ == "prep" and p.lower_ in ("into", "to")
        for o in pobjs(p)
    ]
