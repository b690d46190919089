"""Denials about the firms or goods of a country: "rejected any suggestion that Emirati
firms were supplying Russia" answers the legs that start in that country (the United
Arab Emirates → Kyrgyzstan trade), not the trucking on inside Russia, which the denier
neither runs nor speaks for.

Read by :mod:`claimmap.routes_contested` before the places a denial names by name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Claim, Place, Route
from claimmap.movement_stops import inside

#: nouns a country's demonym makes its own traders or wares: "Emirati firms", "Turkish goods"
_OWNED = re.compile(
    r"\s+(?:firms?|compan(?:y|ies)|exporters?|suppliers?|traders?|businesses|goods|products|"
    r"parts|components|entities|intermediaries|distributors?|manufacturers?|shippers?|"
    r"dealers?|vendors?)\b",
    re.IGNORECASE,
)


def owner_countries(claim: Claim, by_id: dict[str, Place], text: str) -> list[str]:
    """The countries whose firms or goods a denial's content names by a demonym ("Emirati
    firms"): where the journeys it answers for start."""
    span = claim.content
    found = []
    for pid, place in by_id.items():
        if place.kind != "country":
            continue
        forms = place.mention_forms or ("name",) * len(place.mentions)
        for mention, form in zip(place.mentions, forms, strict=False):
            told = form == "demonym" and span.start <= mention.start < span.end
            if told and _OWNED.match(text, mention.end):
                found.append(pid)
                break
    return found


def contest_owned(
    out: list[Route],
    claim_id: str,
    owners: list[str],
    among: Sequence[int],
    by_id: dict[str, Place],
) -> None:
    """List the denial on the legs of the routes ``among`` that leave one of ``owners``."""
    for n in among:
        legs = list(out[n].legs)
        picks = [
            i
            for i, leg in enumerate(legs)
            if _in_any(leg.from_place, owners, by_id) and not _in_any(leg.to_place, owners, by_id)
        ]
        for i in picks:
            if claim_id not in legs[i].claim_ids:
                legs[i] = dataclasses.replace(legs[i], claim_ids=(*legs[i].claim_ids, claim_id))
        if picks:
            out[n] = dataclasses.replace(out[n], legs=tuple(legs))


def _in_any(place: str, where: Sequence[str], by_id: dict[str, Place]) -> bool:
    return any(place == w or inside(by_id[place], by_id[w]) for w in where if w in by_id)


#: verbs of carrying people or goods on a flight or a ship: what an operator denies doing
#: ("denied carrying migrants"), not a word on how the flights went ("that any flight had
#: been sent to an unsafe airport")
_CARRYING = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)(?!\s+out\b)|transport(?:s|ed|ing)?|ferr(?:y|ies|ied|ying)|"
    r"fl(?:y|ew|own|ying))\b",
    re.IGNORECASE,
)


def operator_legs(route: Route, claim: Claim, by_id: dict[str, Place]) -> list[int]:
    """ "Syria's X airline denied carrying migrants": an operator (or a state; no person)
    denying that it carried the movers answers for the legs of ``route`` that leave its own country,
    not for hops told elsewhere (from other countries, or on past the border)."""
    actor = claim.actor
    code = actor.country_code if actor is not None else None
    if actor is None or code is None or actor.kind == "person":
        return []
    if not _CARRYING.search(claim.content_text):
        return []
    return [
        i
        for i, leg in enumerate(route.legs)
        if by_id[leg.from_place].country_code == code
        and by_id[leg.to_place].country_code not in (code, None)
    ]
