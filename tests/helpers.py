"""What the test modules share: run a stage on a short text and find what it made.

Every helper checks the provenance it returns: each span's text is the text at its offsets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from claimmap.claims import extract_claims
from claimmap.documents import from_text
from claimmap.model import (
    Actor,
    Analysis,
    Claim,
    Document,
    Movement,
    Place,
    Route,
    Span,
    Unresolved,
)
from claimmap.nlp import load_nlp, parse
from claimmap.pipeline import analyze
from claimmap.places import extract_places
from claimmap.routes import build_routes, extract_movements


def geoparse(text: str, doc_id: str = "passage") -> tuple[list[Place], list[Unresolved]]:
    """The places and the unresolved names of ``text``."""
    doc = from_text(text, doc_id=doc_id)
    places, unresolved = extract_places(doc, parse(doc))
    for place in places:
        for m in place.mentions:
            assert doc.text[m.start : m.end] == m.text
    return places, unresolved


def place_at(places: list[Place], text: str, words: str, nth: int = 0) -> Place:
    """The place holding the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    hits = [p for p in places if any(m.start == start for m in p.mentions)]
    assert len(hits) == 1, f"{words!r} #{nth} → {[p.name for p in hits]}"
    return hits[0]


def claims_of(text: str, published: datetime | None = None, doc_id: str = "passage") -> list[Claim]:
    """The claims of ``text`` (no places given), published at ``published``."""
    doc = from_text(text, doc_id=doc_id, published=published)
    found = extract_claims(doc, parse(doc), [])
    for c in found:
        for span in (c.content, c.claimant, c.cue, c.outlet, c.date_span):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
    return found


def only(found: list[Claim]) -> Claim:
    """The one claim of ``found``."""
    assert len(found) == 1, [(c.claimant and c.claimant.text, c.content.text) for c in found]
    return found[0]


def text_of(span: Span | None) -> str | None:
    return span.text if span is not None else None


def claim_by_cue(found: list[Claim], cue: str) -> Claim:
    """The one claim of ``found`` whose cue is written ``cue``."""
    hits = [c for c in found if text_of(c.cue) == cue]
    assert len(hits) == 1, [(text_of(c.cue), text_of(c.claimant), c.content.text) for c in found]
    return hits[0]


def analysed_claims(text: str, doc_id: str = "passage") -> list[Claim]:
    """The claims of ``text`` through the whole pipeline (``claimmap.analyze``)."""
    return analyze(from_text(text, doc_id=doc_id)).claims


def seat_name(claim: Claim) -> str | None:
    """Where the claim's actor sits on the map, None without an actor."""
    from claimmap.actors import seat_of

    return seat_of(claim.actor).place_name if claim.actor is not None else None


def placed_claims(text: str) -> list[Claim]:
    """The claims of ``text`` with the places the geoparser resolved in it."""
    doc = from_text(text, doc_id="passage")
    parsed = parse(doc)
    places, _ = extract_places(doc, parsed)
    return extract_claims(doc, parsed, places)


def actor_by(claims: list[Claim], claimant: str, nth: int = 0) -> Actor:
    """The actor of the ``nth`` claim whose claimant is written ``claimant``."""
    found = [c for c in claims if text_of(c.claimant) == claimant]
    assert len(found) > nth, [(text_of(c.claimant), c.actor) for c in claims]
    actor = found[nth].actor
    assert actor is not None
    return actor


#: A hand-built gazetteer for the routes tests: name → (id, kind, country, lat, lon).
HandGazetteer = Mapping[str, tuple[str, str, str | None, float, float]]


def spans_of(doc: Document, words: str) -> tuple[Span, ...]:
    """Every whole-word occurrence of ``words`` in ``doc``."""
    return tuple(
        Span(doc.id, m.start(), m.end(), words)
        for m in re.finditer(r"\b" + re.escape(words) + r"\b", doc.text)
    )


def claim(doc: Document, cid: str, content: str, who: str | None = None, **kw: object) -> Claim:
    """A hand-built claim: ``content`` and the claimant ``who`` as written in ``doc``."""
    start = doc.text.index(content)
    claimant = spans_of(doc, who)[0] if who else None
    actor = Actor(who) if who else None
    return Claim(
        id=cid,
        doc_id=doc.id,
        content=Span(doc.id, start, start + len(content), content),
        claimant=claimant,
        actor=actor,
        **kw,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class Read:
    """What the routes stage made of a passage, over hand-built places and claims."""

    doc: Document
    places: list[Place]
    movements: list[Movement]
    routes: list[Route]

    def slots(self) -> list[tuple[str, str | None, str | None, list[str], str | None]]:
        """(trigger, mover, origin, transit, destination) as written."""
        return [
            (
                m.trigger.text,
                m.mover.text if m.mover else None,
                m.origin.span.text if m.origin else None,
                [t.span.text for t in m.transit],
                m.destination.span.text if m.destination else None,
            )
            for m in self.movements
        ]

    def name(self, pid: str | None) -> str | None:
        return next((p.name for p in self.places if p.id == pid), None)

    def movement(self, trigger: str) -> Movement:
        return next(m for m in self.movements if m.trigger.text == trigger)

    def legs(self) -> set[tuple[str | None, str | None, str]]:
        """Every leg as (from, to, status) names."""
        return set().union(*self.route_legs()) if self.routes else set()

    def moods(self) -> dict[tuple[str | None, str | None], str]:
        """Every leg's mood ("made", "possible", "intended") by (from, to) names."""
        return {
            (self.name(leg.from_place), self.name(leg.to_place)): leg.mood
            for r in self.routes
            for leg in r.legs
        }

    def route_legs(self) -> list[set[tuple[str | None, str | None, str]]]:
        """Each route's legs as (from, to, status) names."""
        return [
            {(self.name(leg.from_place), self.name(leg.to_place), leg.status) for leg in r.legs}
            for r in self.routes
        ]


def read_routes(
    text: str,
    gaz: HandGazetteer,
    claims: Sequence[tuple[str, str, str | None]] | None = None,
    demonyms: Mapping[str, str] | None = None,
    **claim_fields: object,
) -> Read:
    """Movements and routes of ``text`` over the places ``gaz`` names in it (and the
    ``demonyms`` that point to them) and the ``claims`` (id, content, claimant) given,
    each with ``claim_fields`` (``kind="stance"``)."""
    doc = Document(id="t", text=text)
    parsed = load_nlp()(text)
    places = []
    for name, (pid, kind, cc, lat, lon) in gaz.items():
        named = [(m, "name") for m in spans_of(doc, name)]
        named += [
            (m, "demonym")
            for d, of in (demonyms or {}).items()
            if of == name
            for m in spans_of(doc, d)
        ]
        if named:
            named.sort(key=lambda mf: mf[0].start)
            mentions, forms = tuple(m for m, _ in named), tuple(f for _, f in named)
            places.append(
                Place(pid, doc.id, name, kind, cc, pid, lat, lon, mentions, mention_forms=forms)  # type: ignore[arg-type]
            )
    cl = [claim(doc, cid, content, who, **claim_fields) for cid, content, who in claims or []]
    movements = extract_movements(doc, parsed, places, cl)
    return Read(doc, places, movements, build_routes(doc, movements, places, cl))


def wire_story(title: str, header: str, body: str) -> Analysis:
    """The whole analysis of a short wire story: headline, outlet and date line, body."""
    return analyze(from_text(f"{title}\n{header}{body}\n"))


def leg_moods(analysis: Analysis) -> dict[tuple[str, str], str]:
    """(from, to) place names → the leg's mood, over every route."""
    names = {p.id: p.name for p in analysis.places}
    return {
        (names[leg.from_place], names[leg.to_place]): leg.mood
        for route in analysis.routes
        for leg in route.legs
    }


def leg_claim_modalities(analysis: Analysis) -> dict[tuple[str, str], list[str]]:
    """(from, to) place names → the modalities of the claims the leg cites, in order."""
    names = {p.id: p.name for p in analysis.places}
    by_claim = {c.id: c for c in analysis.claims}
    return {
        (names[leg.from_place], names[leg.to_place]): [by_claim[c].modality for c in leg.claim_ids]
        for route in analysis.routes
        for leg in route.legs
    }
