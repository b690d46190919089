"""An official who reports what his own state did: "Japan lodged a protest with South
Korea on Tuesday over the drills, Chief Cabinet Secretary Hirokazu Matsuno said."

A story filed from Seoul gives an office named without a country the dateline's state;
but an office holder announcing a state's own diplomatic step (a protest lodged, an
ambassador summoned or recalled) speaks for the state that acts, Japan here,
and sits in its capital. A dateline locates the reporter and unattached local speakers,
not an official of another country. Only a first mention whose phrase names no country
is read so, and only acts a state announces of itself: "Russia launched drones",
"Russia rejected the plan" or "Russia will attack again" are what a state reports of
its foe.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import country_in
from claimmap.claims_cues import words
from claimmap.claims_tokens import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_tokens import RawClaim
    from claimmap.model import Actor

CountryOf = Callable[[str], str | None]

#: Diplomatic steps a government announces of itself ("lodged a protest", "summoned the
#: ambassador"); not what it sends, plans or will do, which its foe reports as well.
STATE_ACTS = words(
    """
    lodge file protest summon convey recall
    """
)


def acting_state(
    actor: Actor,
    span: Span,
    raw: RawClaim,
    parsed: Doc,
    country_of: CountryOf,
    earlier: Sequence[Actor | None],
) -> Actor:
    """``actor``, of the state its claim says acted, where it is an office holder of the
    state met here first whose phrase names no country."""
    from claimmap.actors import GOVERNMENT_ROLES
    from claimmap.claims_actor_spokes import SPOKES

    if actor.kind != "person" or actor.organisation or actor.role not in GOVERNMENT_ROLES:
        return actor
    if actor.role in SPOKES or any(a is not None and a.name == actor.name for a in earlier):
        return actor  # a spokesman is the body's; a person met before keeps his country
    if country_in(span, country_of) is not None:
        return actor
    content = span_at(parsed, *raw.content)
    code = _acting(content.root, country_of) if content is not None else None
    return replace(actor, country_code=code) if code else actor


def _acting(root: Token, country_of: CountryOf) -> str | None:
    """The state the clause ``root`` heads says took a diplomatic step ("Japan lodged a
    protest", "Tokyo summoned the ambassador"), or None."""
    if root.pos_ != "VERB" or root.lemma_.lower() not in STATE_ACTS:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ not in ("GPE", "ORG"):
        return None
    name = subj.doc[subj.left_edge.i : subj.right_edge.i + 1].text
    return country_of(name)
