"""Where an envoy sits: "Chile's ambassador to Egypt" works in Cairo, not Santiago.

An ambassador, envoy or consul is of the state that sends him (his country stays
Chile's) but speaks from the state he is posted to: its capital is his seat, unless the
text says where he spoke (``claims_actor_spoke`` reads "said at a reception in Tyre").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_spoke import posted_to

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor

#: Roles of people a state posts abroad.
ENVOYS = frozenset({"ambassador", "envoy", "consul", "chargé", "charge", "attaché", "attache"})


def posted_abroad(
    actor: Actor | None, span: Span | None, country_of: Callable[[str], str | None]
) -> Actor | None:
    """The actor seated in the capital of the state its phrase posts it to ("ambassador to
    Egypt" → Cairo), when nothing placed it already; else the actor unchanged."""
    if actor is None or span is None or actor.kind != "person" or actor.located:
        return actor
    code = posted_to(span, country_of)
    if code is None or code == actor.country_code:
        return actor
    from claimmap.gazetteer import default_gazetteer

    capital = default_gazetteer().capital(code)
    return replace(actor, located=capital.name) if capital is not None else actor
