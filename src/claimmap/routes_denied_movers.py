"""A denial that no movers of a kind moved at all ("no Ukrainian grain had been exported",
"no conscripts were moved"): when its ends name no leg of a route (or none resolved), it
contests the legs of the routes of those movers, and of the ships and cargoes that may
hold them (a route told of the bulk carrier "Zafar" carries the grain).

:mod:`claimmap.routes_contested` calls this for a denied movement whose mover is told
with "no" ("no X had been …"); a denial with a kind of mover it cannot tell contests
nothing here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement, Route
from claimmap.routes_denial_scope import CARRIERS, one_kind, route_kind
from claimmap.routes_kinds import HOLDERS, kinds_in

#: the word that says none of the movers moved: "no grain", "none of the troops"
_NONE = re.compile(r"\b(?:no|none\s+of\s+the)\s+$", re.IGNORECASE)


def no_movers(m: Movement, text: str) -> bool:
    """Is the mover of ``m`` told as none at all ("no Ukrainian grain had been exported")?"""
    return m.mover is not None and bool(
        _NONE.search(text[max(0, m.mover.start - 16) : m.mover.start])
    )


def none_moved(routes: list[Route], claim_id: str, m: Movement, told: Sequence[Movement]) -> bool:
    """List ``claim_id`` on every leg of the routes of ``m``'s kind of movers, or of their
    carriers (:func:`_carries`); whether some leg was contested."""
    kind = one_kind(m.mover.text) if m.mover is not None else None
    if kind is None or kind == CARRIERS:
        return False
    by_mid = {x.id: x for x in told}
    hit = False
    for n, route in enumerate(routes):
        if not _carries(route, kind, by_mid):
            continue
        legs = tuple(
            leg
            if claim_id in leg.claim_ids
            else dataclasses.replace(leg, claim_ids=(*leg.claim_ids, claim_id))
            for leg in route.legs
        )
        routes[n] = dataclasses.replace(route, legs=legs)
        hit = True
    return hit


def _carries(route: Route, kind: str, by_mid: dict[str, Movement]) -> bool:
    """Does ``route`` move ``kind`` of movers: by its label, or, for goods, as a route whose
    movers or tellings name them, a vessel or what holds them ("the freighter Dilara sailed
    from X to Y with a load of wheat")?"""
    if route.mover is not None and route_kind(route.mover) == kind:
        return True
    if kind != "goods":  # only goods ride unnamed in a hold
        return False
    told = [route.mover or ""]
    for leg in route.legs:
        told += [by_mid[i].mover.text for i in leg.movement_ids if i in by_mid and by_mid[i].mover]  # type: ignore[union-attr]
        told += [span.text for span in leg.evidence]
    return any(
        kinds_in(w) & {kind, CARRIERS} or any(x.strip(".,") in HOLDERS for x in w.lower().split())
        for w in told
    )
