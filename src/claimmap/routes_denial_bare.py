"""A denial of "any" movement that names no place: "the ministry denied any large-scale
movement", "the army rejected any incursion", "Moscow denied any such trade" (a word of
dealing in goods stands for the shipments the article alleges). A state's denier answers for
its own ground, so the denial contests the legs into or out of the denier's country (read by
:func:`claimmap.routes_denial_scope.named`).
"""

from __future__ import annotations

import re

#: the whole content is "any <words> movement/infiltration/...": no place, no mover named
_ANY_MOVE = re.compile(
    r"^\W*any\s+(?:[\w-]+\s+){0,3}?(?:movements?|infiltrations?|incursions?|crossings?|"
    r"transfers?|deployments?|influx|arrivals?|trade|trading|shipments?|deliver(?:y|ies)|"
    r"exports?|imports?|smuggling|trafficking|sales?)\W*$",
    re.IGNORECASE,
)


def any_movement(said: str) -> bool:
    """Is ``said`` only "any (large-scale) movement" or the like, with nothing else?"""
    return bool(_ANY_MOVE.match(said))
