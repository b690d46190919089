"""Where a displaced speaker is now: "a nurse from Xyz who arrived in Abc on Monday".

"From Xyz" is where she comes from; a relative clause saying she arrived in, reached or
fled to Abc says where she is when she speaks, which is the claim's seat. Her origin is
the seat only when nothing newer is said (see ``claims_actor_homes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_places import Where, place_at
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Place

#: Verbs of getting somewhere, with the prepositions that give the place reached.
_ARRIVE = words(
    """
    arrive reach flee escape come return relocate move
    """
)
_TO = words(
    """
    in at to into
    """
)


def arrived_place(span: Span, places: Sequence[Place]) -> Where | None:
    """The resolved place a relative clause in the phrase says its claimant reached."""
    for verb in span:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _ARRIVE:
            continue
        for obj in _reached(verb):
            if not span.start <= obj.i < span.end or not obj.is_title:
                continue
            where = place_at(_name(obj), places, dweller=False)
            if where is not None:
                return where
    return None


def _reached(verb: Token) -> list[Token]:
    """ "reached Abc" (its object), "arrived in Abc", "fled to Abc" (the preposition's)."""
    out = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "reach"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _TO:
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _name(tok: Token) -> Span:
    """The whole name ``tok`` heads, from its entity."""
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    return ent if ent is not None else doc[tok.i : tok.i + 1]
