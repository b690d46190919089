"""What the newcomer review left open: a 6 MB page that shows its text late, claim sources
in repeated colours, piled-up leg labels and "movement" for an unnamed mover, seat links
to invisible points, a map the keyboard cannot reach, non-answers mixed with claims and
an outlet's caveat dropped."""

from __future__ import annotations

import base64
import dataclasses
import gzip
import re
from pathlib import Path
from typing import Any

import nbformat
import plotly.graph_objects as go
import pytest

from claimmap import figures, maps, report
from claimmap.assets import plotly_js
from claimmap.maps_html import UNNAMED_MOVER, claim_block, leg_label
from claimmap.model import Actor, Analysis, Route, Span
from claimmap.report_pack import add_loader, loader_html, pack_figures, script_json


def html_of(view: object) -> str:
    data = view._repr_html_()  # type: ignore[attr-defined]
    assert isinstance(data, str)
    return data


def render(m: Any) -> str:
    page: str = m.get_root().render()
    return page


# --- page weight -----------------------------------------------------------------------


def test_report_figures_carry_their_json_not_plotly_js(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures, "_plotlyjs_sent", False)
    fig = go.Figure(go.Bar(x=["a"], y=[1], name="</script><b>x"))
    fig.update_layout(height=321)
    bundle = figures.show(fig)._repr_mimebundle_()
    assert plotly_js()[:2000] in bundle["text/html"]  # what a notebook's HTML export keeps
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("fig")
    cell.outputs = [nbformat.v4.new_output("display_data", bundle)]
    nb.cells = [cell, nbformat.v4.new_code_cell("2")]
    packed, count = pack_figures(nb)
    html = packed.cells[0].outputs[0]["data"]["text/html"]
    assert count == 1 and len(html) < 20_000 and plotly_js()[:2000] not in html
    assert '<div id="cm-figure-1" class="cm-figure plotly-graph-div" style="height:321px' in html
    assert '<script type="application/json" id="cm-figure-1-spec">' in html
    assert "</script><b>" not in html and "\\u003c/script\\u003e\\u003cb\\u003ex" in html
    assert nb.cells[0].outputs[0]["data"]["text/html"] == bundle["text/html"]  # a copy
    assert script_json({"a": "<&>"}) == '{"a": "\\u003c\\u0026\\u003e"}'


def test_loader_holds_plotly_js_once_gzipped_at_the_end_of_the_body() -> None:
    loader = loader_html()
    blob = re.search(r'<script type="application/octet-stream" id="cm-plotly-gz">([^<]+)', loader)
    assert blob is not None
    assert gzip.decompress(base64.b64decode(blob.group(1))).decode() == plotly_js()
    assert len(loader) < 0.45 * len(plotly_js())
    assert "DecompressionStream" in loader and '"displaylogo": false' in loader
    page = add_loader("<html><body><p>text</p></body></html>")
    assert page.startswith("<html><body><p>text</p><script") and page.endswith("</body></html>")


# --- non-answers, stances, caveats ------------------------------------------------------


def test_non_answers_are_listed_apart_and_stances_are_marked(route_analysis: Analysis) -> None:
    french, assad = route_analysis.claims
    analysis = dataclasses.replace(
        route_analysis,
        claims=(
            dataclasses.replace(french, kind="non_answer"),
            dataclasses.replace(assad, kind="stance"),
        ),
    )
    html = html_of(report.claims_table(analysis))
    main, rest = html.split("Asked, but did not answer", 1)
    assert "Ankara was sending militants" in main and "300 fighters" not in main
    assert '<span class="cm-badge cm-stance">stance</span>' in main
    assert "300 fighters from Aleppo province" in rest and "Ankara was sending" not in rest
    assert "(1): a refusal or a silence is no claim either way." in rest
    assert f'href="#cm-claim-{french.content.start}-{french.content.end}"' in rest
    # the popups say so too
    assert "did not answer (no claim either way)" in claim_block(analysis, analysis.claims[0])
    plain = html_of(report.claims_table(route_analysis))
    assert "Asked, but did not answer" not in plain
    assert '<span class="cm-badge cm-stance">' not in plain


def test_a_claim_caveat_is_shown_beside_its_content(route_analysis: Analysis) -> None:
    french, assad = route_analysis.claims
    doc = route_analysis.document.text
    # any words of the article stand in for the caveat here; what matters is where they go
    at = doc.index("Fighting went on")
    words = Span(french.doc_id, at, at + 16, "Fighting went on")
    flagged = dataclasses.replace(french, caveats=(words, words))
    analysis = dataclasses.replace(route_analysis, claims=(flagged, assad))
    html = html_of(report.claims_table(analysis))
    assert 'Gaziantep <span class="cm-caveat" title="caveat">⚠ Fighting went on</span>' in html
    assert html.count('class="cm-caveat"') == 1  # not on Assad's claim
    assert "<th>caveat</th><td>Fighting went on</td>" in claim_block(analysis, flagged)
    assert "caveat" not in claim_block(analysis, assad)


# --- leg labels -------------------------------------------------------------------------


def test_a_leg_with_no_named_mover_is_not_labelled_movement(route_analysis: Analysis) -> None:
    route = route_analysis.routes[0]
    leg = dataclasses.replace(route.legs[0], movement_ids=(), claim_ids=())
    bare = Route("doc:r9", route.doc_id, (leg,))
    analysis = dataclasses.replace(route_analysis, routes=(bare,))
    assert leg_label(analysis, bare, leg) == UNNAMED_MOVER == "mover not named"
    page = render(maps.route_map(analysis))
    assert '"mover not named"' in page and '"movement"' not in page
    assert "<td>mover not named</td>" in html_of(report.legs_table(analysis))


# --- seat links, colours ----------------------------------------------------------------


def _group_of(page: str, layer_name: str) -> str:
    found = re.search(rf'"{re.escape(layer_name)}" : (feature_group_\w+)', page)
    assert found, layer_name
    return found.group(1)


def test_a_seat_link_to_a_hidden_place_shows_only_with_that_place(
    route_analysis: Analysis,
) -> None:
    page = render(maps.route_map(route_analysis))
    links = re.findall(
        r"L\.polyline\(\s*(\[\[.*?\]\]),\s*\{[^}]*\"className\": \"cm-seat-link\"[^}]*\}"
        r"\s*\)\.addTo\((\w+)\)",
        page,
        re.S,
    )
    assert links
    seats, actors = (
        _group_of(page, "Claim sources (seats)"),
        _group_of(page, "Places named as actors"),
    )
    to_ankara = [group for path, group in links if "39.91987, 32.85427" in path]
    # Assad's claim names Ankara, drawn only in the hidden "Places named as actors" layer
    assert to_ankara and set(to_ankara) == {actors}
    assert any(group == seats and "40.37767" in path for path, group in links)  # Baku, shown
    assert {group for _, group in links} <= {seats, actors}


def test_sources_past_the_palette_share_one_grey_row_not_a_reused_colour(
    route_analysis: Analysis,
) -> None:
    french, assad = route_analysis.claims
    extra = [
        dataclasses.replace(
            assad,
            id=f"x{i}",
            actor=Actor(f"Speaker {i}", "person", None, None),
            modality="asserted",
        )
        for i in range(len(maps.PALETTE) + 2)
    ]
    analysis = dataclasses.replace(route_analysis, claims=(*extra, french, assad))
    ranked = maps.ranked_sources(analysis)
    # the sources behind the route's legs get the first colours, though named last
    assert ranked[:2] == ["French government", "Bashar al-Assad"]
    colours = maps.palette_for(ranked)
    assert colours["French government"] == maps.PALETTE[0]
    assert len(set(colours.values())) == len(maps.PALETTE) + 1  # 14 colours and the grey
    legend = maps.legend_html([], colours)
    others = [n for n, c in colours.items() if c == maps.OTHER_SOURCES]
    assert others == ["Speaker 12", "Speaker 13", "Speaker 14", "Speaker 15"]
    assert "other sources (4): Speaker 12; Speaker 13; Speaker 14; Speaker 15</div>" in legend
    assert legend.count('<span class="sw"') == len(maps.PALETTE) + 1  # one grey row


# --- the map from the keyboard ----------------------------------------------------------


def test_legs_table_buttons_name_features_the_map_can_show(route_analysis: Analysis) -> None:
    page = render(maps.route_map(route_analysis))
    table = html_of(report.legs_table(route_analysis))
    keys = re.findall(r'data-cm-key="([^"]+)"', table)
    # a row: the leg, then its ends
    assert keys[:3] == ["leg:r1:1", "place:ne:SYR-2303", "place:gn:314830"]
    assert set(keys) >= {"leg:r1:2", "leg:r1:3", "place:gn:587084"}
    for key in set(keys):
        assert f'"{key}": [' in page, key
    assert "window.cmShow = function (key" in page


# --- in a browser -----------------------------------------------------------------------


def _open(chromium: Path, path: Path, width: int = 1200, height: int = 800) -> Any:
    from playwright.sync_api import sync_playwright

    p = sync_playwright().start()
    b = p.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox"])
    context = b.new_context(viewport={"width": width, "height": height})
    external: list[str] = []
    context.route(
        "**/*",
        lambda r: (
            r.continue_()
            if r.request.url.startswith(("file:", "data:", "blob:"))
            else (external.append(r.request.url), r.abort())
        ),
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    return p, b, page, errors + external


@pytest.mark.browser
def test_report_draws_packed_figures_and_map_buttons_work_from_the_keyboard(
    chromium: Path, fixture_reports: Path
) -> None:
    p, b, page, errors = _open(chromium, fixture_reports.parent / "fixture-route.html")
    try:
        page.wait_for_selector("table.cm-table")
        page.locator(".cm-figure .main-svg").first.wait_for(timeout=30_000)
        assert page.locator(".cm-figure").count() == 2
        assert page.evaluate("typeof window.Plotly.newPlot") == "function"
        button = page.locator('button.cm-on-map[data-cm-key="leg:r1:2"]')
        button.focus()
        page.keyboard.press("Enter")
        frame = page.frame_locator("iframe.cm-map-frame")
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for()
        assert "Gaziantep → Baku" in popup.inner_text()
        inner = page.frames[1]
        assert inner.evaluate("document.activeElement.classList.contains('leaflet-container')")
        # a place in the hidden "Places named as actors" layer is turned on to be shown
        assert inner.evaluate("window.cmShow('place:gn:323786')")
        frame.locator(".leaflet-popup-content", has_text="Ankara").wait_for()
        # the leg's popup closes (Leaflet fades it out for 200 ms first)
        frame.locator(".leaflet-popup-content", has_text="Gaziantep → Baku").wait_for(
            state="detached"
        )
        assert errors == []
    finally:
        b.close()
        p.stop()


@pytest.mark.browser
def test_leg_labels_at_a_shared_end_do_not_cover_each_other(
    chromium: Path, route_analysis: Analysis, tmp_path: Path
) -> None:
    legs = tuple(
        dataclasses.replace(leg, movement_ids=(), claim_ids=())
        for leg in route_analysis.routes[0].legs[:2]
    )
    routes = tuple(
        Route(f"r{i}", route_analysis.document.id, legs, mover=mover)
        for i, mover in enumerate(["fighters", "trucks of fuel", "two buses", "a cargo plane"])
    )
    path = tmp_path / "shared.html"
    maps.route_map(dataclasses.replace(route_analysis, routes=routes)).save(str(path))
    p, b, page, errors = _open(chromium, path)
    try:
        page.wait_for_selector(".cm-leg-label")
        page.wait_for_timeout(300)
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('.cm-leg-label')].map(el => {
                const r = el.getBoundingClientRect();
                return {text: el.textContent, hidden: getComputedStyle(el).visibility === 'hidden',
                        left: r.left, right: r.right, top: r.top, bottom: r.bottom};
            })"""
        )
        assert sorted(b["text"] for b in boxes) == sorted(
            ["fighters", "trucks of fuel", "two buses", "a cargo plane"]
        )
        shown = [b for b in boxes if not b["hidden"]]
        assert len(shown) >= 3
        for one, other in ((x, y) for i, x in enumerate(shown) for y in shown[i + 1 :]):
            apart = (
                one["right"] <= other["left"]
                or other["right"] <= one["left"]
                or one["bottom"] <= other["top"]
                or other["bottom"] <= one["top"]
            )
            assert apart, (one, other)
        assert errors == []
    finally:
        b.close()
        p.stop()
