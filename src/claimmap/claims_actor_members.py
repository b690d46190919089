"""A member of a body quoted before: "one member of the group", "a member of the panel".

'"Almost none of this is declared," said one member of the panel, who spoke on condition
of anonymity.' after "According to the UN Panel of Experts on Libya, …": the definite
"the panel" is the body quoted before, and its member speaks from within it (of its
organisation and country, at its seat), not as a nameless, unplaced source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MEMBERS = frozenset({"member", "members", "expert", "experts", "investigator", "investigators"})
_BODY_NOUNS = frozenset(
    {"group", "panel", "committee", "commission", "team", "mission", "council", "board"}
)


def member_of_body(actor: Actor | None, span: Span, before: Sequence[Actor | None]) -> Actor | None:
    """The member of the body "the <noun>" refers to, if a body quoted before bears that
    noun in its name (see the module docstring)."""
    if actor is not None and actor.kind not in ("unknown", "person"):
        return actor
    if actor is not None and (actor.organisation or actor.country_code):
        return actor
    noun = _body_noun(span)
    if noun is None:
        return actor
    for earlier in reversed(before):
        if earlier is None or earlier.kind not in ("organisation", "government"):
            continue
        if noun.lower_ not in earlier.name.lower().split():
            continue
        name = actor.name if actor is not None else span.text
        return Actor(
            name,
            "person",
            organisation=earlier.organisation or earlier.name,
            country_code=earlier.country_code,
        )
    return actor


def _body_noun(span: Span) -> Token | None:
    """ "one member of the panel": "panel", the definite body a member belongs to."""
    for tok in span:
        if tok.lower_ not in _MEMBERS:
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                obj is not None
                and obj.lower_ in _BODY_NOUNS
                and any(c.lower_ == "the" for c in obj.children)
            ):
                return obj
        return None
    return None


#: Bare words for a police inquiry's staff: "investigators said", "detectives said".
_INQUIRY_STAFF = frozenset({"investigators", "detectives"})


def police_investigators(
    actor: Actor | None, span: Span, before: Sequence[Actor | None]
) -> Actor | None:
    """Bare "investigators said" right after a police force's claim: that force's
    investigators (its country and seat), not a nameless, unplaced source."""
    if actor is None or actor.kind != "unknown" or actor.organisation or actor.country_code:
        return actor
    words = [t.lower_ for t in span if t.lower_ not in ("the", "police")]
    if words not in ([w] for w in _INQUIRY_STAFF) or not before:
        return actor
    earlier = before[-1]
    if earlier is None or "police" not in earlier.name.lower() or not earlier.country_code:
        return actor
    return Actor(
        actor.name,
        "organisation",
        organisation=earlier.organisation or earlier.name,
        country_code=earlier.country_code,
    )
