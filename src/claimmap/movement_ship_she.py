"""A ship called "she": "the cargo ship Sparta IV left X. ... She transited the Y Strait".
English tells a vessel as a woman; with no woman named between, a "she" after a ship named
goes on with the ship, even when other nouns (imagery, officials' words) came between.

Read by :mod:`claimmap.movement_antecedents`, which finds what a pronoun mover stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_craft_names import named_craft

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how far back (characters) the ship may have been named
_MAX_BACK = 900
#: common nouns that stand for a ship already named: "the ship", "the vessel"
_SHIP_NOUNS = frozenset({"ship", "vessel", "tanker", "freighter", "carrier", "boat"})
#: nouns naming a woman: a "she" after one is her ("the captain's wife ... She flew home")
_WOMEN = frozenset(
    {"woman", "wife", "mother", "daughter", "girl", "sister", "widow", "grandmother", "niece"}
)


def ship_she(pron: Token) -> Token | None:
    """The ship a "she" or "her" stands for: the nearest mention before it of a craft the
    text has named as one ("the cargo ship X", later "the X"), or "the ship"; None when a
    person is named nearer (a woman told of) or no craft was named."""
    if pron.lower_ not in ("she", "her"):
        return None
    doc = pron.doc
    names = {t.text.lower() for t in doc[: pron.i] if named_craft(t)}
    if not names:
        return None
    noun = None  # "the ship" stands for the one named before it, when there is one
    for tok in reversed(doc[: pron.i]):
        if pron.idx - tok.idx > _MAX_BACK:
            break
        if tok.pos_ == "PROPN" and tok.text.lower() in names and tok.dep_ != "compound":
            return tok
        if tok.lemma_.lower() in _SHIP_NOUNS and any(c.lower_ == "the" for c in tok.children):
            noun = noun or tok
        elif (
            tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _WOMEN or tok.lower_ in ("he", "him")
        ):
            break
    if noun is None:
        return None
    named = [t for t in doc[: noun.i] if t.text.lower() in names and t.dep_ != "compound"]
    one = len({t.text.lower() for t in named}) == 1  # the one ship named: "the ship" is it
    return named[-1] if one else noun
