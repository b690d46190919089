"""Movements the movers only heard of: "they were told by smugglers that a new route from
X to Y was open", "had heard that boats leave from X". What someone was told or heard is
hearsay passed on, not a journey anyone is said to have made: its mood is "possible".
Only a listener's verb counts (passive "told", "heard", "rumoured"); "officials told
reporters that X was shelled" is a source speaking, read by the claims stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs whose passive or own subject is a listener: "were told", "had heard"
_HEARD = frozenset(["hear"])
_TOLD = frozenset(["tell", "promise", "assure", "rumour", "rumor"])


def heard_of(trig: Token) -> bool:
    """Is the movement told inside what its listeners were told or heard?"""
    tok = trig
    for _ in range(6):
        if tok.head is tok:
            return False
        clause = tok.dep_ == "ccomp"
        tok = tok.head
        if not clause or tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        return lemma in _HEARD or (lemma in _TOLD and passive)
    return False
