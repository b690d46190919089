"""A town reached only by one of its alternate names, in a country the article never
names, away from all its other places: "near the village of Banjska" in a story about
Kosovo is a village the gazetteer lacks, not Bansko (Bulgaria), whose alternate names
happen to hold the spelling. An own name may be a namesake worth keeping; an alias of a
small foreign town, with nothing else pointing there, is not.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_distance import km
from claimmap.places_groups import countries_named_by_others
from claimmap.places_lexicon import KNOWN_IN_OWN_RIGHT
from claimmap.places_scoring import drop_groups
from claimmap.places_seats import placed_at_namesake

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

#: Towns from this size are known well enough by their other names ("Bombay").
ALIAS_TOWN_POPULATION = 100_000
#: A town this close to another place of the article may be meant across a border.
ALIAS_NEIGHBOUR_KM = 100
#: A bigger town (not known in its own right) reached by an alias this far from every other
#: place of the article is a stray too: "Khalil" (Hebron) in a story set in the Sahara.
FAR_ALIAS_KM = 2_000
#: An alias this close in spelling to the town's own name is a respelling ("Tachileik" for
#: "Tachilek"), which names the town as surely as its own name.
RESPELLING_RATIO = 0.8
#: Territories this small have few towns; an alias names their main place.
TERRITORY_POPULATION = 1_000_000
_ALIAS = "alternate name"


def drop_foreign_aliases(
    groups: dict[str, Group], gaz: GazetteerLike, doc_id: str, text: str
) -> list[Unresolved]:
    """Report unresolved a small town chosen by an alternate name only, in a country no other
    name of the article names (no cue says so either), farther than
    :data:`ALIAS_NEIGHBOUR_KM` from every other place of the article; a bigger town not
    known in its own right, farther than :data:`FAR_ALIAS_KM`. The main place of a small
    territory ("Diego Garcia", the atoll's name for its one settlement) is spared."""
    named = countries_named_by_others(groups)
    points = [
        g.choice for g in groups.values() if g.choice is not None and g.choice.kind != "region"
    ]

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or not _alias_only(choice)
            or _respelling(group.name, choice.name)
            or (choice.population >= ALIAS_TOWN_POPULATION and _known_in_own_right(choice))
            or not choice.country_code
            or choice.country_code in named.get(group.key, set())
            or any(t.cue_country for t in group.toponyms)
            or _territory(choice.country_code, gaz)
            or _province_seat(choice, group)
        ):
            return None
        others = [p for p in points if p.source_id != choice.source_id]
        near = FAR_ALIAS_KM if choice.population >= ALIAS_TOWN_POPULATION else ALIAS_NEIGHBOUR_KM
        if not others or min(km(choice, p) for p in others) < near:
            return None
        reason = f"{group.name!r}: only an alternate name of {choice.name} ({choice.country_code}) "
        return reason + "matches, a town in a country the article does not name"

    return drop_groups(groups, doc_id, text, why)


def _province_seat(town: Candidate, group: Group) -> bool:
    """ "a notable from Tombouctou": the alias is the own name of the province placed at the
    town (its namesake seat, :func:`claimmap.places_seats.placed_at_namesake`), so the name
    is well known there, not a stray spelling of a small foreign town."""
    written = normalize_name(group.name)
    return any(
        c.kind == "admin1"
        and normalize_name(c.name) == written
        and c.admin1 == town.admin1
        and placed_at_namesake(town, c)
        for c in group.candidates
    )


def _known_in_own_right(cand: Candidate) -> bool:
    """A capital, world city or province seat: known by its other names ("Bombay")."""
    return any(w in KNOWN_IN_OWN_RIGHT for w in cand.why)


def _territory(code: str, gaz: GazetteerLike) -> bool:
    """A country or territory of fewer than :data:`TERRITORY_POPULATION` people."""
    country = gaz.country(code)
    return country is not None and country.population < TERRITORY_POPULATION


def _respelling(written: str, own: str) -> bool:
    a, b = normalize_name(written).replace(" ", ""), normalize_name(own).replace(" ", "")
    return SequenceMatcher(None, a, b).ratio() >= RESPELLING_RATIO


def _alias_only(cand: Candidate) -> bool:
    """A town matched, spelt as written, by one of its alternate names, not its own name."""
    return (
        cand.kind == "city"
        and not cand.fuzzy
        and any(w.startswith(_ALIAS) for w in cand.why)
        and not any(w == "exact name" for w in cand.why)
    )
