"""Plain-JSON and GeoJSON views of an :class:`~claimmap.model.Analysis` (the CLI contracts)."""

from __future__ import annotations

from typing import Any

from claimmap.model import Analysis, Claim, Leg, Movement, Place, PlaceRef, Span, to_dict


def span_json(span: Span | None, **extra: Any) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text, **extra}


def pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def document_json(analysis: Analysis) -> dict[str, Any]:
    doc = analysis.document
    return {
        "id": doc.id,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "lang": doc.lang,
        "source_path": doc.source_path,
        "chars": len(doc.text),
    }


def place_json(place: Place) -> dict[str, Any]:
    return {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "country_code": place.country_code,
        "geonameid": place.geonameid,
        "source_id": place.source_id,
        "lat": place.lat,
        "lon": place.lon,
        "role": place.role,
        "confidence": round(place.confidence, 3),
        "evidence": list(place.evidence),
        "mentions": [
            span_json(m, form=form)
            for m, form in zip(
                place.mentions, place.mention_forms or ("name",) * len(place.mentions), strict=True
            )
        ],
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    from claimmap.actors import seat_of  # reads geo/actors.csv on first use

    actor = claim.actor.name if claim.actor else None
    claimant = span_json(claim.claimant, actor=actor)
    if claimant is None and claim.actor is not None:
        claimant = {"start": None, "end": None, "text": None, "actor": actor}
    return {
        "id": claim.id,
        "claimant": claimant,
        "actor": to_dict(claim.actor),
        "cue": span_json(claim.cue),
        "content": span_json(claim.content),
        "content_parts": [span_json(p) for p in claim.content_parts],
        # the speaker's words only: the quotations, joined, when the attribution splits them
        "content_text": claim.content_text,
        "outlet": claim.outlet.text if claim.outlet else None,
        "outlet_span": span_json(claim.outlet),
        "date": claim.date.isoformat() if claim.date else None,
        "date_precision": claim.date_precision,
        "modality": claim.modality,
        "kind": claim.kind,
        "caveats": [span_json(c) for c in claim.caveats],
        "quantities": [to_dict(q) for q in claim.quantities],
        "places": list(claim.place_ids),
        "seat": to_dict(seat_of(claim.actor)) if claim.actor else None,
    }


def movement_pairs(movement: Movement) -> dict[str, Any]:
    """A movement as the ``routes --jsonl`` contract writes it: bare ``[start, end]`` pairs."""
    return {
        "trigger": pair(movement.trigger),
        "mover": pair(movement.mover),
        "origin": pair(movement.origin.span) if movement.origin else None,
        "transit": [pair(t.span) for t in movement.transit],
        "destination": pair(movement.destination.span) if movement.destination else None,
        **movement_date_json(movement, pair(movement.date_span)),
    }


def movement_date_json(movement: Movement, span: Any) -> dict[str, Any]:
    """When a movement happened: ISO date, precision, and the phrase (as ``span``)."""
    return {
        "date": movement.date.isoformat() if movement.date else None,
        "date_precision": movement.date_precision,
        "date_span": span,
    }


def leg_date_json(leg: Leg) -> dict[str, Any]:
    """The days a leg's dated movements span (None when none is dated)."""
    return {
        "date_start": leg.date_start.isoformat() if leg.date_start else None,
        "date_end": leg.date_end.isoformat() if leg.date_end else None,
        "date_precision": leg.date_precision,
    }


def _slot_places(ref: PlaceRef | None) -> list[str]:
    """Every place a slot names: "from X and Y" gives both."""
    if ref is None:
        return []
    return [p for p in (ref.place_id, *ref.other_place_ids) if p is not None]


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """The ``claimmap analyze`` JSON object for one document."""
    denials = {c.id for c in analysis.claims if c.modality == "denied"}
    return {
        "document": document_json(analysis),
        "places": [place_json(p) for p in analysis.places],
        "claims": [claim_json(c) for c in analysis.claims],
        "movements": [
            {
                "id": m.id,
                **movement_pairs(m),
                "origin_place": m.origin.place_id if m.origin else None,
                "origin_places": _slot_places(m.origin),
                # resolved stops only, like origin_places: an unresolved one ("through
                # the bush") keeps its span in "transit" but carries no null id
                "transit_places": [p for t in m.transit for p in _slot_places(t)],
                "destination_place": m.destination.place_id if m.destination else None,
                "destination_places": _slot_places(m.destination),
                "claim": m.claim_id,
                "negated": m.negated,
                "mood": m.mood,
                **movement_date_json(m, span_json(m.date_span)),
            }
            for m in analysis.movements
        ],
        "routes": [
            {
                "id": r.id,
                "mover": r.mover,
                "legs": [
                    {
                        "from": leg.from_place,
                        "to": leg.to_place,
                        "status": leg.status,
                        "mood": leg.mood,
                        "claims": list(leg.claim_ids),
                        # the claims among them that deny the leg: the other side, not support
                        "denied_by": [c for c in leg.claim_ids if c in denials],
                        "movements": list(leg.movement_ids),
                        "distance_km": leg.distance_km,
                        **leg_date_json(leg),
                    }
                    for leg in r.legs
                ],
            }
            for r in analysis.routes
        ],
        "unresolved": [{**span_json(u.mention), "reason": u.reason} for u in analysis.unresolved],  # type: ignore[dict-item]
    }


def analysis_geojson(analysis: Analysis, *, shapes: bool = False) -> dict[str, Any]:
    """A FeatureCollection: one feature per place, one LineString per route leg.

    Places are Points (their representative point); with ``shapes`` an area, a country or
    a river is its gazetteer outline or course instead (simplified), as drawn on the maps.
    Legs follow the great circle, as on the maps, cut in two where they cross ±180°.
    """
    from claimmap.maps import place_geometry
    from claimmap.routes_frame import leg_geometry

    features: list[dict[str, Any]] = []
    for place in analysis.places:
        point = {"type": "Point", "coordinates": [place.lon, place.lat]}
        shape = place_geometry(place, countries=True) if shapes else None
        features.append(
            {
                "type": "Feature",
                "geometry": shape or point,
                "properties": {
                    "feature": "place",
                    "doc_id": analysis.document.id,
                    **place_json(place),
                },
            }
        )
    by_id = {p.id: p for p in analysis.places}
    for route in analysis.routes:
        for leg in route.legs:
            a, b = by_id.get(leg.from_place), by_id.get(leg.to_place)
            if a is None or b is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": leg_geometry(a, b),
                    "properties": {
                        "feature": "leg",
                        "doc_id": analysis.document.id,
                        "route": route.id,
                        "mover": route.mover,
                        "from": leg.from_place,
                        "to": leg.to_place,
                        "status": leg.status,
                        "mood": leg.mood,
                        "claims": list(leg.claim_ids),
                        "distance_km": leg.distance_km,
                        **leg_date_json(leg),
                        "evidence": [span_json(s) for s in leg.evidence],
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}
