"""A body named after the town or region it works in: "Deir ez-Zor activist network Eye
of Euphrates said", "the Idlib monitoring group Xyz reported". The place written before
the body noun says where the group is; its seat is there, as "an official in Yangon" is
seated in Yangon (:func:`claimmap.claims_actor_places.stated_place`). A country there
("the Syrian network Xyz", "Britain's Xyz") is no such place: the country stands as the
body's country, read elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.actors_table import normalize
from claimmap.claims_actor_places import SEAT_KINDS, Where, place_at, with_place
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor, Place

#: Nouns of a civil body that a place before them locates: "the Hasakah activist network".
_GROUP_NOUNS = words(
    """
    network group monitor observatory collective campaign initiative committee council
    coalition platform outlet
    """
)
_GROUP_KINDS = frozenset({"organisation", "unknown"})


def local_group(actor: Actor | None, span: Span, places: Sequence[Place]) -> Actor | None:
    """The actor placed where its phrase's leading place says, when the phrase opens
    with a resolved town or region, then a lower-case group noun, then the body's name."""
    if actor is None or actor.kind not in _GROUP_KINDS or actor.located or actor.organisation:
        return actor
    noun = next((t for t in span if t.is_lower and t.lemma_.lower() in _GROUP_NOUNS), None)
    if noun is None or noun.i == span.start or noun.i + 1 >= span.end:
        return actor
    if not span.doc[noun.i + 1].text[:1].isupper():
        return actor  # "the Idlib network said": no name after it, a reference
    lead = span.doc[span.start : noun.i]
    while len(lead) and (lead[0].pos_ == "DET" or lead[0].is_lower):
        lead = lead[1:]
    last = len(lead)
    while last and lead[last - 1].is_lower:  # "Deir ez-Zor activist": the place only
        last -= 1
    place = lead[:last] if last else None
    if place is None or not len(place):
        return actor
    where = place_at(place, places, dweller=False) or _named_as_resolved(place, places)
    return with_place(actor, where) if where is not None else actor


def _named_as_resolved(words_: Span, places: Sequence[Place]) -> Where | None:
    """ "Deir ez-Zor" in a group's name, where the article's own mentions of the city
    ("Deir al-Zour") resolved to a place the gazetteer calls by these very words."""
    said = normalize(words_.text)
    for place in places:
        if place.kind in SEAT_KINDS and normalize(place.name) == said:
            return Where(place.name, place.country_code, words_.start, words_.end)
    return None
