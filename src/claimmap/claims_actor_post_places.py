"""An official placed by the words around the post: "A Lviv regional official", "a Kherson
city official", "A Libyan official at Misrata airport".

A place name before the official's noun, or the facility named after "at", says where the
person works; it seats them there (a city or region the geoparser resolved), not in the
capital of their country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_places import Where, place_at
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Place

#: The nouns of a post a place can modify: "a Lviv regional official".
_POSTS = words("official officer administrator spokesman spokeswoman spokesperson employee")
#: Facilities after "at" that stand in their town: "an official at Misrata airport".
_SITES = words("airport port harbour harbor base crossing checkpoint hospital")


def post_place(desc: Span, places: Sequence[Place]) -> Where | None:
    """Where a phrase naming an official puts them: a place modifying the post noun, or the
    town of the facility the official works at."""
    root = desc.root
    if root.lemma_.lower() not in _POSTS or not places:
        return None
    for t in root.children:
        if t.i < root.i and t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "PROPN":
            found = place_at(desc.doc[t.i : t.i + 1], places, dweller=False)
            if found is not None:
                return found  # "A Lviv regional official"
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        site = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if site is None or site.lemma_.lower() not in _SITES:
            continue
        names = [c for c in site.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:  # "at Misrata airport": Misrata
            found = place_at(desc.doc[names[0].i : names[-1].i + 1], places, dweller=False)
            if found is not None:
                return found
    return None
