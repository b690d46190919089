"""Sources told after a place row: "flown to X, Western diplomats and Malian sources said".

The parser often hangs the sources of a trailing reporting verb on the last place as
further conjuncts; they are the attribution, not more places, so a slot's span stops
before them. Split from :mod:`claimmap.movement_spans`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of telling that follow their sources: "to X, Western diplomats said"
_SAY_VERBS = frozenset(["say", "tell", "report", "claim", "confirm", "allege", "add", "state"])


def said_by(placed: frozenset[int], conj: Token) -> bool:
    """ "flown to X, Western diplomats and Malian sources said": a conjunct the parser hung
    on the place that is no place itself but the sources of a reporting verb right after
    the row is the attribution, not a further place."""
    if conj.i in placed or conj.pos_ not in ("NOUN", "PROPN"):
        return False
    row = max((conj, *conj.conjuncts), key=lambda t: t.right_edge.i)
    after = conj.doc[row.right_edge.i + 1] if row.right_edge.i + 1 < len(conj.doc) else None
    return after is not None and after.lemma_.lower() in _SAY_VERBS and after.pos_ == "VERB"
