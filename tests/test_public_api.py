"""The public surface of ``claimmap`` is pinned: a change to it is a deliberate edit here."""

from __future__ import annotations

import subprocess
import sys

import claimmap

EXPECTED = [
    "Actor", "Analysis", "Candidate", "Claim", "ClaimmapError", "Document", "DocumentError",
    "GazetteerError", "GeocoderError", "Leg", "Mention", "Movement", "Place", "PlaceRef",
    "Quantity", "ReportError", "Route", "Span", "Unresolved", "__version__", "analyze",
    "build_reports", "claims", "claims_map", "from_text", "geocode", "load", "load_many", "places",
    "places_map", "route_map", "routes",
]  # fmt: skip


def test_all_is_sorted_and_pinned() -> None:
    assert claimmap.__all__ == sorted(claimmap.__all__)
    assert claimmap.__all__ == EXPECTED


def test_every_exported_name_resolves() -> None:
    for name in claimmap.__all__:
        assert getattr(claimmap, name) is not None, name


def test_verbs_are_functions_not_modules() -> None:
    for verb in ("places", "claims", "routes", "analyze", "geocode", "load"):
        assert callable(getattr(claimmap, verb)), verb


def test_import_is_cheap() -> None:
    """Importing claimmap must not load spaCy, geopandas or folium (no work at import)."""
    code = (
        "import sys, claimmap; heavy = [m for m in ('spacy', 'geopandas', 'folium', 'plotly') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
