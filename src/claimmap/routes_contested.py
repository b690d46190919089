"""Denials answer the legs others allege. A claim whose modality is *denied* is listed with
the claims of every leg it contests, so the leg's claimants show both sides (the frame's
``denied_by``, the map's "contested: denied by X"); it is never a teller of the leg.

Two kinds of denial reach a built route:

* a denied movement with ends of its own ("Ruritania has not sent any rifles to Freedonia"):
  it contests the stretch of a route that starts in its origin and ends in its destination
  (either end may be missing). When no route has that stretch, the denied hop is still
  shown, as a leg only its denier tells — a leg every claimant of which denies it;
* a denial with no movement of its own that names where ("X denied that its territory was
  used to move arms", "Y has never been a transit point", "no arms crossed our border"): it
  contests every leg that starts or ends in the places its content names and, when it
  speaks of its own territory, soil or border, in the denier's country; when it tells
  which end a place is ("from X", "no record of cobalt entering Zambia", "it agreed to
  accept deportees from X"), only the legs between those ends
  (:mod:`claimmap.routes_denial_ends`), or none.

A denial of movers taken in ("has not received any migrants from X", "it had agreed to
admit anyone", "no citizen had been admitted at Y") answers for the receiving end: it
contests the legs arriving there (the denier's own country when it names no place), not
the way out of X, which may be told as another route. A denied movement of a figure
("rejected accusations that X was pushing its problem onto its neighbours") contests
nothing: the denier rebuts a framing, not a journey, and may confirm the transfers.

A denial naming no end may still deny the deed a leg was told by ("denied that any boat
had been pushed back"), a presence ("there are no workers in the new regions of X"), or
only the claim ("rejected the account", then spelt out); one of fliers in a sky answers no
convoy of ships (:mod:`claimmap.routes_denial_deeds`).

:mod:`claimmap.routes_denials` already lists a denial naming only an end with the legs of
its own kind of movers, inside each group; this runs on the finished routes.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from claimmap.model import Claim, Leg, Movement, Place, Route
from claimmap.movement_denial_words import FIGURATIVE_MOVERS
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_dates import dated_legs
from claimmap.routes_denial_agents import without_agents
from claimmap.routes_denial_bare import any_movement
from claimmap.routes_denial_deeds import (
    deed_legs,
    echoes,
    held_beyond,
    names_movers,
    presence,
)
from claimmap.routes_denial_ends import denied_ends, got_there, receiving, receiving_end
from claimmap.routes_denial_frontier import frontier_end, frontier_legs
from claimmap.routes_denial_owners import contest_owned, operator_legs, owner_countries
from claimmap.routes_denial_scope import MOVING, OWN_GROUND, named, of_kind, places_in
from claimmap.routes_denied_movers import no_movers, none_moved
from claimmap.routes_frame import leg_km
from claimmap.routes_rebuttals import rebutted


def contested_routes(
    routes: Sequence[Route],
    denied: Sequence[Movement],
    claims: Sequence[Claim],
    by_id: dict[str, Place],
    canon: dict[str, str],
    text: str,
    told: Sequence[Movement] = (),
) -> list[Route]:
    """``routes`` with every denial listed on the legs it contests, then a route for each
    denied movement that contests no leg (its hops told by its denier alone); ``told``, the
    article's movements, give the deeds behind the legs (:func:`deed_legs`)."""
    by_claim = {c.id: c for c in claims}
    out = list(routes)
    alone: list[Route] = []
    moved: set[str] = set()  # denials told by a movement whose ends resolved
    for m in denied:
        claim = by_claim.get(m.claim_id) if m.claim_id else None
        if claim is None or claim.modality != "denied":
            continue  # not shown as a denial: listing it would read as support
        ends = slot_ids(m.origin, canon), slot_ids(m.destination, canon)
        if not any(ends):
            if no_movers(m, text) and none_moved(out, claim.id, m, told):
                moved.add(claim.id)  # "no grain had been exported from [unresolved]"
            elif frontier_end(m):  # "denied that any migrants were brought to the frontier"
                for n, picks in frontier_legs(out, of_kind(out, claim), claim, told, by_id).items():
                    out[n] = _with_claim(out[n], claim.id, picks)
                    moved.add(claim.id)
            continue
        moved.add(claim.id)
        if _figurative(m) or _grounds(m, text):
            continue
        arriving = m.trigger is not None and receiving(m.trigger.text)
        if arriving and all(ends) and got_there(m.trigger.text):
            arriving = False  # "no grain from X had reached Y": the way from X, not only into Y
        tos = ends[1] or (_arrivals(m, claim, canon, by_id, text) if arriving else [])
        kinds = of_kind(out, claim) if arriving else of_kind(out, claim, kind=False)
        hit = _contest(out, claim.id, ends[0], tos, by_id, arriving, kinds)
        if not hit and no_movers(m, text):  # "no grain had been exported": any of it
            hit = none_moved(out, claim.id, m, told)
        if not hit and (legs := _hops(m, claim.id, canon, by_id)):
            legs = tuple(dated_legs(list(legs), [m]))
            alone.append(Route(id="", doc_id=m.doc_id, legs=legs, mover=_mover(m)))
    deeds = {m.id: m for m in told}
    for claim in claims:
        if claim.modality != "denied" or claim.kind != "report" or claim.id in moved:
            continue
        kinds = of_kind(out, claim)
        there = places_in(claim, canon, by_id, text) if presence(claim.content_text) else []
        if there:  # "there are no workers in X": none arrived in X
            _present(out, claim, there, kinds, by_id, text)
            continue
        said = claim.content_text  # not "... through its territory": the denier's own ground
        # not "let smugglers operate in X"; "denied any such trade" speaks of the goods moved
        moving = MOVING.search(without_agents(said)) or any_movement(said)
        owned = moving and not OWN_GROUND.search(said)
        owners = owner_countries(claim, by_id, text) if owned else []
        if owners:  # "Emirati firms were supplying X": the legs out of the UAE
            contest_owned(out, claim.id, owners, kinds, by_id)
            continue
        where, home = named(claim, canon, by_id, text) if moving else ([], None)
        taken_in = _takes_in(claim)
        if taken_in and not where and not home:  # "no one had been admitted at X"
            where = places_in(claim, canon, by_id, text)
        into = receiving_end(claim, where, by_id, text) if taken_in else []
        if not where and not home and not into:
            if names_movers(claim.content_text):  # "denied any boat had been pushed back"
                for n in of_kind(out, claim, carried=True):
                    picks = deed_legs(out[n], claim, deeds)  # else: "X airline denied
                    picks = picks or operator_legs(out[n], claim, by_id)  # carrying them"
                    if picks:
                        out[n] = _with_claim(out[n], claim.id, picks)
            continue
        froms, tos = denied_ends(claim, where, by_id, text) if where else ([], into)
        if froms or tos:  # "no cobalt entering Zambia": the legs into it, or none
            _contest(out, claim.id, froms, tos, by_id, bool(into), kinds)
            continue
        for n in kinds:
            if picks := _touching(out[n], where, home, by_id):
                out[n] = _with_claim(out[n], claim.id, picks)
    told_out = echoes(claims)  # "rejected the account": what its next words deny
    accused = rebutted(claims, [bare for bare, _ in told_out])  # "denied the allegation"
    for bare, said in [*told_out, *accused]:
        for n, route in enumerate(out):
            if picks := [i for i, leg in enumerate(route.legs) if said in leg.claim_ids]:
                out[n] = _with_claim(route, bare, picks)
    return [*out, *alone]


def _contest(
    out: list[Route],
    claim_id: str,
    froms: list[str],
    tos: list[str],
    by_id: dict[str, Place],
    arriving: bool,
    among: Sequence[int] | None = None,
) -> bool:
    """List the denial ``claim_id`` on the stretch from ``froms`` to ``tos`` of each route
    (of those ``among``) that has it; for a denial of ``arriving`` movers ("has not received
    any migrants from X") on the legs into ``tos`` only: the receiving end is what the denier
    answers for, not the flights out of X, which may be told as other routes. Whether some
    leg was contested."""
    hit = False
    for n in range(len(out)) if among is None else among:
        span = _stretch(out[n], [] if arriving and tos else froms, tos, by_id)
        if span is not None:
            out[n] = _with_claim(out[n], claim_id, span)
            hit = True
    return hit


def _present(
    out: list[Route],
    claim: Claim,
    there: list[str],
    among: Sequence[int],
    by_id: dict[str, Place],
    text: str,
) -> None:
    """List a denied presence ("there are no workers in X") on the legs arriving in X, and for
    land a state holds beyond its borders ("the new regions of Y") on the legs out of Y."""
    held = [p for p in there if held_beyond(by_id[p], claim, text)]
    if rest := [p for p in there if p not in held]:
        _contest(out, claim.id, [], rest, by_id, True, among)
    for n in among if held else ():
        legs = out[n].legs
        picks = [
            i
            for i, leg in enumerate(legs)
            if _in_any(leg.from_place, held, by_id) and not _in_any(leg.to_place, held, by_id)
        ]
        if picks:
            out[n] = _with_claim(out[n], claim.id, picks)


def _figurative(m: Movement) -> bool:
    """Is the denied movement's mover a figure ("rejected accusations that X was pushing its
    problem onto its neighbours")? Rebutting that framing denies no journey, and the denier
    may well confirm the transfers themselves."""
    if m.mover is None:
        return False
    head = m.mover.text.lower().split()[-1].strip(".,;:'’\"") if m.mover.text.split() else ""
    return head in FIGURATIVE_MOVERS or head.rstrip("s") in FIGURATIVE_MOVERS


#: a movement told as the grounds of another deed: "detained for leaving", "jailed after
#: fleeing"
_GROUNDS = re.compile(r"\b(?:for|after|over)\s+$", re.IGNORECASE)


def _grounds(m: Movement, text: str) -> bool:
    """Is the denied movement the grounds of the deed denied ("denied that Eritreans are
    detained for leaving the country")? The denial answers the detention; the leaving is
    taken for granted, and the legs of those who left are not contested."""
    start = m.trigger.start
    return m.trigger.text.endswith("ing") and bool(_GROUNDS.search(text[max(0, start - 8) : start]))


def _takes_in(claim: Claim) -> bool:
    """Does a denial speak of movers taken in ("admitted", "agreed to receive anyone"), of a
    kind of mover or of people?"""
    said = claim.content_text
    return receiving(said) and names_movers(said)


def _arrivals(
    m: Movement, claim: Claim, canon: dict[str, str], by_id: dict[str, Place], text: str
) -> list[str]:
    """Where the movers of a denied receiving movement told without an end arrive ("Ruritania
    has not received any migrants from X": Ruritania, the subject the verb leaves out)."""
    named = places_in(claim, canon, by_id, text)
    start = set(slot_ids(m.origin, canon))
    return [p for p in receiving_end(claim, named, by_id, text) if p not in start]


def _touching(
    route: Route, where: list[str], home: str | None, by_id: dict[str, Place]
) -> list[int]:
    """The legs of ``route`` a denial naming ``where`` answers: those going from one place
    it names to another ("no chemicals left Tianjin for Mexico" answers Tianjin → Manzanillo,
    not the trucking on inside Mexico), else the legs going into or out of one, else every leg
    starting or ending in one."""
    between = [
        i
        for i, leg in enumerate(route.legs)
        if any(
            a != b and _in_any(leg.from_place, [a], by_id) and _in_any(leg.to_place, [b], by_id)
            for a, b in itertools.permutations(where, 2)
        )
    ]
    if between:
        return between
    touching = [
        (i, _about(leg.from_place, where, home, by_id), _about(leg.to_place, where, home, by_id))
        for i, leg in enumerate(route.legs)
    ]
    crossing = [i for i, a, b in touching if a != b]  # into or out of it, not hops inside
    return crossing or [i for i, a, b in touching if a or b]


def denial_told(m: Movement, by_claim: dict[str, Claim]) -> bool:
    """Is the denied movement told by a claim shown as a denial (one the legs list)?"""
    claim = by_claim.get(m.claim_id) if m.claim_id else None
    return claim is not None and claim.modality == "denied"


def _mover(m: Movement) -> str | None:
    return m.mover.text if m.mover is not None else None


def _stretch(
    route: Route, origin: list[str], dest: list[str], by_id: dict[str, Place]
) -> list[int] | None:
    """The legs of ``route`` from its first stop in ``origin`` to where it enters ``dest``; when
    one end is not told, the legs crossing into the end told (or out of it) from outside;
    None when the route has no such way."""
    stops = [route.legs[0].from_place, *(leg.to_place for leg in route.legs)] if route.legs else []
    starts = [i for i, s in enumerate(stops) if _in_any(s, origin, by_id)] if origin else [0]
    ends = [i for i, s in enumerate(stops) if _in_any(s, dest, by_id)] if dest else [len(stops) - 1]
    if not starts or not ends or ends[-1] <= starts[0]:
        return None
    if (not origin and _in_any(stops[0], dest, by_id)) or (
        not dest and _in_any(stops[-1], origin, by_id)
    ):
        return None  # "sent none to X" answers journeys into X, not one within X
    if not origin or not dest:  # the legs crossing into (out of) X, not hops inside X
        told = dest or origin
        crossing = [
            i
            for i, leg in enumerate(route.legs)
            if _in_any(leg.to_place if dest else leg.from_place, told, by_id)
            and not _in_any(leg.from_place if dest else leg.to_place, told, by_id)
        ]
        return crossing or None
    entered = [i for i in ends if i > starts[0] and not _in_any(stops[i - 1], dest, by_id)]
    return list(range(starts[0], entered[0] if entered else ends[-1]))  # not hops inside


def _about(place: str, where: list[str], home: str | None, by_id: dict[str, Place]) -> bool:
    """Is ``place`` one of ``where`` (or inside one), or in the country coded ``home``?"""
    return _in_any(place, where, by_id) or (home is not None and by_id[place].country_code == home)


def _in_any(place: str, where: Sequence[str], by_id: dict[str, Place]) -> bool:
    return any(place == w or inside(by_id[place], by_id[w]) for w in where if w in by_id)


def _with_claim(route: Route, claim_id: str, indices: Sequence[int] | range) -> Route:
    legs = list(route.legs)
    for i in indices:
        if claim_id not in legs[i].claim_ids:
            legs[i] = dataclasses.replace(legs[i], claim_ids=(*legs[i].claim_ids, claim_id))
    return dataclasses.replace(route, legs=tuple(legs))


def _hops(
    m: Movement, claim_id: str, canon: dict[str, str], by_id: dict[str, Place]
) -> tuple[Leg, ...]:
    """The hops origin → transit… → destination of a denied movement, told by its denier."""
    stops = [
        ids
        for ids in (
            slot_ids(m.origin, canon),
            *(slot_ids(t, canon) for t in m.transit),
            slot_ids(m.destination, canon),
        )
        if ids
    ]
    span = m.sentence or m.trigger
    legs: list[Leg] = []
    for here, there in itertools.pairwise(stops):
        for a, b in itertools.product(here, there):
            if a != b and not inside(by_id[a], by_id[b]) and not inside(by_id[b], by_id[a]):
                km = leg_km(by_id[a], by_id[b])
                legs.append(Leg(a, b, "stated", (claim_id,), (m.id,), km, (span,), m.mood))
    return tuple(legs)
