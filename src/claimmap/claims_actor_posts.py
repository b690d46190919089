"""The place a post is named after: "the agency's Johor director", "the navy's Penang
commander" work in Johor and Penang, not at their body's headquarters.

A regional post is written as a place name compounded into the role noun; the person
holding it is seated there (a place the geoparser resolved in the phrase). A country
("the agency's Malaysian director") is no post's place, nor a place that names the body
itself ("the Johor Port Authority director": the body's own seat is read elsewhere).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import PERSON_ROLES
from claimmap.claims_actor_places import Where, place_at, with_place

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor, Place


def posted(actor: Actor, desc: Span, places: Sequence[Place]) -> Actor:
    """``actor`` (a person) placed where its regional post is, if the phrase names one."""
    if actor.kind != "person" or actor.located or not places:
        return actor
    where = post_place(desc, places)
    return with_place(actor, where) or actor if where is not None else actor


def post_place(desc: Span, places: Sequence[Place]) -> Where | None:
    """The place of "X's <Place> director": capitalised words compounded into a role noun
    that an owner opens ("the agency's", "its"), resolved as a town or region."""
    doc = desc.doc
    for role in desc:
        if role.lower_ not in PERSON_ROLES or role.pos_ != "NOUN":
            continue
        names = [c for c in role.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        owner = any(c.dep_ == "poss" for c in role.lefts)
        if not names or not owner:
            continue
        first, last = names[0].left_edge.i, names[-1].i
        if last != role.i - 1 or any(doc[i].ent_type_ == "ORG" for i in range(first, last + 1)):
            continue
        found = place_at(doc[first : last + 1], places, dweller=False)
        if found is not None:
            return found
    return None
