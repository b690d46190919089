"""How the gazetteer ranks the entries that share a name, and its fuzzy index.

A candidate's score is ``match × prior × preferences``, each in [0, 1]:

- match: 1.0 for the entry's own name, 0.95 for an alternate name; for a misspelling
  ``min(0.6, 1.2 · (ratio/100)^8)`` of the rapidfuzz ratio (0.6 from about one edit in
  twelve letters, 0.47 at 89 %, 0.33 at 85 %), and the prior below is softened to its
  square root, so that a closer spelling of a smaller place beats a looser spelling of a
  bigger one (fuzzy matching only runs when no exact or derived name matched);
- prior: how likely a bare mention means this entry — countries 0.95, disputed areas 0.85,
  regions 0.75, subdivisions 0.4–0.7 (former ones, abolished after the GeoNames dump,
  0.8 × that), second-level units (counties, départements) 0.3–0.6
  and cities 0.15–1.0 by population (log scale) with
  bonuses for capitals, admin seats and Natural Earth world cities; airports 0.9 × the
  prior of a town as big as the city they serve (no bonuses);
- preferences: × 0.3 outside a requested country (× 0.6 for entries without a country),
  × 0.5 for another kind than the requested one (a requested subdivision admits a
  second-level unit: "the Gironde department"), and × (0.3 + 0.7·e^(−d/300 km)) with a
  ``near`` point.

Every factor that moved a candidate is written into ``Candidate.why``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from claimmap.model import PLACE_KINDS, Candidate, PlaceKind

FLAG_CAPITAL = 1
FLAG_ADMIN_SEAT = 2
FLAG_WORLD_CITY = 4
#: A former subdivision (Kenya's Nyanza Province, Norway's Hedmark): the year it was
#: abolished is stored in the flag bits from FORMER_YEAR_SHIFT up (scripts/geo_build/former.py).
FLAG_FORMER = 8
FORMER_YEAR_SHIFT = 16
#: A former subdivision's prior is this share of a current one's of its size: a current unit
#: of the same name ranks first when both match, as a bare mention more often means it.
FORMER_SHARE = 0.8

KIND_PRIOR: dict[str, float] = {
    "country": 0.95,
    "disputed": 0.85,
    "region": 0.75,
    "area": 0.8,
    "water": 0.5,  # a river outranks a hamlet of its name, not a town (scoring needs a cue)
}
ALTERNATE_NAME = 0.95
#: An airport's prior is this share of the prior of a town as big as the city it serves (its
#: population): the airport of a world city (London's "Heathrow") outranks a hamlet of its
#: name, a small town's airstrip does not outrank a town of its size.
FACILITY_SHARE = 0.9
OTHER_COUNTRY = 0.3
NO_COUNTRY = 0.6
OTHER_KIND = 0.5
NEAR_KM = 300.0
#: Exponent of the fuzzy likelihood: how fast the score falls with each extra edit.
#: Minimum rapidfuzz ratio (0-100) by query length; names under 5 letters are never fuzzy.
FUZZY_SHARPNESS = 8
FUZZY_CUTOFFS = ((5, 80.0), (8, 85.0))


@dataclass(frozen=True)
class Row:
    """One ``entries`` row of geo/gazetteer.sqlite."""

    id: int
    source_id: str
    name: str
    kind: PlaceKind
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    flags: int
    has_geometry: bool

    @classmethod
    def of(cls, r: tuple[Any, ...]) -> Row:
        entry_id = int(r[0])
        return cls(
            id=entry_id,
            source_id=str(r[1]) if r[1] is not None else f"gn:{entry_id}",
            name=str(r[2]),
            kind=r[3],
            country_code=r[4],
            admin1=r[5],
            lat=int(r[6]) / 1e5,
            lon=int(r[7]) / 1e5,
            population=int(r[8]),
            geonameid=int(r[9]) if r[9] is not None else None,
            flags=int(r[10]),
            has_geometry=bool(r[11]),
        )


@dataclass(frozen=True)
class Preferences:
    """What the caller knows: a country, a kind, a nearby point. Validated on creation."""

    country: str | None = None
    kind: str | None = None
    near: tuple[float, float] | None = None

    @classmethod
    def of(cls, *, country: object = None, kind: object = None, near: object = None) -> Preferences:
        if country is not None and (not isinstance(country, str) or len(country.strip()) != 2):
            raise ValueError(f"country must be an ISO alpha-2 code like 'SY', got {country!r}")
        if kind is not None and kind not in PLACE_KINDS:
            raise ValueError(f"kind must be one of {PLACE_KINDS}, got {kind!r}")
        point = None
        code = country.strip().upper() if isinstance(country, str) else None
        if near is not None:
            try:
                lat, lon = (float(v) for v in near)  # type: ignore[attr-defined,unused-ignore]
            except (TypeError, ValueError):
                raise ValueError(f"near must be a (lat, lon) pair, got {near!r}") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(f"near {near!r} is not a (lat, lon) on Earth")
            point = (lat, lon)
        return cls(code, kind if isinstance(kind, str) else None, point)


def borrowed_capitals(rows: list[tuple[int, str, str, int]]) -> frozenset[int]:
    """Ids of towns flagged a national capital only for sharing a foreign capital's name
    (Santiago, a Brazilian town of 49,000; Wellington, Australia): smaller than another
    flagged town of their own country and than a flagged namesake abroad. ``rows`` are
    (id, name, country code, population) of every flagged town. Real second capitals
    (Sucre, Pretoria) carry no bigger capital's name abroad and keep their flag."""
    biggest: dict[str, int] = defaultdict(int)
    namesakes: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for _, name, code, population in rows:
        biggest[code] = max(biggest[code], population)
        namesakes[name].append((code, population))
    return frozenset(
        entry_id
        for entry_id, name, code, population in rows
        if population < biggest[code]
        and any(c != code and p > population for c, p in namesakes[name])
    )


def without_flags(row: Row, borrowed: frozenset[int]) -> Row:
    """The row without the capital and world-city flags it only borrowed."""
    if row.id not in borrowed:
        return row
    return replace(row, flags=row.flags & ~(FLAG_CAPITAL | FLAG_WORLD_CITY))


def prior(row: Row) -> tuple[float, list[str]]:
    """How likely a bare mention of the name means this entry, and why."""
    if row.kind in KIND_PRIOR:
        return KIND_PRIOR[row.kind], [row.kind]
    size = min(1.0, math.log10(row.population + 1) / 7.5)
    why = [f"population {row.population:,}"] if row.population else ["no population"]
    if row.kind == "admin1" and row.flags & FLAG_FORMER:
        until = row.flags >> FORMER_YEAR_SHIFT
        former = f"former subdivision (until {until})" if until else "former subdivision"
        return FORMER_SHARE * (0.4 + 0.3 * size), ["first-level subdivision", former, *why]
    if row.kind == "admin1":
        return 0.4 + 0.3 * size, ["first-level subdivision", *why]
    if row.kind == "admin2":  # a county is less often meant than a province or its seat
        return 0.3 + 0.3 * size, ["second-level subdivision", *why]
    if row.kind == "facility":  # an airport: as likely as its city, a little less
        served = f"serves a city of {row.population:,}" if row.population else "no city"
        return FACILITY_SHARE * (0.15 + 0.6 * size), ["airport", served]
    value = 0.15 + 0.6 * size
    if row.flags & FLAG_CAPITAL:
        value += 0.2
        why.append("national capital")
    if row.flags & FLAG_ADMIN_SEAT:
        value += 0.08
        why.append("admin-1 seat")
    if row.flags & FLAG_WORLD_CITY:
        value += 0.05
        why.append("world city")
    return min(value, 1.0), why


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def preference_factor(
    kind: str, country_code: str | None, lat: float, lon: float, prefs: Preferences
) -> tuple[float, list[str]]:
    factor, why = 1.0, []
    if prefs.country:
        if country_code == prefs.country:
            why.append(f"in {prefs.country}")
        elif country_code is None:
            factor *= NO_COUNTRY
            why.append("no country to match")
        else:
            factor *= OTHER_COUNTRY
            why.append(f"not in {prefs.country}")
    if prefs.kind and kind != prefs.kind and (prefs.kind, kind) != ("admin1", "admin2"):
        factor *= OTHER_KIND
        why.append(f"not a {prefs.kind}")
    if prefs.near is not None:
        km = haversine_km(prefs.near, (lat, lon))
        factor *= 0.3 + 0.7 * math.exp(-km / NEAR_KM)
        why.append(f"{km:,.0f} km from the given point")
    return factor, why


def candidate(row: Row, matched: str, score: float, why: tuple[str, ...]) -> Candidate:
    return Candidate(
        source_id=row.source_id,
        name=row.name,
        matched_name=matched,
        kind=row.kind,
        country_code=row.country_code,
        admin1=row.admin1,
        lat=row.lat,
        lon=row.lon,
        population=row.population,
        geonameid=row.geonameid,
        has_geometry=row.has_geometry,
        score=round(score, 4),
        why=why,
    )


def score(
    row: Row,
    surface: str,
    norm: str,
    prefs: Preferences,
    *,
    similarity: float | None = None,
    why: tuple[str, ...] = (),
) -> Candidate:
    """Score one entry reached through name ``surface`` (normalised ``norm``)."""
    from claimmap.names import normalize_name

    reasons = list(why)
    if similarity is not None:
        match = min(0.6, 1.2 * (similarity / 100.0) ** FUZZY_SHARPNESS)
        reasons.append(f"fuzzy match '{surface}' ({similarity:.0f}%)")
    elif normalize_name(row.name) == norm:
        match = 1.0
        reasons.append("exact name")
    else:
        match = ALTERNATE_NAME
        reasons.append(f"alternate name '{surface}'")
    base, prior_why = prior(row)
    if similarity is not None:  # the spelling is the stronger evidence: soften the prior
        base = math.sqrt(base)
    factor, pref_why = preference_factor(row.kind, row.country_code, row.lat, row.lon, prefs)
    cand = candidate(row, surface, match * base * factor, (*reasons, *prior_why, *pref_why))
    return replace(cand, fuzzy=similarity is not None)


def rescore(cand: Candidate, prefs: Preferences, matched: str) -> Candidate:
    """Apply kind prior and preferences to a computed candidate (directional areas)."""
    factor, why = preference_factor(cand.kind, cand.country_code, cand.lat, cand.lon, prefs)
    value = KIND_PRIOR.get(cand.kind, 0.5) * factor
    return replace(cand, matched_name=matched, score=round(value, 4), why=(*cand.why, *why))


def top(cands: list[Candidate], limit: int) -> list[Candidate]:
    """Best first; one candidate per entry; ties broken by population, then id. A
    second-level unit that shares its name with a town of its country (a municipality named
    after its seat: Portugal's, Brazil's, Romania's) beside a town of its country in the
    list adds no place the list lacks: it yields its slot to the next entry cut off, so
    that it never pushes a foreign namesake out ("Cuba, New Mexico" must keep the US town
    among the candidates)."""
    best: dict[str, Candidate] = {}
    for c in cands:
        if c.source_id not in best or c.score > best[c.source_id].score:
            best[c.source_id] = c
    ranked = sorted(best.values(), key=lambda c: (-c.score, -c.population, c.source_id))
    kept, rest = ranked[:limit], ranked[limit:]
    while rest:
        towns = {c.country_code for c in kept if c.kind == "city"}
        spare = [c for c in kept if c.kind == "admin2" and c.country_code in towns]
        if not spare:
            break
        kept.remove(spare[-1])
        kept.append(rest.pop(0))
    return kept


class FuzzyIndex:
    """Normalised names bucketed by (first letter, length) and (last three letters, length),
    searched with rapidfuzz's ``fuzz.ratio``.

    A query is compared only with names of ±2 characters that share its first letter or
    its ending, a few hundred comparisons instead of 180,000: a misspelling that changes
    both the first letter and the last three is not found.
    """

    def __init__(self, norms: list[str]) -> None:
        heads: dict[tuple[str, int], list[str]] = defaultdict(list)
        tails: dict[tuple[str, int], list[str]] = defaultdict(list)
        for norm in norms:
            heads[(norm[:1], len(norm))].append(norm)
            tails[(norm[-3:], len(norm))].append(norm)
        self._heads = dict(heads)
        self._tails = dict(tails)
        self.size = len(norms)

    def search(self, norm: str, limit: int = 5) -> list[tuple[str, float]]:
        from rapidfuzz import fuzz, process

        cutoff = cutoff_for(norm)
        if cutoff is None:
            return []
        choices: list[str] = []
        for n in range(len(norm) - 2, len(norm) + 3):
            choices += self._heads.get((norm[:1], n), ())
            choices += self._tails.get((norm[-3:], n), ())
        hits = process.extract(norm, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        # A name can sit in both buckets; keep it once, best first (ties: alphabetical).
        best: dict[str, float] = {}
        for match, sim, _ in hits:
            if match != norm and same_initials(norm, str(match)):
                sim = transposition_ratio(norm, str(match), float(sim))
                best[str(match)] = max(sim, best.get(str(match), 0.0))
        return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def transposition_ratio(query: str, name: str, ratio: float) -> float:
    """``ratio`` with each swap of two adjacent letters counted as one edit, not two ("Siaha"
    for "Saiha" scores as one typo, like a letter dropped: Damerau 1964 found a swap among
    the commonest single errors), where rapidfuzz's ratio counts it as two."""
    from rapidfuzz.distance import OSA, Indel, Levenshtein

    swaps = Levenshtein.distance(query, name) - OSA.distance(query, name)
    if swaps <= 0:
        return ratio
    total = len(query) + len(name)
    return round(100.0 * (1.0 - (Indel.distance(query, name) - swaps) / total), 4)


def same_initials(query: str, name: str) -> bool:
    """Whether a misspelling could be of ``name``, word by word: a word whose initial differs
    must be one edit away (a typo in its first letter, "Yew York"), not another word that
    merely looks alike, so "western kasai" is not "western asia" nor "kasai occidental" "asia
    occidental" (spelling errors seldom touch a word's first letter, Pollock & Zamora 1984).
    Names with another number of words (a lost space) are not checked."""
    from rapidfuzz.distance import OSA

    q, n = query.split(), name.split()
    return len(q) != len(n) or all(
        a[:1] == b[:1] or OSA.distance(a, b) <= 1 for a, b in zip(q, n, strict=True)
    )


def cutoff_for(norm: str) -> float | None:
    """The rapidfuzz ratio a misspelling of ``norm`` must reach, or None (too short)."""
    letters = sum(ch.isalpha() for ch in norm)
    cutoff = None
    for min_len, value in FUZZY_CUTOFFS:
        if letters >= min_len:
            cutoff = value
    return cutoff
