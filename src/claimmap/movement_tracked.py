"""A craft tracked to a place: "flights originating from X were tracked to Y".

A verb of following in the passive says where its subject went: the flights, ships or
convoys that "were tracked to Y" got there, as "followed the ship from X to Y" does in the
active (:func:`claimmap.movement_words.tracked_path`). Only a subject that travels of
itself (a vehicle, a flight, a shipment) counts: "the money was traced to Y" or "the
suspect was tracked to a flat" tells where something was found, not a journey.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_counts import words
from claimmap.movement_reading import DEST_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: subjects that travel of themselves when they are tracked somewhere
_CRAFTS = words(
    "flight plane aircraft jet cargo ship vessel boat tanker freighter convoy truck "
    "lorry shipment consignment drone"
)


def tracked_to(verb: Token) -> bool:
    """Is ``verb`` a passive "(were) tracked to Y" whose subject is a craft or a shipment?"""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in _CRAFTS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in DEST_PREPS for c in verb.children)
