"""Legs joined from movements: one hop told by several movements merged into one leg, and
journeys told in halves across sentences (:mod:`claimmap.movement_halves`) made into
*inferred* legs from the start of one half to the end or first stop of the other.

Split from :mod:`claimmap.routes`, which reads the journeys and builds the routes.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence

from claimmap.claims_cues import words
from claimmap.model import Leg, Mood, Movement, Place, Span
from claimmap.movement_halves import first_stop, halves, told_before, way_half
from claimmap.movement_hops import surest
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_respective import respective
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_counted import counted_afresh
from claimmap.routes_frame import leg_km
from claimmap.routes_groups import mover_key
from claimmap.routes_halted_plans import halted_plan
from claimmap.routes_tallies import same_movers


def half_legs(ctx: LegContext, legs: Sequence[Leg]) -> list[Leg]:
    """Y → X where one movement leaves the movers' start at Y and another, told of the same
    movers in another sentence, their end (or their first stop on the way) at X
    (:mod:`claimmap.movement_halves`); the end may be told of another kind of mover in the
    article's ``pool`` ("a boat carrying them")."""
    movements, canon, by_id, text = ctx.movements, ctx.canon, ctx.by_id, ctx.text
    joined = {i for leg in legs if leg.status == "stated" for i in leg.movement_ids}
    known = {(leg.from_place, leg.to_place) for leg in legs}
    merged: dict[tuple[str, str], Leg] = {}
    kind = functools.partial(_kind, people=ctx.people)
    ends_told = _ends_told(movements, canon)
    started = _started(movements, legs, canon)
    for start, end in _uncounted(halves, movements, joined, text, kind, ctx.pool, started):
        if halted_plan(start, text):
            continue  # "was to sail from N, was stopped before it could leave": never left N
        stop = first_stop(end)
        if stop is end.destination:
            finer = _finer_ends(slot_ids(stop, canon), ends_told, by_id)
        else:  # "launched from Y." "They flew over X ...": on to the first stop on the way
            # (not a sea crossed, "It crossed the Gulf of X": no leg ends in the sea)
            finer = [(b, []) for b in slot_ids(stop, canon) if by_id[b].kind != "water"]
        starts = slot_ids(start.origin, canon)
        own = respective(starts, [b for b, _ in finer], by_id)  # "from A and B" "to X and Y"
        for a in starts:
            for b, told in finer:
                if a == b or (a, b) in known or (b, a) in known or (own and own[a] != b):
                    continue
                if inside(by_id[a], by_id[b]) or inside(by_id[b], by_id[a]):
                    continue  # "left Dhaka" ... "reached Bangladesh": no hop within
                ms = [start, end, *(m for m in told if m is not end)]
                merged[(a, b)] = merge_leg(merged.get((a, b)), a, b, "inferred", ms, by_id)
    return list(merged.values())


def _uncounted(
    pair: Callable[..., list[tuple[Movement, Movement]]],
    movements: Sequence[Movement],
    joined: set[str],
    text: str,
    kind: Callable[[Movement], str | None],
    pool: Sequence[Movement],
    started: frozenset[str],
) -> list[tuple[Movement, Movement]]:
    """The halves ``pair`` finds, where an end half told of movers counted afresh ("93
    people were brought to X") is no end of a start told of others: that start is paired
    again without those ends (:mod:`claimmap.routes_counted`)."""
    found = pair(movements, joined, text, kind, pool, started)
    fresh = {e.id for s, e in found if counted_afresh(s, e, text)}
    if not fresh:
        return found
    kept = [(s, e) for s, e in found if e.id not in fresh]
    redo = {s.id for s, e in found if e.id in fresh}
    again = pair(
        [m for m in movements if m.id not in fresh],
        joined | {m.id for m in movements if m.id not in redo},
        text,
        kind,
        [m for m in pool if m.id not in fresh],
        started,
    )
    return kept + [(s, e) for s, e in again if s.id in redo and not counted_afresh(s, e, text)]


def _started(
    movements: Sequence[Movement], legs: Sequence[Leg], canon: dict[str, str]
) -> frozenset[str]:
    """Ids of movements naming the way but no start whose first stop a stated leg already
    reaches ("left X and was to pass through Y": the journey set off from X)."""
    stated = [leg for leg in legs if leg.status == "stated"]
    out = set()
    for m in movements:
        first = set(slot_ids(first_stop(m), canon)) if way_half(m) else set()
        if any(m.id in leg.movement_ids and leg.to_place in first for leg in stated):
            out.add(m.id)
    return frozenset(out)


def _ends_told(movements: Sequence[Movement], canon: dict[str, str]) -> dict[str, list[Movement]]:
    """Each place some movement ends at → those movements."""
    told: dict[str, list[Movement]] = {}
    for m in movements:
        for p in slot_ids(m.destination, canon):
            told.setdefault(p, []).append(m)
    return told


def _finer_ends(
    ends: list[str], told: dict[str, list[Movement]], by_id: dict[str, Place]
) -> list[tuple[str, list[Movement]]]:
    """ "entered Japanese waters around the X Islands" ... "approached a Japanese boat": an
    end the same movers are told to reach inside a country is where they went, not the
    country as a whole; the most specific stated end stands for the vaguer one (``told``:
    :func:`_ends_told`)."""
    out: dict[str, list[Movement]] = {}
    for end in ends:
        finer = [p for p in told if inside(by_id[p], by_id[end])]
        if len(finer) == 1:  # two finer ends: no telling which one the vaguer end meant
            out.setdefault(finer[0], told[finer[0]])
        else:
            out.setdefault(end, [])
    return list(out.items())


def _kind(m: Movement, people: frozenset[int]) -> str | None:
    return mover_key(m, people)[0]


def merge_leg(
    leg: Leg | None,
    a: str,
    b: str,
    status: str,
    movements: Sequence[Movement],
    by_id: dict[str, Place],
    mood: Mood | None = None,
    tellers: Sequence[Movement] | None = None,
) -> Leg:
    """A leg a → b told by ``movements`` (added to ``leg`` when other tellings told it too),
    in ``mood`` when known for this hop, else the surest of the movements'; its claims are
    those of the ``tellers`` of the hop when known (else of every movement)."""
    claims = list(leg.claim_ids) if leg else []
    for m in tellers if tellers is not None else movements:
        if m.claim_id and m.claim_id not in claims:
            claims.append(m.claim_id)
    mids = list(leg.movement_ids) if leg else []
    evidence: list[Span] = list(leg.evidence) if leg else []
    for m in movements:
        if m.id not in mids:
            mids.append(m.id)
        span = m.sentence or m.trigger
        if span not in evidence:
            evidence.append(span)
    length = leg_km(by_id[a], by_id[b])
    moods = ([mood] if mood else [m.mood for m in movements]) + ([leg.mood] if leg else [])
    return Leg(
        from_place=a,
        to_place=b,
        status=status,  # type: ignore[arg-type]
        claim_ids=tuple(claims),
        movement_ids=tuple(mids),
        distance_km=None if length is None else round(length, 1),
        evidence=tuple(evidence),
        mood=surest(moods),
    )


#: Verbs of going by a stop on the way ("had passed through X", "rolled through X").
_PASSING = words(
    """
    pass passed passes passing transit transited transits transiting cross crossed crosses
    crossing travel travelled traveled travels travelling traveling move moved moves moving
    go went goes going drive drove driven roll rolled rolls route routed
    """
)


def passed_legs(ctx: LegContext, legs: Sequence[Leg]) -> list[Leg]:
    """Y → X where a movement names only a stop X on the way ("wagons had passed through X,
    near the border") and the nearest movement told before it in the article (``pool``)
    goes from Y to a place holding X: the stop lies on that journey, after its start."""
    movements, pool, canon, by_id = ctx.movements, ctx.pool, ctx.canon, ctx.by_id
    known = {(leg.from_place, leg.to_place) for leg in legs}
    out: list[Leg] = []
    for m in movements:
        if m.origin is not None or m.destination is not None or m.negated:
            continue
        if m.trigger.text.split()[-1].lower() not in _PASSING:
            continue  # "would have been sold across X": a market, no stop on a journey
        stops = [p for t in m.transit for p in slot_ids(t, canon)]
        told = told_before(m, pool)
        if told is None or not stops:
            continue
        starts, ends = slot_ids(told.origin, canon), slot_ids(told.destination, canon)
        stop = stops[0]
        if len(starts) != 1 or not any(inside(by_id[stop], by_id[e]) for e in ends):
            continue
        a = starts[0]
        if a == stop or inside(by_id[stop], by_id[a]) or (a, stop) in known:
            continue
        if by_id[stop].kind == "water":
            continue  # "crossed the Gulf of X": a sea crossed is the way, no leg ends in it
        out.append(merge_leg(None, a, stop, "inferred", [told, m], by_id, tellers=[m]))
    return out


def told_on(ms: Sequence[Movement], tellers: list[Movement]) -> list[Movement]:
    """The tellers of a hop, and when none of them is a claim, the claimed movement the
    journey went on from ("Three flights left X, according to tracking data. Two of the
    planes stopped in Y before landing in Z": the next sentence goes on with that telling).
    Never a claim told after the hop: a narrator's hop is no quote's that follows it."""
    if any(m.claim_id for m in tellers) or not tellers:
        return tellers
    first = min(m.trigger.start for m in tellers)
    before = [m for m in ms if m.claim_id and m.trigger.start < first]
    return [*tellers, before[-1]] if before else tellers


def claimed_legs(ctx: LegContext, legs: Sequence[Leg]) -> list[Leg]:
    """A leg no claim tells (a headline "X deports Y to Z", an unattributed sentence) takes
    the claims of the movements of the same movers that tell its hop: none of their resolved
    ends differs from the leg's, one of them is the leg's start or end, and they are told of
    the leg's movers, not of a population tallied over a year (:mod:`claimmap.routes_tallies`).
    A hop they tell as made is made, though the leg's own movement only meant it."""
    movements, canon, text = ctx.movements, ctx.canon, ctx.text
    by_id = {m.id: m for m in movements}
    out: list[Leg] = []
    for leg in legs:
        if leg.claim_ids:
            out.append(leg)
            continue
        own = [by_id[i] for i in leg.movement_ids if i in by_id]
        backing = [
            m
            for m in movements
            if m.claim_id and _tells(m, leg, canon) and same_movers(m, own, text)
        ]
        claims = tuple(dict.fromkeys(m.claim_id for m in backing if m.claim_id))
        mids = tuple(dict.fromkeys([*leg.movement_ids, *(m.id for m in backing)]))
        # "ordered that they be returned to X" then "They were returned to X on Saturday,
        # officials said": the claim telling the hop as made makes the leg made
        mood = surest([leg.mood, *(m.mood for m in backing if not m.negated)])
        out.append(dataclasses.replace(leg, claim_ids=claims, movement_ids=mids, mood=mood))
    return out


def _tells(m: Movement, leg: Leg, canon: dict[str, str]) -> bool:
    """Does ``m`` tell the hop of ``leg``: a start or end of its own that is the leg's (a
    stop on the way counts as a start: "is being shipped through Y" for Y → Z), and no
    resolved start or end that is another place?"""
    starts, ends = slot_ids(m.origin, canon), slot_ids(m.destination, canon)
    way = [p for t in m.transit for p in slot_ids(t, canon)]
    if (starts and leg.from_place not in starts) or (ends and leg.to_place not in ends):
        return False
    return leg.from_place in starts or leg.to_place in ends or (not ends and leg.from_place in way)


def carried_legs(ctx: LegContext, legs: Sequence[Leg]) -> list[Leg]:
    """X → Y where a craft was told to go to X "with" or "carrying" the movers ("The ship
    sailed to X with 16 migrants. Four were sent back to Y"): the movers, told again in the
    next sentence with no start of their own, set off from where the craft took them."""
    movements, pool, canon, by_id = ctx.movements, ctx.pool, ctx.canon, ctx.by_id
    text = ctx.text
    known = {(leg.from_place, leg.to_place) for leg in legs}
    out: list[Leg] = []
    for m in movements:
        if m.origin is not None or m.mover is None or m.sentence is None:
            continue
        craft = next((p for p in pool if _carried_by(m, p, text)), None)
        if craft is None:
            continue
        for a in slot_ids(craft.destination, canon):
            for b in slot_ids(m.destination, canon):
                if a != b and (a, b) not in known and not inside(by_id[b], by_id[a]):
                    out.append(merge_leg(None, a, b, "stated", [craft, m], by_id, tellers=[m]))
    return out


def _carried_by(m: Movement, craft: Movement, text: str) -> bool:
    """Is ``m``'s mover named as what ``craft`` carried, in the sentence just before ``m``'s?"""
    told, mover = craft.sentence, m.mover
    if told is None or mover is None or m.sentence is None or craft.destination is None:
        return False
    if not (told.start <= mover.start < told.end and 0 <= m.sentence.start - told.end <= 3):
        return False
    if mover.start < craft.trigger.end or craft.mover == mover:
        return False
    before = text[max(craft.trigger.end, mover.start - 24) : mover.start].lower().split()
    return any(w in ("with", "carrying") for w in before)


def went_on_claims(legs: Sequence[Leg], told: Sequence[Leg]) -> list[Leg]:
    """A leg no claim tells, going on from where a claimed leg (of any route: "Three flights
    left X, according to tracking data. Two of the planes stopped in Y before landing in
    Z") took the very movements it is told by, takes that leg's claims."""
    out: list[Leg] = []
    for leg in legs:
        before = [
            k
            for k in told
            if k.claim_ids
            and k.to_place == leg.from_place
            and set(k.movement_ids) & set(leg.movement_ids)
        ]
        if leg.claim_ids or not before:
            out.append(leg)
            continue
        claims = tuple(dict.fromkeys(c for k in before for c in k.claim_ids))
        out.append(dataclasses.replace(leg, claim_ids=claims))
    return out
