"""A report's plotly.js sets up only the chart types the page draws, and runs from a
``blob:`` URL (compiled off the main thread)."""

from __future__ import annotations

import base64
import gzip
import re
from pathlib import Path

import pytest

from claimmap.assets import plotly_js
from claimmap.report_pack import loader_html
from claimmap.report_plotly import _REGISTER, registering_only

#: the shape of an esbuild bundle as plotly.js ships it, with made-up module names
_BUNDLE = (
    'var c1=W((e,t)=>{"use strict";t.exports={moduleType:"trace",name:"bar",plot:1}});'
    'var a1=W((e,t)=>{"use strict";t.exports=c1()});'
    'var c2=W((e,t)=>{"use strict";t.exports={moduleType:"trace",name:"sankey",x:2}});'
    'var a2=W((e,t)=>{"use strict";t.exports=c2()});'
    'var c3=W((e,t)=>{"use strict";t.exports={moduleType:"trace",name:"scattergl"}});'
    'var b3=W((e,t)=>{"use strict";var k=c3();k.plot=9;t.exports=k});'
    'var a3=W((e,t)=>{"use strict";t.exports=b3()});'
    'var c4=W((e,t)=>{"use strict";t.exports={moduleType:"component",name:"calendars"}});'
    'var a4=W((e,t)=>{"use strict";t.exports=c4()});'
    'var a5=W((e,t)=>{"use strict";t.exports={what:"not a plotly module"}});'
    "var m=W((e,t)=>{var P=core();P.register([a1(),a2(),a3(),a4(),a5()]);t.exports=P});"
)


def test_only_the_wanted_traces_are_registered_components_and_unknowns_kept() -> None:
    out = registering_only(_BUNDLE, {"scatter", "sankey"})
    assert "P.register([a2(),a4(),a5()])" in out
    assert out.replace("P.register([a2(),a4(),a5()])", "") == _BUNDLE.replace(
        "P.register([a1(),a2(),a3(),a4(),a5()])", ""
    )
    # a trace reached through a module extending another (scattergl) is found too
    assert "P.register([a3(),a4(),a5()])" in registering_only(_BUNDLE, {"scattergl"})
    assert registering_only(_BUNDLE, {"bar", "sankey", "scattergl"}) == _BUNDLE
    assert registering_only("no bundle at all", {"sankey"}) == "no bundle at all"


def test_the_installed_plotly_js_is_trimmed_to_scatter_and_sankey() -> None:
    full = plotly_js()
    trimmed = registering_only(full, {"scatter", "sankey"})
    before = _REGISTER.findall(full)[-1].split(",")
    after = _REGISTER.findall(trimmed)[-1].split(",")
    assert len(before) > 40 and len(after) == 2  # sankey and the calendars component
    assert len(full) - len(trimmed) == len(",".join(before)) - len(",".join(after))
    packed = re.search(r'id="cm-plotly-gz">([^<]+)', loader_html(frozenset({"sankey"})))
    assert packed is not None
    assert gzip.decompress(base64.b64decode(packed.group(1))).decode() != full


@pytest.mark.browser
def test_the_report_sets_up_only_its_charts_and_draws_them(
    chromium: Path, fixture_reports: Path
) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox"])
        try:
            page = b.new_context(viewport={"width": 1366, "height": 900}).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto((fixture_reports.parent / "fixture-route.html").as_uri())
            page.locator(".cm-figure .main-svg").first.wait_for(timeout=60_000)
            page.wait_for_function(
                "document.querySelectorAll('.cm-figure .main-svg').length >= 2"
                " && document.querySelectorAll('.cm-figure').length"
                " === document.querySelectorAll('.cm-figure:has(.main-svg)').length",
                timeout=30_000,
            )
            traces = page.evaluate("Object.keys(Plotly.PlotSchema.get().traces).sort()")
            assert traces == ["sankey", "scatter"]
            script = page.evaluate("document.querySelector('head script[src]').src")
            assert script.startswith("blob:")
            assert page.locator(".cm-figure .sankey").count() == 1
            assert page.locator(".cm-figure .scatterlayer").count() >= 1
            assert errors == []
        finally:
            b.close()
