"""Slots of a sentence that make the name in them a place: "the ports of X and Y", "towards
Italy's X", "in the X Range" — read by :func:`claimmap.places_evidence.place_evidence` as
context for a name NER did not call a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_lexicon import LOCATIVE_PREPS, GazetteerLike
from claimmap.places_syntax import possessive_owner

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: "the mayor of X", "residents of X": nouns whose "of"-complement is usually a place.
PLACE_OF_NOUNS = frozenset(
    {
        "mayor", "governor", "resident", "people", "outskirts", "outskirt", "suburb", "community",
        "village", "town", "city", "municipality", "district", "region", "province",
        "capital", "centre", "center", "north", "south", "east", "west", "heart", "part",
        "fall", "siege", "battle", "liberation", "recapture", "encirclement", "shelling",
        "bombardment", "occupation", "area", "territory", "vicinity", "environs", "edge",
        "port", "island", "coast", "shore",
    }
)  # fmt: skip


def place_of_noun(span: Span) -> Token | None:
    """ "the mayor of X", "the ports of X and Y": the noun whose "of"-complement ``span`` is,
    directly or as a later item of a list of names, if it usually takes a place."""
    doc = span.doc
    start = span.start
    root = span.root
    if root.dep_ == "conj" and root.head.i < start and doc[start - 1].lower_ in {"and", "or", ","}:
        first = root.head  # "ports of Manzanillo and Xyz": the list's first item
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        start = first.left_edge.i
    if start < 2 or doc[start - 1].lower_ != "of":
        return None
    noun = doc[start - 2]
    return noun if noun.lemma_.lower() in PLACE_OF_NOUNS else None


def owned_in_place_slot(span: Span, gaz: GazetteerLike) -> str:
    """ "towards Italy's Xyz": a name owned by a country right after a locative preposition,
    with an entry inside that country, is that place ("Italy's Meloni said": no slot)."""
    owner = possessive_owner(span, gaz)
    doc = span.doc
    if owner is None:
        return ""
    code, written = owner
    i = span.start - 1
    while i >= 0 and doc[i].text != written.split()[0]:
        i -= 1
    prep = doc[i - 1] if i >= 1 else None
    if prep is None or prep.lower_ not in LOCATIVE_PREPS or according_to(prep):
        return ""
    if not gaz.lookup(span.text, country=code, limit=1, fuzzy=False):
        return ""
    return f"written '{prep.text} {written}'s {span.text}'"


def wide_feature(span: Span, gaz: GazetteerLike) -> bool:
    """A name of several words whose first entry is a region or a body of water: written
    with "the" as mountain ranges and deserts are ("in the Sierra Xyz Occidental")."""
    if len(span) < 2:
        return False
    cands = gaz.lookup(span.text, limit=1, fuzzy=False) if gaz.knows(span.text) else []
    return bool(cands) and cands[0].kind in {"region", "water"}


def according_to(prep: Token) -> bool:
    return prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"
