"""Facilities named after places: "the Mariposa port of entry in Nogales", "near the Xyz
bridge". A facility placed in a town lies near it, so a namesake far away is not what it
is named after (:func:`drop_far_facilities`); and a name read as a place only for the
facility it names (:func:`facility_slot`) is no town abroad the article never mentions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.model import Unresolved
from claimmap.places_distance import km
from claimmap.places_islands import holds_country
from claimmap.places_lexicon import FACILITY_HEADS, PLACE_LABELS

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: A facility "in" a town lies within this distance of it.
FACILITY_NEAR_KM = 100.0
#: " port of entry in ", " border crossing in the ": lower-case words from a facility noun to "in".
#: Also "near" and "outside": "the Chkalovsky air base outside Moscow" is near Moscow.
_FACILITY_GAP = re.compile(r" ((?:[a-z]+ ){1,3})(?:in|near|outside) (?:the )?")


def facility_pairs(toponyms: list[Toponym], text: str) -> list[tuple[Toponym, Toponym]]:
    """(name, place) pairs written "the Mariposa port of entry in Nogales", "the Chaman
    crossing in Pakistan", "the X air base near Y": a facility named after the first,
    placed in (or by) the second."""
    by_start = {t.start: t for t in toponyms if t.form == "name"}
    pairs = []
    for top in toponyms:
        if top.form != "name":
            continue
        m = _FACILITY_GAP.match(text, top.end)
        words = m.group(1).split() if m is not None else []
        if m is None or (words[0] not in FACILITY_HEADS and words[-1] not in FACILITY_HEADS):
            continue
        nxt = by_start.get(m.end())
        if nxt is not None:
            pairs.append((top, nxt))
    return pairs


def drop_far_facilities(
    groups: dict[str, Group], toponyms: list[Toponym], doc_id: str, text: str
) -> list[Unresolved]:
    """ "the Mariposa port of entry in Nogales": a facility in a town is near that town, and in
    a province or country it is inside it; an entry for its name that is not (a village of
    that name 900 km away) is not what the facility is named after."""
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    out = []
    for top, place in facility_pairs(toponyms, text):
        inner, outer = owner.get(id(top)), owner.get(id(place))
        if inner is None or outer is None or inner is outer or inner.key not in groups:
            continue
        here, there = inner.choice, outer.choice
        if (
            here is None
            or there is None
            or here.kind not in {"city", "admin1", "admin2", "facility"}
        ):
            continue
        if there.kind == "city":
            if km(here, there) <= FACILITY_NEAR_KM:
                continue
        elif there.kind not in {"admin1", "country"} or holds(there, here):
            continue
        del groups[inner.key]
        reason = f"a facility in {there.name}; its namesake {here.name} ({here.country_code}) "
        out += inner.unresolved(doc_id, text, reason + f"lies {km(here, there):,.0f} km away")
    return out


#: Evidence that a name was read as a place only for the facility it names: "'near the
#: bridge'" (:func:`claimmap.places_evidence.facility_in_place_slot`), "names the dam".
_FACILITY_EVIDENCE = re.compile(r"'\w+ the (\w+)'|names the (\w+)")


def facility_slot(top: Toponym) -> bool:
    """ "near the Xyz bridge", "through the Xyz bridge checkpoint": a name NER did not call
    a place, read as one only because it names a facility in a place slot."""
    if top.label in PLACE_LABELS or top.cue_kind or top.cue_country or top.person_in:
        return False
    for why in top.evidence:
        m = _FACILITY_EVIDENCE.fullmatch(why)
        if m is not None and (m.group(1) or m.group(2)) in FACILITY_HEADS:
            return True
    return False


def holds(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer`` (a country or province) contains ``inner``."""
    if outer.kind == "country":  # "Mamoudzou (France)": a territory's town is its sovereign's
        return holds_country(outer.country_code, inner.country_code)
    return inner.country_code == outer.country_code and inner.admin1 == outer.admin1


def facility_alias(cand: Candidate, name: str) -> bool:
    """ "arrived at Union Station": a name ending in a facility noun reaches a town only
    through one of its alternate names (the town's own name lacks the noun): the station,
    port or airport is not the town of Union."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1].lower() in FACILITY_HEADS
        and cand.kind in {"city", "admin1", "admin2"}
        and words[-1].lower() not in cand.name.lower().split()
    )


#: Nouns of an airfield: "the Xyz airport" is named after a town only when the town is one.
AIRPORT_NOUNS = frozenset({"airport", "airfield", "airbase", "airstrip"})
#: A town this big, or a capital, may name its airport in any story...
AIRPORT_TOWN_POPULATION = 100_000
#: ...and so may a smaller one this many times bigger than every namesake.
AIRPORT_TOWN_MARGIN = 10
_NEXT_LOWER = re.compile(r" ([a-z]+)\b")


def drop_airport_namesakes(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "flew from El Xyz airport": a name written only before an airport noun, whose entries
    are small towns none of which stands out, names the airport after something else (a
    person, a legend) — not one of those towns, which a dot would put far from the airport."""
    out = []
    for key, group in list(groups.items()):
        choice = group.choice
        if choice is None or choice.kind != "city" or not _only_before_airports(group, text):
            continue
        if choice.population >= AIRPORT_TOWN_POPULATION or "national capital" in choice.why:
            continue
        rivals = [
            c
            for c in group.candidates
            if c.source_id != choice.source_id and c.kind == "city" and not c.fuzzy
        ]
        if all(c.population * AIRPORT_TOWN_MARGIN <= choice.population for c in rivals):
            continue  # the one town of note of its name: its airport
        del groups[key]
        reason = (
            f"'{group.name} {_next_word(group.toponyms[0], text)}' names an airport; "
            f"{len(rivals) + 1} small towns share the name and none is known as its city"
        )
        out += group.unresolved(doc_id, text, reason)
    return out


def _only_before_airports(group: Group, text: str) -> bool:
    return all(_next_word(t, text) in AIRPORT_NOUNS for t in group.toponyms)


def _next_word(top: Toponym, text: str) -> str:
    m = _NEXT_LOWER.match(text, top.end)
    return m.group(1) if m is not None else ""
