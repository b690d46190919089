"""The people a craft carried go on from where the craft was brought: "A fishing boat
carrying 412 people ... was escorted to the port of X. The passengers were later taken by
bus to a camp in Y" runs X → Y. The passengers are not the boat, so no mover joins the two;
a definite "the passengers" (or "the migrants", "the people") right after the craft's
movement, with no start of its own, is its load.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_LOAD_NOUNS = frozenset(
    ["passenger", "migrant", "people", "refugee", "survivor", "asylum", "evacuee", "occupant"]
)
_CRAFTS = re.compile(
    r"\b(?:boat|ship|vessel|dinghy|trawler|ferry|skiff|raft|dhow|yacht|plane|aircraft|"
    r"flight|bus|coach|truck|lorry)s?\b",
    re.IGNORECASE,
)
_CARRYING = re.compile(r"\b(?:carrying|with|transporting|ferrying)\b", re.IGNORECASE)


def disembarked_start(
    trig: Token, named: Token | None, earlier: Sequence[Movement], since: int
) -> PlaceRef | None:
    """Where the craft that carried ``named`` ("the passengers") was last brought, told in
    this sentence or the one before (from ``since``)."""
    if named is None or named.lemma_.lower() not in _LOAD_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in named.children):
        return None
    if not earlier:
        return None
    before = earlier[-1]
    end = before.destination
    if before.sentence is None or before.sentence.start < since or before.mover is None:
        return None
    if end is None or end.place_id is None or before.mood != "made" or before.negated:
        return None
    told = before.sentence.text
    if not _CRAFTS.search(before.mover.text) or not _CARRYING.search(told):
        return None
    return end
