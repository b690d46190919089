"""A denial that names its end only as "the frontier" or "the border": the fact-check's
"the border committee denied that any migrants were being brought to the frontier" answers
the alleged legs that reach a border, though "the frontier" resolves to no place. It
contests the legs told by a movement whose own end was a border ("bused to the Polish
border at K"); only when no route has one, the legs that leave the denier's country (its
frontier is where they cross).

Split from :mod:`claimmap.routes_contested`, which lists the denials on the legs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Claim, Movement, Place, Route

#: an end told only as a border: "to the frontier", "to the border", "to the border area"
_FRONTIER_END = re.compile(
    r"^(?:the\s+)?(?:(?:country's|state's|common|shared|western|eastern|northern|southern)\s+)?"
    r"(?:frontier|border)(?:\s+(?:area|region|zone|line))?$",
    re.IGNORECASE,
)
#: a movement's end told as a border, named or not: "the Polish border at K", "the border"
_BORDER_WORD = re.compile(r"\b(?:frontier|border)s?\b", re.IGNORECASE)


def frontier_end(m: Movement) -> bool:
    """Does ``m`` name its end only as "the frontier" / "the border", no place?"""
    end = m.destination
    return end is not None and end.place_id is None and bool(_FRONTIER_END.match(end.span.text))


def frontier_legs(
    routes: Sequence[Route],
    among: Sequence[int],
    claim: Claim,
    told: Sequence[Movement],
    by_id: dict[str, Place],
) -> dict[int, list[int]]:
    """The legs (by route index among ``among``, then leg index) a denial of movers brought
    "to the frontier" answers: in each route the last leg a movement told with a border as
    its end ("to the Polish border at K"); only when no route has one, the legs that leave
    the denier's country."""
    by_mid = {m.id: m for m in told}
    out: dict[int, list[int]] = {}
    for n in among:
        to_border = [
            i
            for i, leg in enumerate(routes[n].legs)
            if any(
                (m := by_mid.get(mid)) is not None
                and m.destination is not None
                and _BORDER_WORD.search(m.destination.span.text)
                for mid in leg.movement_ids
            )
        ]
        if to_border:
            out[n] = to_border[-1:]  # the hop that reached the border, not every one told with it
    home = claim.actor.country_code if claim.actor is not None else None
    if out or home is None:
        return out
    for n in among:
        leaving = [
            i
            for i, leg in enumerate(routes[n].legs)
            if by_id[leg.from_place].country_code == home
            and by_id[leg.to_place].country_code != home
        ]
        if leaving:
            out[n] = leaving
    return out
