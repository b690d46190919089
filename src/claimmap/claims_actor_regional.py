"""Sub-national governments: "the territorial government", "the provincial government".

("state" is left out: "state authorities" are as often the nation's.)

A government the writer calls territorial, provincial, state or regional is not the
national one: it governs the one first-level region the article is about and sits in
that region's seat, not in the national capital. The region is the article's own: of its
regions whose seat the article names too, the one whose seat it names most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import clean, institution
from claimmap.claims_cues import words
from claimmap.model import Actor
from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import ActorKind, Candidate, Place

#: Adjectives that make a government a region's: "the provincial government".
_LOWER_TIER = words(
    """
    territorial provincial regional
    """
)


def lower_tier(desc: Span) -> bool:
    """Does a lower-case tier adjective qualify the phrase's head ("territorial
    government"; not "the State Department", not "state media")?"""
    return _tiered(desc, _LOWER_TIER)


#: Adjectives that make a government the nation's: "the federal government".
_TOP_TIER = words(
    """
    federal national central
    """
)


def _tiered(desc: Span, tier: frozenset[str]) -> bool:
    root = desc.root
    return any(
        c.dep_ in ("amod", "compound") and c.is_lower and c.lower_ in tier
        for c in root.children
        if c.i < root.i
    )


def regional_government(actor: Actor, desc: Span, places: Sequence[Place]) -> Actor:
    """The government of the article's one region, where the phrase calls it so
    ("territorial officials", "the provincial government"); "the federal government" is
    never one met before as a region's."""
    regional = actor.kind == "government" and bool(actor.organisation)
    if _tiered(desc, _TOP_TIER) and (regional or _tiered_name(actor.name, _LOWER_TIER | _STATE)):
        return Actor(clean(desc.text), "government", country_code=actor.country_code)
    named = named_region(actor.name, actor.country_code)
    if named is not None and not actor.organisation:  # "the Tigray Regional Government"
        code = named.country_code
        return replace(actor, kind="government", organisation=named.name, country_code=code)
    own = region_body(clean(desc.text), actor.country_code) if actor.kind != "person" else None
    if own is not None and not actor.organisation:  # "The Kano state government"
        kind = "government" if institution(desc.root) else actor.kind
        return Actor(clean(desc.text), kind, own.name, own.country_code)
    if actor.kind == "person" and actor.role == "governor" and not actor.organisation:
        state = article_state(desc.doc, places, actor.country_code)  # "Governor Ana Lee"
        return _of_region(actor, state, actor.kind) if state is not None else actor
    body = actor.kind == "government" or (actor.kind == "unknown" and institution(desc.root))
    if body and not actor.organisation and _tiered(desc, _STATE):
        # "the state government" of an article that writes "Kaduna state", "X, the state
        # capital": that state's (without those words, as often the nation's)
        state = article_state(desc.doc, places, actor.country_code)
        return _of_region(actor, state, "government") if state is not None else actor
    if not body or actor.organisation or not lower_tier(desc):
        return actor
    region = _article_region(places, actor.country_code) or _article_province(
        places, actor.country_code
    )
    if region is None:
        return actor
    return replace(
        actor, kind="government", organisation=region.name, country_code=region.country_code
    )


def _of_region(actor: Actor, region: Candidate, kind: ActorKind) -> Actor:
    code = region.country_code
    return replace(actor, kind=kind, organisation=region.name, country_code=code)


_STATE = words(
    """
    state
    """
)
#: "Kaduna, the state capital": the city the article calls its state's seat.
_STATE_CAPITAL = re.compile(r",\s+the\s+(?:state|provincial|regional)\s+capital\b")
#: "Kaduna State", "Zamfara state": a region written with its tier noun.
_TIER_AFTER = re.compile(r"\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion)\b")


def article_state(doc: Doc, places: Sequence[Place], country: str | None) -> Candidate | None:
    """The first-level region the article's own words make its state: that of the city it
    calls "the state capital", else the one region it writes with its tier noun ("Kaduna
    State"). A governor or "the state government" it names without one is that state's."""
    from claimmap.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    text = doc_text(doc)
    ours = [p for p in places if country in (None, p.country_code)]
    for place in (p for p in ours if p.kind == "city"):
        if any(_STATE_CAPITAL.match(text, m.end) for m in place.mentions):
            city = gaz.get(place.source_id)
            region = gaz.get(f"admin1:{city.admin1}") if city and city.admin1 else None
            if region is not None:
                return region
    tiered = {
        p.source_id
        for p in ours
        if p.kind == "admin1" and any(_TIER_AFTER.match(text, m.end) for m in p.mentions)
    }
    return gaz.get(tiered.pop()) if len(tiered) == 1 else None


def _tiered_name(name: str, tier: frozenset[str]) -> bool:
    return any(w in tier for w in name.lower().split())


def _article_region(places: Sequence[Place], country: str | None) -> Place | None:
    from claimmap.actors import admin_seat

    regions = [
        p
        for p in places
        if p.kind == "admin1" and country in (None, p.country_code) and p.id.startswith("admin1:")
    ]
    if not regions:
        return None
    cities = {p.name: len(p.mentions) for p in places if p.kind == "city"}

    def score(region: Place) -> tuple[int, int]:
        seat = admin_seat(region.id.removeprefix("admin1:"))
        return (cities.get(seat.name, 0) if seat is not None else 0, len(region.mentions))

    ranked = sorted(regions, key=score, reverse=True)
    if not score(ranked[0])[0]:
        return None  # the article names no region's seat: it may be about another one
    if len(ranked) > 1 and score(ranked[0]) == score(ranked[1]):
        return None  # two regions alike: none is the article's
    return ranked[0]


def _article_province(places: Sequence[Place], country: str | None) -> Place | None:
    """The one second-level unit (a Philippine or Italian province) the article names,
    where it names no first-level region: "the provincial government" is that one's."""
    units = [p for p in places if p.kind == "admin2" and country in (None, p.country_code)]
    if len(units) != 1 or any(p.kind == "admin1" for p in places):
        return None
    return units[0]


#: "The Oromia Regional Government", "the Sindh Provincial Government": a region's own name.
_REGION_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?P<region>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)\s+"
    r"(?:Regional|Provincial|Territorial|State)\s+(?:Government|Administration)$"
)


def named_region(name: str, country: str | None) -> Candidate | None:
    """The first-level region a capitalised regional government's name begins with, as
    the gazetteer holds it (name and country): that government sits in the region's seat,
    not in the national capital."""
    from claimmap.actors import locate_jurisdiction

    m = _REGION_GOVERNMENT.match(" ".join(name.split()))
    if m is None:
        return None
    place = locate_jurisdiction(m["region"], country, "admin1")
    if place is None or place.kind != "admin1":
        return None
    return place


#: "the Kaduna State Police Command", "Kaduna state government": a body a region's name
#: and its tier noun open.
_REGION_BODY = re.compile(
    r"^(?:the\s+)?(?P<region>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)\s+"
    r"(?:[Ss]tate|[Pp]rovince|[Pp]rovincial|[Rr]egional|[Tt]erritorial)\s+\w"
)


def region_body(name: str, country: str | None) -> Candidate | None:
    """The first-level region a body's name opens with before its tier noun ("the Kaduna
    State Police Command", "Kaduna state government"): the body is the region's and sits
    in its seat, not in the national capital."""
    from claimmap.actors import locate_jurisdiction

    m = _REGION_BODY.match(" ".join(name.split()))
    place = locate_jurisdiction(m["region"], country, "admin1") if m else None
    return place if place is not None and place.kind == "admin1" else None
