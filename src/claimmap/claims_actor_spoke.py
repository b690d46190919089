"""Where a claimant spoke, when that says more than its country's capital.

"Ali Reza ... told reporters in Tbilisi": the city the text says the claimant spoke in
places it where nothing better than a capital would; an office of state whose phrase
names no country is that of the capital it briefed in. Split from
:mod:`claimmap.claims_actors`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_countries import country_in
from claimmap.claims_actor_lookup import state_body
from claimmap.claims_actor_speech import hosting_state, issued_from, speech_place

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Actor


def spoke_in(actor: Actor, raw: RawClaim, span: Span | None, met: Context) -> Actor:
    """Where nothing better than a country's capital places the actor, the city the text
    says it spoke in ("Ali Reza ... told reporters in Tbilisi"): ``located`` says so. An
    office of state whose phrase names no country is that of the capital it briefed in."""
    from claimmap.actors import SPOKE_IN, seat_of

    if span is None:
        return actor
    where = speech_place(span.doc[raw.cue_token], raw.content, met.places)
    named = country_in(span, met.country_of)
    host = hosting_state(where) if state_body(actor) and not named else None
    actor = replace(actor, country_code=host) if host else actor  # "... told reporters in Tehran"
    if actor.located or where is None:
        return actor
    posted = posted_to(span, met.country_of)
    if actor.kind == "person" and posted and posted == where.country_code != actor.country_code:
        # "Ruritania's ambassador to Elbonia said at a reception in <Elbonian city>"
        return replace(actor, located=SPOKE_IN + where.label)
    seat = seat_of(actor)
    # "said in a statement from Goma": there, rather than the capital assumed for it
    assumed = (
        actor.kind == "person"
        and seat.source.startswith("gazetteer capital")
        and issued_from(span.doc[raw.cue_token], raw.content, met.places) is not None
    )
    # "the department's principal secretary ... told reporters in Patna": a capital the
    # text never gave him (no country in his phrase) yields to a city of his own country
    inferred = (
        actor.kind == "person"
        and seat.source.startswith("gazetteer capital")
        and named is None
        and where.country_code == actor.country_code
        and seat.place_name != where.label  # briefing in the capital: the capital's reason
    )
    if seat.precision not in ("country", "unplaced") and not (assumed or inferred):
        return actor
    # "Ana Lee said in a phone interview from Boa Vista": a person of no stated country or
    # body is of the country she speaks from (the name alone may be many places')
    unknown = actor.kind == "person" and not (actor.country_code or actor.organisation)
    sent = unknown and issued_from(span.doc[raw.cue_token], raw.content, met.places) == where
    code = where.country_code if sent else actor.country_code
    return replace(actor, located=SPOKE_IN + where.label, country_code=code)


#: Envoys posted to another state: they work there, not in their own capital.
_POSTED = frozenset({"ambassador", "envoy", "consul", "chargé", "charge"})


def posted_to(span: Span, country_of: Callable[[str], str | None]) -> str | None:
    """The country an envoy in the phrase is posted to ("Ruritania's ambassador to
    Elbonia"), as its code."""
    for tok in span:
        if tok.lower_ != "to" or tok.head.lemma_.lower() not in _POSTED:
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return country_of(span.doc[obj.left_edge.i : obj.i + 1].text)
    return None
