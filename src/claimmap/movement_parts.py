"""A part of a craft is no mover of its own: "the engine of the boat failed near X and it
drifted towards Y", "the boat's engine cut out as it sailed past X". What drifted or sailed
is the boat; reading "it" as the engine would split the boat's route into a second one,
told of an "engine". A part names the craft it belongs to ("of the boat", "the boat's"),
which moves in its stead; a part with no craft named stands for nothing a pronoun points
back at.

Read by :mod:`claimmap.movement_antecedents` (what "it" stands for) and
:mod:`claimmap.movement_build` (a mover named by its part).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_counts import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: parts of a craft or vehicle, which travel only with it
PART_NOUNS = words(
    "engine motor outboard hull rudder propeller mast keel cockpit fuselage tyre tire "
    "wheel axle transponder generator gearbox"
)


def part_noun(tok: Token) -> bool:
    """Does ``tok`` name a part of a craft ("the engine", "its hull") told as a part, not as
    goods moved in their own right: not plural ("drone engines"), not what a verb of moving
    moves ("a drone engine was flown to Y")?"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in PART_NOUNS:
        return False
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    moved = tok.dep_ in ("nsubj", "nsubjpass", "dobj") and lex.is_trigger(tok.head)
    return not moved


def whole_of(tok: Token) -> Token | None:
    """The craft a part belongs to: "the engine of the boat" → boat, "the boat's engine" →
    boat, "its engine" → its (a pronoun, left for the caller to read); None when ``tok`` is
    no part or names no craft ("the engine failed")."""
    if not part_noun(tok):
        return None  # a part moved on its own, or no part
    for child in tok.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            owners = [o for o in child.children if o.dep_ == "pobj"]
            if owners:
                return owners[0]
    return None
