"""Reading a motion word's noun phrases and prepositions in the parse: the counted head
("thousands of militants" → militants), the whole phrase back from it, and the
prepositional objects of a head with the slot words that mark origin, destination, transit.

Split from :mod:`claimmap.movement_words`, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimmap.movement_counts import PARTITIVE_NOUNS
from claimmap.movement_counts import words as _words
from claimmap.movement_phrase_words import MEASURE_NOUNS, NON_SPATIAL_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Token


ORIGIN_PREPS = _words("from")
DEST_PREPS = _words("to into toward towards onto unto")
TRANSIT_PREPS = _words("through via across")
# Extents of a movement, never what moved: "driven hundreds of miles", "walked for days".
EXTENT_NOUNS = _words(
    "mile kilometre kilometer km metre meter yard foot feet league hour day week month "
    "minute distance way"
)
DIR_PREPS = ORIGIN_PREPS | DEST_PREPS | TRANSIT_PREPS | {"for"}


# --- reading the parse: counts, prepositions ------------------------------------------------


def content_head(token: Token) -> Token:
    """'thousands of militants' → militants; 'much of the countryside' → countryside."""
    head = token
    for _ in range(3):
        if not (_counts(head) or head.like_num):
            break
        # "$44 billion in military aid": a sum is counted in what it buys
        money = head.ent_type_ == "MONEY"
        objs = [o for w, o in preps_of(head) if w == "of" or (money and w == "in")]
        if not objs:
            break
        head = objs[0]
    nouns = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if head.tag_ == "VBG" and head.dep_ == "pobj" and nouns:
        return nouns[-1]  # "most of the opium crossing the border": a noun read as compound
    return head


def _counts(tok: Token) -> bool:
    """A word counting or measuring what its of-object names: "thousands of", "tonnes of"."""
    lemma = tok.lemma_.lower()
    return lemma in PARTITIVE_NOUNS or lemma in MEASURE_NOUNS or tok.lower_ in MEASURE_NOUNS


def np_top(token: Token) -> Token:
    """Climb from a content head back to the whole noun phrase ('thousands of X' → thousands)."""
    top = token
    while top.dep_ == "pobj" and top.head.lower_ == "of":
        outer = top.head.head
        if not (outer.like_num or _counts(outer)):
            break
        top = outer
    return top


def preps_of(head: Token, any_prep: bool = True) -> Iterator[tuple[str, Token]]:
    for prep in head.children:
        conj = prep.dep_ == "conj" and prep.pos_ == "ADP"  # "moved to X and to Y"
        # "arrives off X" misparsed as a particle that still governs its object
        particle = prep.dep_ == "prt" and any(c.dep_ == "pobj" for c in prep.children)
        if prep.dep_ == "prt" and (off := _off_name(prep)) is not None:
            yield "off", off  # "arrived off X": X misread as an adverb beside the particle
            continue
        if prep.dep_ not in ("prep", "dative") and not conj and not particle:
            continue
        word = prep.lower_
        if word in NON_SPATIAL_PREPS:  # "according to X", "due to X": never a slot
            continue
        if word == "from" and _measured(prep):  # "a camp 80 km from the border": where, not whence
            continue
        if word in ("out", "away"):  # "out of X", "away from X"
            inner = child_of(prep, "prep")
            if inner is not None and inner.lower_ in ("of", "from"):
                yield from (("from", o) for o in pobjs(inner))
            continue
        if any_prep or word in DIR_PREPS:
            yield from ((word, o) for o in pobjs(prep))
            if word == "from":  # "from near X", "from inside X": set off from X
                near = [c for c in prep.children if c.dep_ == "prep" and c.lower_ in FROM_NEAR]
                yield from ((word, o) for c in near for o in pobjs(c))
            # "from X to Y" with "to" hung on "from"; "to X and to Y", "to X or over Y"
            for sub in (c for c in prep.children if _joined_prep(c, word)):
                yield from ((sub.lower_, o) for o in pobjs(sub))


def _off_name(prt: Token) -> Token | None:
    """ "She arrived off Tobruk": the parser reads "off" as a particle and the name right
    after it as an adverb of the verb; that name is the object of "off"."""
    if prt.lower_ != "off" or prt.i + 1 >= len(prt.doc):
        return None
    nxt = prt.doc[prt.i + 1]
    misread = nxt.head == prt.head and nxt.dep_ in ("advmod", "npadvmod", "dobj")
    return nxt if misread and nxt.pos_ == "PROPN" else None


#: prepositions after "from" that name where about the start was: "from near X"
FROM_NEAR = frozenset({"near", "inside", "around", "outside", "within"})


def _joined_prep(sub: Token, word: str) -> bool:
    """A preposition hung on the one of ``word``: a directional one ("from X to Y"), or one
    coordinated with it ("to X and to Y", "to X or over Y")."""
    onward = sub.dep_ == "prep" and sub.lower_ in DIR_PREPS and sub.lower_ != word
    return onward or (sub.dep_ == "conj" and sub.pos_ == "ADP")


def _measured(prep: Token) -> bool:
    """Is the preposition measured off by a distance ("about 80 km from X")?"""
    return any(
        c.dep_ == "npadvmod"
        and (c.lemma_.lower() in EXTENT_NOUNS or c.ent_type_ == "QUANTITY")
        and c.ent_type_ != "DATE"  # "from X to Y last week": when, not how far
        for c in prep.children
    )


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def child_of(token: Token, dep: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep), None)
