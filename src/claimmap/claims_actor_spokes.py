"""Who a spokesperson speaks for: "a spokeswoman for Chicago Mayor Ann Lee" is the mayor's
office; "the spokesperson of Operation Xyz, Lt. Col. Ana Lee" is Ana Lee, named.

Split from :mod:`claimmap.claims_actor_context`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import same_person
from claimmap.claims_actor_people import named_spokesperson
from claimmap.claims_tokens import ents_in, sentence_at
from claimmap.model import Actor
from claimmap.nlp import entities_within

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context

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
            named = [  # "..., Colonel Ali Reza"
                e for e in entities_within(desc.doc, desc.start, desc.end) if e.label_ == "PERSON"
            ]
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


def principal_seated(desc: Span, actor: Actor, met: Context) -> Actor:
    """ "A Shapiro spokesperson, Ana Lee" after "Gov. Josh Shapiro": she speaks for the
    person named before by that surname, and sits where he does (the state he governs,
    his country's capital) rather than nowhere."""
    from claimmap.actors import LOCAL_ROLES, SPOKE_IN

    if actor.kind != "person" or actor.role not in SPOKES or actor.country_code:
        return actor
    owner = actor.organisation or ""
    if " " in owner or not owner[:1].isupper():
        return actor
    principal = same_person(owner, list(met)) or _named_before(desc, owner, met)
    if principal is None or principal.kind != "person" or principal.name == actor.name:
        return actor
    local = principal.role in LOCAL_ROLES and principal.organisation
    where = principal.organisation if local else principal.located
    if where and where.startswith(SPOKE_IN):
        where = None  # where he spoke once is not where his office is
    return replace(
        actor,
        organisation=principal.name,
        country_code=principal.country_code,
        located=actor.located or where,
    )


def _named_before(desc: Span, owner: str, met: Context) -> Actor | None:
    """The last person named before the phrase whose surname is ``owner``, as the words
    around the name describe him ("Gov. Josh Shapiro")."""
    doc = desc.doc
    for ent in reversed(ents_in(doc, 0, desc.start, ("PERSON",))):
        if len(ent) > 1 and ent[-1].text == owner:
            first = max(ent.root.left_edge.i, sentence_at(doc, ent.start).start)
            return met.describe(doc[min(first, ent.start) : ent.end])
    return None
