"""The places coordinated in one slot: "cities including X, Y and Z", "fighters in X and on
the Y islands", "sent to sites in X, and on the Y island".

Split from :mod:`claimmap.movement_spans`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_words import DEST_PREPS, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.model import Span


def coordinated(head: Token, mention: Span) -> tuple[Token, ...]:
    """The slot's coordinated heads, or those of the name inside it ("cities including X,
    Y and Z")."""
    if head.conjuncts:
        told = tuple(c for c in head.conjuncts if c not in headed_on(head))
        return (*told, *(t for t in _located_too(head) if t not in told))
    found = head.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    inner = found.root if found is not None else head
    if inner == head:
        return ()
    return (*(c for c in inner.conjuncts if c.i > inner.i), *_located_too(inner))


def headed_on(head: Token) -> tuple[Token, ...]:
    """ "from X towards Y and Z" read as X and Z coordinated: the conjuncts of a start told
    after a to-phrase hung on it go with that phrase's end (Z is a second end, not a
    second start)."""
    heading = [c.i for c in head.children if c.dep_ == "prep" and c.lower_ in DEST_PREPS]
    if not heading:
        return ()
    return tuple(c for c in head.conjuncts if c.i > min(heading) and c.head == head)


def _located_too(inner: Token) -> tuple[Token, ...]:
    """ "fighters in X and on the Y islands": a locative phrase coordinated with the one
    naming the place says where else the slot is; its names are coordinated places too."""
    prep = inner.head
    if inner.dep_ != "pobj" or prep.lower_ not in _LOCATIVE:
        return ()
    # "sent to sites in X and Y, and on the Z island": the parser ties the second
    # locative phrase to the to-phrase the first one hangs in
    goal = next((a for a in prep.ancestors if a.pos_ == "ADP"), None)
    preps = [prep, goal] if goal is not None and goal.lower_ in DEST_PREPS else [prep]
    more = [c for p in preps for c in p.conjuncts if c.i > prep.i and c.lower_ in _LOCATIVE]
    return tuple(t for c in more for o in pobjs(c) for t in o.subtree if t.pos_ == "PROPN")


_LOCATIVE = frozenset({"in", "at", "on", "near", "inside"})


def qualified_pairs(slot: Token) -> list[Token]:
    """ "at X in A and Y in B": the parser reads Y as coordinated with the qualifier A,
    not with X; Y followed by an in-phrase of its own (the same shape as "X in A") is a
    second place of the slot, not more of the area X lies in."""
    prep = slot.head
    if slot.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    verb, end = prep.head, slot.right_edge.i
    toks = slot.doc
    quals = [
        p
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in" and p.i == end + 1 and pobjs(p)
    ]
    out: list[Token] = []
    for qual in quals:
        for other in (c for o in pobjs(qual) for c in o.conjuncts if c.i > o.i):
            own = any(c.dep_ == "prep" and c.lower_ == "in" for c in other.children)
            after = other.i + 1
            if own or (
                after < len(toks) and toks[after].lower_ == "in" and toks[after].head == verb
            ):
                out.append(other)
    return out
