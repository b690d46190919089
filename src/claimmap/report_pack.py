"""Pack a report page light: plotly.js once, gzipped, loaded after the page is drawn.

plotly.js is 4.8 MB, three quarters of a report page, and inlined as a plain ``<script>``
in the middle of the page it made the browser parse and run it before painting anything
below (3-8 s to first paint). A report instead carries each figure as its JSON beside an
empty ``div``, and plotly.js once, gzipped and base64-encoded (about 2 MB) in an inert
``<script type="application/octet-stream">`` at the end of the body; a small loader
unpacks it with the browser's ``DecompressionStream`` as soon as it runs (in parallel
with the map's drawing: the charts used to wait for the page's load before even starting
to unpack), and runs plotly.js and draws the figures once the text and the map are shown
(running plotly.js takes the main thread for 1-2 s, which would delay the map). The
unpacked plotly.js runs from a ``blob:`` URL, which the browser compiles off the main
thread (as inline script text it compiled on it), and it sets up only the chart types the
page draws (:mod:`claimmap.report_plotly`). The page stays one self-contained file that
opens with no network. Notebooks keep :class:`claimmap.figures.FigureDisplay`'s plain HTML.
"""

from __future__ import annotations

import base64
import copy
import functools
import gzip
import json
from typing import Any

from claimmap.figures_sankey import MIN_WIDTH_KEY

PLOTLY_MIME = "application/vnd.plotly.v1+json"
#: A browser without DecompressionStream (Chrome < 80, Firefox < 113, Safari < 16.4).
NO_UNPACK = (
    "This browser cannot unpack the charts (it needs Chrome 80, Firefox 113, Safari 16.4 "
    "or later); the tables carry the same facts."
)
FIGURE_CSS = (
    "<style>.cm-figure:empty::before{content:'drawing the chart…';color:#777;"
    "font:13px system-ui,sans-serif;display:block;padding:1em}</style>"
)

_LOADER = """<script>
(function () {
  var figs = Array.prototype.slice.call(document.querySelectorAll("div.cm-figure"));
  var packed = document.getElementById("cm-plotly-gz");
  if (!figs.length || !packed) { return; }
  function say(text) { figs.forEach(function (d) { d.textContent = text; }); }
  function draw() {
    figs.forEach(function (div) {
      var spec = JSON.parse(document.getElementById(div.id + "-spec").textContent);
      window.Plotly.newPlot(div, spec.data, spec.layout, CONFIG);
    });
  }
  if (!("DecompressionStream" in window)) { say(NO_UNPACK); return; }
  // unpack at once, while the map is still being drawn (the gunzip goes in small
  // asynchronous steps): it is done by the time the page has loaded
  var raw = atob(packed.textContent), bytes = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  // arrayBuffer then TextDecoder: Response.text() on this stream takes seconds
  var unpacked = new Response(stream).arrayBuffer();
  // but run plotly.js (1-2 s of main thread) only once the text and the map are shown
  var shown = new Promise(function (done) {
    if (document.readyState === "complete") { done(); }
    else { window.addEventListener("load", function () { done(); }); }
  }).then(function () {
    return new Promise(function (done) { setTimeout(done, 0); });
  });
  function failed(e) { say("The charts could not be drawn: " + e); }
  Promise.all([unpacked, shown]).then(function (got) {
    // a blob: script is compiled off the main thread (inline text was compiled on it)
    var s = document.createElement("script");
    s.src = URL.createObjectURL(new Blob([got[0]], {type: "text/javascript"}));
    s.onload = function () {
      try { draw(); } catch (e) { failed(e); }
    };
    s.onerror = function () { failed("plotly.js did not run"); };
    document.head.appendChild(s);
  }).catch(failed);
})();
</script>"""


@functools.cache
def packed_plotly_js(traces: frozenset[str] = frozenset()) -> str:
    """plotly.js setting up only ``traces`` (all when empty), gzipped (fixed mtime, so
    pages are reproducible) and base64-encoded."""
    from claimmap.report_plotly import plotly_js_for

    data = gzip.compress(plotly_js_for(traces).encode("utf-8"), compresslevel=9, mtime=0)
    return base64.b64encode(data).decode("ascii")


def figure_traces(nb: Any) -> frozenset[str]:
    """The trace types (``scatter``, ``sankey``...) of the plotly outputs of ``nb``."""
    found: set[str] = set()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            spec = output.get("data", {}).get(PLOTLY_MIME)
            if isinstance(spec, dict):
                found.update(str(t.get("type", "scatter")) for t in spec.get("data", []))
    return frozenset(found)


def script_json(value: Any) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` as unicode escapes.

    >>> script_json({"a": "</script>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def figure_html(ident: str, spec: dict[str, Any]) -> str:
    """An empty, sized ``div`` for a figure and its JSON, for the loader to draw. A figure
    that needs some width to keep its labels apart (the route Sankey,
    :mod:`claimmap.figures_sankey`) gets it, and scrolls sideways on a narrower screen."""
    layout = spec.get("layout") or {}
    height = int(layout.get("height") or 450)
    meta = layout.get("meta")
    wide = int(meta.get(MIN_WIDTH_KEY) or 0) if isinstance(meta, dict) else 0
    div = (
        f'<div id="{ident}" class="cm-figure plotly-graph-div" '
        f'style="height:{height}px;width:100%{f";min-width:{wide}px" if wide else ""}"></div>'
    )
    if wide:
        div = f'<div class="cm-figure-scroll" style="overflow-x:auto">{div}</div>'
    return (
        f"{div}"
        f'<script type="application/json" id="{ident}-spec">'
        f"{script_json({'data': spec.get('data', []), 'layout': layout})}</script>"
    )


def pack_figures(nb: Any) -> tuple[Any, int]:
    """A copy of ``nb`` whose plotly outputs show as :func:`figure_html` (no plotly.js),
    and how many there are."""
    nb = copy.deepcopy(nb)
    count = 0
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            spec = output.get("data", {}).get(PLOTLY_MIME)
            if not isinstance(spec, dict):
                continue
            count += 1
            output["data"] = {
                "text/html": FIGURE_CSS + figure_html(f"cm-figure-{count}", spec),
                "text/plain": output["data"].get("text/plain", ""),
            }
    return nb, count


def loader_html(traces: frozenset[str] = frozenset()) -> str:
    """plotly.js packed (setting up only ``traces``, all when empty), and the script that
    unpacks it and draws every ``.cm-figure``."""
    from claimmap.figures import PLOTLY_CONFIG

    script = _LOADER.replace("CONFIG", json.dumps(PLOTLY_CONFIG)).replace(
        "NO_UNPACK", json.dumps(NO_UNPACK)
    )
    return (
        '<script type="application/octet-stream" id="cm-plotly-gz">'
        f"{packed_plotly_js(traces)}</script>{script}"
    )


def add_loader(page: str, traces: frozenset[str] = frozenset()) -> str:
    """``page`` with :func:`loader_html` just before ``</body>`` (at the end without one)."""
    at = page.rfind("</body>")
    if at < 0:
        return page + loader_html(traces)
    return page[:at] + loader_html(traces) + page[at:]


__all__ = [
    "NO_UNPACK",
    "PLOTLY_MIME",
    "add_loader",
    "figure_html",
    "figure_traces",
    "loader_html",
    "pack_figures",
    "packed_plotly_js",
    "script_json",
]
