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

CountryOf = Callable[[str], str | None]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.claims_actor_context import Context
    from claimmap.claims_actor_places import Where
    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Actor


def spoke_in(actor: Actor, raw: RawClaim, span: Span | None, met: Context) -> Actor:
    """Where nothing better than a country's capital places the actor, the city the text
    says it spoke in ("Ali Reza ... told reporters in Tbilisi"): ``located`` says so. An
    office of state whose phrase names no country is that of the capital it briefed in."""
    from claimmap.actors import SPOKE_IN, seat_of

    if span is None:
        return actor
    scene = at_scene(actor, span, raw, met)
    if scene is not None:  # "a Reuters witness said": there, not at the agency's seat
        return replace(actor, located=scene)
    where = speech_place(span.doc[raw.cue_token], raw.content, met.places)
    named = country_in(span, met.country_of)
    host = hosting_state(where) if state_body(actor) and not named else None
    host = host if host and _named_apart(span.doc, where, host, met.country_of) else None
    actor = replace(actor, country_code=host) if host else actor  # "... told reporters in Tehran"
    if actor.kind == "person" and field_post(span) and where is None and not actor.located:
        where = _filed_from(span, actor, met)  # "MSF's emergency coordinator", from Goma
    if actor.located or where is None:
        return actor
    if actor.kind == "person" and field_post(span):
        # "Jo Lee, the agency's regional representative, told reporters in Bangkok": the
        # field office he speaks from, not his organisation's headquarters
        return replace(actor, located=where.label)
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


#: Posts of an organisation's field offices ("regional representative", "field coordinator").
_FIELD = frozenset({"regional", "field", "resident", "emergency", "country", "project"})
_FIELD_POSTS = frozenset(
    {"representative", "director", "coordinator", "head", "chief", "officer", "manager"}
)


def field_post(span: Span) -> bool:
    """Whether the claimant's phrase names a post in a field office ("the UN's regional
    representative", "the agency's field coordinator")."""
    if any(t.lower_ in _FIELD and t.head.lemma_.lower() in _FIELD_POSTS for t in span):
        return True
    # "the group's head of mission": the head of a field mission
    return any(
        t.lower_ == "mission" and t.head.lower_ == "of" and t.head.head.lower_ == "head"
        for t in span
    )


def _filed_from(span: Span, actor: Actor, met: Context) -> Where | None:
    """Where a field post of a body seated abroad speaks from when his sentence says
    nowhere: the story's dateline city ("GOMA (Reuters) - ..., said MSF's emergency
    coordinator"), when it lies outside the body's own country and his paragraph names
    it too (one about a camp elsewhere places him there, not at the dateline)."""
    from claimmap.claims_actor_countries import paragraph_first
    from claimmap.claims_actor_datelines import dateline_city
    from claimmap.claims_actor_places import Where
    from claimmap.claims_tokens import text

    city = dateline_city(span.doc, met.places)
    if city is None or city.country_code == actor.country_code or not actor.organisation:
        return None
    full = text(span.doc)
    lo = span.doc[paragraph_first(span.doc, span.start)].idx
    hi = full.find("\n", span.end_char)
    hi = len(full) if hi < 0 else hi
    if not any(lo <= m.start < hi for m in city.mentions):
        return None
    return Where(city.name, city.country_code, -1, -1)


#: People an outlet sends to see what happens: they report from the scene.
_WITNESSES = frozenset(
    {"witness", "journalist", "reporter", "correspondent", "photographer", "cameraman"}
)


def at_scene(actor: Actor, span: Span, raw: RawClaim, met: Context) -> str | None:
    """Where an outlet's witness or journalist saw what he tells ("In Kutaisi, hundreds
    gathered, an AFP journalist saw"; "TBILISI (Reuters) - ..., a Reuters witness said"):
    the town his sentence opens on, else the dateline's city; not the outlet's seat."""
    from claimmap.actors import OUTLET_KINDS
    from claimmap.actors_table import load_actors
    from claimmap.claims_actor_datelines import dateline_city
    from claimmap.claims_actor_places import place_at
    from claimmap.claims_tokens import sentence_at

    if actor.kind != "person" or actor.located or span.root.lemma_.lower() not in _WITNESSES:
        return None
    row = load_actors().find(actor.organisation) if actor.organisation else None
    if row is None or row.kind not in OUTLET_KINDS:
        return None
    doc = span.doc
    sent = sentence_at(doc, raw.cue_token)
    comma = next((t.i for t in sent if t.text == ","), sent.start)
    if sent[0].lower_ == "in" and comma > sent.start + 1:
        framed = place_at(doc[sent.start + 1 : comma], met.places, dweller=False)
        if framed is not None:
            return framed.label
    filed = dateline_city(doc, met.places)
    return filed.name if filed is not None else None


def _named_apart(doc: Doc, where: Where | None, code: str, country_of: CountryOf) -> bool:
    """The host country of a briefing is named elsewhere in the text ("Turkey had sent
    boats ... told reporters in Ankara"): a capital the article never ties to its story
    is a trip abroad ("Prime Minister Ana Lee told reporters in Brussels, where she
    attended a summit"), a place spoken in, not the speaker's country."""
    from claimmap.claims_actor_countries import country_mentions

    span = range(where.start, where.end) if where is not None else range(0)
    return any(c == code and i not in span for i, c in country_mentions(doc, country_of))


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
