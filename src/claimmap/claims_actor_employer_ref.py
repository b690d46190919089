"""A person who works for a body the text named before: "Ana Lee, a lawyer for the group",
"Ali Reza, a spokesman for the organisation".

"The group" in a person's appositive refers back like a claimant "The group said" does
(see ``claims_actor_org_reference``): the person is of the body named last that the noun
fits, and takes its country and seat where the phrase gives none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS, employed
from claimmap.claims_actor_org_reference import org_reference
from claimmap.claims_actor_phrases import PERSON_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

_LINKS = frozenset({"for", "of", "at", "with"})
#: Bodies of a state, which ``state_country`` reads instead: "a lawyer for the ministry".
_STATE = frozenset({"government", "administration", "army", "military", "police", "ministry"})


def employer_referred(actor: Actor | None, span: Span, met: Context) -> Actor | None:
    """``actor`` employed by the body "the group" in its phrase refers to, if any, or by
    the writer of the document "the report's X" names (``claims_actor_document_staff``)."""
    from claimmap.claims_actor_document_staff import document_staff

    return document_staff(_group_referred(actor, span, met), span, met)


def _group_referred(actor: Actor | None, span: Span, met: Context) -> Actor | None:
    if actor is None or actor.kind != "person" or actor.organisation:
        return actor
    for link in span:
        head = link.head
        if (
            link.lower_ not in _LINKS
            or link.dep_ != "prep"
            or head.lemma_.lower() not in PERSON_ROLES
        ):
            continue
        obj = next((c for c in link.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i >= span.end or not obj.is_lower:
            continue
        noun = obj.lower_
        definite = any(c.lower_ == "the" and c.i == obj.i - 1 for c in obj.children)
        if noun not in ORG_NOUNS or noun in _STATE or not definite:
            continue
        body = org_reference(span.doc[obj.i - 1 : obj.i + 1], noun, met)
        if body is not None and body.kind in ("organisation", "government"):
            return employed(actor, replace(body, role=None))
    return actor
