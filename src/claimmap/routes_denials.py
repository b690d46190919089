"""A denial that names no start answers the alleged hop it denies: "Rwanda denied the
reports, saying no Rwandan soldier had entered Congolese territory" adds no leg of its
own (it tells no start), but it is a claim about the leg Gisenyi → Goma the accusers told
of the same kind of movers, whose end lies in the territory denied. The denying claim is
listed with that leg's claims, so its claimants show both sides (the claim's modality says
which side it is on)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from claimmap.model import Leg, Movement, Place
from claimmap.movement_stops import inside, slot_ids


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
