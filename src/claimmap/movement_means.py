"""Go-betweens told with "through": "sold through Hong Kong brokers", "shipped via a
Dubai-based trading firm". The phrase names who handled the deal, not a way the goods
went; a place naming the go-between ("Hong Kong" brokers) is no stop on a route.
A phrase placing the go-between ("firms in X") still tells where the goods went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_counts import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: people and firms that handle a deal or a shipment on someone's behalf
_GO_BETWEENS = words(
    "broker trader middleman middlemen intermediary dealer agent agency firm company "
    "subsidiary bank account contractor supplier buyer seller merchant"
)
_WAY_PREPS = frozenset({"through", "via"})


def go_between(word: str, obj: Token) -> bool:
    """Is ``obj`` of "through"/"via" a go-between rather than a place passed through? Not
    when a phrase says where the go-betweens are ("routed through trading firms in X"):
    goods routed through a firm in X go through X."""
    if word not in _WAY_PREPS or obj.lemma_.lower() not in _GO_BETWEENS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _SITED for c in obj.children)


#: prepositions placing the go-betweens somewhere
_SITED = frozenset({"in", "at", "inside"})
