"""Scoring gazetteer candidates against the article: priors, cues, containers, context.

A :class:`Group` holds every mention that shares one sense; :func:`choose` scores each of
its candidates with :func:`score` and keeps the best, with its reasons. The weights are
named constants: the gazetteer's own 0..1 score is the prior, and the text's evidence
(type cues, a container, the countries and provinces the article names, closeness to its
other places) adds to it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimmap.model import Candidate, Span, Unresolved
from claimmap.places_dateline import DATELINE_EVIDENCE
from claimmap.places_distance import km
from claimmap.places_islands import holds_country
from claimmap.places_lexicon import SEA_NOUNS
from claimmap.places_name_fit import (
    exact_names,
    extended_namesake,
    kind_fits,
    region_over_alias_city,
)
from claimmap.places_regions import country_over_own_province
from claimmap.places_seats import (
    capital_namesake,
    city_over_province,
    norm,  # noqa: F401 (re-exported: the places_* modules read it here)
    own_name,
    seat_of_namesake,
    seat_over_province,
)
from claimmap.places_town_or_area import (
    directed_town,
    near_town_over_far_region,
    small_town_of_an_area,
    unit_over_town,
    wide_area,
    world_city_over_town,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from claimmap.places_lexicon import Toponym

#: The gazetteer's own score (0..1: name match, population, capital, admin level) is the
#: prior; it is scaled so that the context bonuses below can overturn it when they agree.
GAZETTEER_WEIGHT = 4.0
KIND_BONUS = {"country": 0.5, "disputed": 0.4, "admin1": 0.4, "admin2": 0.2, "region": 0.2}
ALTERNATE_NAME_PENALTY = 0.6  # "Mexico" is Mexico City's alternate name, Mexico's own
FUZZY_PENALTY = 1.0
#: A small town reached by an alternate name while its own name is longer ("Old Xyz", "Xyz-
#: Abc") is a neighbour named after the town that bears the name itself.
EXTENDED_NAME_PENALTY = 1.0
CUE_BONUS = 3.0
DETERMINER_BONUS = 1.5
CONTAINER_BONUS = 4.0
CONTEXT_COUNTRY_BONUS = 1.6
CONTEXT_ADMIN1_BONUS = 0.8
SIBLING_BONUS = 0.8
LIST_KIND_BONUS = 1.5  # at most this much, for the kind of every name listed with it
METONYMY_BONUS = 1.0  # a national capital for a name that acts ("Washington insists")
SEAT_BONUS = 0.6  # a city over the same-named province it is the seat of (> admin1 KIND_BONUS)
CONTAINS_BONUS = 2.0  # a province or country holding places the article names
PERSON_IN_BONUS = 2.5  # a big city over its namesake province: "officials in Washington"
SPREAD_WEIGHT = 1.2  # at most this much, for a candidate ≥ 5,000 km from the rest
SUPPORT_TOP = 3  # how many of a name's candidates count as "where it may be"
#: A region (no country, so no country context) gains this per town of the article this close
#: (at most 3); towns gain nothing (small namesakes of a city would crowd round each other).
NEIGHBOUR_BONUS = 0.3
NEIGHBOUR_KM = 300.0
#: Kinds that lie inside a province: towns, provinces, and their counties or districts.
LOCAL_KINDS = frozenset({"city", "admin1", "admin2"})


@dataclass
class Group:
    """All mentions that should share one sense (same name, or same country for demonyms)."""

    key: str
    name: str
    toponyms: list[Toponym] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    choice: Candidate | None = None
    score: float = 0.0
    margin: float = 0.0
    reasons: list[str] = field(default_factory=list)
    exact: frozenset[str] | None = None  # cache of exact_names()
    qualifiers: set[str] = field(default_factory=set)  # containers after it: "Paris, Texas"
    mate_kinds: Counter[str] = field(default_factory=Counter)  # of the names listed with it
    provinces: Counter[str] = field(default_factory=Counter)  # other names taken as provinces

    def unresolved(self, doc_id: str, text: str, reason: str) -> list[Unresolved]:
        """Each mention of the group, reported unresolved for ``reason`` (the group is
        dropped: the text says its only match is not meant)."""
        return [
            Unresolved(Span(doc_id, t.start, t.end, text[t.start : t.end]), reason)
            for t in self.toponyms
        ]


def drop_groups(
    groups: dict[str, Group], doc_id: str, text: str, why: Callable[[Group], str | None]
) -> list[Unresolved]:
    """Take out of ``groups`` each group ``why`` gives a reason against, in order (a later
    test sees the groups left), and report its mentions unresolved with that reason: the
    one loop of every veto on a chosen entry."""
    out = []
    for key, group in list(groups.items()):
        reason = why(group)
        if reason:
            del groups[key]
            out += group.unresolved(doc_id, text, reason)
    return out


def contribution(group: Group) -> Counter[str]:
    """What one name tells about the others: the country or province it names (per mention),
    and, once per name, where its likelier senses lie ("in:US.GA", "in:US"), which provinces
    it may be ("has:US.GA") and whether it is clearly a province ("firm:CA")."""
    counts: Counter[str] = Counter()
    ranked = sorted(group.candidates, key=lambda c: -c.score)
    top_cand = ranked[0]
    if top_cand.kind == "country" and top_cand.country_code:
        counts[top_cand.country_code] += len(group.toponyms)
    elif top_cand.kind == "admin1" and top_cand.admin1:
        counts[top_cand.admin1] += len(group.toponyms)
        if top_cand.country_code:  # "England" also says the article is about GB
            counts[top_cand.country_code] += len(group.toponyms)
    elif top_cand.kind == "admin2" and top_cand.country_code:  # "Cornwall": about GB too
        counts[top_cand.country_code] += len(group.toponyms)
    for top in group.toponyms:
        if top.cue_country:
            counts[top.cue_country] += 1
    keys: set[str] = set()
    for cand in ranked[:SUPPORT_TOP]:
        if cand.kind in LOCAL_KINDS:
            keys.update(f"in:{k}" for k in (cand.admin1, cand.country_code) if k)
        if cand.kind == "admin1" and cand.admin1:
            keys.add(f"has:{cand.admin1}")
    if top_cand.kind == "admin1" and (
        any(t.cue_kind == "admin1" for t in group.toponyms)
        or not any(c.kind == "city" and c.population >= 100_000 for c in ranked)
    ):
        keys.add(f"firm:{top_cand.country_code}")
    counts.update(keys)
    return counts


def prior(cand: Candidate, exact_names: frozenset[str] = frozenset()) -> float:
    """What we expect without context, from the gazetteer's ranking score."""

    score = GAZETTEER_WEIGHT * cand.score + KIND_BONUS.get(cand.kind, 0.0)
    if exact_names and own_name(cand) not in exact_names:
        score -= ALTERNATE_NAME_PENALTY
    if cand.fuzzy:
        score -= FUZZY_PENALTY
    return score


class _Without(Counter[str]):
    """The article's context less one name's own part, read key by key: the scoring only
    looks keys up, and subtracting whole counters per name made long inputs quadratic."""

    def __init__(self, base: Counter[str], own: Counter[str]) -> None:
        super().__init__()
        self._base, self._own = base, own

    def __getitem__(self, key: str) -> int:
        return max(self._base[key] - self._own[key], 0)


def choose(
    group: Group,
    context: Counter[str],
    containers: dict[str, Candidate],
    others: list[Candidate] | None,
) -> None:
    context = _Without(context, contribution(group))  # a name is not its own context
    scored = []
    for cand in group.candidates:
        value, reasons = score_candidate(cand, group, context, containers.get(group.key), others)
        scored.append((value, reasons, cand))
    scored.sort(key=lambda s: -s[0])
    best_score, reasons, best = scored[0]
    seat = seat_over_province(best, group, containers.get(group.key))
    if seat is not None:  # "fled toward Gao": the town, unless the text says province
        reasons = [*next(r for _, r, c in scored if c is seat), "seat of the province it names"]
        best = seat
    unit = unit_over_town(best, group, containers.get(group.key), context, others)
    unit = unit or world_city_over_town(best, group, containers.get(group.key), others)
    if unit is not None:  # "diagnosed in England": not a small town of a country named
        best_score, reasons = next((v, r) for v, r, c in scored if c is unit)
        known = "national capital" if unit.kind == "city" else unit.kind
        known = "world city" if "world city" in unit.why and known == "city" else known
        reasons = [*reasons, f"a well-known {known}; nothing near places the town of its name"]
        best = unit
    region = region_over_alias_city(best, group)
    if region is not None:  # "flown from Xyz": the island, not its capital called so too
        best_score, reasons = next((v, r) for v, r, c in scored if c is region)
        reasons = [*reasons, f"its own name; {best.name}, near it, bears it only as an alias"]
        best, unit = region, region
    town = near_town_over_far_region(best, group, others)
    if town is not None:  # "from Xyz", an island 5,000 km off: the town beside the others
        best_score, reasons = next((v, r) for v, r, c in scored if c is town)
        reasons = [*reasons, "a known town of the name beside the article's places"]
        best, unit = town, town
    country = country_over_own_province(best, group, containers.get(group.key), reasons)
    if country is not None:  # "Panama's migration service": the country, not Panamá province
        best_score, reasons = next((v, r) for v, r, c in scored if c is country)
        reasons = [*reasons, "the country's own name; nothing says its namesake province"]
        best, unit = country, country
    group.choice = best
    group.score = best_score
    group.margin = best_score - scored[1][0] if len(scored) > 1 else 5.0
    if unit is not None:  # a rule overturned the scores: as sure as a tie, no less
        group.margin = max(group.margin, 0.0)
    group.reasons = reasons


def score_candidate(
    cand: Candidate,
    group: Group,
    context: Counter[str],
    container: Candidate | None,
    others: list[Candidate] | None,
) -> tuple[float, list[str]]:
    score = prior(cand, exact_names(group))
    reasons = [
        f"{cand.kind} prior" + (f", population {cand.population:,}" if cand.population else "")
    ]
    if cand.fuzzy:
        reasons.append(f"spelling differs from {cand.name!r}")
    if extended_namesake(cand, group):
        score -= EXTENDED_NAME_PENALTY
        reasons.append(f"its own name {cand.name!r} only contains the name; a town bears it")
    cue_kinds = {t.cue_kind for t in group.toponyms if t.cue_kind}
    cue_countries = {t.cue_country for t in group.toponyms if t.cue_country}
    if cue_kinds:
        if kind_fits(cand.kind, cue_kinds):
            score += CUE_BONUS
            reasons.append(f"type cue says {'/'.join(sorted(cue_kinds))}")
        else:
            score -= CUE_BONUS / 2
    if cue_countries:
        if any(holds_country(c, cand.country_code) for c in cue_countries):
            score += CUE_BONUS
            reasons.append(f"cue names country {cand.country_code}")
        else:
            score -= CUE_BONUS
    if container is not None and container.kind in {"country", "admin1"}:
        if cand.country_code == container.country_code and (
            container.kind == "country" or cand.admin1 == container.admin1
        ):
            score += CONTAINER_BONUS
            reasons.append(f"followed by its container {container.name}")
    elif container is not None and cand.source_id == container_of(container, group):
        score += CONTAINER_BONUS
        reasons.append(f"contains {container.name}, named just before it")
    if container is not None and directed_town(cand, group):  # "Xyz in northern Abc"
        score -= CONTAINER_BONUS
        reasons.append("holds a place as 'in northern X': a part of an area, not a town")
    listed = sum(group.mate_kinds.values())
    if listed and group.mate_kinds[cand.kind]:
        score += LIST_KIND_BONUS * group.mate_kinds[cand.kind] / listed
        reasons.append(f"listed with {group.mate_kinds[cand.kind]} other {cand.kind} name(s)")
    datelined = any(DATELINE_EVIDENCE in t.evidence for t in group.toponyms)  # a bureau
    metonym = "national capital" in cand.why and _named_as_agent(group)
    if metonym:  # a government acting from afar: its seat says nothing of the story's spread
        score += METONYMY_BONUS
        reasons.append("subject of a verb of agency: a capital standing for its government")
    if any(t.person_in for t in group.toponyms) and city_over_province(cand, group):
        score += PERSON_IN_BONUS
        reasons.append("people placed in it: the city, not the province of its name")
    if cand.kind == "water" and "water" not in cue_kinds:
        if any(t.determiner for t in group.toponyms):
            score += DETERMINER_BONUS
            reasons.append("written 'the X', as rivers are")
        elif group.name.split()[-1] in SEA_NOUNS and len(group.name.split()) > 1:
            score += DETERMINER_BONUS
            reasons.append(f"a sea by its name's last word, '{group.name.split()[-1]}'")
        else:
            score -= CUE_BONUS  # a bare "Don" or "Colorado" is no river
    if wide_area(group):  # "the central Sahel" is no province nor town
        if cand.kind == "region":
            score += DETERMINER_BONUS
            reasons.append("'the', a direction and its name: part of a wide area")
        elif cand.kind in LOCAL_KINDS:
            score -= CUE_BONUS
    if not cue_kinds and small_town_of_an_area(cand, group):
        score -= DETERMINER_BONUS
        reasons.append("written with a direction, as areas are; a small town has no parts")
    if not cue_kinds and seat_of_namesake(cand, group):
        score += SEAT_BONUS
        seat = "admin-1 seat" in cand.why or "national capital" not in cand.why
        reasons.append(f"{'seat of' if seat else 'capital beside'} the unit of the same name")
    if cand.kind == "city" and cand.admin1 and context[f"has:{cand.admin1}"]:
        score += CONTEXT_ADMIN1_BONUS
        reasons.append(f"article mentions its province {cand.admin1}")
    if cand.kind != "country" and cand.country_code and context[cand.country_code]:
        weight = min(1.0, context[cand.country_code] / 2)
        score += CONTEXT_COUNTRY_BONUS * weight
        reasons.append(f"article mentions {cand.country_code} ({context[cand.country_code]}×)")
    if (
        cand.kind == "admin1"
        and context[f"firm:{cand.country_code}"]
        and not capital_namesake(cand, group)
    ):
        score += SIBLING_BONUS
        reasons.append(f"the article names other provinces of {cand.country_code}")
    holder = cand.admin1 if cand.kind == "admin1" else cand.country_code
    inside = context[f"in:{holder}"] if cand.kind in {"admin1", "country"} and holder else 0
    if inside:
        score += CONTAINS_BONUS * min(1.0, inside / 2)
        reasons.append(f"may hold {inside} other place(s) of the article")
    if others and cand.kind not in {"country", "region"} and not metonym and not datelined:
        nearest = min(km(cand, o) for o in others)
        score -= SPREAD_WEIGHT * min(nearest, 5000.0) / 5000.0
        if nearest < 1000:
            reasons.append(f"{nearest:.0f} km from another place in the article")
    near = 0 if cand.country_code else len(_near(cand, others or []))
    if near and not metonym and not datelined:  # an island region by the article's towns
        score += NEIGHBOUR_BONUS * min(near, 3)
        reasons.append(f"{near} other place(s) of the article within {NEIGHBOUR_KM:.0f} km")
    return score, reasons


def _near(cand: Candidate, others: list[Candidate]) -> set[str]:
    """The towns, provinces and seas of the article within :data:`NEIGHBOUR_KM` of ``cand``."""
    far = {"country", "region"}
    return {o.source_id for o in others if o.kind not in far and km(cand, o) < NEIGHBOUR_KM}


def _named_as_agent(group: Group) -> bool:
    """ "Washington insists", "Moscow withdrew": most mentions act, as governments do."""
    names = [t for t in group.toponyms if t.form == "name"]
    return bool(names) and 2 * sum(t.agent for t in names) > len(names)


def container_of(inner: Candidate, group: Group) -> str | None:
    """The source id, among ``group``'s candidates, of the one that holds ``inner``."""
    for cand in group.candidates:
        if cand.kind == "admin1" and cand.admin1 == inner.admin1:
            return cand.source_id
        if cand.kind == "country" and cand.country_code == inner.country_code:
            return cand.source_id
    return None
