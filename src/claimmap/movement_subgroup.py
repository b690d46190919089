"""A part of the movers named by a pronoun ("those with relatives", "some of them", "the
rest") in a verb conjoined after another movement goes on from where that movement ended:
"they were directed to X, and those with relatives were then sent on to Y" runs X → Y.
Their words name no group of their own, so the routes stage cannot join the two by mover.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PART_WORDS = frozenset(["those", "some", "many", "most", "others", "rest", "several", "few"])


def sub_group(mover: Token | None) -> bool:
    """Is ``mover`` a pronoun-like word for part of a group ("those with relatives")?"""
    return (
        mover is not None
        and mover.lower_ in _PART_WORDS
        and mover.pos_ in ("DET", "PRON", "ADJ", "NOUN")
    )
