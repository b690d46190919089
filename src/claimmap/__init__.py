"""claimmap: places, claims and alleged movement routes of news articles, mapped offline.

The pipeline, one module a stage::

    documents.load → places (recognise + resolve, over gazetteer) → claims → routes
                   → maps / figures → report

Importing claimmap is cheap: spaCy, geopandas and folium load on first use.
Note that ``claimmap.places``, ``claimmap.claims`` and ``claimmap.routes`` are the
DataFrame-returning verbs; their modules are ``claimmap.places`` etc. via ``import``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

from claimmap.claims import claims
from claimmap.documents import from_text, load, load_many
from claimmap.errors import (
    ClaimmapError,
    DocumentError,
    GazetteerError,
    GeocoderError,
    ReportError,
)
from claimmap.gazetteer import geocode
from claimmap.model import (
    Actor,
    Analysis,
    Candidate,
    Claim,
    Document,
    Leg,
    Mention,
    Movement,
    Place,
    PlaceRef,
    Quantity,
    Route,
    Span,
    Unresolved,
)
from claimmap.pipeline import analyze
from claimmap.places import places
from claimmap.routes import routes

_LAZY = {
    "route_map": "claimmap.maps",
    "claims_map": "claimmap.maps",
    "places_map": "claimmap.maps",
    "build_reports": "claimmap.report",
}


def __getattr__(name: str) -> Any:
    """Load the map and report helpers (folium, nbconvert) only when asked for."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'claimmap' has no attribute {name!r}")


__all__ = [
    "Actor",
    "Analysis",
    "Candidate",
    "Claim",
    "ClaimmapError",
    "Document",
    "DocumentError",
    "GazetteerError",
    "GeocoderError",
    "Leg",
    "Mention",
    "Movement",
    "Place",
    "PlaceRef",
    "Quantity",
    "ReportError",
    "Route",
    "Span",
    "Unresolved",
    "__version__",
    "analyze",
    "build_reports",
    "claims",
    "claims_map",
    "from_text",
    "geocode",
    "load",
    "load_many",
    "places",
    "places_map",
    "route_map",
    "routes",
]
