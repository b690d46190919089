"""A denial made today is no denial of a journey years before it.

An analysis piece retells background ("In 2019 and 2020, fighters were flown from X to
Y") and then this week's denial ("the ministry said on Thursday that no fighters had been
transferred from Syria to Africa"). The denial's ends may hold the old leg's, but it speaks
of the movements of its own time: a leg whose dated movements all ended in an earlier year
than the denial was made does not list it, unless the denial tells one of the very
movements behind the leg ("denied on Monday that its fighters were flown to Y in 2020").

Called from :func:`claimmap.routes.build_routes` once the legs are dated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from claimmap.model import Claim, Leg, Movement, Route


def current_denials(
    routes: Sequence[Route], claims: dict[str, Claim], movements: Sequence[Movement]
) -> list[Route]:
    """``routes`` with denials made in a later year than a leg's last day taken off it."""
    told = {m.id: m.claim_id for m in movements}
    out: list[Route] = []
    for route in routes:
        legs = tuple(_current(leg, claims, told) for leg in route.legs)
        out.append(route if legs == route.legs else dataclasses.replace(route, legs=legs))
    return out


def _current(leg: Leg, claims: dict[str, Claim], told: dict[str, str | None]) -> Leg:
    if leg.date_end is None:
        return leg
    own = {told.get(m) for m in leg.movement_ids}
    kept = tuple(c for c in leg.claim_ids if c in own or not _later_denial(claims.get(c), leg))
    return leg if kept == leg.claim_ids else dataclasses.replace(leg, claim_ids=kept)


def _later_denial(claim: Claim | None, leg: Leg) -> bool:
    """Is the claim a denial dated in a later year than the leg ended?"""
    if claim is None or claim.modality != "denied" or claim.date is None:
        return False
    return leg.date_end is not None and claim.date.year > leg.date_end.year
