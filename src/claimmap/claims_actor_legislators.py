"""Members of a national legislature speaking as a group: "Republican senators", "Senate
Republicans", "Kenyan lawmakers".

No one of them is named, so no constituency places them; as a body they sit where their
legislature sits, the national capital. Their country is the one the phrase names, else
the one a state body named without a country takes (its paragraph's, the dateline's).
A phrase naming a state or a city ("Ohio Senate Republicans", "state lawmakers") is a
state legislature's, and left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import country_in, paragraph_first
from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_actor_phrases import clean
from claimmap.claims_actor_state_country import state_country
from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context

CountryOf = Callable[[str], str | None]

#: Plural nouns for members of a legislature.
_MEMBERS = words(
    """
    senators lawmakers legislators congressmen congresswomen parliamentarians mps
    """
)
#: Names of a legislature or of its chamber, written before its members' party
#: ("Senate Republicans", "House Democrats").
CHAMBERS = words(
    """
    senate house congress parliament legislature
    """
)
#: The organisation a group of members is given: the legislature, by its members' noun.
_LEGISLATURE = "legislature"


def legislators(desc: Span) -> str | None:
    """The chamber a plural claimant phrase makes its members of ("Senate Republicans" →
    "Senate"; "Republican senators" → "legislature"), or None when the phrase is no
    group of national legislators."""
    root = desc.root
    if root.tag_ not in ("NNS", "NNPS") or any(t.lower_ == "state" for t in desc):
        return None
    if root.lower_ in _MEMBERS:
        return _LEGISLATURE
    chamber = next(
        (c for c in root.children if c.dep_ == "compound" and c.lower_ in CHAMBERS), None
    )
    if chamber is not None and chamber.is_title and root.is_title:
        return chamber.text
    return None


def as_legislators(desc: Span, actor: Actor, met: Context) -> Actor:
    """ "Republican senators", "Senate Republicans": the group as a body of its country's
    legislature (seated in the capital), not an unknown nobody places."""
    chamber = legislators(desc)
    if chamber is None or actor.kind == "person" or _local_place(desc, met.country_of):
        return actor
    if any(table_actor(clean(e.text)) for e in ents_in(desc.doc, desc.start, desc.end, ("ORG",))):
        return actor  # "European Parliament lawmakers": the body the table seats
    code = country_in(desc, met.country_of) or _state_of(desc, met)
    return Actor(clean(desc.text), "organisation", organisation=chamber, country_code=code)


def _local_place(desc: Span, country_of: CountryOf) -> bool:
    """The phrase names a place that is no country ("Ohio Senate Republicans")."""
    return any(
        country_of(e.text) is None for e in ents_in(desc.doc, desc.start, desc.end, ("GPE",))
    )


def _state_of(desc: Span, met: Context) -> str | None:
    """The country a state body named without one takes at this point of the text."""
    doc = desc.doc
    quoted: Sequence[Actor] = met.since(paragraph_first(doc, desc.start))
    return state_country(
        doc, desc.start, met.country_of, quoted, places=met.places, said=met.contents
    )
