"""The geoparser: every place an article names, resolved to a gazetteer entry.

Two steps, one module each: :mod:`claimmap.recognise` finds the spans that refer to a
place (spaCy NER fused with gazetteer matching), :mod:`claimmap.resolve` picks the entry
each one means using the rest of the article. This module wires them and offers the table
view, :func:`places`, one row per mention; the vetoes resolution ends with (strays, far
namesakes, codes' aliases) are in :mod:`claimmap.places_strays`.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from claimmap.documents import require_document
from claimmap.model import Document, Place, Unresolved
from claimmap.places_boilerplate import without_end_matter
from claimmap.places_site_containers import place_sites

if TYPE_CHECKING:
    import geopandas
    from spacy.tokens import Doc

    from claimmap.places_lexicon import GazetteerLike, Toponym

log = logging.getLogger(__name__)

COLUMNS = (
    "doc_id",
    "start",
    "end",
    "text",
    "place_id",
    "name",
    "kind",
    "form",
    "geonameid",
    "country_code",
    "lat",
    "lon",
    "confidence",
    "role",
    "evidence",
)


def extract_places(
    doc: Document, parsed: Doc, gazetteer: GazetteerLike | None = None
) -> tuple[list[Place], list[Unresolved]]:
    """Find and resolve the places of ``doc`` (parsed by :func:`claimmap.nlp.parse`).

    Returns one :class:`Place` per distinct gazetteer entry, its mentions in text order,
    and the mentions that looked like places but matched nothing. The recognised spans
    are also left in ``parsed.spans["claimmap_places"]``.
    """
    from claimmap.recognise import recognise
    from claimmap.resolve import resolve

    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    if not doc.text.strip():
        return [], []
    toponyms = without_outlet_names(recognise(parsed, gaz, doc.text), doc.outlet, doc.text)
    toponyms, end_matter = without_end_matter(toponyms, doc.id, doc.text)  # "About X", contacts
    found, unresolved = resolve(toponyms, gaz, doc.id, doc.text)
    found, unresolved = place_sites(found, [*unresolved, *end_matter], parsed, doc.id, doc.text)
    log.debug(
        "%s: %d toponyms → %d places, %d unresolved",
        doc.id,
        len(toponyms),
        len(found),
        len(unresolved),
    )
    return found, unresolved


def without_outlet_names(toponyms: list[Toponym], outlet: str | None, text: str) -> list[Toponym]:
    """ "Kyiv Independent, 2025-08-21", "told the Kyiv Independent": a name inside the
    article's own outlet name is part of a title, no place of the story (an outlet that is
    only a place's name, say "Kyiv", says nothing)."""
    if not outlet or not outlet.strip():
        return toponyms
    name = re.compile(rf"(?<!\w){re.escape(outlet.strip())}(?!\w)")
    spans = [(m.start(), m.end()) for m in name.finditer(text)]
    return [
        t
        for t in toponyms
        if not any(lo <= t.start and t.end <= hi and hi - lo > t.end - t.start for lo, hi in spans)
    ]


def places(doc: Document) -> geopandas.GeoDataFrame:
    """One row per place mention of ``doc``, with a point or polygon geometry (EPSG:4326).

    Columns: doc_id, start, end, text, place_id, name, kind, form (name / demonym / area /
    descriptor / coref), geonameid, country_code, lat, lon, confidence, role, evidence
    (a "; "-joined string), geometry — the gazetteer polygon where one exists.
    """
    require_document(doc, "places")
    import geopandas
    from shapely.geometry import Point

    from claimmap.nlp import parse

    gaz = _default_gazetteer()
    found, _ = extract_places(doc, parse(doc), gaz)
    rows: list[dict[str, Any]] = []
    geometries = []
    shapes: dict[str, Any] = {}
    for place in found:
        if place.id not in shapes:
            shape = gaz.geometry(place.source_id) if place.has_geometry else None
            shapes[place.id] = shape if shape is not None else Point(place.lon, place.lat)
        forms = place.mention_forms or ("name",) * len(place.mentions)
        for mention, form in zip(place.mentions, forms, strict=True):
            rows.append(
                {
                    "doc_id": place.doc_id,
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                    "place_id": place.id,
                    "name": place.name,
                    "kind": place.kind,
                    "form": form,
                    "geonameid": place.geonameid,
                    "country_code": place.country_code,
                    "lat": place.lat,
                    "lon": place.lon,
                    "confidence": place.confidence,
                    "role": place.role,
                    "evidence": "; ".join(place.evidence),
                }
            )
            geometries.append(shapes[place.id])
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["start"], rows[i]["end"]))
    frame = geopandas.GeoDataFrame(
        [rows[i] for i in order] or None,
        columns=list(COLUMNS),
        geometry=[geometries[i] for i in order],
        crs="EPSG:4326",
    )
    return frame.astype({"geonameid": "Int64"})


def _default_gazetteer() -> GazetteerLike:
    from claimmap.gazetteer import default_gazetteer

    return default_gazetteer()
