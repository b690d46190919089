"""Small namesakes placed only by a country the article names: "reception centres at Lajas
Blancas and San Vicente, and on to the border with Costa Rica" does not put San Vicente in
Costa Rica. A name shared by small towns in several countries, chosen only because one of
those countries is named (no cue, container, province or nearby place backs it), is
reported unresolved: a dot hundreds of km off is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimmap.places_distance import LOCAL_KM, km
from claimmap.places_lexicon import FEATURE_NOUNS, LAND_FEATURE_NOUNS, SEA_NOUNS
from claimmap.places_lexicon import KNOWN_IN_OWN_RIGHT as _KNOWN
from claimmap.places_neighbours import compatriot_backed
from claimmap.places_scoring import CONTEXT_COUNTRY_BONUS, drop_groups, norm
from claimmap.places_strays import drop_strays
from claimmap.places_town_or_area import WELL_KNOWN_POPULATION
from claimmap.places_water import drop_unheld_regions

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Reasons of a choice that say more than "its country is named".
_SUPPORT = ("type cue", "cue names", "container", "contains", "its province", "dateline")


def drop_country_only_namesakes(
    groups: dict[str, Group], doc_id: str, text: str
) -> list[Unresolved]:
    """Leave unresolved a small town whose namesakes lie in other countries, chosen over them
    only by a country the article names, with no other town or province of the article
    within :data:`LOCAL_KM` of it."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or not _country_only(group, choice):
            return None
        points = _towns(groups, group)
        if any(km(choice, p) < LOCAL_KM for p in points):
            return None
        countries = sorted({c.country_code or "?" for c in _namesakes(group, choice)})
        reason = f"{group.name!r}: small towns of this name lie in {choice.country_code} and "
        return reason + (
            f"{', '.join(countries)}; only the article's mention of {choice.country_code} "
            f"picks {choice.name}, far from its other places"
        )

    return drop_groups(groups, doc_id, text, why)


def _country_only(group: Group, choice: Candidate) -> bool:
    """A small, unremarkable town whose one real support is its country being named."""
    if (
        choice.kind != "city"
        or choice.fuzzy
        or choice.population >= WELL_KNOWN_POPULATION
        or any(w in _KNOWN for w in choice.why)
        or group.qualifiers
        or any(_placed(t) for t in group.toponyms)
        or any(any(s in r for s in _SUPPORT) for r in group.reasons)
        or not any(r.startswith(f"article mentions {choice.country_code}") for r in group.reasons)
    ):
        return False
    return group.margin < CONTEXT_COUNTRY_BONUS and bool(_namesakes(group, choice))


def _placed(top: Toponym) -> bool:
    """The text itself says which one: a cue, a country in the phrase, an owner."""
    return bool(top.cue_kind or top.cue_country or top.owner or top.person_in)


def _namesakes(group: Group, choice: Candidate) -> list[Candidate]:
    """Entries carrying the written name as their own, in other countries."""
    written = {norm(t.name) for t in group.toponyms}
    return [
        c
        for c in group.candidates
        if c.kind in {"city", "admin1", "admin2"}
        and not c.fuzzy
        and c.country_code != choice.country_code
        and norm(c.name) in written
    ]


def _towns(groups: dict[str, Group], own: Group) -> list[Candidate]:
    """The article's other towns and provinces (not countries, whose centre says nothing of
    where their towns are; not capitals named only as governments)."""
    return [
        g.choice
        for g in groups.values()
        if g is not own
        and g.choice is not None
        and g.choice.kind in {"city", "admin1", "admin2"}
        and not all(t.agent for t in g.toponyms)
    ]


# --- vetoes with exceptions ---------------------------------------------------------------


def _sparing(
    dropped: list[Unresolved],
    groups: dict[str, Group],
    trial: dict[str, Group],
    spare: Callable[[Group], str],
) -> list[Unresolved]:
    """Apply a veto run on ``trial`` (a copy of ``groups``) except to the groups ``spare``
    gives a reason to keep (kept among their reasons)."""
    spared: set[int] = set()
    for key in groups.keys() - trial.keys():
        why = spare(groups[key])
        if why:
            groups[key].reasons.append(why)
            spared.update(t.start for t in groups[key].toponyms)
        else:
            del groups[key]
    return [u for u in dropped if u.mention.start not in spared]


def drop_strays_sparing(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """:func:`claimmap.places_strays.drop_strays`, sparing a stray with a compatriot ("from Xyz to
    Bangkok": the sentence's other place names the country; :func:`compatriot_backed`)."""
    trial = dict(groups)
    dropped = drop_strays(trial, doc_id, text)
    return _sparing(dropped, groups, trial, lambda g: compatriot_backed(g, groups, text))


def drop_unheld_regions_sparing(
    groups: dict[str, Group], doc_id: str, text: str
) -> list[Unresolved]:
    """:func:`claimmap.places_water.drop_unheld_regions`, sparing "the Xyz region" whose one
    entry is a first-level province of that name: nothing else can be meant."""
    trial = dict(groups)
    dropped = drop_unheld_regions(trial, doc_id, text)
    return _sparing(dropped, groups, trial, _sole_province)


#: "the Xyz region" stands for the only entry of its name, a province of this many people,
#: unless the name is a feature's generic word ("the Gulf region").
SOLE_PROVINCE_POPULATION = 100_000
_GENERIC = FEATURE_NOUNS | LAND_FEATURE_NOUNS | SEA_NOUNS


def _sole_province(group: Group) -> str:
    cands = group.candidates
    if (
        len(cands) == 1
        and cands[0].kind == "admin1"
        and not cands[0].fuzzy
        and cands[0].population >= SOLE_PROVINCE_POPULATION
        and not _GENERIC.intersection(group.name.split())
    ):
        return f"the only entry of {group.name!r}, a province, written with a province word"
    return ""
