"""Distance and direction phrases said of a place, never a destination of their own.

"moved from X to the Y camp, roughly 50 kilometres to the east": the measured "to the
east" tells where Y lies from X, not a further place the movers went to, so Y stays the
end. Called from :mod:`claimmap.movement_build` on the destination slots of a movement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_words import COMPASS, EXTENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions a measured direction is told with ("50 km to the east", "towards the west")
_HEADING_PREPS = frozenset({"to", "toward", "towards"})


def measured_heading(dest: Token) -> bool:
    """Is the destination slot a compass word told with a distance ("roughly 50 kilometers
    to the east", "some 30 miles to the north of the town")? It says where the place named
    before it lies, not where the movers ended up."""
    if dest.lemma_.lower() not in COMPASS and dest.lower_ not in COMPASS:
        return False
    prep = dest.head
    if dest.dep_ != "pobj" or prep.lower_ not in _HEADING_PREPS:
        return False
    near = [*prep.children, prep.head] if prep.head is not prep else list(prep.children)
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.dep_ == "npadvmod" and before.head.i == prep.head.i:
        near.append(before)  # "50 kilometers to the east", both hung on the verb
    return any(_extent(t) for t in near)


def _extent(tok: Token) -> bool:
    """ "50 kilometers", "a few miles": a measure of distance."""
    if tok.lemma_.lower() not in EXTENT_NOUNS or tok.lemma_.lower() in ("way", "day", "week"):
        return False
    return any(c.dep_ == "nummod" or c.like_num for c in tok.children) or tok.dep_ == "npadvmod"
