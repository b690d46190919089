"""Ships told by name: "the Russian-flagged Matros Koshka", "the bulk carrier Zafar". The
tagger often calls such a name a person; a later "it" still stands for the ship.

Read by :mod:`claimmap.movement_antecedents`, which finds what a pronoun mover stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_phrase_words import CRAFT_NOUNS
from claimmap.movement_verb_args import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: craft words of shipping that name a vessel but are not in the general craft list
_SHIP_WORDS = CRAFT_NOUNS | frozenset({"carrier", "bulker", "vessel", "ship", "cargo"})


def named_craft(tok: Token) -> bool:
    """Is the proper name ``tok`` a craft: flagged by a country ("the Panama-flagged X"), or
    named after its kind ("the bulk carrier X", "the tanker X, a ...")? People carry no flag."""
    if tok.pos_ != "PROPN":
        return False
    for child in tok.children:
        if child.dep_ == "amod" and child.lower_.endswith("flagged"):
            return True
        kind = child.pos_ == "NOUN" and child.lemma_.lower() in _SHIP_WORDS
        if child.dep_ == "compound" and kind:
            return True
    head = tok.head
    return (
        tok.dep_ in ("appos", "compound")
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _SHIP_WORDS
        and head.i < tok.i
    )


#: "took on grain at X", "picked up cargo at Y": a craft taking goods aboard
_TAKE_ABOARD = frozenset({("take", "on"), ("pick", "up")})


def aboard_craft(trig: Token) -> Token | None:
    """The craft that "took on grain at X": it, not the grain alone, set off from X, and a
    later "it" goes on with the craft."""
    lemma = trig.lemma_.lower()
    if not any(c.dep_ == "prt" and (lemma, c.lower_) in _TAKE_ABOARD for c in trig.children):
        return None
    subj = subject(trig)
    if subj is None:
        return None
    craft = subj.pos_ == "NOUN" and subj.lemma_.lower() in _SHIP_WORDS - {"cargo"}
    return subj if craft or named_craft(subj) else None
