"""A sea named only to tell which coast of a country: "to camps on the Black Sea coast of
Y" are in Y, not in the sea. The sea modifies the shore noun; the of-phrase names the
land the shore belongs to, and that is the place the slot links to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.model import Span

#: nouns of a shore: "the Red Sea coast of X", "the Caspian shore of Y"
SHORE_NOUNS = frozenset({"coast", "shore", "coastline", "seaboard", "littoral", "seafront"})


def of_the_land(head: Token, inside: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """``inside`` without the mentions that only name the water of "the <sea> coast of Y",
    when Y is a mention there too."""
    doc = head.doc
    out = []
    for mention, pid in inside:
        toks = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        shore = _shore(toks.root) if toks is not None and len(toks) else None
        if shore is not None and _owned(shore, inside):
            continue
        out.append((mention, pid))
    return out or inside


def _shore(tok: Token) -> Token | None:
    """The shore noun a name modifies ("Black Sea" → "coast"), through compounds."""
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head
        if tok.lemma_.lower() in SHORE_NOUNS:
            return tok
    return None


def _owned(shore: Token, inside: list[tuple[Span, str]]) -> bool:
    """Does the shore's of-phrase name a place among ``inside``?"""
    for prep in (c for c in shore.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(m.start <= obj.idx < m.end for m, _ in inside):
                return True
    return False


#: compass words: "west of X", "20 km north of Y"
_BEARINGS = frozenset(
    {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}
)


def off_bearing(head: Token) -> bool:
    """Does the slot lie at a bearing from a place ("beaches west of X", "from west of X",
    "a camp north of Y")? It is somewhere near that place, not the place itself, so it is
    no point to link (the routes stage would put it on the place)."""
    bearings = [head] if head.lower_ in _BEARINGS else []
    bearings += [
        c
        for c in head.children
        if c.lower_ in _BEARINGS and c.dep_ in ("advmod", "amod", "npadvmod") and c.i > head.i
    ]
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" for o in p.children)
        for b in bearings
        if not any(c.dep_ in ("det", "poss") for c in b.children)  # "the north of X" is in X
        for p in b.children
    )
