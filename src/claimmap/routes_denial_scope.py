"""What a denial speaks of: the places its content names as places, its own ground ("its
territory", "Guinean soil"), whether it speaks of moving things at all, and which routes'
movers it may answer (a denial of arms answers no flight of refugees).

Split from :mod:`claimmap.routes_contested`, which lists the denials on the legs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Claim, Place, Route
from claimmap.routes_denial_bare import any_movement
from claimmap.routes_denial_deeds import by_air, grounded
from claimmap.routes_kinds import HOLDERS, kind_of, kinds_in

#: "its territory", "our soil", "their own border": the denier speaks of its own country
OWN_GROUND = re.compile(
    r"\b(?:its|our|their)\s+(?:own\s+)?(?:territory|territories|soil|borders?|frontiers?|"
    r"ports?|airspace|waters|land|country|airports?)\b",
    re.IGNORECASE,
)


#: a demonym naming the ground itself: "Guinean soil", "Thai territory"
GROUND = re.compile(r"\s+(?:territory|soil|borders?|frontiers?|ports?|airspace|waters|land)\b")

#: words of moving things: a denial without them ("rejected the idea of strikes on its
#: soil") is about something else than the journeys told
MOVING = re.compile(
    r"\b(?:transit\w*|mov\w*|sen[dt]\w*|ship\w*|smuggl\w*|cross\w*|deliver\w*|"
    r"transport\w*|carr\w+|traffick\w*|sold|sell\w*|suppl\w+|export\w*|import\w*|"
    r"remov\w*|deport\w*|transfer\w*|fl[eo]w\w*|flown|truck\w*|routes?|rout\w+|"
    r"pass\w*|enter\w*|brought|bring\w*|tak(?:e|es|en|ing)|took|infiltrat\w*|incursions?)\b",
    re.IGNORECASE,
)


def of_kind(
    routes: Sequence[Route], claim: Claim, kind: bool = True, carried: bool = False
) -> list[int]:
    """The routes whose movers a denial may answer: "no arms crossed our border" does not
    answer a flight of refugees (when ``kind``), "no drone entered our airspace" no convoy of
    ships; a boat denied the very deed told of its passengers answers them (``carried``:
    "denied that any boat had been pushed back", "the migrants were pushed towards X")."""
    said = claim.content_text
    denied = one_kind(said) if kind else None
    air = by_air(said)
    return [
        n
        for n, route in enumerate(routes)
        if not (air and grounded(route.mover))
        and (
            not denied
            or (carried and denied == CARRIERS)
            or route_kind(route.mover) in (None, denied)
        )
    ]


#: craft that carry the movers: "denied that its ships carried weapons" is about weapons
CARRIERS = "vessels"


def one_kind(words: str) -> str | None:
    """The one kind of movers ``words`` speak of, if exactly one (:mod:`claimmap.routes_kinds`);
    what holds or carries them ("the shipment", "its ships") gives way to what it holds."""
    kinds = kinds_in(words, skip=HOLDERS) or kinds_in(words)
    if len(kinds) > 1:
        kinds.discard(CARRIERS)
    return kinds.pop() if len(kinds) == 1 else None


def route_kind(mover: str | None) -> str | None:
    """The kind of a route's movers, None when they are what holds or carries the thing
    moved ("the cargo", "the ships", "shipments": weapons may be in them), so a denial of
    any kind may answer them."""
    if mover is None or any(
        w in HOLDERS or w.rstrip("s") in HOLDERS or kind_of(w) == CARRIERS
        for w in mover.lower().split()
    ):
        return None
    return one_kind(mover)


def named(
    claim: Claim, canon: dict[str, str], by_id: dict[str, Place], text: str
) -> tuple[list[str], str | None]:
    """What a denial with no movement is about, when it speaks of moving things at all
    ("transited", "no movement of arms"; not "rejected U.S. military action on its soil"):
    the places its content names (by name, or as "Guinean soil"; not "Mexican cartels"),
    and the denier's own country (its code) when it speaks of its territory or border."""
    said = claim.content_text
    if not MOVING.search(said) and not any_movement(said):  # "denied any such trade"
        return [], None
    named = places_in(claim, canon, by_id, text)
    if claim.actor is None or not claim.actor.country_code:
        return named, None
    if not OWN_GROUND.search(said) and (named or not any_movement(said)):
        return named, None  # "denied any large-scale movement": its own ground
    return named, claim.actor.country_code


def places_in(claim: Claim, canon: dict[str, str], by_id: dict[str, Place], text: str) -> list[str]:
    """The places ``claim``'s content names as places (:func:`told_as_place`)."""
    span = claim.content
    named = [
        canon.get(p, p)
        for p in claim.place_ids
        if p in by_id and told_as_place(by_id[p], span.start, span.end, text)
    ]
    return list(dict.fromkeys(named))


def told_as_place(place: Place, start: int, end: int, text: str) -> bool:
    """Is ``place`` named in ``text[start:end]`` as a place: by its name ("Mersin"), or a
    demonym of the ground itself ("Guinean soil"), not one describing a thing ("Russian
    weapons")?"""
    forms = place.mention_forms or ("name",) * len(place.mentions)
    for mention, form in zip(place.mentions, forms, strict=False):
        if not start <= mention.start < end:
            continue
        if form != "demonym" or GROUND.match(text, mention.end):
            return True
    return False
