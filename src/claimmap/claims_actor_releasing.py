""" "The group" in an organisation's own release: "Human Rights Watch, 2026-05-21 … The
group called on the UN to …".

A release names its author in the byline and calls it "the group" throughout, even
after it has quoted other bodies ("Amnesty International said …"). So a bare "the group"
(or "the organisation") in an article whose byline is a body quoted in it is that body,
not the body quoted last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_own_agency import own_agency

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

__all__ = ["releasing_body"]

#: Nouns a release calls its author by.
_SELF_NOUNS = frozenset({"group", "organisation", "organization", "charity", "watchdog"})


def releasing_body(span: Span, met: Context) -> Actor | None:
    """The byline's body, quoted before ``span``, when ``span`` is "the group" alone."""
    said = [t.lower_ for t in span if not t.is_punct]
    if len(said) != 2 or said[0] != "the" or said[1] not in _SELF_NOUNS:
        return None
    authors = own_agency(span.doc)
    if not authors:
        return None
    for start, _, actor in met.claimants:
        if start < span.start and actor.kind == "organisation" and _named(actor, authors):
            return actor
    return None


def _named(actor: Actor, authors: frozenset[str]) -> bool:
    name = actor.name.lower()
    return (name[4:] if name.startswith("the ") else name) in authors
