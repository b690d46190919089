"""A body named after an owner the gazetteer does not know: "Xyz's maritime police".

"Xyz's maritime police force said ..." under a DUBAI dateline: Xyz is a region or state
the geoparser could not resolve, so the force is Xyz's, of no country the kit can name.
The dateline's or the story's country is a guess, and a wrong one (the story is filed
from elsewhere); unknown beats wrong, so such a body takes no country and no seat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_tokens import memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Actor, Place


def unplaced_owner(
    desc: Span, places: Sequence[Place], country_of: Callable[[str], str | None]
) -> bool:
    """True when ``desc`` is owned by a proper name that is no country, no place the
    geoparser resolved and no body the actors table knows ("Xyz's coast guard"); the
    name is remembered for the body's people (:func:`of_unplaced_owner`)."""
    owner = next((t for t in desc if t.dep_ == "poss" and t.pos_ == "PROPN"), None)
    if owner is None or owner.i != desc.start or owner.ent_type_ == "NORP":
        return False
    if owner.ent_type_ == "PERSON" and not _region_like(owner, desc):
        return False
    name = _owner_name(owner)
    if country_of(name) or table_actor(name) is not None:
        return False
    if any(name in (place.name, *(m.text for m in place.mentions)) for place in places):
        return False
    owners: set[str] = memo(desc.doc, "unplaced_owners", set)
    owners.add(name)
    return True


#: Bodies a region or state keeps and a person does not: "Galmudug's police" (a region the
#: model took for a person) is a region's force; "Ana Lee's office" stays a person's.
_TERRITORIAL = frozenset({"police", "force", "forces", "coastguard", "guard", "navy", "ministry"})


def _region_like(owner: Token, desc: Span) -> bool:
    """A one-word name the model took for a person that owns a territorial body."""
    alone = owner.i == 0 or owner.doc[owner.i - 1].ent_type_ != "PERSON"
    return alone and owner.head.i == desc.root.i and desc.root.lower_ in _TERRITORIAL


def of_unplaced_owner(actor: Actor, desc: Span) -> bool:
    """ "Its commander, Ali Reza" of "Xyz's maritime police": a person of a body whose
    owner :func:`unplaced_owner` found unknown is as unplaced as the body."""
    if actor.kind != "person" or not actor.organisation:
        return False
    return owned_unplaced(actor.organisation, desc.doc)


def owned_unplaced(name: str, doc: Doc) -> bool:
    """``name`` ("Xyz maritime police") begins with an owner found unknown in ``doc``."""
    owners: set[str] = memo(doc, "unplaced_owners", set)
    return any(name.startswith(f"{owner} ") for owner in owners)


def _owner_name(owner: Token) -> str:
    """The owner's whole name, its compounds included: "South Xyz" of "South Xyz's"."""
    words = [t for t in owner.subtree if t.dep_ == "compound" or t.i == owner.i]
    return " ".join(t.text for t in words)
