"""Denied journeys inside the route builder. A movement the text negates or a claim denies
tells no leg of its own (:func:`is_denied`); a journey the article itself debunks is not
drawn where it is retold (:func:`not_retold`); a leg that only deniers tell reads as
*denied* (:func:`denied_mood`), so no map draws it like a journey someone says was made.

A denial that names no start answers the alleged hop it denies: "Rwanda denied the
reports, saying no Rwandan soldier had entered Congolese territory" adds no leg of its
own (it tells no start), but it is a claim about the leg Gisenyi → Goma the accusers told
of the same kind of movers, whose end lies in the territory denied. The denying claim is
listed with that leg's claims, so its claimants show both sides (the claim's modality says
which side it is on): :func:`denied_on`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from claimmap.model import Claim, Leg, Movement, Place, Route
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_legs import stated_legs


def denied_on(
    legs: Sequence[Leg],
    key: str,
    denied: Sequence[Movement],
    kind: Callable[[Movement], str | None],
    canon: dict[str, str],
    by_id: dict[str, Place],
) -> list[Leg]:
    """``legs`` of the movers of kind ``key``, each with the claims of the ``denied``
    movements of that kind that name no start and end where the leg ends (or in a place
    that holds that end)."""
    denials = [
        (m.claim_id, ends)
        for m in denied
        if m.claim_id is not None
        and not slot_ids(m.origin, canon)
        and (ends := slot_ids(m.destination, canon))
        and kind(m) == key
    ]
    if not denials:
        return list(legs)
    out = []
    for leg in legs:
        end = by_id[leg.to_place]
        extra = [
            cid
            for cid, ends in denials
            if cid not in leg.claim_ids
            and any(e == leg.to_place or inside(end, by_id[e]) for e in ends)
        ]
        out.append(dataclasses.replace(leg, claim_ids=(*leg.claim_ids, *extra)) if extra else leg)
    return out


def is_denied(m: Movement, by_claim: dict[str, Claim]) -> bool:
    """Does the text negate the movement, or tell it in a claim that denies it?"""
    claim = by_claim.get(m.claim_id) if m.claim_id else None
    return m.negated or (claim is not None and claim.modality == "denied")


def not_retold(
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
        for leg in stated_legs([*denied, *direct], canon, by_id, text)
    }

    def retold(m: Movement) -> bool:
        own = {(leg.from_place, leg.to_place) for leg in stated_legs([m], canon, by_id, text)}
        return bool(own) and own <= no

    return [m for m in movements if not retold(m)]


def denied_mood(
    routes: Sequence[Route], denied: Sequence[Movement], claims: Sequence[Claim]
) -> list[Route]:
    """``routes`` with the mood of each leg only deniers tell set to "denied": every
    movement behind it is a denied one and every claim listed with it a denial ("X denied
    that ships sailed from A to B", no one alleging it). A leg someone alleges keeps its
    mood, the denial only listed with its claims (``denied_by``)."""
    gone = {m.id for m in denied}
    denials = {c.id for c in claims if c.modality == "denied"}

    def only_denied(leg: Leg) -> bool:
        return (
            bool(leg.movement_ids)
            and bool(leg.claim_ids)
            and set(leg.movement_ids) <= gone
            and set(leg.claim_ids) <= denials
        )

    return [
        dataclasses.replace(
            r,
            legs=tuple(
                dataclasses.replace(leg, mood="denied") if only_denied(leg) else leg
                for leg in r.legs
            ),
        )
        if any(only_denied(leg) for leg in r.legs)
        else r
        for r in routes
    ]
