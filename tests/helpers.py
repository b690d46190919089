"""What the test modules share: run a stage on a short text and find what it made.

Every helper checks the provenance it returns: each span's text is the text at its offsets.
"""

from __future__ import annotations

from datetime import datetime

from claimmap.claims import extract_claims
from claimmap.documents import from_text
from claimmap.model import Claim, Place, Span, Unresolved
from claimmap.nlp import parse
from claimmap.places import extract_places


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
