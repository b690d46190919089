"""Route graphs: an article's movements merged, per mover, into legs between resolved places.

Each movement gives *stated* legs origin → transit… → destination. Movements of the same
kind of mover (fighters, refugees, weapons…; :mod:`claimmap.routes_groups`) form one
route per journey whose legs touch, places that are the same place are merged, and a leg
is *inferred* where one claim leaves the movers at X while more claims put their
destination at Y (X → Y, if Y is nearer than where they set off and does not hold X).
Every leg lists the claims (and so the claimants) behind it, its geodesic length and,
in :func:`routes`, a great-circle line (:mod:`claimmap.routes_frame`).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.documents import require_document
from claimmap.model import Claim, Document, Leg, Movement, Place, PlaceRef, Route, Span
from claimmap.movements import extract_movements
from claimmap.routes_frame import geodesic_km, great_circle, km, legs_frame
from claimmap.routes_groups import (
    continues,
    groups,
    label,
    leads_to,
    part_of_movers,
    resumes,
    then_step,
)

if TYPE_CHECKING:
    import geopandas

log = logging.getLogger(__name__)


def build_routes(
    doc: Document, movements: Sequence[Movement], places: Sequence[Place], claims: Sequence[Claim]
) -> list[Route]:
    """Merge the movements of one article into routes, one per kind of mover and journey.

    Movements the text negates or a claim denies add no legs; slots that did not
    resolve to a place are kept on the movement but cannot make a leg.
    """
    canon = _canonical_ids(places)
    by_id = {p.id: p for p in places}
    by_claim = {c.id: c for c in claims}
    denied = [m for m in movements if _denied(m, by_claim)]
    usable = _not_retold([m for m in movements if m not in denied], denied, canon, by_id, doc.text)
    people = _demonym_ends(places)
    out: list[Route] = []
    for group in groups(usable, people):
        legs = _stated_legs(group.movements, canon, by_id, doc.text)
        legs += _inferred_legs(group.movements, legs, canon, by_id)
        for part in _connected(legs, by_id):
            part.sort(key=lambda leg: (leg.evidence[0].start, leg.status != "stated"))  # stable
            mover = label(group, part, people)
            route = Route(id=f"{doc.id}:r{len(out)}", doc_id=doc.id, legs=tuple(part), mover=mover)
            out.append(route)
    log.debug("%s: %d routes from %d movements", doc.id, len(out), len(movements))
    return out


# --- places -----------------------------------------------------------------------------------


def _canonical_ids(places: Sequence[Place]) -> dict[str, str]:
    """Place id → the id standing for every place that is the same place (same gazetteer row)."""
    first: dict[str, str] = {}
    canon: dict[str, str] = {}
    for place in places:
        key = f"gn:{place.geonameid}" if place.geonameid is not None else place.source_id
        canon[place.id] = first.setdefault(key, place.id)
    return canon


def _demonym_ends(places: Sequence[Place]) -> frozenset[int]:
    """Where the article's demonym mentions ("Afghans", "Syrian") end."""
    return frozenset(
        m.end
        for p in places
        for m, form in zip(p.mentions, p.mention_forms, strict=False)
        if form == "demonym"
    )


def _slot_ids(ref: PlaceRef | None, canon: dict[str, str]) -> list[str]:
    if ref is None:
        return []
    ids = [ref.place_id, *ref.other_place_ids] if ref.place_id else list(ref.other_place_ids)
    return list(dict.fromkeys(canon[i] for i in ids if i in canon))


def _chain(
    m: Movement,
    canon: dict[str, str],
    by_id: dict[str, Place] | None = None,
    text: str = "",
    unordered: bool = False,
) -> list[list[str]]:
    """The resolved stops of a movement in order, each stop a list of coordinated places.

    Coordinated transits ("through X and Y") are stops in turn, but one holding the other
    ("through Costa Rica and Central America") is the same stop: the finer place stays.
    Transits told as alternatives ("through X or Y"), or lying apart as two ways out of the
    start (or into the end), are one stop of two places: no leg runs between them; so are
    coordinated transits ``unordered`` (a journey told with neither start nor end, "passed
    through X and Y": nothing orders them).
    """
    start, end = _slot_ids(m.origin, canon), _slot_ids(m.destination, canon)
    stops = [start]
    for before, here in zip((None, *m.transit), m.transit, strict=False):
        ids = _slot_ids(here, canon)
        if by_id and _across_country(here, ids, by_id, text):
            continue  # "by rail across X": the way goes over the country, no point in it
        if unordered and before is not None and stops[-1] and _joined(before, here, text):
            stops[-1] = list(dict.fromkeys([*stops[-1], *ids]))
            continue
        if by_id and before is not None and _joined(before, here, text):
            if _within(ids, stops[-1], by_id):
                stops[-1] = ids
                continue
            if _within(stops[-1], ids, by_id):
                continue
            if _or(before, here, text) or _apart(stops[-1], ids, (start, end), by_id):
                stops[-1] = list(dict.fromkeys([*stops[-1], *ids]))
                continue
        stops.append(ids)
    stops.append(end)
    return [s for s in stops if s]


def _across_country(ref: PlaceRef, ids: list[str], by_id: dict[str, Place], text: str) -> bool:
    """ "across X" with X a whole country names no stop: its centroid is no place on the way."""
    before = text[: ref.span.start].rstrip().casefold()
    countries = all(i in by_id and by_id[i].kind == "country" for i in ids)
    return bool(ids) and countries and before.endswith("across")


def _or(a: PlaceRef, b: PlaceRef, text: str) -> bool:
    return "or" in text[a.span.end : b.span.start].split()


def _apart(
    one: list[str], other: list[str], ends: tuple[list[str], list[str]], by_id: dict[str, Place]
) -> bool:
    """Are two coordinated stops farther from each other than each is from the start (or
    from the end)? Then they are two ways ("smuggled through Guinea and Togo" out of Mali),
    not one way through both ("through Guatemala and Mexico")."""
    if len(one) != 1 or len(other) != 1:
        return False
    x, y = by_id[one[0]], by_id[other[0]]
    between = km(x, y)
    for end in ends:
        if len(end) == 1 and end[0] not in (x.id, y.id):
            e = by_id[end[0]]
            if between > max(km(e, x), km(e, y)):
                return True
    return False


def _within(stop: list[str], outer: list[str], by_id: dict[str, Place]) -> bool:
    """Is every place of ``stop`` inside the one place of ``outer``?"""
    return len(outer) == 1 and bool(stop) and all(_inside(by_id[s], by_id[outer[0]]) for s in stop)


def _joined(a: PlaceRef, b: PlaceRef, text: str) -> bool:
    """Are two slots coordinated in the text ("X and Y", "X, Y")?"""
    between = text[a.span.end : b.span.start].replace(",", " ").split()
    return bool(text) and between in ([], ["and"], ["or"])


# --- journeys that touch ----------------------------------------------------------------------


def _connected(legs: Sequence[Leg], by_id: dict[str, Place]) -> list[list[Leg]]:
    """The legs split into journeys that touch: sharing a place, or one's place holding
    another's ("Chad → Sudan" and "Amdjarass → El Fasher"). Movers of one kind told of in
    unrelated places (deportees at one border, migrants at another) are separate routes."""
    parent = list(range(len(legs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ends = [(leg.from_place, leg.to_place) for leg in legs]
    for i, j in itertools.combinations(range(len(legs)), 2):
        if root(i) != root(j) and any(_touch(a, b, by_id) for a in ends[i] for b in ends[j]):
            parent[root(j)] = root(i)
    parts: dict[int, list[Leg]] = {}
    for i, leg in enumerate(legs):
        parts.setdefault(root(i), []).append(leg)
    return list(parts.values())


def _touch(a: str, b: str, by_id: dict[str, Place]) -> bool:
    return a == b or _inside(by_id[a], by_id[b]) or _inside(by_id[b], by_id[a])


def _denied(m: Movement, by_claim: dict[str, Claim]) -> bool:
    claim = by_claim.get(m.claim_id) if m.claim_id else None
    return m.negated or (claim is not None and claim.modality == "denied")


def _not_retold(
    movements: list[Movement],
    denied: list[Movement],
    canon: dict[str, str],
    by_id: dict[str, Place],
    text: str,
) -> list[Movement]:
    """Drop a movement whose every leg the article denies elsewhere: a debunked journey
    quoted in a viral caption or a "Claim:" line is not a stated route."""
    if not denied:
        return movements
    direct = [dataclasses.replace(m, transit=()) for m in denied]  # A via B to C denies A → C
    no = {
        (leg.from_place, leg.to_place)
        for leg in _stated_legs([*denied, *direct], canon, by_id, text)
    }

    def retold(m: Movement) -> bool:
        own = {(leg.from_place, leg.to_place) for leg in _stated_legs([m], canon, by_id, text)}
        return bool(own) and own <= no

    return [m for m in movements if not retold(m)]


# --- legs -------------------------------------------------------------------------------------


def _stated_legs(
    movements: Sequence[Movement], canon: dict[str, str], by_id: dict[str, Place], text: str
) -> list[Leg]:
    merged: dict[tuple[str, str], Leg] = {}
    for ms, stops in _journeys(movements, canon, by_id, text):
        if len(ms) == 1 and ms[0].origin is None and ms[0].destination is None:
            stops = _chain(ms[0], canon, by_id, text, unordered=True)
        for here, there in itertools.pairwise(stops):
            for a in here:
                for b in there:
                    if a != b:
                        merged[(a, b)] = _merge(merged.get((a, b)), a, b, "stated", ms, by_id)
    return list(merged.values())


def _inside(inner: Place, outer: Place) -> bool:
    """Does ``outer`` hold ``inner``: its country, or a region or area whose outline does?"""
    if inner.id == outer.id or inner.kind == outer.kind:
        return False
    if outer.kind == "country":
        return outer.country_code is not None and inner.country_code == outer.country_code
    return outer.has_geometry and _covers(outer.source_id, inner.lat, inner.lon)


@functools.lru_cache(maxsize=1024)
def _covers(source_id: str, lat: float, lon: float) -> bool:
    from shapely.geometry import Point

    from claimmap.gazetteer import default_gazetteer

    shape = default_gazetteer().geometry(source_id)
    return shape is not None and bool(shape.covers(Point(lon, lat)))


def _journeys(
    movements: Sequence[Movement], canon: dict[str, str], by_id: dict[str, Place], text: str
) -> list[tuple[list[Movement], list[list[str]]]]:
    """Each movement's stops; a movement that does not say where the movers set off goes
    on from the one before it when both are one telling: the same sentence ("left their
    homes in X and fled to Y", "routed through X and on into Y") or the next sentence of
    the same claim ("They were moved to X," he said. "Then they were flown to Y."), or of
    another claim told as the next step ("... were then moved to Y"). Stops inside the last
    place say where in it the movers went ("to Darfur" then "to El Fasher and to Nyala")."""
    out: list[tuple[list[Movement], list[list[str]]]] = []
    for m in movements:
        stops = _chain(m, canon, by_id, text)
        # a hop through unresolved places only ("pass the Strait") still carries the telling on
        if out and _open_start(m, text) and out[-1][1] and continues(out[-1][0][-1], m, text):
            prev_ms, prev_stops = out[-1]
            # "left X." then "crossed through Y in X": where they set off stays
            start_only = len(prev_stops) == 1 and prev_ms[-1].origin is not None
            if stops and not start_only and _within(stops[0], prev_stops[-1], by_id):
                # "crossed into X, arriving at a town in X"; when only a part of the movers
                # went on ("fled into X." "Most of them arrived at Y"), the rest ended at X
                prev_stops = prev_stops[:-1]
                if prev_ms[-1].sentence != m.sentence and part_of_movers(m, text):
                    out.append(([*prev_ms, m], [*prev_stops, *stops]))
                    continue
            out[-1] = ([*prev_ms, m], [*prev_stops, *stops])
            continue
        if out and stops and out[-1][1] and leads_to(m, out[-1][0][0], text):
            prev_ms, prev_stops = out[-1]
            out[-1] = ([m, *prev_ms], [*stops, *prev_stops])
            continue
        if out and stops and out[-1][1] and resumes(out[-1][0][-1], m):
            prev_ms, prev_stops = out[-1]
            if _same_start(prev_ms, m):
                stops = stops[1:]  # "gold mined in X is smuggled ... before being flown to Y"
            out[-1] = ([*prev_ms, m], [*prev_stops, *stops])
            continue
        out.append(([m], stops))
    return out


def _same_start(before: Sequence[Movement], m: Movement) -> bool:
    """Is ``m``'s start the very words of a start told before (a start read off the movers'
    description, "gold mined in X", shared by each step), not a stop reached?"""
    start = m.origin
    return start is not None and any(
        p.origin is not None and p.origin.span == start.span for p in before
    )


def _open_start(m: Movement, text: str) -> bool:
    """Names no start, or one that is no place told as the next step ("were then moved
    from the regional capital to Y": where the telling had got to)."""
    if m.origin is None:
        return True
    return m.origin.place_id is None and not m.origin.other_place_ids and then_step(m, text)


def _inferred_legs(
    movements: Sequence[Movement],
    stated: Sequence[Leg],
    canon: dict[str, str],
    by_id: dict[str, Place],
) -> list[Leg]:
    """X → Y where one movement ends at X while more claims end the same movers at Y."""
    ends: dict[str, list[Movement]] = {}
    for m in movements:
        for place in _slot_ids(m.destination, canon):
            ends.setdefault(place, []).append(m)
    support = {p: len({m.claim_id or m.id for m in ms}) for p, ms in ends.items()}
    ranked = sorted(support.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return []  # no single place most claims agree on
    goal = ranked[0][0]
    known = {(leg.from_place, leg.to_place) for leg in stated}
    out: list[Leg] = []
    for end, ms in ends.items():
        if end == goal or (end, goal) in known or (goal, end) in known:
            continue
        if _inside(by_id[end], by_id[goal]):
            continue  # "entering Austria" then "reach Europe": no hop into what holds it
        for m in ms:
            start = _chain(m, canon)[0][0]
            if start in (end, goal) or km(by_id[start], by_id[goal]) <= km(by_id[end], by_id[goal]):
                break  # no stated start, or the onward hop would lead away from the goal
        else:
            own = {m.claim_id or m.id for m in ms}
            backing = [x for x in ends[goal] if (x.claim_id or x.id) not in own]
            if backing:
                out.append(_merge(None, end, goal, "inferred", [*ms, *backing], by_id))
    return out


def _merge(
    leg: Leg | None,
    a: str,
    b: str,
    status: str,
    movements: Sequence[Movement],
    by_id: dict[str, Place],
) -> Leg:
    claims = list(leg.claim_ids) if leg else []
    mids = list(leg.movement_ids) if leg else []
    evidence: list[Span] = list(leg.evidence) if leg else []
    for m in movements:
        if m.claim_id and m.claim_id not in claims:
            claims.append(m.claim_id)
        if m.id not in mids:
            mids.append(m.id)
        span = m.sentence or m.trigger
        if span not in evidence:
            evidence.append(span)
    return Leg(
        from_place=a,
        to_place=b,
        status=status,  # type: ignore[arg-type]
        claim_ids=tuple(claims),
        movement_ids=tuple(mids),
        distance_km=round(km(by_id[a], by_id[b]), 1),
        evidence=tuple(evidence),
    )


def routes(doc: Document) -> geopandas.GeoDataFrame:
    """One row per leg of the article's routes, with a great-circle LineString (EPSG:4326).

    Columns: doc_id, route_id, mover, leg (order within the route), from_place, from_name,
    to_place, to_name, status ("stated" / "inferred"), claims (claim ids), claimants
    (their actors' names), movements (movement ids), distance_km (WGS84 geodesic),
    evidence (``[start, end]`` of the sentences behind the leg), geometry.
    """
    from claimmap.pipeline import analyze

    require_document(doc, "routes")
    analysis = analyze(doc)
    return legs_frame(analysis.routes, analysis.places, analysis.claims)


__all__ = [
    "build_routes",
    "extract_movements",
    "geodesic_km",
    "great_circle",
    "legs_frame",
    "routes",
]
