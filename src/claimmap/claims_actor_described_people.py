"""People the entity model took for bodies, told apart by the words that describe them.

"Tetiana, a mother from Oleshky who asked …, said" and "Congo's mines minister, Jean-Pierre
Lusamba, said": the model often tags an unfamiliar given name or a hyphenated name as an
organisation or a place, so the claimant became a body, and a later "she said" or "he
said" (which looks for a person) skipped her. The apposition says what the name is: a name
described as "a mother", "a nurse", "a 19-year-old", or standing in apposition to a
person's title ("the minister, X"), names a person. "From X" in that description is where
the person comes from, a place, never their organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_company_ref import company_named_before
from claimmap.claims_actor_members import member_of_body, police_investigators
from claimmap.claims_actor_phrases import PERSON_NOUNS, PERSON_ROLES
from claimmap.claims_actor_police_ranks import thai_police_rank
from claimmap.claims_actor_un_bodies import un_body

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Actor

#: "a 19-year-old", "a 34-year-old from X".
#: Titles each state gives to one person named apart (the leaders table): never carried over.
_OWN_TITLES = frozenset({"president", "king", "queen", "emir", "prince", "pope", "premier"})
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_AGE = re.compile(r"^\d{1,3}-year-olds?$|^\d{1,3}-year-old$")


def described(
    actor: Actor | None, span: Span, doc: Doc, before: Sequence[Actor | None]
) -> Actor | None:
    """``actor`` with what its own words say of it: a person when described as one, its
    name as written, and the office of an unnamed holder of its title met before."""
    actor = company_named_before(un_body(actor, span), span)  # "the company": named before
    actor = as_written(described_person(actor, span), doc)
    actor = thai_police_rank(actor, span)  # "Pol Maj Gen X": Thailand's police
    actor = member_of_body(actor, span, before)  # "one member of the panel": its body
    actor = police_investigators(actor, span, before)  # "police said …, investigators said"
    return titled_before(actor, span, before)


def titled_before(actor: Actor | None, span: Span, before: Sequence[Actor | None]) -> Actor | None:
    """ "Ukraine's human rights ombudsman said … Ombudsman Oleksandr Hrytsenko said": a
    named person whose title opens the claimant, with no country of its own, holds the
    office of the last unnamed holder of that title quoted before (its country and role);
    a head of state's title is never carried over (their titles are named apart)."""
    if actor is None or actor.kind != "person" or actor.country_code is not None:
        return actor
    first = span[0]
    title = first.lower_
    if not first.is_title or title not in PERSON_ROLES or title in _OWN_TITLES:
        return actor
    for earlier in reversed(before):
        if earlier is None or earlier.kind != "person" or not earlier.name.islower():
            continue
        if earlier.name.split()[-1] != title:
            continue
        if earlier.country_code is None:
            return actor
        return replace(
            actor,
            country_code=earlier.country_code,
            role=actor.role or earlier.role or earlier.name,
            organisation=actor.organisation or earlier.organisation,
        )
    return actor


def described_person(actor: Actor | None, span: Span) -> Actor | None:
    """``actor`` as a person when ``span`` describes its name as one (see the module
    docstring); a person's "from X" becomes where the person is from, not an employer."""
    if actor is None or actor.kind not in ("organisation", "person"):
        return actor
    name = _name_head(span, actor.name)
    if name is None:
        return actor
    title = _title_of(name)
    if actor.kind == "organisation":
        if title is None or _listed(actor.name):
            return actor
        role = title.lower_ if title.lemma_.lower() in PERSON_ROLES else actor.role
        actor = replace(actor, kind="person", role=role)
    home = _home_of(name, title)
    if home is not None and actor.organisation == home:
        return replace(actor, organisation=None, located=actor.located or home)
    return actor


def as_written(actor: Actor | None, doc: Doc) -> Actor | None:
    """ "Jean - Pierre Lusamba": a name rebuilt from tokens gets spaces around the hyphens
    the tokenizer split off; the person is "Jean-Pierre Lusamba", as the text writes it
    (else one person would go by two names)."""
    if actor is None or " - " not in actor.name:
        return actor
    joined = _SPACED_HYPHEN.sub("-", actor.name)
    body = doc.text
    if joined in body and actor.name not in body:
        return replace(actor, name=joined)
    return actor


def _name_head(span: Span, name: str) -> Token | None:
    """The last word of ``name`` in ``span`` (the head of a proper name)."""
    last = name.split()[-1] if name.split() else ""
    return next((t for t in reversed(span) if t.text == last and t.pos_ == "PROPN"), None)


def _title_of(name: Token) -> Token | None:
    """The person noun the name is apposed to, either way round: "X, a mother" or "the
    minister, X"."""
    for c in name.children:
        if c.dep_ == "appos" and c.i > name.i and _person_noun(c):
            return c
    head = name.head
    if name.dep_ == "appos" and head.i < name.i and _person_noun(head):
        return head
    return None


def _person_noun(tok: Token) -> bool:
    """A title or a common noun for people ("minister", "mother"), or an age ("a
    22-year-old", which the tokenizer splits into "22 - year - old")."""
    word = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and (word in PERSON_ROLES or word in PERSON_NOUNS):
        return True
    if _AGE.match(tok.lower_):
        return True
    doc = tok.doc
    return (
        tok.lower_ in ("old", "olds")
        and tok.i >= 3
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ == "year"
    )


def _home_of(name: Token, title: Token | None) -> str | None:
    """ "a 19-year-old from Conakry": the place after "from" in the description."""
    if title is None:
        return None
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                start = obj.left_edge.i
                while start < obj.i and obj.doc[start].pos_ != "PROPN":
                    start += 1
                return obj.doc[start : obj.i + 1].text
    return None


def _listed(name: str) -> bool:
    """A body the actors table knows keeps its kind."""
    from claimmap.actors_table import load_actors

    return load_actors().find_exact(name) is not None
