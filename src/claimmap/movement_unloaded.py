"""Goods told as unloaded somewhere: "The cargo was unloaded later at X and Y". A cargo
taken off a craft at a port got there: the port is where its voyage ended, as for a craft
"discharging at X" (:func:`claimmap.movement_found.craft_unloading`). Only a passive with the
goods as subject and an at/in-phrase counts ("the coal was offloaded at X"); "unloaded the
trucks" or "was discharged from hospital" tell no voyage's end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_counts import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: goods a craft carries in its hold
_LADING = words(
    "cargo shipment consignment load freight goods coal oil crude fuel grain ore "
    "steel container crate weapon arm ammunition"
)


def goods_unloaded(token: Token) -> bool:
    """Is ``token`` a passive "(the cargo) was unloaded at X"?"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.UNLOAD_LEMMAS:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    goods = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if goods is None or goods.lemma_.lower() not in _LADING:
        return False
    heads = [token, *(c for c in token.children if c.dep_ == "advmod")]  # "later at X"
    there = any(c.lower_ == "there" for c in heads[1:])  # "had been unloaded there"
    return there or any(
        c.dep_ == "prep" and c.lower_ in ("at", "in") for h in heads for c in h.children
    )


def unloaded_there(placed: frozenset[int], trig: Token) -> Token | None:
    """ "An official at X port denied that grain from Y had been unloaded there": "there" is
    the place named last before it in the sentence outside the goods' own words (Y, where the
    grain came from, is not where it was unloaded); None without such a "there"."""
    there = next((c for c in trig.children if c.dep_ == "advmod" and c.lower_ == "there"), None)
    if there is None:
        return None
    goods = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
    own = range(goods.left_edge.i, goods.right_edge.i + 1) if goods is not None else range(0)
    for i in range(there.i - 1, trig.sent.start - 1, -1):
        if i in placed and i not in own:
            return trig.doc[i]
    return None
