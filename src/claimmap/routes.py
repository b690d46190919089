"""Route graphs: an article's movements merged, per mover, into legs between resolved places.

Each movement gives *stated* legs origin → transit… → destination. Movements of the same
kind of mover (fighters, refugees, weapons…; :mod:`claimmap.routes_groups`) form one
route per journey whose legs touch (:mod:`claimmap.routes_journeys`), places that are the
same place are merged, and a leg is *inferred* where one claim leaves the movers at X
while more claims put their destination at Y (X → Y, if Y is nearer than where they set
off and does not hold X). Every leg lists the claims (and so the claimants) behind it, its
geodesic length and, in :func:`routes`, a great-circle line (:mod:`claimmap.routes_frame`).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.documents import require_document
from claimmap.model import Claim, Document, Leg, Movement, Place, Route
from claimmap.movement_ends import listed
from claimmap.movement_halves import resolved
from claimmap.movement_hops import (
    hop_mood,
    hop_tellers,
    on_the_way,
    stop_alone,
    unreached,
)
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_groups import mend_groups
from claimmap.movement_join_legs import (
    carried_legs,
    claimed_legs,
    half_legs,
    merge_leg,
    passed_legs,
    told_on,
    went_on_claims,
)
from claimmap.movement_join_seized import seized_legs
from claimmap.movement_join_ways import threaded_legs
from claimmap.movement_stops import (
    chain,
    entries,
    finest,
    framed_start,
    in_turn,
    inside,
    slot_ids,
    within,
)
from claimmap.movement_words import THERE_WORDS
from claimmap.movements import extract_movements
from claimmap.routes_contested import contested_routes, denial_told
from claimmap.routes_counted import goes_on
from claimmap.routes_dates import dated_legs
from claimmap.routes_denials import denied_on
from claimmap.routes_frame import geodesic_km, great_circle, km, legs_frame
from claimmap.routes_groups import Group, groups, label, mover_key
from claimmap.routes_journeys import connected, movers_apart, one_leg_each
from claimmap.routes_nearby import without_near
from claimmap.routes_shared import joined_routes
from claimmap.routes_tallies import tally
from claimmap.routes_telling import (
    leads_to,
    open_end,
    part_of_movers,
    resumes,
    then_step,
)
from claimmap.routes_told_at import told_at

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
    movements = [without_near(m, doc.text) for m in movements]
    movements = [_told_at(m, by_claim, places, doc.text) for m in movements]
    denied = [m for m in movements if _denied(m, by_claim)]
    # a journey a claim denies is contested where others tell it (routes_contested); one
    # the article itself denies ("the claim that ... is false") is not drawn where retold
    debunked = [m for m in denied if not denial_told(m, by_claim)]
    usable = [m for m in movements if m not in denied]
    usable = _not_retold(usable, debunked, canon, by_id, doc.text)
    people = _demonym_ends(places)
    out: list[Route] = []
    told: list[tuple[Group, list[Leg]]] = []
    for group in mend_groups(groups(usable, people, doc.text), doc.text):
        ctx = LegContext(
            group.movements, canon, by_id, pool=usable, places=places, text=doc.text, people=people
        )
        legs = _stated_legs(group.movements, canon, by_id, doc.text)
        legs += _inferred_legs(group.movements, legs, canon, by_id, doc.text)
        legs += half_legs(ctx, legs)
        legs += seized_legs(ctx, legs)
        legs += passed_legs(ctx, legs)
        legs += carried_legs(ctx, legs)
        legs = threaded_legs(ctx, legs)
        legs = claimed_legs(ctx, legs)
        kind = functools.partial(_key_of, people=people)
        told.append((group, denied_on(legs, group.key, denied, kind, canon, by_id)))
    every = [leg for _, legs in told for leg in legs]
    for group, legs in _unnamed_apart(told):
        legs = went_on_claims(legs, every)
        apart = movers_apart(group.movements, doc.text, lambda m: mover_key(m, people)[0])
        for part in connected(one_leg_each(legs, by_id), by_id, apart):
            part.sort(key=lambda leg: (leg.evidence[0].start, leg.status != "stated"))  # stable
            mover = label(group, part, people)
            part = dated_legs(part, movements)  # the days its movements' dates span
            route = Route(id=f"{doc.id}:r{len(out)}", doc_id=doc.id, legs=tuple(part), mover=mover)
            out.append(route)
    out = joined_routes(contested_routes(out, denied, claims, by_id, canon, doc.text), doc.id)
    log.debug("%s: %d routes from %d movements", doc.id, len(out), len(movements))
    return out


def _told_at(
    m: Movement, by_claim: dict[str, Claim], places: Sequence[Place], text: str
) -> Movement:
    return told_at(m, by_claim.get(m.claim_id) if m.claim_id else None, places, text)


def _key_of(m: Movement, people: frozenset[int]) -> str | None:
    return mover_key(m, people)[0]


def _unnamed_apart(told: list[tuple[Group, list[Leg]]]) -> list[tuple[Group, list[Leg]]]:
    """Legs of movers the text does not name ("Arrivals to X from Y have fallen") that no
    claim tells and that a route of named movers already has: the same hop, told twice."""
    named = {
        (leg.from_place, leg.to_place) for g, legs in told if g.key != "unnamed" for leg in legs
    }
    return [
        (
            g,
            legs
            if g.key != "unnamed"
            else [
                leg for leg in legs if leg.claim_ids or (leg.from_place, leg.to_place) not in named
            ],
        )
        for g, legs in told
    ]


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


# --- denied journeys --------------------------------------------------------------------------


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
    journeys = _journeys(movements, canon, by_id, text)
    for ms, stops in journeys:
        if len(ms) == 1 and ms[0].origin is None and ms[0].destination is None:
            stops = chain(ms[0], canon, by_id, text, unordered=True)
        stops = [finest(stop, by_id) for stop in stops]
        if framed_start(ms, stops, by_id):
            stops = stops[1:]  # "back across the X Ocean to Y": the sea is no start
        if not _rest_of(ms, journeys):
            stops = entries(stops, by_id)  # "into X through Y": no hop from Y to X
        for here, there in itertools.pairwise(stops):
            for a in here:
                for b in there:
                    if a != b:
                        mood = hop_mood(ms, a, b, canon)
                        tellers = told_on(ms, hop_tellers(ms, a, b, canon))
                        leg = merged.get((a, b))
                        merged[(a, b)] = merge_leg(leg, a, b, "stated", ms, by_id, mood, tellers)
    return list(merged.values())


def _rest_of(
    ms: Sequence[Movement], journeys: Sequence[tuple[list[Movement], list[list[str]]]]
) -> bool:
    """Did a part of these movers go on in another journey ("crossed into X through Y.
    Most arrived in Z")? Then the rest ended in X, and that end stays."""
    return any(len(other) > len(ms) and other[: len(ms)] == list(ms) for other, _ in journeys)


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
        stops = chain(m, canon, by_id, text)
        if out and len(out[-1][1]) > 1 and _way_after(out[-1][0][-1], m, text):
            # "should dock at Y after sailing through the Z strait": Z lies on the way to Y
            way = [ids for t in m.transit if (ids := slot_ids(t, canon))]
            out[-1] = ([*out[-1][0], m], on_the_way(out[-1][1], way))
            continue
        # a hop through unresolved places only ("pass the Strait") still carries the telling on
        if out and _open_start(m, text) and out[-1][1] and goes_on(out[-1][0][-1], m, text):
            prev_ms, prev_stops = out[-1]
            if unreached(prev_ms, prev_stops, m):
                # "was heading towards X when it was stopped and taken to Y": on from before X
                out.append(([*prev_ms[:-1], m], [*prev_stops[:-1], *stops]))
                continue
            # "left X." then "crossed through Y in X": where they set off stays
            start_only = len(prev_stops) == 1 and prev_ms[-1].origin is not None
            cut = False  # the end before was dropped: the last stops left are no end
            if stops and not start_only and within(stops[0], prev_stops[-1], by_id):
                # "crossed into X, arriving at a town in X"; when only a part of the movers
                # went on ("fled into X." "Most of them arrived at Y"), the rest ended at X
                prev_stops, cut = prev_stops[:-1], True
                if prev_ms[-1].sentence != m.sentence and part_of_movers(m, text):
                    out.append(([*prev_ms, m], [*prev_stops, *stops]))
                    continue
            told_apart = prev_ms[-1].sentence != m.sentence  # not "to B and drifting across Z"
            if told_apart and stop_alone(m) and len(prev_stops) > 1 and not open_end(prev_ms[-1]):
                # "sent from A to B." "They were flown through Z": Z lies on the way
                out[-1] = ([*prev_ms, m], on_the_way(prev_stops, stops))
                continue
            # "fled from A and B into X" then "reached Y in X": A and B are two starts, not
            # a list of ends visited in turn
            went = prev_stops if cut else in_turn(prev_stops, prev_ms[-1], text, by_id)
            out[-1] = ([*prev_ms, m], [*went, *_past(went, stops)])
            continue
        if out and stops and out[-1][1] and leads_to(m, out[-1][0][0], text):
            prev_ms, prev_stops = out[-1]
            out[-1] = ([m, *prev_ms], [*stops, *prev_stops])
            continue
        if out and stops and out[-1][1] and _described_start(out[-1][0][-1], m):
            # "migrants who flew to X from A were bussed to Y": on from X, not again from A
            prev_ms, prev_stops = out[-1]
            out[-1] = ([*prev_ms, m], [*prev_stops, *stops[1:]])
            continue
        if out and stops and out[-1][1] and resumes(out[-1][0][-1], m):
            prev_ms, prev_stops = out[-1]
            if _same_start(prev_ms, m):
                stops = stops[1:]  # "gold mined in X is smuggled ... before being flown to Y"
            out[-1] = ([*prev_ms, m], [*prev_stops, *stops])
            continue
        out.append(([m], stops))
    return out


def _past(before: Sequence[list[str]], stops: list[list[str]]) -> list[list[str]]:
    """The stops of a movement going on from ``before``, less the ones it tells again:
    "crossing through X and Y into Z" read as "through X and Y" and "through X and Y into
    Z" runs X, Y, Z, not back from Y to X."""
    for k in range(min(len(before), len(stops)), 0, -1):
        if all(set(a) == set(b) for a, b in zip(before[-k:], stops[:k], strict=True)):
            return stops[k:]
    return stops


def _way_after(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m`` only the way, told in an "after" clause of the movement before it in its
    sentence ("should dock at Y after sailing through Z"): a stop before that one's end?"""
    if m.sentence is None or m.sentence != prev.sentence or not stop_alone(m):
        return False
    if m.mover is not None and m.mover != prev.mover:
        return False
    between = text[prev.trigger.end : m.trigger.start].lower().replace(",", " ").split()
    return prev.trigger.end <= m.trigger.start and "after" in between


def _described_start(prev: Movement, m: Movement) -> bool:
    """Is ``m``'s start the very words of the start of the movement told before it in its
    sentence, of the same movers, which ended somewhere else ("migrants who flew to X from
    A were bussed to Y": the start read off the movers' description is where the first
    step set off; the second step went on from X)?"""
    start, before = m.origin, prev.origin
    return (
        start is not None
        and before is not None
        and start.span == before.span
        and prev.trigger.end <= start.span.start < m.trigger.start  # told in prev's clause
        and m.sentence is not None
        and m.sentence == prev.sentence
        and prev.mover is not None
        and prev.mover == m.mover
        and resolved(prev.destination)
        and resolved(m.destination)
        and prev.destination != m.destination
    )


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
    if text[m.origin.span.start : m.origin.span.end].lower() in THERE_WORDS:
        return True  # "From there it crossed Y": where the telling had got to
    return m.origin.place_id is None and not m.origin.other_place_ids and then_step(m, text)


def _inferred_legs(
    movements: Sequence[Movement],
    stated: Sequence[Leg],
    canon: dict[str, str],
    by_id: dict[str, Place],
    text: str = "",
) -> list[Leg]:
    """X → Y where one movement ends at X while more claims end the same movers at Y (not
    a population tallied over a year: :mod:`claimmap.routes_tallies`)."""
    ends: dict[str, list[Movement]] = {}
    for m in movements:
        if tally(m, text) and not all(tally(x, text) for x in movements):
            continue
        for place in slot_ids(m.destination, canon):
            ends.setdefault(place, []).append(m)
    support = {p: len({m.claim_id or m.id for m in ms}) for p, ms in ends.items()}
    ranked = sorted(support.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return []  # no single place most claims agree on
    goal = ranked[0][0]
    if listed(goal, movements, canon):
        return []  # "to X, Y and Z": one of the ends told as alternatives, no common end
    known = {(leg.from_place, leg.to_place) for leg in stated}
    left = {leg.from_place for leg in stated}
    to_goal = [by_id[leg.from_place] for leg in stated if leg.to_place == goal]
    out: list[Leg] = []
    for end, ms in ends.items():
        if end == goal or (end, goal) in known or (goal, end) in known:
            continue
        if end in left:
            continue  # "sail from A to X before crossing to Z": the text goes on from X
        if any(inside(start, by_id[end]) for start in to_goal):
            continue  # "brought to X state" and "shipped from a port of X state to Y": told
        if inside(by_id[end], by_id[goal]) or inside(by_id[goal], by_id[end]):
            continue  # "entering Austria" then "reach Europe": no hop into what holds it
        if any(goal in slot_ids(m.destination, canon) for m in ms):
            continue  # "reaching fighters in X and on the Y islands": two ends, no hop
        if any(g.sentence == m.sentence for g in ends[goal] for m in ms):
            continue  # "to X and to Y" told apart in one sentence: two ends, no hop
        for m in ms:
            start = chain(m, canon)[0][0]
            if start in (end, goal) or km(by_id[start], by_id[goal]) <= km(by_id[end], by_id[goal]):
                break  # no stated start, or the onward hop would lead away from the goal
        else:
            own = {m.claim_id or m.id for m in ms}
            backing = [x for x in ends[goal] if (x.claim_id or x.id) not in own]
            if backing:
                out.append(merge_leg(None, end, goal, "inferred", [*ms, *backing], by_id))
    return out


def routes(doc: Document) -> geopandas.GeoDataFrame:
    """One row per leg of the article's routes, with a great-circle LineString (EPSG:4326).

    Columns: doc_id, route_id, mover, leg (order within the route), from_place, from_name,
    to_place, to_name, status ("stated" / "inferred"), mood ("made" / "possible" /
    "intended", see :mod:`claimmap.movement_mood`), claims (claim ids), claimants
    (their actors' names), movements (movement ids), distance_km (WGS84 geodesic; from
    the nearest border point for a country and a place in a neighbour, None between two
    neighbouring countries: :func:`claimmap.routes_frame.leg_km`),
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
