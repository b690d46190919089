"""The employer a title before an apposed name states: "the head of the PMPF, Abdullahi
Mohamed", "the spokesman for the ministry, Ahmed Farah".

The person in apposition is the claimant; the body the title is "of" or "for" is the one
he works for, whether the model took it for an organisation ("PMPF" often is not) or it
is a common noun of a state body ("the ministry", "the regional police"), whose country
the claims stage then finds as for any office named without one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import STATE_BODY, clean, title_word
from claimmap.claims_cues import words
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PREPS = words(
    """
    of for at with
    """
)
_NAME_PARTS = ("compound", "amod", "nmod")


def title_employer(desc: Span, ent: Span) -> Actor | None:
    """The body a title before the apposed name ``ent`` is of or for, or None: an
    acronym or proper name, or a state body's common noun; not a country or a place
    ("the president of Somalia, ..." says whose president, not an employer)."""
    for tok in desc:
        if tok.i >= ent.start or title_word(tok) is None:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PREPS):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.i >= ent.start or obj.ent_type_ in ("GPE", "LOC", "PERSON"):
                continue
            body = _body(obj)
            if body is not None:
                return Actor(body, "organisation")
    return None


def _body(obj: Token) -> str | None:
    """ "the PMPF", "the regional police", "the ministry": the name of the body, without
    its article; None for a noun that names no body ("the head of the queue")."""
    first = min([obj.i] + [c.i for c in obj.children if c.dep_ in _NAME_PARTS and c.i < obj.i])
    name = clean(obj.doc[first : obj.i + 1].text)
    named = obj.pos_ == "PROPN" or obj.is_upper or obj.ent_type_ in ("ORG", "NORP")
    if named and len(obj.text) > 1:
        return name
    return name if STATE_BODY.search(obj.lower_) else None
