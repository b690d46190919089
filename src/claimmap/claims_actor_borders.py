"""A country a claimant's phrase names across a border: "a customs officer at the Zarmaka
border post near Sudan", "a police officer on the Sudanese border".

The country is what the post lies near or borders, not where it is: the officer at a
Chadian post near Sudan is no Sudanese official, and the post is no Sudanese town. A
border named by one country's adjective ("the Sudanese border") may be either side's, so
it says nothing of the claimant's own country either; the text around must tell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a line between states.
_BORDERS = words("border frontier boundary")
#: Prepositions that place something beside a country, not inside it.
_BESIDE = words("near beyond across toward towards opposite")


def beyond_border(tok: Token) -> bool:
    """Whether the country word ``tok`` names a neighbour: the object of "near" ("near
    Sudan"), of "with" after a border noun ("the border with Sudan"), or a modifier of
    a border noun ("on the Sudanese border", "the Chad-Sudan frontier")."""
    noun = tok
    while noun.dep_ in ("compound", "amod", "poss", "nmod") and noun.head.i > noun.i:
        noun = noun.head
        if noun.lemma_.lower() in _BORDERS:
            return True  # "the Sudanese border", "Sudan's border"
    if noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "near Sudan and Libya"
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _BESIDE:
        return True
    return prep.lower_ in ("with", "between") and prep.head.lemma_.lower() in _BORDERS
