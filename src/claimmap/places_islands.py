"""A name written with a generic island noun the gazetteer lacks in full ("the Xyz Islands"
when it holds the province "Xyz"): the bare name's unit stands for the islands. Towns of
the bare name do not: an archipelago is no town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike

#: Generic nouns an island group's name ends with.
ISLAND_NOUNS = frozenset({"Islands", "Island", "Isles", "Archipelago"})
#: Entries a bare island name may stand for: a unit or a region, not a town.
_UNIT_KINDS = frozenset({"country", "admin1", "admin2", "region", "disputed"})


def island_unit_candidates(name: str, gaz: GazetteerLike) -> list[Candidate]:
    """ "the Xyz Islands" unknown in full: the units named bare "Xyz", exactly, or []."""
    words = name.split()
    if len(words) < 2 or words[-1] not in ISLAND_NOUNS or gaz.knows(name):
        return []
    bare = " ".join(words[:-1])
    if not gaz.knows(bare):
        return []
    return [c for c in gaz.lookup(bare, limit=10, fuzzy=False) if c.kind in _UNIT_KINDS]


#: A town holding this share of its country's people is that country's main place.
MAIN_PLACE_SHARE = 0.1


def main_place(choice: Candidate, gaz: GazetteerLike | None) -> bool:
    """Whether ``choice`` holds a good share of its country's people: the main settlement of
    an island territory (an atoll's base) is known in its own right, however small, and is
    no stray namesake of a town the gazetteer lacks."""
    country = gaz.country(choice.country_code) if gaz and choice.country_code else None
    return country is not None and choice.population >= MAIN_PLACE_SHARE * country.population
