"""A head of state or government named without title or country: "Putin said".

The leaders table (:mod:`claimmap.actors_leaders`) knows whose president or prime minister
a name is in the article's year. A claimant phrase that names a country itself keeps it
("the Ruritanian president, Ana Lee"); otherwise a full name of the table ("Vladimir
Putin") gives its country, title and seat, even against a dateline or a paragraph's
country (a dateline locates the reporter, not Moscow's president), and a bare surname
("Macron") does so only when the article introduces no other person of that name ("Sara
Duterte" beside "Duterte said": no one can say which).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.actors import SPOKE_IN
from claimmap.actors_leaders import is_bare_form, key, leader_named
from claimmap.claims_actor_countries import country_in
from claimmap.claims_actor_private_roles import otherwise_roled
from claimmap.nlp import entities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Actor

CountryOf = Callable[[str], str | None]
_KINDS = ("person", "organisation", "unknown")


def as_leaders(
    actors: Sequence[Actor | None],
    spans: Sequence[Span | None],
    parsed: Doc,
    country_of: CountryOf,
    year: int | None,
) -> list[Actor | None]:
    """``actors``, with those the leaders table names given their country and office."""
    roled = otherwise_roled(actors, spans)  # "Kovalchuk's lawyer, Daniel Ortega": not him
    return [
        _as_leader(actor, span, parsed, country_of, year, actors)
        if actor is not None and span is not None and key(actor.name) not in roled
        else actor
        for actor, span in zip(actors, spans, strict=True)
    ]


def _as_leader(
    actor: Actor,
    span: Span,
    parsed: Doc,
    country_of: CountryOf,
    year: int | None,
    actors: Sequence[Actor | None],
) -> Actor:
    if actor.kind not in _KINDS or (actor.kind != "person" and actor.organisation):
        return actor
    bare = is_bare_form(actor.name)
    said = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if bare and actor.kind == "organisation" and len(said) > 1:
        return actor  # "Zuma, a loosely organised militia": the phrase says it is a body
    leader = leader_named(actor.name, year, bare=True)
    if leader is None:
        return actor
    if bare and _namesake(actor.name, leader.name, parsed, actors):
        return actor
    stated = country_in(span, country_of)
    if stated is not None and stated != leader.country_code:
        return actor  # "the Ruritanian president, Ana Lee": the text says whose
    if actor.role is not None and actor.role != leader.role and actor.country_code is not None:
        return actor  # "Foreign Minister Ali Reza" of the text holds another office
    # "Macron told reporters in Brussels": where he spoke stood in for a seat unknown then
    spoke = actor.located is not None and actor.located.startswith(SPOKE_IN)
    return replace(
        actor,
        kind="person",
        country_code=leader.country_code,
        role=actor.role or leader.role,
        located=None if spoke else actor.located,
    )


def _namesake(surname: str, full: str, parsed: Doc, actors: Sequence[Actor | None]) -> bool:
    """The article introduces another person bearing ``surname`` ("Sara Duterte"), or the
    surname is a first or last name of someone else ("Abbas Araghchi" beside "Abbas")."""
    word = key(surname)
    own = key(full)
    names = [e.text for e in entities(parsed) if e.label_ == "PERSON"]
    names += [a.name for a in actors if a is not None and a.kind == "person"]
    for name in names:
        k = key(name)
        if k in (word, own) or word not in k.split():
            continue
        found = leader_named(name, None, bare=False)
        if found is None or key(found.name) != own:
            return True
    return False
