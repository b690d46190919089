"""Where goods came from, told through what they were taken from.

"The tusks may have come from elephants killed in X", "the scales came from pangolins
caught in Y": the from-phrase names a creature or a crop, not a place, and the participle
on it says where it was killed, caught or grown. That place is where the goods set off.

Split from :mod:`claimmap.movement_slots`, which fills a movement's slots.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimmap.movement_words import preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: where a participle on the source says the goods were got: "killed in X", "grown in Y"
_GOT_IN = frozenset({"in", "at", "inside"})


def sourced_in(trig: Token) -> Iterator[tuple[str, Token]]:
    """("from", place) for "come from elephants killed in X": the place where the source a
    from-phrase names was killed, caught, poached or grown."""
    for word, source in preps_of(trig, any_prep=False):
        if word != "from" or source.pos_ != "NOUN":
            continue
        for part in (c for c in source.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for got, where in preps_of(part, any_prep=True):
                if got in _GOT_IN and where.pos_ == "PROPN":
                    yield "from", where
