"""A one-leg route that tells, finer, a coarse leg of a longer route of the same movers
("fighters leave X for the Y region" in the headline; "fighters left X, crossing the
Z border" then on to further stops in the body): the coarse leg is that hop, so the finer
leg takes its place in the longer route, with the claims of both, and the one-leg route
goes. :mod:`claimmap.routes_folded` folds a one-leg coarse route into a finer leg; this is
the other way round, for a coarse leg that is part of a journey told on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from claimmap.model import Place, Route
from claimmap.routes_folded import finer_leg, same_kind, with_coarse_claims


def folded_into(routes: Sequence[Route], by_id: dict[str, Place]) -> list[Route]:
    """``routes`` with each one-leg route that is exactly one coarse leg of a longer route,
    told finer, put in that leg's place."""
    out = list(routes)
    for fine in routes:
        if len(fine.legs) != 1 or fine not in out:
            continue
        leg = fine.legs[0]
        coarse = [
            (n, i)
            for n, route in enumerate(out)
            if route is not fine and len(route.legs) > 1 and same_kind(route, fine)
            for i, other in enumerate(route.legs)
            if finer_leg(leg, other, by_id)
        ]
        if len(coarse) != 1:
            continue
        n, i = coarse[0]
        legs = list(out[n].legs)
        if any(
            k != i and (o.from_place, o.to_place) == (leg.from_place, leg.to_place)
            for k, o in enumerate(legs)
        ):
            continue
        legs[i] = with_coarse_claims(leg, legs[i])
        out[n] = dataclasses.replace(out[n], legs=tuple(legs))
        out.remove(fine)
    return out
