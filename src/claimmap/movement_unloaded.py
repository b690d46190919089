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
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in") for h in heads for c in h.children)
