"""Where a branch of a divided state sits: "the eastern administration", "officials in
eastern Xland", "the eastern-based government" are not seated in the national capital
when it lies in another part of the country, but in the largest city the article names
in the part the phrase names.

The part is read as the gazetteer reads "northern Xland" (beyond the country's centroid,
see ``claimmap.gazetteer_areas``); a city's size is its gazetteer population.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import without_clauses
from claimmap.claims_cues import words
from claimmap.gazetteer_areas import canonical_direction

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor, Place

#: Nouns of a body or of its people that a compass word may mark as a branch.
_BRANCHED = words(
    """
    administration government authorities authority officials official parliament cabinet
    forces army military
    """
)
#: The nouns of a government as one body, whose members its next sentence may quote.
_CABINETS = words("government administration cabinet")
_KINDS = ("person", "organisation", "government")
_ADJECTIVES = words("northern southern eastern western")


def placed_by_branch(
    actor: Actor | None, span: Span | None, out: list[Actor | None], met: Context
) -> Actor | None:
    """The actor seated by the branch its phrase names, or by the government quoted in the
    sentence before (see ``of_government_before``)."""
    actor = branched(actor, span, met.places)
    if actor is None or span is None or not out or not met.claimants:
        return actor
    start, end, _ = met.claimants[-1]
    return of_government_before(actor, span, out[-1], (start, end))


def branched(actor: Actor | None, span: Span | None, places: Sequence[Place]) -> Actor | None:
    """ "The eastern administration": seated in its part of the country, not the capital."""
    if actor is None or span is None:
        return actor
    return branch_seat(without_clauses(span), actor, places)


def branch_seat(desc: Span, actor: Actor, places: Sequence[Place]) -> Actor:
    """The actor placed in its branch's largest named city, where its phrase names a branch
    ("the eastern administration", "officials in eastern Xland") whose part of the country
    does not hold the capital; else unchanged."""
    if actor.kind not in _KINDS or actor.located or not actor.country_code:
        return actor
    direction = next((d for t in desc if (d := _branch_word(t)) is not None), None)
    if direction is None:
        return actor
    city = _branch_city(direction, actor.country_code, places)
    return replace(actor, located=city.name) if city is not None else actor


def _branch_word(tok: Token) -> str | None:
    """The direction of "eastern" modifying a body noun ("the eastern(-based)
    administration") or a country ("in eastern Xland")."""
    if tok.lower_ not in _ADJECTIVES:
        return None
    head = tok.head
    if head.lower_ == "based" and head.head is not head:  # "eastern-based administration"
        head = head.head
    body = head.lower_ in _BRANCHED
    country = head.ent_type_ == "GPE" and head.pos_ == "PROPN"
    return canonical_direction(tok.lower_) if body or country else None


def _branch_city(direction: str, code: str, places: Sequence[Place]) -> Place | None:
    """The most populous city of the article, in ``code``, on the ``direction`` side of
    the country's centroid; none where the capital is on that side itself."""
    from claimmap.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    country, capital = gaz.country(code), gaz.capital(code)
    if country is None or capital is None:
        return None
    if _beyond(direction, capital.lat, capital.lon, country.lat, country.lon):
        return None
    cities = [
        p
        for p in places
        if p.kind == "city"
        and p.country_code == code
        and _beyond(direction, p.lat, p.lon, country.lat, country.lon)
    ]
    sizes = {p.id: _population(gaz.get(p.source_id)) for p in cities}
    return max(cities, key=lambda p: sizes[p.id], default=None)


def _population(found: object) -> int:
    return int(getattr(found, "population", 0) or 0)


def _beyond(direction: str, lat: float, lon: float, lat0: float, lon0: float) -> bool:
    """Is (lat, lon) on the ``direction`` side of (lat0, lon0)?"""
    checks = {
        "north": lat > lat0,
        "south": lat < lat0,
        "east": lon > lon0,
        "west": lon < lon0,
    }
    return all(checks[part] for part in checks if part in direction)


def of_government_before(
    actor: Actor, span: Span, before: Actor | None, quoted: tuple[int, int]
) -> Actor:
    """ "Yemen's government, based in Aden, welcomed the seizure. Information Minister Ali
    Reza wrote ...": an office holder with no country, opening the sentence right after
    the one a government was quoted in (same paragraph), is of that government, seated
    where the text placed it; what his own sentence says of other states does not
    unmake that."""
    from claimmap.actors import GOVERNMENT_ROLES
    from claimmap.claims_actor_countries import paragraph_first
    from claimmap.claims_tokens import sentence_at

    if actor.kind != "person" or actor.country_code or actor.role not in GOVERNMENT_ROLES:
        return actor
    if before is None or before.kind != "government" or not before.country_code:
        return actor
    doc, at = span.doc, quoted[0]
    sent = sentence_at(doc, span.start)
    if sent.start != span.start or sent.start == 0 or not sent.start > at:
        return actor
    previous = sentence_at(doc, sent.start - 1)
    if not previous.start <= at < previous.end or at < paragraph_first(doc, span.start):
        return actor
    if doc[at : quoted[1]].root.lower_ not in _CABINETS:
        return actor  # "U.S. officials said ... President Ali Reza said": not their president
    located = before.located if before.located and not before.located.startswith("spoke") else None
    return replace(actor, country_code=before.country_code, located=actor.located or located)
