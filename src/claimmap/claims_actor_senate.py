"""Senators and Senate committees of a story filed from a capital: "WASHINGTON — …, a
Senate Foreign Relations subcommittee heard", "Senator Ana Ruiz asked …". Many states
have a senate, so the title alone gives no country; a story datelined in a nation's
capital is about that nation's Senate, which sits there. Cheap: only a claimant phrase
with a capitalised "Senate"/"Senator" is looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.actors_table import normalize
from claimmap.claims_actor_datelines import dateline_city
from claimmap.claims_actor_hosts import _capital_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Actor, Place

_SENATE = frozenset({"senate", "senator", "senators", "sen."})


def senate_of_capital(
    actor: Actor | None, span: Span | None, parsed: Doc, places: Sequence[Place]
) -> Actor | None:
    """``actor`` of the dateline's country when its phrase names the Senate or a senator
    and the story is filed from that country's capital; else unchanged."""
    if actor is None or span is None or actor.country_code or actor.located:
        return actor
    if actor.kind not in ("person", "organisation", "unknown"):
        return actor
    if not any(t.lower_ in _SENATE and t.is_title for t in span):
        return actor
    city = dateline_city(parsed, places)
    code = city.country_code if city is not None else None
    capital = _capital_name(code) if code else None
    if city is None or capital is None or normalize(capital) != normalize(city.name):
        return actor
    return replace(actor, country_code=code)
