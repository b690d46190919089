"""Where a claimant sits when its phrase or sentence says so, and when it cannot sit anywhere.

- "the U.S. Embassy in Honduras": a mission sits in the country that hosts it (at that
  country's capital), not in the sending state's capital; "the French embassy in X" with
  X a city is read already (``claims_actor_places``).
- "In Chaman, near the crossing, residents said": people named by where they live, in a
  sentence that opens on that place, live there.
- "two European diplomats and a Libyan military source": sources joined as separate noun
  phrases, only one of which a country word describes, are of no single country; the
  diplomats must not be seated in Libya, so the joined claimant stays unseated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.errors import GazetteerError

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor, Place

log = logging.getLogger(__name__)

CountryOf = Callable[[str], str | None]

#: Bodies a state keeps in another: where they are is the host's.
_MISSIONS = words(
    """
    embassy consulate consulate-general mission legation
    """
)
#: People named by where they live.
_DWELLERS = words(
    """
    resident villager inhabitant local people farmer shopkeeper trader
    """
)


def hosted_mission(actor: Actor | None, span: Span | None, country_of: CountryOf) -> Actor | None:
    """``actor`` located at the capital of the country its "embassy in <country>" names."""
    if actor is None or span is None or actor.located or actor.kind != "organisation":
        return actor
    root = span.root
    if root.lemma_.lower() not in _MISSIONS:
        return actor
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i >= span.end:
            continue
        host = country_of(span.doc[obj.left_edge.i : obj.i + 1].text)
        if host is None or host == actor.country_code:
            continue
        capital = _capital_name(host)
        return replace(actor, located=capital) if capital else actor
    return actor


def _capital_name(code: str) -> str | None:
    from claimmap.gazetteer import default_gazetteer

    try:
        capital = default_gazetteer().capital(code)
    except GazetteerError as exc:
        log.warning("no gazetteer for mission seats: %s", exc)
        return None
    return capital.name if capital is not None else None


def fronted_home(actor: Actor | None, span: Span | None, places: Sequence[Place]) -> Actor | None:
    """``actor`` located at the place a sentence opens on ("In X, ..., residents said"),
    when the claimant is people named by where they live and its phrase names no place."""
    if actor is None or span is None or actor.located or actor.kind not in ("unknown", "person"):
        return actor
    if span.root.lemma_.lower() not in _DWELLERS or len(span) > 3:
        return actor
    opener = span.root.sent[0]
    if opener.lower_ != "in" or opener.i >= span.start:
        return actor
    where = _place_in(span.doc[opener.i : opener.right_edge.i + 1], places)
    if where is None:
        return actor
    return replace(actor, located=where.name, country_code=actor.country_code or where.country_code)


def _place_in(words_: Span, places: Sequence[Place]) -> Place | None:
    for place in places:
        if place.kind not in ("city", "admin1", "admin2"):
            continue
        if any(words_.start_char <= m.start and m.end <= words_.end_char for m in place.mentions):
            return place
    return None


def mixed_sources(actor: Actor | None, span: Span | None, country_of: CountryOf) -> Actor | None:
    """``actor`` without a country (nor a stated place) when its phrase joins sources each
    with its own determiner or number, and a country word describes only some of them."""
    if actor is None or span is None or not actor.country_code:
        return actor
    root = span.root
    joined = [root, *(c for c in root.children if c.dep_ == "conj" and c.i < span.end)]
    if len(joined) < 2 or not all(_own_phrase(t) for t in joined):
        return actor
    codes = [_countries(t, country_of) for t in joined]
    if all(c == codes[0] for c in codes):
        return actor
    return replace(actor, country_code=None, located=None)


def _own_phrase(noun: Token) -> bool:
    """A noun of people with its own determiner or number: "two diplomats", "a source"."""
    if noun.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("det", "nummod") and c.i < noun.i for c in noun.children)


def _countries(noun: Token, country_of: CountryOf) -> frozenset[str]:
    """The countries the words before ``noun`` in its own phrase name."""
    found = set()
    for tok in noun.lefts:
        for t in tok.subtree:
            if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper():
                code = country_of(t.text)
                if code:
                    found.add(code)
    return frozenset(found)


#: Staff a body's noun names: "Embassy officials", "ministry staff".
_STAFF = words(
    """
    official officials staff spokesman spokeswoman spokesperson diplomat diplomats
    """
)


def officials_of_body(actor: Actor | None, span: Span | None, met: Context) -> Actor | None:
    """ "According to the U.S. Embassy in X, ... Embassy officials said": staff named by
    the bare noun of a body quoted in this sentence or the one before belong to it (its
    country and its seat), when their own phrase names neither."""
    from claimmap.claims_actor_context import ORG_NOUNS
    from claimmap.claims_actor_them import sentences_back

    if actor is None or span is None or actor.country_code or actor.located:
        return actor
    said = [t for t in span if not t.is_punct]
    if len(said) != 2 or said[1].lower_ not in _STAFF or said[0].lower_ not in ORG_NOUNS:
        return actor
    noun = said[0].lower_
    for body in reversed(met.since(sentences_back(span, 1))):
        named = body.name.lower().split()
        if body.kind in ("organisation", "government") and named and named[-1] == noun:
            return replace(
                actor,
                kind="person" if said[1].tag_ == "NN" else actor.kind,
                organisation=body.name,
                country_code=body.country_code,
                located=body.located,
            )
    return actor


#: A state's armed or police organs, which a demonym before them gives a country.
_ORGANS = frozenset({"navy", "army", "police", "military", "coastguard", "air force"})


def organ_country_before(
    actor: Actor | None, span: Span | None, country_of: CountryOf
) -> Actor | None:
    """ "Indonesian navy patrols towed a boat ... A navy spokesman denied it": a speaker of
    a bare organ ("navy") with no country is of the country whose demonym or name the two
    sentences before set on that same organ word."""
    from claimmap.claims_actor_them import sentences_back

    if actor is None or span is None or actor.country_code:
        return actor
    organ = (actor.organisation if actor.kind == "person" else actor.name) or ""
    if organ.lower() not in _ORGANS:
        return actor
    doc = span.doc
    for tok in reversed(doc[sentences_back(span, 2) : span.start]):
        if tok.lower_ != organ.lower() or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        code = country_of(before.text) if before.text[:1].isupper() else None
        if code:
            return replace(actor, country_code=code)
    return actor
