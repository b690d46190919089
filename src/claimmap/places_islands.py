"""A name written with a generic island noun the gazetteer lacks in full ("the Xyz Islands"
when it holds the province "Xyz"): the bare name's unit stands for the islands. Towns of
the bare name do not: an archipelago is no town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_seats import norm

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

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


#: Dependencies with an ISO code of their own → the state they belong to (closed class; the
#: gazetteer's country table records no sovereignty). "The French island of Réunion" (RE)
#: is in France, and "a port in Réunion" is in France's admin-2 unit of that name.
SOVEREIGN: dict[str, str] = {
    **dict.fromkeys(("RE", "YT", "GP", "GF", "MQ", "PM", "BL", "MF", "NC", "PF", "WF", "TF"), "FR"),
    **dict.fromkeys(("PR", "GU", "VI", "AS", "MP", "UM"), "US"),
    **dict.fromkeys(("GL", "FO"), "DK"),
    **dict.fromkeys(("AW", "CW", "SX", "BQ"), "NL"),
    **dict.fromkeys(
        ("GI", "BM", "KY", "VG", "AI", "MS", "TC", "FK", "SH", "IO", "PN", "GS", "IM", "JE", "GG"),
        "GB",
    ),
    **dict.fromkeys(("HK", "MO"), "CN"),
    **dict.fromkeys(("CX", "CC", "NF", "HM"), "AU"),
    **dict.fromkeys(("CK", "NU", "TK"), "NZ"),
    **dict.fromkeys(("SJ", "BV"), "NO"),
    "AX": "FI",
}


def holds_country(outer: str | None, inner: str | None) -> bool:
    """Whether a place of country ``outer`` may hold one of ``inner``: the same code, or a
    dependency and its sovereign either way round (not two dependencies of one state)."""
    if not outer or not inner:
        return False
    return outer == inner or SOVEREIGN.get(inner) == outer or SOVEREIGN.get(outer) == inner


#: A country-less region entry and a unit of the same name this close are one territory.
SAME_TERRITORY_KM = 100.0
_TERRITORY_KINDS = frozenset({"country", "disputed", "admin1"})


def territory_over_region(groups: dict[str, Group]) -> None:
    """ "from Réunion": a region entry with no country (a UN country-area) and a province,
    country or disputed area of the same name on the same spot are one island; the unit,
    which has a country, stands for it (its country places the name's claims and seats)."""
    for group in groups.values():
        choice = group.choice
        if choice is None or choice.kind != "region" or choice.country_code:
            continue
        units = [
            c
            for c in group.candidates
            if c.kind in _TERRITORY_KINDS
            and c.country_code
            and not c.fuzzy
            and norm(c.name) == norm(choice.name)
            and km(c, choice) <= SAME_TERRITORY_KM
        ]
        if units:
            group.choice = max(units, key=lambda c: (c.population, c.score))
            group.reasons.append(f"the region {choice.name} is this unit's territory")
