"""Where a boat that sank had got to: "a boat carrying migrants capsized off the island of
X" and "The vessel had left Y late on Friday" (it crossed from Y until it went down off X).

A vessel told to have left a place, with no end of its own, ends where the article's
boat capsized (sank, foundered): the first resolved place told "off", "near" or "in" on
that verb. The sinking is the end the voyage reached, so the leg is told as made. Only a
mover named as one known craft takes it ("the vessel"; not the people it carried, whose
start may be a whole region, "migrants from West Africa", nor "boats leave most nights
from X"), only when the article tells one sinking place, and only for articles whose
text tells of a sinking at all.

Read by :mod:`claimmap.movement_build` for a movement with a start and no end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.movement_spans import SlotContext
from claimmap.nlp import doc_text
from claimmap.routes_kinds import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the verbs of a vessel going down (lemmas)
_SANK = frozenset({"capsize", "sink", "founder", "overturn", "wreck"})
#: the words a sinking is told with, found in the text before any verb is read
_SANK_TEXT = re.compile(r"\b(?:capsiz|sank|sunk|sink|founder|overturn|wreck)\w*", re.IGNORECASE)
#: the prepositions of where it went down
_AT = frozenset({"off", "near", "in", "at"})


def sunk_at(ctx: SlotContext, trig: Token, named: Token | None) -> Token | None:
    """The place the article's boat went down at, for a vessel ``named`` that the trigger
    tells leaving a place; else None."""
    if named is None or not _one_craft(named) or trig.pos_ != "VERB":
        return None  # "boats leave most nights from X": no one boat that sank
    doc = trig.doc
    found: dict[str, Token] = {}
    for hit in _SANK_TEXT.finditer(doc_text(doc)):  # the verbs read where the text tells them
        words = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        tok = words.root if words is not None else None
        if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in _SANK:
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _one_craft(subject, definite=False):
            continue
        place = _placed(ctx, tok)
        if place is not None:
            found.setdefault(place.lower_, place)
    return next(iter(found.values())) if len(found) == 1 else None


def _one_craft(noun: Token, definite: bool = True) -> bool:
    """Is the noun one vessel ("the boat", "a dinghy"), told as the one known already
    ("the vessel") when ``definite``?"""
    if noun.tag_ != "NN" or kind_of(noun.lower_) != "vessels":
        return False
    return not definite or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _placed(ctx: SlotContext, verb: Token) -> Token | None:
    """The first place token under the verb's "off/near/in/at" phrase ("off" is often
    read as a particle)."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in _AT):
        for tok in prep.subtree:
            if tok.i in ctx.placed and tok.pos_ == "PROPN":
                return tok
    return None
