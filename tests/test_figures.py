"""Plotly figures: real values (geodesic km, precision intervals, flows), no CDN, escaped text."""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import datetime, timedelta

import pytest

from claimmap import figures
from claimmap.assets import plotly_js
from claimmap.model import Analysis


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_geodesic_km_agrees_with_the_sphere_within_half_a_percent() -> None:
    gaziantep, baku = (37.05944, 37.3825), (40.37767, 49.89201)
    km = figures.geodesic_km(*gaziantep, *baku)
    assert km == pytest.approx(1147.4, abs=0.5)
    assert km == pytest.approx(haversine_km(*gaziantep, *baku), rel=0.005)
    assert figures.geodesic_km(0, 0, 0, 1) == pytest.approx(111.32, abs=0.01)  # WGS84 equator


def test_legs_frame_keeps_the_route_stages_distances(route_analysis: Analysis) -> None:
    """The route stage is the one source of a leg's length: it leaves none where no honest
    length exists (two touching countries), and the table must not put a centroid one back."""
    frame = figures.legs_frame(route_analysis)
    assert list(frame["from"]) == ["Aleppo", "Gaziantep", "Baku"]
    assert list(frame["to"]) == ["Gaziantep", "Baku", "Nagorno-Karabakh"]
    assert list(frame["status"]) == ["stated", "stated", "inferred"]
    assert frame["distance_km"].iloc[1] == 1147.4  # given by the route stage
    assert route_analysis.routes[0].legs[2].distance_km is None
    assert frame["distance_km"].isna().iloc[2]
    assert list(frame["claimants"]) == ["French government"] * 2 + ["Bashar al-Assad"]
    assert frame["evidence"].iloc[0] == "[49, 69); [93, 117)"


def test_claims_frame(route_analysis: Analysis) -> None:
    frame = figures.claims_frame(route_analysis)
    row = frame.set_index("claim").loc["c2"]
    assert (row.claimant, row.outlet, row.precision, row.modality) == (
        "Bashar al-Assad",
        "Sputnik",
        "week",
        "alleged",
    )
    assert route_analysis.document.text[row.start : row.end] == row.content


def test_timeline_bars_span_the_date_precision(route_analysis: Analysis) -> None:
    fig = figures.claims_timeline(route_analysis)
    bars = {t.y[0]: t for t in fig.data if t.hoverinfo == "skip"}
    week = [x for x in bars["Bashar al-Assad"].x if x is not None]
    day = [x for x in bars["French government"].x if x is not None]
    assert week[1] - week[0] == timedelta(days=7)
    assert day[1] - day[0] == timedelta(days=1)
    assert day[0] == datetime(2020, 10, 5, 0, 0)
    dots = [t for t in fig.data if t.hoverinfo == "text"]
    assert [t.name for t in dots] == ["French government", "Bashar al-Assad"]
    assert "doc fixture-route · chars [36, 130)" in dots[0].hovertext[0]


def test_timeline_draws_undated_claims_hollow_at_publication(route_analysis: Analysis) -> None:
    undated = dataclasses.replace(route_analysis.claims[0], date=None, date_precision="unknown")
    analysis = dataclasses.replace(route_analysis, claims=(undated, route_analysis.claims[1]))
    fig = figures.claims_timeline(analysis)
    dot = next(t for t in fig.data if t.name == "French government" and t.hoverinfo == "text")
    assert dot.x[0] == route_analysis.document.published
    assert dot.marker.symbol[0] == "circle-open"


def test_route_flow_carries_the_number_moved(route_analysis: Analysis) -> None:
    sankey = figures.route_flow(route_analysis).data[0]
    assert list(sankey.node.label) == ["Aleppo", "Gaziantep", "Baku", "Nagorno-Karabakh"]
    assert list(sankey.link.source) == [0, 1, 2] and list(sankey.link.target) == [1, 2, 3]
    # 300 stated for the first two legs; the inferred leg carries the route's number on
    assert list(sankey.link.value) == [300, 300, 300]
    assert sankey.link.color[2].endswith(",0.25)")  # inferred: fainter


def test_legs_table_values(route_analysis: Analysis) -> None:
    table = figures.legs_table(route_analysis).data[0]
    header = list(table.header.values)
    assert header[:4] == ["leg", "mover", "from", "to"]
    distances = table.cells.values[header.index("distance_km")]
    assert distances[:2] == ("107.0", "1147.4") or list(distances[:2]) == ["107.0", "1147.4"]


def test_html_inlines_plotly_once_and_links_no_cdn(route_analysis: Analysis) -> None:
    fig = figures.claims_timeline(route_analysis)
    full = figures.to_html(fig)
    bare = figures.to_html(fig, include_plotlyjs=False)
    assert len(full) > 3_000_000 > len(bare)  # plotly.js itself is ~4.8 MB
    assert plotly_js() in full and plotly_js()[:2000] not in bare
    for html in (full.replace(plotly_js(), ""), bare):
        assert not re.search(r"<script[^>]+src=", html)
        assert "http" not in html  # no CDN (plotly.js, MathJax) and no topojson URL


def test_show_sends_plotlyjs_once_per_kernel(
    route_analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(figures, "_plotlyjs_sent", False)
    first = figures.show(figures.route_flow(route_analysis))._repr_mimebundle_()
    second = figures.show(figures.legs_table(route_analysis))._repr_mimebundle_()
    assert len(first["text/html"]) > 3_000_000 > len(second["text/html"])
    assert first["application/vnd.plotly.v1+json"]["data"][0]["type"] == "sankey"


def test_hostile_text_is_escaped(hostile_analysis: Analysis) -> None:
    figs = (figures.claims_timeline, figures.route_flow, figures.legs_table)
    for build in figs:
        payload = build(hostile_analysis).to_json()
        assert "<script>" not in payload and "<img" not in payload, build.__name__
        assert "&lt;script&gt;" in payload, build.__name__
