"""What the names of an article tell about each other, once first guesses exist: the
countries and provinces it names (:func:`context_counts`, :func:`named_countries`), the kinds
of the names listed together, containers written after a name ("Paris, Texas"), and two
names merged into one entry ("from Bar to Bari"), and one territory held under several
kinds (:func:`unify_territories`: Crimea the disputed area, the province and the peninsula).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_name_fit import exact_names
from claimmap.places_scoring import Group, contribution, norm, prior
from claimmap.places_seats import SEAT_SENSE, big_namesake
from claimmap.places_town_or_area import WELL_KNOWN_POPULATION

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike, Toponym


def context_counts(groups: dict[str, Group]) -> Counter[str]:
    """Countries (ISO2) and provinces ("US.TX") the article names, or implies by a
    demonym or cue, counted per mention."""
    counts: Counter[str] = Counter()
    for group in groups.values():
        counts.update(contribution(group))
    return counts


def note_mate_kinds(groups: dict[str, Group], mates: list[tuple[Toponym, Toponym]]) -> None:
    """Record on each group the kinds (city, province) first chosen for the names listed with
    it: the items of a list are usually of one kind."""
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    for group in groups.values():
        group.mate_kinds = Counter()
    for a, b in mates:
        ga, gb = owner.get(id(a)), owner.get(id(b))
        if ga is None or gb is None or ga is gb or not (ga.choice and gb.choice):
            continue
        if _holds(ga.choice, gb.choice) or _holds(gb.choice, ga.choice):
            continue  # "Matias Romero, Oaxaca State, Mexico": a chain of containers
        for mine, other in ((ga, gb), (gb, ga)):
            if other.choice and other.choice.kind in {"city", "admin1", "admin2"}:
                mine.mate_kinds[other.choice.kind] += 1


def named_countries(groups: dict[str, Group], besides: Group | None = None) -> set[str]:
    """Countries the article names, as resolved: chosen countries and provinces, demonyms,
    cues, and for an area no country holds ("Gaza") those of its provinces of that name."""
    codes: set[str] = set()
    for group in groups.values():
        if group is not besides:
            codes.update(countries_of_group(group))
    return codes


def countries_named_by_others(groups: dict[str, Group]) -> dict[str, set[str]]:
    """Group key → the countries the *other* names of the article name: a province chosen for
    a name ("Santa Cruz", CV) does not by itself make its country one the article names.
    Linear in the groups (one pass, then a count per code)."""
    per_group = {key: countries_of_group(g) for key, g in groups.items()}
    sources: Counter[str] = Counter(code for codes in per_group.values() for code in codes)
    return {
        key: {code for code, n in sources.items() if n > (code in per_group[key])} for key in groups
    }


def countries_of_group(group: Group) -> set[str]:
    """The countries one name names, as resolved (see :func:`named_countries`)."""
    codes = {t.cue_country for t in group.toponyms if t.cue_country}
    choice = group.choice
    if choice is None:
        return codes
    if choice.kind in {"country", "admin1", "admin2", "disputed"} and choice.country_code:
        codes.add(choice.country_code)
    elif choice.kind in {"disputed", "region"}:
        codes.update(
            c.country_code
            for c in group.candidates
            if c.country_code and (c.kind == "admin1" or c.population >= WELL_KNOWN_POPULATION)
        )
    return codes


def split_merged_names(groups: dict[str, Group]) -> list[Group]:
    """ "From Bar to Bari": two names of one article are two places. A name that reaches an
    entry only by an alternate name, while another name of the article is that entry's own,
    loses the entry when an exact match of its own is well known (Bari, Italy; not the
    hamlet "Uk" of "UK" beside "United Kingdom"); the big city a province is named after
    keeps it, unless listed ("New York City Mayor ..." then "Queens, New York"); returns the groups
    that lost their choice, to be chosen again."""
    owners = {
        g.choice.source_id: g
        for g in groups.values()
        if g.key.startswith("name:") and g.choice and norm(g.choice.name) in exact_names(g)
    }
    changed = []
    for group in groups.values():
        choice = group.choice
        if (
            choice is None
            or not group.key.startswith("name:")
            or not exact_names(group)
            or norm(choice.name) in exact_names(group)
            or owners.get(choice.source_id, group) is group
            or group.key.endswith(f"@{SEAT_SENSE}")  # "to Rostov", its province named apart
            or (not group.mate_kinds and _named_after(choice, group))
            or not any(
                _well_known(c) for c in group.candidates if norm(c.name) in exact_names(group)
            )
        ):
            continue
        group.candidates = [c for c in group.candidates if c.source_id != choice.source_id]
        changed.append(group)
    return changed


def _named_after(city: Candidate, group: Group) -> bool:
    """Whether ``city`` is the big city a province among ``group``'s candidates is named
    after: "New York" beside "New York City" is the city unless listed apart from it."""
    return any(big_namesake(city, c) for c in group.candidates if c.kind == "admin1")


def _well_known(cand: Candidate) -> bool:
    """A country, a province, a city of note: what a bare mention of its name may mean."""
    return (
        cand.kind in {"country", "admin1", "disputed"}
        or cand.population >= WELL_KNOWN_POPULATION
        or any(w in {"national capital", "world city"} for w in cand.why)
    )


def _holds(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer`` (a country or province) holds ``inner``."""
    if outer.kind == "country":
        return inner.kind != "country" and inner.country_code == outer.country_code
    return outer.kind == "admin1" and inner.kind != "admin1" and inner.admin1 == outer.admin1


def note_provinces(groups: dict[str, Group]) -> None:
    """Record on each group the countries of the provinces first chosen for the other names:
    an article that names provinces of a country ("one in Ontario, one in Quebec") may mean
    the province where a province and its seat share a name."""
    for group in groups.values():
        group.provinces = Counter(
            g.choice.country_code
            for g in groups.values()
            if g is not group
            and g.name != group.name  # "the Xyz region" is no other province of "to Xyz"
            and g.choice
            and g.choice.kind == "admin1"
            and g.choice.country_code
        )


def find_containers(
    pairs: list[tuple[Toponym, Toponym]], groups: dict[str, Group]
) -> dict[str, Candidate]:
    """ "Paris, Texas", "Bari in Italy": the group key of a name → the unambiguous container
    of the ``pairs`` of names written one after the other."""
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    out: dict[str, Candidate] = {}
    for top, nxt in pairs:
        inner, outer = owner.get(id(top)), owner.get(id(nxt))
        if inner is None or outer is None or inner is outer:
            continue
        pair = best_nested_pair(inner, outer)
        if pair is None:
            continue
        if not (pair[1].kind == "country" and inner.key in out):  # "Xyz, Ohio in the US"
            out[inner.key] = pair[1]  # a country says less than the town written before it
        out[outer.key] = pair[0]  # the container's side: "it holds this place"
    return out


def best_nested_pair(inner: Group, outer: Group) -> tuple[Candidate, Candidate] | None:
    """The likeliest (place, container) pair with the place inside the container. A
    country's own name beside another country ("China, Japan and the UK") is a list, not a
    town of that name in the second: a country qualifies it only as a province ("Georgia,
    US"); a province may still make it a town ("China, Texas")."""
    best: tuple[float, Candidate, Candidate] | None = None
    country_named = names_a_country(inner)
    for y in outer.candidates:
        if y.kind not in {"country", "admin1"}:
            continue
        for x in inner.candidates:
            if x.kind == "country" or x.country_code != y.country_code:
                continue
            if country_named and y.kind == "country" and x.kind != "admin1":
                continue
            if y.kind == "admin1" and x.admin1 != y.admin1:
                continue
            score = prior(x, exact_names(inner)) + prior(y, exact_names(outer))
            if best is None or score > best[0]:
                best = (score, x, y)
    return None if best is None else (best[1], best[2])


def names_a_country(group: Group) -> bool:
    """Whether the name is written exactly as a country's own name ("China", not "Norfolk"
    for Norfolk Island)."""
    return any(
        c.kind == "country" and not c.fuzzy and norm(c.name) in exact_names(group)
        for c in group.candidates
    )


#: Kinds under which the gazetteer may hold one territory more than once.
TERRITORY_KINDS = frozenset({"country", "disputed", "admin1", "region"})
#: Same-named territories whose points lie closer than this are one territory.
SAME_TERRITORY_KM = 300.0
_KIND_RANK = {"disputed": 0, "country": 1, "admin1": 2, "region": 3}


def unify_territories(groups: dict[str, Group]) -> None:
    """One territory, one place per article: when names of an article chose same-named
    entries of different kinds close together ("the Crimean peninsula" the disputed area,
    "occupied Crimea" the Ukrainian province), every one takes the entry most mentions
    chose (then the one with a polygon, then the disputed area before the province), so
    the map draws one Crimea and the routes meet there. Names the article told apart
    ("Paris, Texas" … "Paris, France") keep their senses."""
    by_name: defaultdict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        choice = group.choice
        if choice is not None and choice.kind in TERRITORY_KINDS and "@" not in group.key:
            by_name[norm(choice.name)].append(group)
    for same in by_name.values():
        choices = {g.choice.source_id: g.choice for g in same if g.choice is not None}
        kinds = {c.kind for c in choices.values()}
        if len(choices) < 2 or len(kinds) < 2:
            continue
        points = list(choices.values())
        if any(km(a, b) > SAME_TERRITORY_KM for a in points for b in points):
            continue
        votes: Counter[str] = Counter()
        for g in same:
            assert g.choice is not None
            votes[g.choice.source_id] += len(g.toponyms)
        best = min(
            points,
            key=lambda c: (-votes[c.source_id], not c.has_geometry, _KIND_RANK[c.kind]),
        )
        for g in same:
            if g.choice is not None and g.choice.source_id != best.source_id:
                g.reasons.append(
                    f"one territory per article: {g.choice.kind} {g.choice.source_id} "
                    f"is {best.source_id}, as {votes[best.source_id]} mention(s) chose"
                )
                g.choice = best


def is_capital(cand: Candidate, gaz: GazetteerLike) -> bool:
    """Whether ``cand`` is its country's capital (a capital may stand for its government)."""
    if not cand.country_code:
        return False
    capital = gaz.capital(cand.country_code)
    return capital is not None and capital.source_id == cand.source_id
