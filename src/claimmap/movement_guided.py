"""Verbs of guiding people or goods on their way, motion only with a direction phrase:
"they were directed to a centre in X", "the trucks were waved across the border near Y",
"were funnelled through Z". Without one ("directed the film", "waved to the crowd") they
tell no movement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: guiding verbs, motion of their object (passive subject) along the phrase
_GUIDE_LEMMAS = frozenset(["direct", "redirect", "wave", "usher", "steer", "funnel", "channel"])
#: the phrases that make them motion: "to" only when passive ("were directed to X";
#: "waved to the crowd" is a greeting)
_WAY_PREPS = frozenset(["across", "through", "into", "past", "toward", "towards", "onto"])


def guided(token: Token) -> bool:
    """Is ``token`` a guiding verb told with a way or (passive) an end?"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _GUIDE_LEMMAS:
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return bool(preps & _WAY_PREPS) or (passive and "to" in preps)
