"""An acronym right before a job title names the employer.

"An OCHA spokesperson said", "a CVFN monitor told Reuters", "the IOM chief": the model
may tag the letters as nothing, or as a nationality, and the person is then left without
an organisation (and a seat). Letters written all in capitals directly before the title
noun are the body the person works for; a country's letters ("a US official", "UK
envoy") are his country, which :mod:`claimmap.claims_actor_countries` reads.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.actors_table import is_acronym
from claimmap.claims_actor_phrases import PERSON_ROLES

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span

    from claimmap.model import Actor


def acronym_employer(actor: Actor, desc: Span, country_of: Callable[[str], str | None]) -> Actor:
    """The person with the acronym before his title as his organisation, where he has
    none: "An OCHA spokesperson" works for OCHA."""
    if actor.kind != "person" or actor.organisation:
        return actor
    letters = title_acronym(desc, country_of)
    return replace(actor, organisation=letters) if letters else actor


def title_acronym(desc: Span, country_of: Callable[[str], str | None]) -> str | None:
    """The all-capital word of two to six letters directly before a role noun of the
    phrase ("a CVFN monitor" → CVFN), that names no country."""
    doc = desc.doc
    for tok in desc:
        nxt = doc[tok.i + 1] if tok.i + 1 < desc.end else None
        if nxt is None or nxt.lemma_.lower() not in PERSON_ROLES or not nxt.is_lower:
            continue
        bare = tok.text.replace(".", "")
        if not (tok.text.isupper() and bare.isalpha() and is_acronym(tok.text)):
            continue
        if country_of(tok.text) is None and tok.ent_type_ not in ("GPE", "PERSON"):
            return tok.text
    return None
