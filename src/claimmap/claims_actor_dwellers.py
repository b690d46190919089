"""The people of several places speak as one: "Residents of Hajin and al-Quriyah say ...".

"The governors of X and Y" are office holders of several places and no one actor stands
for them (``claims_actor_phrases.of_several``); residents, villagers or locals of two
towns are one voice, the people there, and their seat is the first town named. The
phrase is read without the later towns, so that a town the model takes for a person or a
body ("al-Quriyah") never becomes the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["first_place_dwellers"]

#: Nouns of people who speak as the people of where they live.
_DWELLERS = frozenset({"resident", "villager", "inhabitant", "local", "townspeople", "townsfolk"})


def first_place_dwellers(span: Span) -> Span | None:
    """ "Residents of X and Y" → "Residents of X": the phrase up to the first place's
    end, when the phrase is dwellers "of" places joined by "and"; None otherwise."""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS") or root.lemma_.lower() not in _DWELLERS:
        return None
    of = next((c for c in root.children if c.lower_ == "of" and c.i > root.i), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if place is None:
        return None
    joins = [c for c in place.children if c.dep_ in ("cc", "conj") and c.i > place.i]
    if not joins:
        return None
    end = min(c.i for c in joins)
    while end > place.i and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start : end] if span.start < end <= span.end else None
