"""The charts' plotly.js is unpacked while the page is still loading (it used to wait for
the load event) but run only after the text and the map are shown."""

from __future__ import annotations

from pathlib import Path

import pytest

#: records when the loader starts the gunzip, and what the page looked like at its load
_SPY = """
window.__cm = {};
(function () {
  var Real = window.DecompressionStream;
  window.DecompressionStream = function (format) {
    window.__cm.unpackState = document.readyState;
    window.__cm.unpackAt = performance.now();
    return new Real(format);
  };
  window.addEventListener("load", function () {
    window.__cm.loadAt = performance.now();
    window.__cm.plotlyAtLoad = typeof window.Plotly;
    var frame = document.querySelector("iframe.cm-map-frame");
    window.__cm.mapAtLoad = !!(frame && frame.contentDocument &&
        frame.contentDocument.querySelector("path.cm-leg"));
  });
})();
"""


@pytest.mark.browser
def test_plotly_is_unpacked_before_load_and_run_after_the_map(
    chromium: Path, fixture_reports: Path
) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox"])
        try:
            page = b.new_context(viewport={"width": 390, "height": 844}).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.add_init_script(_SPY)
            page.goto((fixture_reports.parent / "fixture-route.html").as_uri())
            page.locator(".cm-figure .main-svg").first.wait_for(timeout=60_000)
            seen = page.evaluate("window.__cm")
            assert seen["unpackState"] != "complete"  # started while the page was loading
            assert seen["unpackAt"] < seen["loadAt"]
            assert seen["plotlyAtLoad"] == "undefined"  # plotly.js not run before the map
            assert seen["mapAtLoad"] is True
            assert page.locator(".cm-figure .main-svg").count() >= 2
            assert errors == []
        finally:
            b.close()
