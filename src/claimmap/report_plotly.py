"""plotly.js for a report page: only the chart types the page draws are set up.

Running plotly.js took the browser's main thread for 2-6 s under load before the first
chart showed, most of it spent setting up the ~45 trace types it registers at start (3D,
maps, WebGL...) while a report draws two (a scatter timeline and a Sankey). plotly.js is
an esbuild bundle whose modules run only when first required, and its entry ends with one
``Plotly.register([bar(), box(), ...])`` call: leaving out of that list the traces a page
does not draw means their modules are parsed lazily but never run. No other file is
installed (the npm partial bundles hold no Sankey); when the call cannot be read (a
plotly.js of another shape) the full bundle is used, so a page never loses a chart.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable

log = logging.getLogger(__name__)

#: the entry's registration: ``X.register([a(),b(),...])``, the last one in the bundle
_REGISTER = re.compile(r"[\w$]+\.register\(\[((?:[\w$]+\(\),?)+)\]\)")
#: a kind (trace, component...) and a name, as every plotly module declares them
_KIND = re.compile(r'moduleType:"(\w+)",name:"(\w+)"')
#: the start of a module's code: ``name=W((exports,module)=>{``
_MODULE = re.compile(r"(?<![\w$])([\w$]+)=[\w$]+\(\([\w$]*,[\w$]+\)=>\{")
#: the end of a module's code: the next module's definition
_NEXT = re.compile(r"\}\);var [\w$]+=[\w$]+\(\(")
#: a module's first use of another (``var a=b();a.plot=...`` re-exports ``b`` extended)
_FIRST_CALL = re.compile(r"=([\w$]+)\(\)")


def _modules(js: str) -> dict[str, int]:
    """Where each lazily run module's code starts, by the name of the function running it
    (esbuild's ``var name=W((exports,module)=>{...})``), found in one pass."""
    starts: dict[str, int] = {}
    for found in _MODULE.finditer(js):
        starts.setdefault(found.group(1), found.end())
    return starts


def _module_of(js: str, starts: dict[str, int], name: str, hops: int = 3) -> tuple[str, str] | None:
    """(kind, name) of the plotly module ``name()`` returns, None when not found.

    ``lib/bar.js`` re-exports ``src/traces/bar``, and some traces extend another module:
    follow a module's first call to another, up to ``hops`` times."""
    start = starts.get(name)
    if start is None:
        return None
    end = _NEXT.search(js, start)
    body = js[start : end.start() if end else len(js)]
    found = _KIND.search(body)
    if found:
        return found.group(1), found.group(2)
    inner = _FIRST_CALL.search(body)
    return _module_of(js, starts, inner.group(1), hops - 1) if inner and hops > 0 else None


def registering_only(js: str, traces: Iterable[str]) -> str:
    """``js`` (a plotly.js bundle) registering no trace type but ``traces`` at start.

    Components (calendars) and entries whose kind is not found are kept; scatter is set
    up by plotly's core whatever the list. Unchanged when the registration is not found.
    """
    calls = list(_REGISTER.finditer(js))
    if not calls:
        log.warning("plotly.js: no register([...]) call found; the full bundle is used")
        return js
    entry = calls[-1]
    wanted = set(traces)
    starts = _modules(js)
    kept, dropped = [], []
    for call in entry.group(1).split(","):
        module = _module_of(js, starts, call.removesuffix("()"))
        if module is not None and module[0] == "trace" and module[1] not in wanted:
            dropped.append(module[1])
        else:
            kept.append(call)
    if not dropped:
        return js
    log.debug("plotly.js: traces not set up: %s", ", ".join(dropped))
    return js[: entry.start(1)] + ",".join(kept) + js[entry.end(1) :]


@functools.cache
def plotly_js_for(traces: frozenset[str]) -> str:
    """The installed plotly.js setting up only ``traces`` (all of them when empty)."""
    from claimmap.assets import plotly_js

    return registering_only(plotly_js(), traces) if traces else plotly_js()


__all__ = ["plotly_js_for", "registering_only"]
