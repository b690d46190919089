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
from claimmap.places_scoring import drop_groups

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


#: "Xyz's Abc terminal": a possessive right before a name ...
_OWNED = re.compile(r"['\u2019]s\s+$")
#: ... and a lower-case facility noun (maybe after one more word) right after it.
#: (Not "Xyz's Pacific port of Abc": the port is Abc.)
_FACILITY_AFTER = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?(?!\s+of\b)")


def drop_owned_facilities(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "Antwerp's Europa terminal": a name between a place's possessive and a facility noun
    names a facility in that place, so an entry that holds the place (a continent, its
    country) or lies far from it (a namesake abroad) is not meant; an entry next to it
    ("Xyz's Abc port", Abc a suburb) is."""
    by_end = {t.end: g for g in groups.values() for t in g.toponyms if t.form == "name"}
    out = []
    for key, group in list(groups.items()):
        here = group.choice
        if here is None or not group.toponyms:
            continue
        owners = [_owning_place(t, by_end, text) for t in group.toponyms]
        there = owners[0]
        if there is None or any(o is None for o in owners) or there.source_id == here.source_id:
            continue
        if here.kind not in {"region", "city", "admin2", "facility"}:
            continue  # "Xyz's Pacific port": its coast; "Poland's Belarus border": a neighbour
        if here.kind in {"city", "admin2", "facility"} and (
            km(here, there) <= FACILITY_NEAR_KM  # "Xyz's Abc port", Abc a suburb of Xyz
            or (there.kind in {"country", "admin1"} and holds(there, here))  # "Iran's Abc port"
        ):
            continue
        del groups[key]
        what = _facility_noun(group.toponyms[0], text) or "facility"
        reason = f"'{group.name} {what}' names a {what} in {there.name}, not {here.name}"
        out += group.unresolved(doc_id, text, reason + f" ({here.kind})")
    return out


def _owning_place(top: Toponym, by_end: dict[int, Group], text: str) -> Candidate | None:
    """The chosen entry of the place whose possessive comes right before ``top``, when a
    facility noun follows it ("Xyz's Abc terminal"), or None."""
    m = _OWNED.search(text, max(0, top.start - 3), top.start)
    if m is None or not _facility_noun(top, text):
        return None
    group = by_end.get(m.start())
    return group.choice if group is not None else None


def _facility_noun(top: Toponym, text: str) -> str:
    """The lower-case facility noun right after ``top`` or one word further ("Xyz container
    terminal"), or ""."""
    m = _FACILITY_AFTER.match(text, top.end)
    words = [w for w in m.groups() if w] if m is not None else []
    return next((w for w in words if w in FACILITY_HEADS), "")


#: "the Xyz crossing", "the Xyz port of entry", "the Xyz border post": a border facility.
_CROSSING_AFTER = re.compile(
    r"\s+(?:border\s+)?(?:crossing|checkpoint|post|port\s+of\s+entry|crossing\s+point)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: A crossing named after a town this big is named after it wherever it lies.
CROSSING_TOWN_POPULATION = 100_000
#: A crossing's town this far from every town and province of the article is not meant.
CROSSING_FAR_KM = 150.0


def drop_far_crossings(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "added scanners at the Xyz crossing": a border crossing the gazetteer lacks, named
    after a small town that lies far from every other town and province of the article, is
    not that town (a dot 800 km off): the crossing is left unresolved."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or choice.population >= CROSSING_TOWN_POPULATION
            or not all(_crossing(t, text) for t in group.toponyms)
        ):
            return None
        points = [
            g.choice
            for g in groups.values()
            if g is not group
            and g.choice is not None
            and g.choice.kind in {"city", "admin1", "admin2"}
            and g.choice.source_id != choice.source_id
        ]
        if not points or any(
            holds(p, choice) if p.kind == "admin1" else km(p, choice) <= CROSSING_FAR_KM
            for p in points
        ):
            return None
        nearest = min(km(p, choice) for p in points)
        return (
            f"'the {group.name} crossing' names a border crossing; the town {choice.name} "
            f"({choice.country_code}) lies {nearest:,.0f} km from the article's other places"
        )

    return drop_groups(groups, doc_id, text, why)


def _crossing(top: Toponym, text: str) -> bool:
    return (
        top.form == "name"
        and _THE_BEFORE.search(text, max(0, top.start - 4), top.start) is not None
        and _CROSSING_AFTER.match(text, top.end) is not None
    )
