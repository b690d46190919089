"""A person's employer named after a role by a name the model left unmarked.

"Tom Baker, a senior research fellow at RUSI": the model marks "RUSI" an organisation
after "analyst" but not always after other roles, so the person kept no body and no seat.
A capitalised name that is the object of "at/with/for/of" on the person's role noun, and
that the actors table knows, is their employer (and its seat theirs where none is said).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_context import employed
from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_actor_phrases import PERSON_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Actor

_LINKS = frozenset({"for", "of", "at", "with"})


def table_employer(actor: Actor | None, span: Span) -> Actor | None:
    """``actor`` employed by the known body its role phrase names after a preposition."""
    if actor is None or actor.kind != "person" or actor.organisation:
        return actor
    for link in span:
        if link.lower_ not in _LINKS or link.dep_ != "prep":
            continue
        if link.head.lemma_.lower() not in PERSON_ROLES or link.head.pos_ != "NOUN":
            continue
        obj = next((c for c in link.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i >= span.end or obj.pos_ != "PROPN":
            continue
        name = _name(obj, span)
        if name is None:
            continue
        body = table_actor(name, doc=span.doc)
        if body is not None and body.kind in ("organisation", "government"):
            return employed(actor, body)
    return actor


def _name(obj: Token, span: Span) -> str | None:
    """The object's whole proper name, without an article; None for a person or place."""
    if obj.ent_type_ in ("PERSON", "GPE", "LOC", "NORP"):
        return None
    words = [t for t in obj.subtree if t.i < span.end and t.dep_ != "det" and not t.is_punct]
    if not words or words[-1].i != obj.i or any(not t.text[:1].isupper() for t in words):
        return None
    return " ".join(t.text for t in words)
