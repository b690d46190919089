"""Who a spokesperson speaks for: "a spokeswoman for Chicago Mayor Ann Lee" is the mayor's
office; "the spokesperson of Operation Xyz, Lt. Col. Ana Lee" is Ana Lee, named.

Split from :mod:`claimmap.claims_actor_context`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_people import named_spokesperson
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spoken_for(desc: Span) -> Span | None:
    """ "A spokeswoman for Chicago Mayor Ann Lee" → "Chicago Mayor Ann Lee", where the
    spokesperson is not named themselves (a named one is a person of that organisation)."""
    root = desc.root
    if root.lower_ not in SPOKES:
        return None
    for prep in root.children:
        if prep.lower_ in ("for", "of") and prep.dep_ == "prep":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.right_edge.i >= desc.end:
                return None
            inner = (obj.left_edge.i, obj.right_edge.i + 1)
            named = [e for e in desc.ents if e.label_ == "PERSON"]  # "..., Colonel Ali Reza"
            outside = [e for e in named if e.start < inner[0] or e.start >= inner[1]]
            principal = desc.doc[inner[0] : inner[1]]
            return None if outside or named_spokesperson(principal) else principal
    return None


def speaking_for(principal: Actor, role: str) -> Actor:
    """The organisation or office a spokesperson speaks for, with them as its role: "a
    spokesman for the Kremlin" is the Kremlin; one for a mayor the mayor's office."""
    from claimmap.actors import GOVERNMENT_ROLES, LOCAL_ROLES

    if principal.kind != "person":
        return replace(principal, role=role)
    title = f"{principal.role.capitalize()} " if principal.role else ""
    office = principal.role in GOVERNMENT_ROLES | LOCAL_ROLES
    return Actor(
        name=f"office of {title}{principal.name}",
        kind="government" if office else "organisation",
        organisation=principal.organisation,
        country_code=principal.country_code,
        role=role,
    )
