"""A subject pronoun going on about the movers a pronoun before it stood for: "They were
trucked to X, where they were handed to local networks, the official said. "They go on by
boat"": with no noun subject told in between, the last "they" stands for the same goods.

Split from :mod:`claimmap.movement_antecedents`, which reads what a pronoun mover stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def same_pronoun_before(pron: Token, since: int) -> Token | None:
    """The nearest subject pronoun of the same form before ``pron`` (from token ``since``
    on): with no noun subject told in between, the story goes on about the same movers, not
    about a noun that only ends a clause ("handed to local networks")."""
    for i in range(pron.i - 1, since - 1, -1):
        tok = pron.doc[i]
        if tok.lower_ == pron.lower_ and tok.dep_ in ("nsubj", "nsubjpass"):
            return tok
    return None
