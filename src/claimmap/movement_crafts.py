"""Craft movers told around a movement: "it" right after a movement of a named craft is
that craft ("The ship called at X. It docked in Y", not "the Caribbean side" named in
between), and a craft's part that failed is not what travelled on ("the vessel's engine
failed and it drifted to X": the vessel). Split from :mod:`claimmap.movement_movers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_antecedents import number_agrees
from claimmap.movement_phrase_words import CRAFT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


#: parts of a craft that fail or break down but never travel on their own
_CRAFT_PARTS = frozenset(["engine", "engines", "motor", "hull", "rudder", "propeller", "pump"])


def whole_of(mover: Token) -> Token:
    """ "the vessel's engine failed and it drifted to X": the craft the part belongs to."""
    if mover.lower_ not in _CRAFT_PARTS:
        return mover
    return next((c for c in mover.children if c.dep_ == "poss" and c.pos_ != "PRON"), mover)


def craft_it(mover: Token, last_mover: Token | None) -> bool:
    """A subject "it" of a movement told right after one of a named craft stands for it."""
    if last_mover is None or mover.lower_ != "it" or mover.dep_ != "nsubj":
        return False
    craft = last_mover.pos_ != "PRON" and last_mover.lemma_.lower() in CRAFT_NOUNS
    return craft and last_mover.i < mover.i and number_agrees(last_mover, "thing")
