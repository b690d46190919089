"""Route graphs: an article's movements merged, per mover, into legs between resolved places.

Each movement gives *stated* legs origin → transit… → destination. Movements of the same
kind of mover (fighters, refugees, weapons…; :mod:`claimmap.routes_groups`) form one
route per journey whose legs touch (:mod:`claimmap.routes_journeys`), places that are the
same place are merged, and a leg is *inferred* where one claim leaves the movers at X
while more claims put their destination at Y (X → Y, if Y is nearer than where they set
off and does not hold X). Every leg lists the claims (and so the claimants) behind it, its
geodesic length and, in :func:`routes`, a great-circle line (:mod:`claimmap.routes_frame`).

This module wires the stages: stated legs are :mod:`claimmap.routes_legs`, inferred ones
:mod:`claimmap.routes_inferred`, denied journeys :mod:`claimmap.routes_denials` and
:mod:`claimmap.routes_contested`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.documents import require_document
from claimmap.model import Claim, Document, Leg, Movement, Place, Route
from claimmap.movement_issuer import issuer_legs
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_crafts import craft_legs
from claimmap.movement_join_ends import end_told_claims
from claimmap.movement_join_groups import mend_groups
from claimmap.movement_join_last import last_seen_legs
from claimmap.movement_join_legs import (
    carried_legs,
    claimed_legs,
    half_legs,
    passed_legs,
    went_on_claims,
)
from claimmap.movement_join_seized import seized_legs
from claimmap.movement_join_ways import threaded_legs
from claimmap.movement_unshown import evidence_verdict
from claimmap.movements import extract_movements
from claimmap.routes_apposed_near import without_apposed_near
from claimmap.routes_carried_end import carried_ends
from claimmap.routes_contested import contested_routes, denial_told
from claimmap.routes_crossed_teller import crossed_into_teller
from claimmap.routes_dates import dated_legs
from claimmap.routes_denials import denied_mood, denied_on, is_denied, not_retold
from claimmap.routes_end_moods import end_told_moods
from claimmap.routes_folded import folded_routes
from claimmap.routes_folded_into import folded_into
from claimmap.routes_frame import geodesic_km, great_circle, legs_frame
from claimmap.routes_groups import Group, groups, label, mover_key
from claimmap.routes_headline import headline_lists, summed_up, told_finer
from claimmap.routes_hedged_via import hedged_ways
from claimmap.routes_inferred import inferred_legs
from claimmap.routes_journeys import connected, movers_apart, one_leg_each
from claimmap.routes_legs import stated_legs
from claimmap.routes_made_start import made_start
from claimmap.routes_near_towns import near_towns
from claimmap.routes_nearby import without_near
from claimmap.routes_possessed import possessed_towns
from claimmap.routes_same_craft import same_craft_legs
from claimmap.routes_shared import joined_routes, without_retold
from claimmap.routes_stale_denials import current_denials
from claimmap.routes_stops import stops_between
from claimmap.routes_teller_place import teller_start
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
    movements = [without_apposed_near(m, doc.text) for m in movements]  # "off X, close to Y"
    movements = [near_towns(m, places, doc.text) for m in movements]  # border near X: X
    movements = [possessed_towns(m, places) for m in movements]  # Iraq's al-Qaim
    movements = [_told_at(m, by_claim, places, doc.text) for m in movements]
    movements = [  # "an official at X said the crates were trucked to Y": from X
        teller_start(m, by_claim.get(m.claim_id or ""), movements[:n], by_id, doc.text)
        for n, m in enumerate(movements)
    ]
    movements = [made_start(m, places, doc.text) for m in movements]  # "pressed near X"
    movements = carried_ends(movements, places, doc.text)  # "... before the container reached Y"
    movements = [  # the army of A said "they crossed from X" (in B, A's neighbour): into A
        crossed_into_teller(m, by_claim.get(m.claim_id or ""), places, doc.text) for m in movements
    ]
    movements = headline_lists(movements, doc.text)  # "through A and B" in a title: no order
    denied = [m for m in movements if is_denied(m, by_claim)]
    # a journey a claim denies is contested where others tell it (routes_contested); one
    # the article itself denies ("the claim that ... is false") is not drawn where retold
    debunked = [
        m for m in denied if not denial_told(m, by_claim) and not evidence_verdict(m, doc.text)
    ]
    usable = [m for m in movements if m not in denied]
    usable = not_retold(usable, debunked, canon, by_id, doc.text)
    people = _demonym_ends(places)
    out: list[Route] = []
    told: list[tuple[Group, list[Leg]]] = []
    contexts: list[LegContext] = []
    for group in mend_groups(groups(usable, people, doc.text), doc.text):
        ctx = LegContext(
            group.movements,
            canon,
            by_id,
            pool=usable,
            places=places,
            text=doc.text,
            people=people,
            claims=by_claim,
        )
        legs = stated_legs(group.movements, canon, by_id, doc.text)
        legs = hedged_ways(legs, group.movements, canon, by_id, doc.text)  # "possibly via M"
        legs += inferred_legs(group.movements, legs, canon, by_id, doc.text)
        legs += half_legs(ctx, legs)
        legs += seized_legs(ctx, legs)
        legs += same_craft_legs(ctx, legs)  # "another container from the same vessel"
        legs += passed_legs(ctx, legs)
        legs += carried_legs(ctx, legs)
        legs += craft_legs(ctx, legs)  # "loaded onto a barge bound for Y"
        legs = threaded_legs(ctx, legs)
        legs = claimed_legs(ctx, legs)
        legs = end_told_claims(ctx, legs)  # "crossed into Y" by another teller
        legs = stops_between(legs, group.movements, canon, by_id, doc.text)  # "transshipped at Z"
        legs = end_told_moods(legs, usable, canon)  # "will go on to Y": meant
        kind = functools.partial(_key_of, people=people)
        told.append((group, denied_on(legs, group.key, denied, kind, canon, by_id)))
        contexts.append(ctx)
    every = [leg for _, legs in told for leg in legs]
    told = [
        (g, legs + last_seen_legs(c, legs, every))
        for (g, legs), c in zip(told, contexts, strict=True)
    ]
    every = [leg for _, legs in told for leg in legs]
    for group, legs in _unnamed_apart(told):
        legs = went_on_claims(legs, every)
        legs = told_finer(
            legs, every, movements, doc.text, by_id
        )  # "leave X for Egypt" over "to port Y"
        legs = summed_up(legs, doc.text)  # "tracking X from A to B" over the body's hops
        apart = movers_apart(group.movements, doc.text, lambda m: mover_key(m, people)[0])
        for part in connected(one_leg_each(legs, by_id), by_id, apart):
            part.sort(key=lambda leg: (leg.evidence[0].start, leg.status != "stated"))  # stable
            mover = label(group, part, people)
            part = dated_legs(part, movements, canon, doc.text, by_id)  # when its ends were told
            route = Route(id=f"{doc.id}:r{len(out)}", doc_id=doc.id, legs=tuple(part), mover=mover)
            out.append(route)
    contested = contested_routes(out, denied, claims, by_id, canon, doc.text, movements)
    contested = folded_routes(contested, by_id)  # "into Syria" told finer elsewhere
    contested = folded_into(contested, by_id)  # a coarse leg of a longer route, told finer
    out = joined_routes(without_retold(contested), doc.id)  # a headline told again
    out = current_denials(out, by_claim, movements)  # a 2026 denial of no 2020 leg
    out = denied_mood(out, denied, claims)  # a leg only its deniers tell
    out = issuer_legs(out, doc, claims)  # a report's narrator: the body that issues it
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


def routes(doc: Document) -> geopandas.GeoDataFrame:
    """One row per leg of the article's routes, with a great-circle LineString (EPSG:4326).

    Columns: doc_id, route_id, mover, leg (order within the route), from_place, from_name,
    to_place, to_name, status ("stated" / "inferred"), mood ("made" / "possible" /
    "intended", see :mod:`claimmap.movement_mood`; "denied" for a leg only deniers tell,
    :func:`claimmap.routes_denials.denied_mood`), claims (claim ids), claimants
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
