"""Legs across the antimeridian, in the exports: cut at ±180° (RFC 7946, 3.1.9)."""

from __future__ import annotations

import itertools

import claimmap
from claimmap.documents import from_text


def test_a_leg_across_the_pacific_is_a_multilinestring_cut_at_180() -> None:
    """RFC 7946: a line crossing the antimeridian is cut there, or GIS tools draw it the
    long way round (Vancouver -> Tokyo across America and Asia)."""
    from claimmap.export import analysis_geojson
    from claimmap.routes_frame import antimeridian_parts

    analysis = claimmap.analyze(
        from_text("Officials said the cargo was flown from Vancouver to Tokyo last week.")
    )
    (leg,) = [
        f for f in analysis_geojson(analysis)["features"] if f["properties"]["feature"] == "leg"
    ]
    assert leg["geometry"]["type"] == "MultiLineString"
    east, west = leg["geometry"]["coordinates"]
    assert east[-1][0] == -180.0 and west[0][0] == 180.0
    assert all(abs(q[0] - p[0]) < 180 for part in (east, west) for p, q in itertools.pairwise(part))
    assert antimeridian_parts([(37.4, 37.1), (49.9, 40.4)]) == [[(37.4, 37.1), (49.9, 40.4)]]
