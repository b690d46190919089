"""The ``geoparse --jsonl`` rows: one row per toponym, as annotated news corpora mark them.

The places of an analysis are what the maps draw; a toponym row is a name in the text and
what it names. The two differ for a vague area: "northern China" is drawn as the northern part
of China, but the toponym is "China" and it names the country. Every annotated corpus of the
field marks it so (GeoVirus, GeoWebNews, LGL: "southern Mexico" → "Mexico" at the country's
point), as do the geoparsers users compare us with (CLIFF, Mordecai). The row keeps the area it
delimits under ``area``: nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Any

from claimmap.model import Candidate, Place, Span

#: the country entry for an ISO code (:meth:`claimmap.gazetteer.Gazetteer.country`)
CountryLookup = Callable[[str], Candidate | None]

_DIRECTION_WORD = re.compile(r"\S+\s+")


def toponym_rows(
    places: Iterable[Place], country: CountryLookup, forms: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """Rows ``{start, end, text, name, lat, lon, geonameid, kind, country_code, role, place,
    form}`` for every mention whose form is in ``forms`` (None: all), sorted by offset."""
    rows: list[dict[str, Any]] = []
    for place in places:
        mention_forms = place.mention_forms or ("name",) * len(place.mentions)
        for mention, form in zip(place.mentions, mention_forms, strict=True):
            if forms is not None and form not in forms:
                continue
            row: dict[str, Any] | None = _row(place, mention, form)
            if place.kind == "area":  # None for "northern" of "northern and eastern Syria"
                row = _named_country(row, place, mention, country)
            if row is not None:
                rows.append(row)
    rows.sort(key=lambda t: (t["start"], t["end"]))
    return rows


def _row(place: Place, mention: Span, form: str) -> dict[str, Any]:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "kind": place.kind,
        "country_code": place.country_code,
        "role": place.role,
        "place": place.id,
        "form": form,
    }


def _named_country(
    row: dict[str, Any] | None, place: Place, mention: Span, country: CountryLookup
) -> dict[str, Any] | None:
    """The row of the country an area mention names ("China" in "northern China"), with the
    area under ``area``; None for a mention that is only the direction word."""
    lead = _DIRECTION_WORD.match(mention.text)
    entry = country(place.country_code) if place.country_code else None
    if row is None or lead is None or entry is None:
        return None
    start = mention.start + lead.end()
    area = {k: row[k] for k in ("start", "end", "text", "name", "lat", "lon", "place")}
    return {
        **row,
        "start": start,
        "text": mention.text[lead.end() :],
        "name": entry.name,
        "lat": entry.lat,
        "lon": entry.lon,
        "geonameid": entry.geonameid,
        "kind": "country",
        "place": entry.source_id,
        "area": area,
    }
