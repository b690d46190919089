"""Maps and reports in a real browser (Debian's chromium through Playwright), network blocked.

Every page must make zero requests except ``file:`` and ``data:``, log no console error,
draw its map (basemap and route visible), open popups on click, toggle layers, and keep
hostile article text inert (no dialog fires, no injected element appears).
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from claimmap import maps
from claimmap.model import Analysis

pytestmark = pytest.mark.browser

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
]
LOCAL = ("file:", "data:")
DOCS_SHOT = Path(__file__).resolve().parent.parent / "docs" / "seed_route_map.png"

LAND = (242, 239, 230)
SEA = (212, 230, 242)
ROUTE_BLUE = (0, 114, 178)  # the first claimant's colour (Okabe-Ito blue)

_PIXELS_JS = """async ([url, targets, tol]) => {
  const img = new Image(); img.src = url; await img.decode();
  const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
  const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  const hits = targets.map(() => 0); const seen = new Set();
  for (let i = 0; i < d.length; i += 4) {
    seen.add((d[i] >> 4) * 256 + (d[i + 1] >> 4) * 16 + (d[i + 2] >> 4));
    targets.forEach((t, j) => {
      if (Math.abs(d[i] - t[0]) <= tol && Math.abs(d[i + 1] - t[1]) <= tol
          && Math.abs(d[i + 2] - t[2]) <= tol) hits[j] += 1;
    });
  }
  return {hits: hits, distinct: seen.size, pixels: d.length / 4};
}"""


@dataclass
class Visit:
    """A page opened with the network blocked, and what it tried or complained about."""

    page: Any
    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=ARGS)
        yield b
        b.close()


def visit(browser: Any, path: Path, *, width: int = 1200, height: int = 900) -> Visit:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    v = Visit(page)

    def gate(route: Any) -> None:
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            v.external.append(url)
            route.abort()

    context.route("**/*", gate)
    page.on("console", lambda m: v.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: v.errors.append(str(e)))

    def on_dialog(d: Any) -> None:
        v.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return v


def pixel_stats(v: Visit, png: bytes, targets: list[tuple[int, int, int]]) -> dict[str, Any]:
    url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    stats: dict[str, Any] = v.page.evaluate(_PIXELS_JS, [url, [list(t) for t in targets], 30])
    return stats


def assert_clean(v: Visit) -> None:
    assert v.external == [], f"requests left the machine: {v.external[:5]}"
    assert v.errors == [], v.errors[:5]
    assert v.dialogs == [], v.dialogs


@pytest.fixture(scope="module")
def route_page(route_analysis: Analysis, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("maps") / "route.html"
    maps.route_map(route_analysis).save(str(path))
    return path


def test_route_map_renders_offline(browser: Any, route_page: Path) -> None:
    v = visit(browser, route_page)
    v.page.wait_for_selector("path.cm-leg")
    assert v.page.locator(".leaflet-cm-basemap-pane path").count() >= 4
    assert v.page.locator("path.cm-leg").count() == 3
    shot = v.page.locator(".folium-map").screenshot()
    stats = pixel_stats(v, shot, [LAND, SEA, ROUTE_BLUE])
    land, sea, blue = stats["hits"]
    assert stats["distinct"] > 20  # not blank
    assert land > stats["pixels"] * 0.2 and sea > stats["pixels"] * 0.05  # vector basemap
    assert blue > 300  # the French-claimed legs
    assert_clean(v)


def test_popups_open_on_click_with_sentence_and_offsets(browser: Any, route_page: Path) -> None:
    v = visit(browser, route_page)
    v.page.locator("path.cm-kind-city").first.click(force=True)
    popup = v.page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "doc fixture-route · chars [" in text and "claims about it" in text
    assert popup.locator("mark.cm-span").count() >= 1
    v.page.keyboard.press("Escape")
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    tip = v.page.locator(".leaflet-tooltip .cm-tip")
    for _ in range(5):  # the map may still be panning from the popup: aim again
        v.page.locator("path.cm-kind-city").first.hover(force=True)
        try:
            tip.wait_for(timeout=3000)
            break
        except PlaywrightTimeout:
            v.page.mouse.move(0, 0)
    tip.wait_for()
    assert "doc fixture-route · chars [" in tip.inner_text()
    v.page.locator("path.cm-stated").nth(1).dispatch_event("click")  # a thin line: no aiming
    v.page.wait_for_function(
        "(document.querySelector('.leaflet-popup-content') || {innerText: ''})"
        ".innerText.includes('stated leg')"
    )
    assert "French government" in v.page.locator(".leaflet-popup-content").inner_text()
    assert_clean(v)


def test_layer_control_toggles_layers(browser: Any, route_page: Path) -> None:
    v = visit(browser, route_page)
    control = v.page.locator(".leaflet-control-layers")
    route_box = control.locator("label", has_text="Route: fighters").locator("input")
    assert route_box.is_checked()
    route_box.uncheck()
    assert v.page.locator("path.cm-leg").count() == 0
    route_box.check()
    assert v.page.locator("path.cm-leg").count() == 3
    base_box = control.locator("label", has_text="Basemap (Natural Earth)").locator("input")
    basemap = v.page.locator(".leaflet-cm-basemap-pane path")
    before = basemap.count()
    base_box.uncheck()
    assert 0 < basemap.count() < before / 5  # only the disputed borders (own layer) stay
    base_box.check()
    assert basemap.count() == before
    assert_clean(v)


def test_hostile_map_stays_inert(browser: Any, hostile_analysis: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    maps.route_map(hostile_analysis).save(str(path))
    v = visit(browser, path)
    places = v.page.locator("path.cm-place")
    assert places.count() >= 5
    for i in range(places.count()):  # popups are where injected markup would run
        places.nth(i).dispatch_event("click")
        v.page.locator(".leaflet-popup-content").last.wait_for(timeout=5000)
    v.page.wait_for_timeout(300)
    shown = v.page.locator(".leaflet-popup-content").last.inner_text()
    assert "<script>alert(1)</script>" in shown  # shown as text, not run
    assert v.page.locator("img[src='x']").count() == 0
    assert_clean(v)


def test_index_links_and_reports_work_offline(browser: Any, fixture_reports: Path) -> None:
    v = visit(browser, fixture_reports)
    links = v.page.locator("a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs == ["fixture-route.html", "fixture-xss.html"]
    assert_clean(v)
    for href in hrefs:
        v = visit(browser, fixture_reports)
        v.page.locator(f"a[href='{href}']").click()
        v.page.wait_for_load_state("load")
        assert v.page.url.endswith(href)
        frame = v.page.frame_locator("iframe.cm-map-frame")
        frame.locator("path.cm-leg").first.wait_for()
        assert frame.locator("path.cm-leg").count() == 3
        v.page.locator(".plotly-graph-div .main-svg").first.wait_for()
        assert v.page.locator(".plotly-graph-div").count() == 2  # route flow, timeline
        assert v.page.locator("table.cm-table a.cm-src").count() >= 5  # claims, legs, unplaced
        if "xss" in href:
            assert "<script>alert(1)</script>" in v.page.locator(".cm-article h1").inner_text()
            assert "<script>alert(1)</script>" in v.page.title()
            assert v.page.locator("img[src='x']").count() == 0
        assert_clean(v)


def test_seed_report_renders_offline(browser: Any, seed_reports: Path) -> None:
    v = visit(browser, seed_reports)
    v.page.locator("a").first.click()
    v.page.wait_for_load_state("load")
    frame = v.page.frame_locator("iframe.cm-map-frame")
    frame.locator("path.cm-leg").first.wait_for()
    assert frame.locator("path.cm-stated").count() >= 3
    assert_clean(v)


def test_seed_route_map_screenshot(browser: Any, tmp_path: Path) -> None:
    """The README's picture; rewritten in docs/ when CLAIMMAP_UPDATE_DOCS=1."""
    import claimmap

    seed = claimmap.load(Path(__file__).resolve().parent.parent / "seeds" / SEED_NAME)
    path = tmp_path / "seed_route.html"
    maps.route_map(claimmap.analyze(seed), height=620).save(str(path))
    v = visit(browser, path, width=1200, height=640)
    v.page.wait_for_selector("path.cm-leg")
    v.page.wait_for_timeout(300)
    shot = v.page.locator(".folium-map").screenshot()
    stats = pixel_stats(v, shot, [LAND, SEA])
    assert stats["distinct"] > 20 and stats["hits"][0] > stats["pixels"] * 0.2
    assert_clean(v)
    if os.environ.get("CLAIMMAP_UPDATE_DOCS") == "1":
        DOCS_SHOT.write_bytes(shot)
    assert DOCS_SHOT.is_file() and re.match(rb"\x89PNG", DOCS_SHOT.read_bytes()[:4])


SEED_NAME = "000_970ebeb8bf9b266c.txt"
