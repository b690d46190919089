"""A claimant of a region's or a district's office: "A Kano State government spokesman,
Ali Musa, said", "the district collector of Wayanad, Asha Menon".

The phrase names a first- or second-level division the geoparser resolved; the division
lies in one country, so the claimant is of that country, and sits in that division (its
seat, or the division at region precision). Only a division written inside the claimant's
own phrase counts, and only for a claimant the other readers gave no country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor, Place

_DIVISIONS = frozenset({"admin1", "admin2"})
_KINDS = frozenset({"person", "organisation", "government", "unknown"})
#: Nouns that make a town's name a division's: "the collector of Kupwara district".
_TERRITORY = frozenset(
    {"district", "state", "province", "county", "region", "governorate", "municipality"}
)
#: Words before a division that tell where someone comes from, not whom they serve.
_ORIGIN = frozenset({"from", "to", "near", "outside"})


def of_division(actor: Actor | None, span: Span | None, places: Sequence[Place]) -> Actor | None:
    """``actor`` with the country (and seat) of the division its phrase names."""
    if actor is None or span is None or actor.kind not in _KINDS:
        return actor
    if actor.country_code:
        return _employed(actor, span, places)
    found = _division_in(span, places)
    if found is None:
        return actor
    place, name = found
    org = actor.organisation
    if org is None and actor.kind == "person" and actor.role and _serves(span, place):
        org = name  # "Chubut's fisheries minister": the province's government employs him
    located = actor.located or name
    return replace(actor, country_code=place.country_code, located=located, organisation=org)


def _employed(actor: Actor, span: Span, places: Sequence[Place]) -> Actor:
    """ "Chubut's fisheries minister" placed in Argentina already (by the paragraph's
    state): the province of his country that owns his post still employs him."""
    if actor.kind != "person" or not actor.role or actor.organisation:
        return actor
    found = _division_in(span, places)
    if found is None or found[0].country_code != actor.country_code:
        return actor
    return replace(actor, organisation=found[1]) if _serves(span, found[0]) else actor


def _serves(span: Span, place: Place) -> bool:
    """The division owns the post in the phrase: "Chubut's fisheries minister", "the
    Chubut fisheries minister", "the health minister of Chubut" (not "a doctor in Chubut")."""
    doc = span.doc
    for mention in place.mentions:
        if not (span.start_char <= mention.start and mention.end <= span.end_char):
            continue
        words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if words is None:
            continue
        after = doc[words.end] if words.end < len(doc) else None
        if after is not None and after.tag_ == "POS":
            return True
        if words.root.dep_ in ("poss", "compound") and words.root.head.pos_ == "NOUN":
            return True
        before = doc[words.start - 1] if words.start > 0 else None
        if before is not None and before.lower_ == "of" and before.head.pos_ == "NOUN":
            return before.head.lower_ not in _NOT_POSTS
    return False


#: Nouns "of" a division that name no post in its government: "a resident of Chubut".
_NOT_POSTS = frozenset({"resident", "residents", "native", "people", "citizen", "citizens"})


def _division_in(span: Span, places: Sequence[Place]) -> tuple[Place, str] | None:
    """The one resolved division named in ``span`` as its office's territory."""
    doc = span.doc
    hits: list[tuple[Place, str]] = []
    for place in places:
        if place.kind not in _DIVISIONS | {"city"} or not place.country_code:
            continue
        for mention in place.mentions:
            if not (span.start_char <= mention.start and mention.end <= span.end_char):
                continue
            words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if words is None or (
                words.start > span.start and doc[words.start - 1].lower_ in _ORIGIN
            ):
                continue
            after = doc[words.end].lower_ if words.end < span.end else ""
            if place.kind in _DIVISIONS or after in _TERRITORY:  # "Kupwara district"
                hits.append((place, place.name))
    codes = {p.country_code for p, _ in hits}
    return hits[0] if len(codes) == 1 else None
