"""Offline folium maps: nothing linked, everything escaped, every popup traceable to its text."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
import sys
import types

import pytest

from claimmap import maps
from claimmap.assets import leaflet_js
from claimmap.maps_html import (
    claim_block,
    highlight,
    leg_label,
    leg_popup,
    place_popup,
    sentence_bounds,
)
from claimmap.model import Analysis

XSS_RAW = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def page(m) -> str:  # type: ignore[no-untyped-def]
    return m.get_root().render()


@pytest.fixture(scope="module")
def route_page(route_analysis: Analysis) -> str:
    return page(maps.route_map(route_analysis))


def test_route_map_links_nothing_and_inlines_leaflet(route_page: str) -> None:
    assert not re.search(r"<script[^>]+src=", route_page)
    assert not re.search(r"<link[^>]+href=", route_page)
    assert "Leaflet 1.9.4" in route_page  # the npm copy installed by scripts/install_assets.sh
    assert "jquery" not in route_page.lower() and "bootstrap" not in route_page.lower()
    assert "L.tileLayer" not in route_page  # no online tiles unless asked for
    assert "url(images/" not in route_page  # Leaflet's CSS images are data: URLs


def test_online_tiles_only_when_asked(route_analysis: Analysis) -> None:
    html = page(maps.route_map(route_analysis, tiles="https://tiles.example/{z}/{x}/{y}.png"))
    assert "L.tileLayer" in html and "tiles.example" in html


def test_route_map_draws_basemap_legs_and_layers(route_page: str) -> None:
    assert "Made with Natural Earth" in route_page
    assert route_page.count("L.geoJSON(") >= 4  # land, lakes, borders, disputed borders
    assert '"dashArray": "4 4"' in route_page  # disputed borders dashed
    # two stated legs (solid, claimant colour) and one inferred (dashed)
    assert route_page.count('"className": "cm-leg cm-stated cm-arrow-0072b2"') == 2
    assert route_page.count('"className": "cm-leg cm-inferred cm-arrow-d55e00"') == 1
    assert re.search(r'"className": "cm-leg cm-inferred[^}]*"dashArray": "8 6"', route_page)
    assert "path.cm-arrow-0072b2{marker-mid:url(#cm-arrow-0072b2)}" in route_page
    assert '<marker id="cm-arrow-0072b2"' in route_page
    for layer in ("Basemap (Natural Earth)", "Places", "Route: fighters"):
        assert f'"{layer}"' in route_page
    assert "L.control.layers" in route_page
    assert "French government" in route_page and "Bashar al-Assad" in route_page  # legend


def test_route_map_fits_all_places(route_analysis: Analysis, route_page: str) -> None:
    calls = re.findall(r"\.fitBounds\(\s*(\[\[[-\d., \]\[]*\]\])", route_page)
    assert calls  # the last one is ours; Leaflet's own source holds a world-sized example
    (south, west), (north, east) = json.loads(calls[-1])
    points = [(p.lat, p.lon) for p in route_analysis.places if p.role != "actor"]
    seats = {s.who: (s.lat, s.lon) for s, _ in maps.claim_seats(route_analysis)}
    near = maps.near_seats(list(seats.values()), points)
    # Assad's seat (Damascus) is near the Syrian story; Paris and Sputnik's Moscow are not
    assert near == [seats["Bashar al-Assad"]]
    points += near
    for lat, lon in points:
        assert south < lat < north and west < lon < east, (lat, lon)
    assert north - south < 30 and east - west < 60  # fitted to what is drawn, not the world


def test_leg_labels_carry_mover_and_quantity(route_analysis: Analysis) -> None:
    route = route_analysis.routes[0]
    assert leg_label(route_analysis, route, route.legs[0]) == "300 fighters"
    assert leg_label(route_analysis, route, route.legs[2]) == "militants"


def test_a_fuller_count_stays_after_the_mover_as_told(route_analysis: Analysis) -> None:
    """A bare count reads before its mover ("300 fighters", not "fighters · 300"); a phrase
    with a bound ("some 300") stays after it, as the article said it."""
    route = route_analysis.routes[0]
    leg = route.legs[0]
    moved = next(m for m in route_analysis.movements if m.id in leg.movement_ids and m.quantity)
    assert moved.quantity is not None
    q = moved.quantity.span
    text = route_analysis.document.text
    start = text.rfind(" ", 0, q.start - 1) + 1  # the word before the count
    fuller = dataclasses.replace(q, start=start, text=text[start : q.end])
    movements = [
        dataclasses.replace(m, quantity=dataclasses.replace(m.quantity, span=fuller))
        if m is moved and m.quantity is not None
        else m
        for m in route_analysis.movements
    ]
    relabelled = dataclasses.replace(route_analysis, movements=movements)
    assert leg_label(relabelled, route, leg) == f"fighters · {fuller.text}"


def test_leg_popup_quotes_sentence_claimant_outlet_date_offsets(route_analysis: Analysis) -> None:
    route = route_analysis.routes[0]
    html = leg_popup(route_analysis, route, route.legs[1])
    assert "Gaziantep → Baku" in html and "stated leg" in html and "1,147 km" in html
    assert '<mark class="cm-span">moved to Baku</mark>' in html
    assert "doc fixture-route · chars [79, 92)" in html
    assert "<th>claimant</th><td>French government</td>" in html
    assert "<th>date</th><td>2020-10-05 (day)</td>" in html
    assert "<th>outlet</th><td>not named</td>" in html
    inferred = leg_popup(route_analysis, route, route.legs[2])
    assert "inferred: no sentence states this hop" in inferred
    assert "<th>outlet</th><td>Sputnik</td>" in inferred
    assert "<th>date</th><td>2020-10-01 (week)</td>" in inferred


def test_place_popup_quotes_each_mention(route_analysis: Analysis) -> None:
    baku = route_analysis.place("gn:587084")
    html = place_popup(route_analysis, baku)
    assert '<mark class="cm-span">Baku</mark>' in html
    start = route_analysis.document.text.index("Baku")
    assert f"chars [{start}, {start + 4})" in html
    assert "claims about it" in html and "French government" in html


def test_claim_block_marks_content_and_claimant(route_analysis: Analysis) -> None:
    html = claim_block(route_analysis, route_analysis.claims[1])
    assert '<mark class="cm-claimant">Syrian President Bashar al-Assad</mark>' in html
    assert '<mark class="cm-content">Ankara was sending militants' in html
    assert "<th>modality</th><td>alleged</td>" in html


def test_sentence_bounds_and_highlight() -> None:
    text = "First one. Then Baku said so! Last."
    assert sentence_bounds(text, 16, 20) == (11, 29)
    assert highlight(text, (11, 29), [(16, 20, "x")]) == 'Then <mark class="x">Baku</mark> said so!'
    assert highlight("a<b", (0, 3), [(1, 2, "x")]) == 'a<mark class="x">&lt;</mark>b'


def test_hostile_text_is_escaped_everywhere(hostile_analysis: Analysis) -> None:
    for build in (maps.route_map, maps.claims_map, maps.places_map):
        html = page(build(hostile_analysis))
        for raw in XSS_RAW:
            assert raw not in html, (build.__name__, raw)
        # the hostile place name reaches the popup, escaped for HTML and then for JS
        assert "\\u0026lt;script\\u0026gt;alert(1)" in html
        # text enters JS only as JSON strings, never inside a `template literal`
        ours = JSON_STRING.sub('""', html.replace(leaflet_js(), ""))
        assert "`" not in ours
        iframe = build(hostile_analysis)._repr_html_()
        assert "<script>alert(1)" not in iframe.split('srcdoc="', 1)[1]


def test_places_map_shows_areas_without_outline_as_dashed_rings(route_analysis: Analysis) -> None:
    html = page(maps.places_map(route_analysis))
    assert html.count("cm-kind-city") == 3  # Baku, Gaziantep, and Ankara in the actors layer
    assert '"Places named as actors"' in html
    # Natural Earth admin-1 polygons are not in geo/: Aleppo province is a dashed ring ...
    assert re.search(r'"className": "cm-place cm-kind-admin1", [^}]*"dashArray": "3 3"', html)
    # ... while "northern Syria" gets its polygon from the gazetteer, in the areas pane
    north = maps.place_geometry(route_analysis.place("area:north:SY"))
    assert north is not None and north["type"] in ("Polygon", "MultiPolygon")
    lons = [pt[0] for ring in _rings(north) for pt in ring]
    lats = [pt[1] for ring in _rings(north) for pt in ring]
    assert min(lons) > 35.5 and max(lons) < 42.5 and min(lats) > 34.5 and max(lats) < 37.5
    assert '"pane": "cm-areas"' in html
    assert "cm-kind-area" not in html


def _rings(geometry: dict) -> list:  # type: ignore[type-arg]
    polygons = (
        [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    )
    return [ring for polygon in polygons for ring in polygon]


def test_claims_map_has_one_layer_per_claimant(route_analysis: Analysis) -> None:
    html = page(maps.claims_map(route_analysis))
    assert '"Claims: French government"' in html and '"Claims: Bashar al-Assad"' in html
    assert html.count('"className": "cm-claim-ring"') == 6  # 3 places each


def test_palette_is_colour_blind_safe_and_stable() -> None:
    colours = maps.palette_for(["a", "b", "a", "c"])
    assert colours == {"a": "#0072B2", "b": "#D55E00", "c": "#009E73"}
    many = maps.palette_for(str(i) for i in range(16))
    # past the palette no colour is reused: the rest share the "other sources" grey
    assert len(set(list(many.values())[:14])) == 14
    assert many["14"] == many["15"] == maps.OTHER_SOURCES not in maps.PALETTE


def test_geodesic_midpoint() -> None:
    assert maps.geodesic_midpoint((0.0, 0.0), (0.0, 90.0)) == (0.0, 45.0)
    lat, lon = maps.geodesic_midpoint((37.05944, 37.3825), (40.37767, 49.89201))
    # pyproj on a sphere: (38.8855, 43.4914); north of the mean latitude 38.72, as it should be
    assert lat == pytest.approx(38.8855, abs=1e-3) and lon == pytest.approx(43.4914, abs=1e-3)


def test_seat_layer_links_seats_to_claimed_places(
    route_analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seat layer follows the ``claimmap.actors.seat_of`` contract (stand-in seats)."""
    seats = {
        "French government": ("Paris", 48.85341, 2.3488),
        "Bashar al-Assad": ("Damascus", 33.5102, 36.29128),
        "Sputnik": ("Damascus", 33.5102, 36.29128),  # stand-in: shares a city with Assad
    }

    def seat_of(actor, *, outlet=False):  # type: ignore[no-untyped-def]
        if actor.name not in seats:
            return None
        name, lat, lon = seats[actor.name]
        return types.SimpleNamespace(
            actor=actor, place_name=name, lat=lat, lon=lon, precision="city", source="t", reason=""
        )

    monkeypatch.setitem(sys.modules, "claimmap.actors", types.SimpleNamespace(seat_of=seat_of))
    found = maps.claim_seats(route_analysis)
    assert [(s.who, s.place_name, [c.id for c in cs]) for s, cs in found] == [
        ("French government", "Paris", ["c1"]),
        ("Bashar al-Assad", "Damascus", ["c2"]),
        ("Sputnik", "Damascus", ["c2"]),
    ]
    html = page(maps.route_map(route_analysis))
    assert '"Claim sources (seats)"' in html
    assert html.count('"className": "cm-seat-link"') == 9  # 3 seats → 3 places each
    seat_markers = re.findall(r'\{[^{}]*"className": "cm-seat"[^{}]*\}', html)
    radii = sorted(json.loads(m)["radius"] for m in seat_markers)
    assert radii == [7, 7, 11]  # Sputnik rings round Assad in Damascus


def test_basemap_is_real_natural_earth_geometry() -> None:
    from shapely.geometry import Point, shape

    sizes = {}
    for name in maps.BASEMAP_LAYERS:
        layer = maps.basemap_layer(name)
        assert layer["type"] == "FeatureCollection" and layer["features"], name
        sizes[name] = len(json.dumps(layer))
    assert sum(sizes.values()) < 800_000  # every map page embeds the basemap
    land = [shape(f["geometry"]) for f in maps.basemap_layer("land")["features"]]
    on_land = {"Ankara": (32.85, 39.92), "Baku": (49.89, 40.38), "Coventry": (-1.51, 52.41)}
    at_sea = {"Black Sea": (34.0, 43.0), "Caspian Sea": (51.0, 42.0), "mid-Atlantic": (-30.0, 30.0)}
    for where, (lon, lat) in on_land.items():
        assert any(g.contains(Point(lon, lat)) for g in land), where
    for where, (lon, lat) in at_sea.items():
        assert not any(g.contains(Point(lon, lat)) for g in land), where
    disputed = maps.basemap_layer("disputed")["features"]
    assert any("Nagorno" in json.dumps(f["properties"]) for f in disputed)


def test_install_assets_is_idempotent_and_fast() -> None:
    import subprocess
    import time
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "install_assets.sh"
    started = time.perf_counter()
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True, check=True)
    assert "up to date" in done.stdout
    assert time.perf_counter() - started < 2.0


def test_view_modules_import_cheaply() -> None:
    """folium, plotly, nbconvert and papermill load on first use, not on import."""
    import subprocess

    code = (
        "import sys, claimmap, claimmap.maps, claimmap.figures, claimmap.report, claimmap.assets\n"
        "print(sorted(m for m in ('folium', 'plotly', 'nbconvert', 'papermill', 'branca') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_tooltips_quote_the_sentence_with_offsets(route_analysis: Analysis) -> None:
    from claimmap.maps_html import claim_tooltip, place_tooltip

    gaziantep = route_analysis.place("gn:314830")
    tip = place_tooltip(route_analysis, gaziantep)
    start = route_analysis.document.text.index("Gaziantep")
    assert '<mark class="cm-span">Gaziantep</mark>' in tip
    assert f"doc fixture-route · chars [{start}, {start + 9})" in tip
    assert "the Turkish city of" in tip  # the sentence around it
    assad = route_analysis.claims[1]
    tip = claim_tooltip(route_analysis, "Bashar al-Assad", "(Damascus)", [assad])
    assert "via Sputnik · 2020-10-01 (week) · alleged" in tip
    assert '<mark class="cm-content">Ankara was sending militants' in tip
    assert f"chars [{assad.content.start}, {assad.content.end})" in tip


def test_a_leg_across_the_pacific_is_cut_at_the_antimeridian() -> None:
    """Leaflet joins vertices the short way in longitude: one part from Vancouver to Tokyo
    would be drawn across America, the Atlantic and Asia."""
    parts = maps.leg_path((49.28, -123.12), (35.68, 139.69))
    assert len(parts) == 2
    (west, east) = parts
    assert west[0] == (49.28, -123.12) and west[-1][1] == -180.0
    assert east[0][1] == 180.0 and east[-1] == (35.68, 139.69)
    assert west[-1][0] == east[0][0]  # one crossing latitude
    assert all(abs(q[1] - p[1]) < 180 for part in parts for p, q in itertools.pairwise(part))
    assert maps.leg_path((37.06, 37.38), (40.38, 49.89))[0][0] == (37.06, 37.38)


def test_leg_popups_say_where_the_leg_sits_not_the_route_id(route_analysis: Analysis) -> None:
    """A reader learns "leg 2 of 3", never the internal route id ("route doc:r0")."""
    from claimmap.maps_html import leg_popup

    route = next(r for r in route_analysis.routes if len(r.legs) > 1)
    popups = [leg_popup(route_analysis, route, leg) for leg in route.legs]
    n = len(route.legs)
    for i, popup in enumerate(popups, start=1):
        assert f"leg {i} of {n}" in popup
        assert route.id not in popup
