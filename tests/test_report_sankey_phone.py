"""The route Sankey on a 390 px phone: its title wraps instead of running off the screen,
and no node label is drawn over another label or a node (long names are cut, the height
grows with the nodes, and a chart of many columns asks for the width its labels need and
scrolls sideways). The crowded analysis below is invented: a big flow beside a chain of
small ones whose nodes line up, and long place names."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from claimmap.figures import route_flow
from claimmap.figures_sankey import (
    MIN_WIDTH_KEY,
    columns,
    flow_height,
    flow_min_width,
    short_label,
)
from claimmap.model import Analysis, Leg, Place, Route
from claimmap.report_pack import FIGURE_CSS, add_loader, figure_html

#: (id, name) of the invented places of the second route
_CHAIN = (
    ("gn:9900001", "Port Velmarsk International Airport"),
    ("gn:9900002", "Oskarholm-on-the-Sound"),
    ("gn:9900003", "Tresk"),
    ("gn:9900004", "Upper Qarvandeh Valley Border Post"),
    ("gn:9900005", "Lindau am Kessel"),
)


@pytest.fixture(scope="module")
def crowded(route_analysis: Analysis) -> Analysis:
    """The fixture's route (300 fighters over four places) and a second one of five places
    with long names and no number: hairline links beside a wide flow."""
    doc_id = route_analysis.document.id
    extra = tuple(
        Place(pid, doc_id, name, "city", "ZZ", pid, 40.0 + i, 30.0 + i, ())
        for i, (pid, name) in enumerate(_CHAIN)
    )
    ids = [pid for pid, _ in _CHAIN]
    chain = Route(
        "r2",
        doc_id,
        tuple(Leg(a, b, "stated", ("c2",)) for a, b in itertools.pairwise(ids)),
        mover="smugglers",
    )
    return dataclasses.replace(
        route_analysis,
        places=(*route_analysis.places, *extra),
        routes=(*route_analysis.routes, chain),
    )


def test_long_names_are_cut_and_shown_whole_on_hover(crowded: Analysis) -> None:
    node = route_flow(crowded).data[0].node
    labels, full = list(node.label), list(node.customdata)
    assert "Port Velmarsk Int…" in labels and "Tresk" in labels
    assert "Port Velmarsk International Airport" in full
    assert all(len(label) <= 18 for label in labels)
    assert short_label("Upper Qarvandeh Valley Border Post") == "Upper Qarvandeh V…"


def test_columns_follow_the_longest_chain_and_a_loop_sets_none() -> None:
    # a → b → c → a (the last link closes a loop), and d → b
    assert columns(4, [0, 1, 2, 3], [1, 2, 0, 1]) == [0, 1, 2, 0]
    # a node no link leaves goes to the last column, as plotly justifies it
    assert columns(4, [0, 1, 0], [1, 2, 3]) == [0, 1, 2, 2]


def test_width_and_height_grow_with_columns_labels_and_nodes() -> None:
    two = flow_min_width(["Tresk", "Lindau"], [0, 1])
    five = flow_min_width(["Tresk", "Lindau", "Abc", "Defgh", "Ijk"], [0, 1, 2, 3, 4])
    assert two < 340 < five  # two columns of short names fit a phone; five do not
    assert flow_min_width(["Tresk", "Oskarholm-on-the-S…"], [0, 1]) > two
    one_column = flow_height(2, [0], [1], 3)
    stacked = flow_height(7, [0, 1, 2, 3, 4, 5], [6, 6, 6, 6, 6, 6], 3)  # six sources
    assert one_column == 200 and stacked > 300


def test_the_figure_carries_its_width_and_the_report_scrolls_it(crowded: Analysis) -> None:
    fig = route_flow(crowded)
    spec = json.loads(fig.to_json())
    wide = spec["layout"]["meta"][MIN_WIDTH_KEY]
    assert wide > 390  # six columns of long names: wider than a phone
    html = figure_html("cm-figure-1", spec)
    assert f"min-width:{wide}px" in html
    assert html.startswith('<div class="cm-figure-scroll" style="overflow-x:auto">')
    plain = figure_html("cm-figure-2", {"data": [], "layout": {"height": 300}})
    assert plain.startswith('<div id="cm-figure-2"') and "min-width" not in plain


# --- in a browser ----------------------------------------------------------------------

#: label boxes that cross another label or a node, the title's box and the figure's
_CLASHES = """() => {
  const f = document.querySelector('.cm-figure:has(.sankey)');
  const box = e => { const b = e.getBoundingClientRect();
                     return {l: b.left, r: b.right, t: b.top, b: b.bottom}; };
  const cross = (a, b) => a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1;
  const nodes = [...f.querySelectorAll('.sankey-node')].map(n => ({
    text: n.querySelector('.node-label').textContent,
    label: box(n.querySelector('.node-label')), rect: box(n.querySelector('.node-rect'))}));
  const clashes = [];
  nodes.forEach((a, i) => nodes.forEach((b, j) => {
    if (i < j && cross(a.label, b.label)) clashes.push(a.text + ' / ' + b.text);
    if (i !== j && cross(a.label, b.rect)) clashes.push(a.text + ' / node ' + b.text);
  }));
  return {clashes: clashes, count: nodes.length, title: box(f.querySelector('.gtitle')),
          figure: box(f), labels: nodes.map(n => n.label)};
}"""


def _page(crowded: Analysis, tmp: Path) -> Path:
    spec = json.loads(route_flow(crowded).to_json())
    body = FIGURE_CSS + figure_html("cm-figure-1", spec)
    page = (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
        f'<body style="margin:0;padding:0 16px">{body}</body></html>'
    )
    path = tmp / "sankey.html"
    path.write_text(add_loader(page, frozenset({"sankey"})), encoding="utf-8")
    return path


def _measure(chromium: Path, path: Path, width: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox"])
        try:
            page = b.new_context(viewport={"width": width, "height": 844}).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(path.as_uri())
            page.locator(".cm-figure .sankey .node-label").first.wait_for(timeout=60_000)
            page.wait_for_timeout(800)  # plotly moves the nodes into place
            seen: dict[str, Any] = page.evaluate(_CLASHES)
            seen["errors"] = errors
            return seen
        finally:
            b.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1200])
def test_sankey_labels_stay_apart_and_the_title_on_screen(
    chromium: Path, crowded: Analysis, tmp_path: Path, width: int
) -> None:
    seen = _measure(chromium, _page(crowded, tmp_path), width)
    assert seen["count"] == 9
    assert seen["clashes"] == []
    assert seen["title"]["r"] <= width  # wrapped: the whole title on screen
    first_label = min(label["t"] for label in seen["labels"])
    assert seen["title"]["b"] <= first_label  # and above the chart
    assert max(label["b"] for label in seen["labels"]) <= seen["figure"]["b"]
    assert seen["errors"] == []


@pytest.mark.browser
def test_the_report_sankey_on_a_phone(chromium: Path, fixture_reports: Path) -> None:
    """The fixture's report: "Baku" and "Nagorno-Karabakh" were written over each other."""
    seen = _measure(chromium, fixture_reports.parent / "fixture-route.html", 390)
    assert seen["count"] == 4
    assert seen["clashes"] == []
    assert seen["title"]["r"] <= 390
